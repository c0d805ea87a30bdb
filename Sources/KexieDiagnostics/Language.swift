/// The language kexie speaks in: English, or Chinese (`--lang zh`, `.lang zh`, or a `zh*`
/// locale). Each session holds its own (no global), so tests in both run side by side.
///
/// What Chinese covers so far: every diagnostic's headline (its code's Chinese title, with the
/// specific English message kept as the first note, for the names and values in it), the
/// labels 错误 / 警告 / 说明, `.help CODE` and `.help codes`, the banner, and the table footers.
/// Help texts and the detailed messages are still English (issue 12).
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
