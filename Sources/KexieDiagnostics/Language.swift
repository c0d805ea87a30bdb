/// The language kexie speaks in: English, or Chinese (`--lang zh`, `.lang zh`, or a `zh*`
/// locale). Each session holds its own (no global), so tests in both run side by side.
///
/// In Chinese every diagnostic (its message and notes: see Phrase), help text, footer, the
/// banner and `--help` are Chinese; the names, values and code a person wrote are quoted as
/// written.
public enum Language: String, Sendable, CaseIterable {
  case en, zh

  /// The language a locale asks for: LC_ALL, else LC_MESSAGES, else LANG (the first that is
  /// set and not empty, as POSIX orders them); `zh…` is Chinese, anything else English.
  public static func fromLocale(_ value: (String) -> String?) -> Language {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let setting = value(name), !setting.isEmpty else { continue }
      return setting.lowercased().hasPrefix("zh") ? .zh : .en
    }
    return .en
  }
}
