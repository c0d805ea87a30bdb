import KexieData
import KexieDiagnostics

/// Suggestions for a string that matches no value of a column: "no county is '西川'; did you
/// mean '淅川'?". Close by edit distance, by shared Chinese characters, or by pinyin (typing
/// `xichuan` finds 淅川 through the places set).
enum ValueHints {
  static func suggestions(for text: String, among values: [String], catalog: Catalog) -> [String] {
    var result: [String] = []
    if text.unicodeScalars.allSatisfy({ $0.isASCII }), let places = catalog.table(named: "places"),
      let pinyin = places.column(named: "pinyin")
    {
      let lowered = text.lowercased().filter { $0 != " " }
      for row in 0..<places.rowCount {
        guard case .text(let spelled) = pinyin.value(at: row), spelled.lowercased() == lowered else { continue }
        for name in ["short", "name"] {
          if case .text(let candidate)? = places.column(named: name)?.value(at: row), values.contains(candidate),
            !result.contains(candidate)
          {
            result.append(candidate)
          }
        }
      }
    }
    for candidate in Suggestion.closest(to: text, among: values, limit: 2) where !result.contains(candidate) {
      result.append(candidate)
    }
    return Array(result.prefix(2))
  }
}
