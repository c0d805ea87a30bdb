import KexieData
import KexieDiagnostics

/// Suggestions for a string that matches no value of a column: "no county is '西川'; did you
/// mean '淅川'?". Close by edit distance or shared characters, or by another name of the same
/// record: typing `xichuan` finds 淅川 because a record of some table (the place 淅川县) has
/// `Xichuan` among its names (its match fields: id, label, aliases such as pinyin) and `淅川`
/// too, which the column holds. No table or field is known here by name.
enum ValueHints {
  static func suggestions(for text: String, among values: [String], catalog: Catalog) -> [String] {
    var result: [String] = []
    let folded = fold(text)
    let known = Set(values)
    // Only tables that name their records (a label field): the curated sets, not any loaded file.
    for table in catalog.tables where table.labelField != nil {
      for row in 0..<table.rowCount {
        let names = table.matchFields.flatMap { texts(table.columns[$0].value(at: row)) }
        guard names.contains(where: { fold($0) == folded }) else { continue }
        for name in names where known.contains(name) && !result.contains(name) && name != text { result.append(name) }
      }
    }
    for candidate in Suggestion.closest(to: text, among: values, limit: 2) where !result.contains(candidate) {
      result.append(candidate)
    }
    return Array(result.prefix(2))
  }

  /// Case and spaces do not matter when one name stands for another (`Xi Chuan` is `xichuan`).
  static func fold(_ text: String) -> String { text.lowercased().filter { $0 != " " } }

  static func texts(_ value: Value) -> [String] {
    switch value {
    case .text(let text): [text]
    case .list(let values): values.compactMap { if case .text(let text) = $0 { text } else { nil } }
    default: []
    }
  }
}
