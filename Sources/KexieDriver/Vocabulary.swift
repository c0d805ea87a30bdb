import KexieData
import KexieDiagnostics
import KexieSyntax

/// The two vocabularies a query may be written in, for `.fmt zh` and `.fmt en`.
public enum Vocabulary: String, Sendable, CaseIterable {
  case en, zh
}

extension Session {
  /// A query in canonical form in one vocabulary: `Formatter` writes it canonically (English
  /// keywords), then every keyword, set name and field name of the report's sets is written
  /// in the vocabulary asked for. Strings, numbers, function names and names of your own
  /// (lets, loaded tables, `as` names) are kept as they are. Formatting is idempotent in
  /// both, and a query and its translation give the same rows (a test checks both).
  func formatted(_ script: Script, in vocabulary: Vocabulary) -> String {
    let english = Formatter.format(script)
    let tokens = Lexer.tokenize(SourceFile(name: "<fmt>", text: english, namesItself: false)).tokens
    let bytes = Array(english.utf8)
    // The sets each statement names, in either vocabulary, for the field names to translate.
    let sets: [TableRef] = catalog.tables.map(\.ref).filter { $0.chineseName != nil }
    func set(named word: String) -> TableRef? { sets.first { $0.name == word || $0.chineseName == word } }
    var out: [UInt8] = []
    var cursor = 0
    var statementSets: [TableRef] = []
    var index = 0
    // The sets named in the statement starting at `from`.
    func setsOfStatement(from start: Int) -> [TableRef] {
      var found: [TableRef] = []
      var position = start
      while position < tokens.count, tokens[position].kind != .newline, tokens[position].kind != .semicolon, tokens[position].kind != .end {
        if tokens[position].kind == .name, let ref = set(named: tokens[position].text), !found.contains(where: { $0.id == ref.id }) { found.append(ref) }
        position += 1
      }
      return found
    }
    // Where a source goes: a statement's start, after `join`, after a let's `=`, inside a
    // sub-query's bracket.
    func isSourcePosition(_ index: Int) -> Bool {
      guard index > 0 else { return true }
      switch tokens[index - 1].kind {
      case .newline, .semicolon, .keyword(.join): return true
      case .equal: return index >= 3 && tokens[index - 3].is(.let)
      case .leftParen: return isSourcePosition(index - 1)
      default: return false
      }
    }
    statementSets = setsOfStatement(from: 0)
    while index < tokens.count {
      let token = tokens[index]
      if token.kind == .end { break }
      if token.kind == .newline || token.kind == .semicolon { statementSets = setsOfStatement(from: index + 1) }
      var replacement: String?
      var swallowFollowingBy = false
      switch token.kind {
      case .keyword(let keyword):
        if vocabulary == .zh, let word = ChineseWords.word(for: keyword) {
          replacement = word
          // 排序 needs no 按: `sort by name` is `排序 名称`.
          swallowFollowingBy = keyword == .sort || keyword == .order
        }
      case .name:
        let next = index + 1 < tokens.count ? tokens[index + 1].kind : .end
        if next == .leftParen { break }  // a function's name
        let afterDot = index > 0 && tokens[index - 1].kind == .dot
        // A set where a source goes, or a qualifier before a dot (`orgs.name`); elsewhere the
        // same word is a field (部分 is both the set sections and the field section).
        let qualifier = index + 1 < tokens.count && tokens[index + 1].kind == .dot
        if let ref = set(named: token.text), !afterDot, qualifier || isSourcePosition(index) {
          replacement = vocabulary == .zh ? ref.chineseName : ref.name
        } else {
          // After a dot: the fields of the set before it (`orgs.name`), else of a link's set,
          // which the text alone does not say: the first set that has the field.
          var candidates = statementSets
          if afterDot {
            let base = index > 1 ? set(named: tokens[index - 2].text) : nil
            candidates = base.map { [$0] } ?? sets
          }
          for ref in candidates {
            if vocabulary == .zh, let field = ref.fields.first(where: { $0.name == token.text }), let chinese = field.chineseName {
              replacement = chinese
              break
            }
            if vocabulary == .en, let field = ref.fields.first(where: { $0.chineseName == token.text }) {
              replacement = field.name
              break
            }
          }
        }
      default: break
      }
      guard let replacement else {
        index += 1
        continue
      }
      out += bytes[cursor..<token.range.start]
      out += Array(replacement.utf8)
      cursor = token.range.end
      if swallowFollowingBy, index + 1 < tokens.count, tokens[index + 1].is(.by) {
        cursor = tokens[index + 1].range.end
        index += 1
      }
      index += 1
    }
    out += bytes[min(cursor, bytes.count)...]
    return String(decoding: out, as: UTF8.self)
  }
}
