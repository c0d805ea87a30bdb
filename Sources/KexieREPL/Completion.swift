import KexieData
import KexieDiagnostics
import KexieSemantics
import KexieSyntax
import KexieDriver

/// Tab completion that knows where the cursor is: dot commands and their arguments, set names
/// where a source goes, clause keywords after a source or `|`, the fields of the rows at this
/// point of the pipeline (link paths too: `organizer.`), and the values of a field inside an
/// open string (`county = "淅<TAB>` → `淅川"`). It lexes and checks the text before the
/// cursor with the session's own parser and checker.
public struct Completer {
  let session: Session

  public init(session: Session) {
    self.session = session
  }

  public func complete(_ text: String) -> CompletionResult {
    let statement = Completer.currentStatement(text)
    let trimmed = statement.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
    if trimmed.hasPrefix(".") { return completeCommand(String(trimmed)) }
    return completeQuery(String(statement))
  }

  /// The text after the last `;` or statement-ending newline.
  static func currentStatement(_ text: String) -> Substring {
    let significant = Lexer.tokenize(SourceFile(name: "<tab>", text: text, namesItself: false)).tokens
    guard let separator = significant.last(where: { $0.kind == .semicolon || $0.kind == .newline }) else {
      return Substring(text)
    }
    let bytes = Array(text.utf8)
    return Substring(String(decoding: bytes[min(separator.range.end, bytes.count)...], as: UTF8.self))
  }

  // MARK: - Dot commands

  func completeCommand(_ line: String) -> CompletionResult {
    guard let space = line.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
      let typed = String(line.dropFirst()).lowercased()
      let names = Session.commands.map(\.name).filter { $0.hasPrefix(typed) }
      return CompletionResult(replacing: line.count, candidates: names.map { "." + $0 + " " })
    }
    let name = String(line[line.index(after: line.startIndex)..<space])
    let argument = String(line[space...].drop { $0 == " " || $0 == "\t" })
    guard case .found(let command) = Session.resolveCommand(name) else {
      return CompletionResult(replacing: 0, candidates: [])
    }
    let (word, quoted) = Completer.lastArgument(argument)
    func matching(_ options: [String]) -> CompletionResult {
      CompletionResult(replacing: word.count, candidates: options.filter { $0.lowercased().hasPrefix(word.lowercased()) })
    }
    switch command.argument {
    case .none: return CompletionResult(replacing: 0, candidates: [])
    case .choice(let options): return matching(options)
    case .set: return matching(session.catalog.names + session.checker.bindings.map(\.name))
    case .record:
      // The set first, then the ids of its records.
      let words = Session.words(argument)
      guard words.count >= 1, argument != word else { return matching(session.catalog.names) }
      guard words.count <= 2, let table = session.catalog.table(named: words[0]), let ids = table.column(named: "id")?.textDictionary?.strings else {
        return CompletionResult(replacing: 0, candidates: [])
      }
      return matching(ids)
    case .helpTopic: return matching(Session.helpTopics)
    case .file: return completeFile(word, quoted: quoted, extensions: Completer.fileExtensions(for: command.name))
    case .query: return completeQuery(argument)
    }
  }

  /// The argument being typed at the end of a command line, and whether it opened a quote
  /// (`.load "my da` → `my da`, quoted), as `Session.words` reads arguments.
  static func lastArgument(_ text: String) -> (String, Bool) {
    let split = Session.splitWords(text)
    return (split.last, split.quoted)
  }

  static func fileExtensions(for command: String) -> [String]? {
    switch command {
    case "read": [".kx"]
    case "load": TableSources.extensions
    default: nil
    }
  }

  /// File names in the directory of `word`; directories end with `/`. A name with a space
  /// or a quote in it is inserted in double quotes (`.load "my data.json"`), replacing the
  /// whole argument, so what Tab inserts is what `.load` reads back.
  func completeFile(_ word: String, quoted: Bool, extensions: [String]?) -> CompletionResult {
    let slash = word.lastIndex(of: "/")
    let directory = slash.map { String(word[...$0]) } ?? ""
    let prefix = slash.map { String(word[word.index(after: $0)...]) } ?? word
    guard let names = FileSystem.list(directory.isEmpty ? "." : directory) else {
      return CompletionResult(replacing: 0, candidates: [])
    }
    var candidates: [String] = []
    for name in names where name.hasPrefix(prefix) && (!name.hasPrefix(".") || prefix.hasPrefix(".")) {
      if FileSystem.isDirectory(directory + name) {
        candidates.append(name + "/")
      } else if extensions?.contains(where: { name.lowercased().hasSuffix($0) }) ?? true {
        candidates.append(name)
      }
    }
    let needsQuotes = quoted || candidates.contains { $0.contains(where: { $0 == " " || $0 == "\t" || $0 == "'" || $0 == "\"" }) }
    guard needsQuotes, !candidates.contains(where: { $0.contains("\"") }) else {
      return CompletionResult(replacing: prefix.count, candidates: candidates)
    }
    // Quoted: each candidate is the whole argument, closed unless it is a directory.
    let typed = (quoted ? "\"" : "") + word
    let whole = candidates.map { "\"" + directory + $0 + ($0.hasSuffix("/") ? "" : "\"") }
    return CompletionResult(replacing: typed.count, candidates: whole)
  }

  // MARK: - Queries

  func completeQuery(_ statement: String) -> CompletionResult {
    let source = SourceFile(name: "<tab>", text: statement, namesItself: false)
    var lexer = Lexer(source)
    let tokens = lexer.scanAll().filter { $0.kind != .newline && $0.kind != .end }
    // Inside an open string: values of the field it is compared with.
    if let open = tokens.last, open.kind == .invalid,
      lexer.diagnostics.contains(where: { $0.code == .unterminatedString && $0.range?.start == open.range.start })
    {
      return completeValue(open, tokens: Array(tokens.dropLast()), source: source)
    }
    let word = Completer.trailingWord(statement)
    let before = tokens.filter { $0.range.end <= statement.utf8.count - word.utf8.count }
    if let dot = word.lastIndex(of: ".") {
      let base = String(word[..<dot])
      let prefix = String(word[word.index(after: dot)...])
      let fields = fieldsAt(before, source: source)
      let members = pathMembers(base, fields: fields).filter { $0.name.hasPrefix(prefix) }
      return CompletionResult(
        replacing: prefix.count, candidates: members.map(\.name), open: Set(members.filter(\.isLink).map(\.name)))
    }
    let context = Completer.context(before)
    // A line with Chinese in it is offered Chinese words (and an English one English).
    let chinese = ChineseWords.hasChinese(statement)
    let clauseWords = chinese ? Completer.clauseWords.compactMap(ChineseWords.phrase) : Completer.clauseWords
    func words(_ english: [String]) -> [String] { chinese ? english.compactMap(ChineseWords.phrase) : english }
    var candidates: [String]
    var open: Set<String> = []
    var names: Set<String> = []
    switch context {
    case .source:
      let setNames = chinese || ChineseWords.hasChinese(word)
        ? session.catalog.tables.compactMap(\.ref.chineseName) : session.catalog.names
      candidates = setNames + session.checker.bindings.map(\.name)
      if before.isEmpty { candidates.append(chinese ? "令" : "let") }
    case .clause:
      candidates = clauseWords
    case .by:
      candidates = words(["by"])
    case .byOrClause:
      candidates = words(["by"]) + clauseWords
    case .expression:
      let planFields = fieldsAt(before, source: source).filter { !$0.hidden }
      let fields = planFields.map(\.name)
      names = Set(fields)
      open = Set(planFields.filter { $0.link != nil }.map(\.name))
      // Aggregates only make sense in summarize.
      let inSummarize = Completer.currentClause(before) == .summarize
      let functions = Builtins.all.filter { inSummarize || $0.aggregate == nil }.map { $0.name + "(" }
      candidates = fields + functions + words(["not", "null", "true", "false"])
    case .afterExpression:
      candidates = words(["and", "or", "contains", "startswith", "endswith", "matches", "in", "is", "between", "not", "as", "asc", "desc"]) + clauseWords
    case .nothing:
      candidates = []
    }
    var matches = candidates.filter { $0.hasPrefix(word) }
    if matches.isEmpty { matches = candidates.filter { $0.lowercased().hasPrefix(word.lowercased()) } }
    // Keywords are offered only where they parse: `as` and `desc` do not follow a where
    // condition, `cite` does not follow `count`.
    let typedStart = statement.utf8.count - word.utf8.count
    let prefixText = String(decoding: Array(statement.utf8).prefix(typedStart), as: UTF8.self)
    matches = matches.filter { candidate in
      let keywordLike = Keyword(rawValue: candidate) != nil || ChineseWords.keyword(candidate) != nil || clauseWords.contains(candidate)
      guard !names.contains(candidate), keywordLike else { return true }
      return fits(prefixText, with: candidate)
    }
    return CompletionResult(replacing: word.count, candidates: matches, open: open.intersection(matches))
  }

  /// Whether `candidate` can stand after `prefix`: parsing and checking the line with it
  /// finds no error at the candidate itself (errors at the end of the input only say the
  /// line goes on). The checker is a copy: nothing is bound.
  func fits(_ prefix: String, with candidate: String) -> Bool {
    let start = prefix.utf8.count
    let text = prefix + candidate
    var checker = session.checker
    let diagnostics = Compiler.compile(SourceFile(name: "<tab>", text: text, namesItself: false), checker: &checker).diagnostics
    return !diagnostics.contains { diagnostic in
      guard diagnostic.isError, let range = diagnostic.range else { return false }
      return range.start >= start && range.start < start + candidate.utf8.count
    }
  }

  /// The keyword of the clause the cursor is in (`count(` is the aggregate, not the clause).
  static func currentClause(_ tokens: [Token]) -> Keyword? {
    var depth = 0
    for index in tokens.indices.reversed() {
      switch tokens[index].kind {
      case .rightParen: depth += 1
      case .leftParen: depth -= 1
      case .keyword(let keyword) where depth <= 0 && keyword.startsClause:
        if keyword == .count, index + 1 < tokens.count, tokens[index + 1].kind == .leftParen { continue }
        return keyword
      default: break
      }
    }
    return nil
  }

  static let clauseWords = ClauseSpec.completionWords

  /// The name being typed just before the cursor (with dots, for paths).
  static func trailingWord(_ text: String) -> String {
    var word = ""
    for character in text.reversed() {
      guard character == "." || character == "_" || character.isLetter || character.isNumber else { break }
      word.insert(character, at: word.startIndex)
    }
    return word
  }

  enum Context {
    case source, clause, by, byOrClause, expression, afterExpression, nothing
  }

  /// What may come next, from the tokens before the word being typed.
  static func context(_ tokens: [Token]) -> Context {
    guard let last = tokens.last else { return .source }
    switch last.kind {
    case .pipe: return .clause
    case .leftParen:
      let previous = tokens.dropLast().last
      if previous == nil || previous?.kind == .equal && tokens.first?.is(.let) == true { return .source }
      return .expression
    // 排序 may go without 按: the keys may come next.
    case .keyword(.sort), .keyword(.order): return last.chineseWord != nil ? .expression : .by
    // `count` alone counts the rows; `count by` groups first.
    case .keyword(.count): return .byOrClause
    // These end their clause (a sort key's direction ends it unless a `,` follows, which
    // needs no completing): only the next clause can follow.
    case .keyword(.cite), .keyword(.asc), .keyword(.desc): return .clause
    case .integer where [.limit, .take].contains(tokens.dropLast().last?.keyword): return .clause
    case .keyword(.join): return .source
    case .keyword(.left): return .nothing
    case .keyword(.as), .keyword(.let): return .nothing
    case .equal where tokens.first?.is(.let) == true && tokens.count == 3: return .source
    case .integer where tokens.dropLast().last?.is(.top) == true: return .by
    case .name, .quotedName, .rightParen, .string, .integer, .decimal, .keyword(.null), .keyword(.true), .keyword(.false):
      // A source alone (or `let x = source`): a clause comes next.
      let isSource = tokens.count == 1 || (tokens.count == 4 && tokens[0].is(.let))
      return isSource ? .clause : .afterExpression
    default:
      return .expression
    }
  }

  /// The columns of the rows at the cursor: the pipeline before the current clause, checked.
  func fieldsAt(_ tokens: [Token], source: SourceFile) -> [PlanField] {
    var start = 0
    if tokens.first?.is(.let) == true, tokens.count >= 3 { start = 3 }
    guard start < tokens.count else { return [] }
    // The current clause starts at the last clause keyword or `|` outside brackets.
    var depth = 0
    var clauseStart = tokens.count
    for index in stride(from: tokens.count - 1, through: start, by: -1) {
      switch tokens[index].kind {
      case .rightParen: depth += 1
      case .leftParen: depth -= 1
      case .pipe where depth == 0:
        clauseStart = index
      case .keyword(let keyword) where depth == 0 && keyword.startsClause && index > start:
        // `count(` is the aggregate, not the clause.
        if keyword == .count, index + 1 < tokens.count, tokens[index + 1].kind == .leftParen { break }
        if clauseStart == tokens.count || index < clauseStart { clauseStart = index }
      default: break
      }
      if clauseStart != tokens.count { break }
    }
    // The pipe before the current clause belongs to it, not to the pipeline before it.
    while clauseStart > start, clauseStart < tokens.count, tokens[clauseStart - 1].kind == .pipe { clauseStart -= 1 }
    let end = clauseStart < tokens.count ? tokens[clauseStart].range.start : (tokens.last?.range.end ?? 0)
    let pipelineText = source.text(of: SourceRange(tokens[start].range.start, end))
    var checker = session.checker
    let file = SourceFile(name: "<tab>", text: pipelineText, namesItself: false)
    guard case .success(let plan) = Compiler.compileQuery(file, checker: &checker) else { return [] }
    return plan.output
  }

  /// The fields reachable through a link path (`organizer.` → the fields of orgs), and
  /// whether each is itself a link (a `.` may follow it).
  func pathMembers(_ base: String, fields: [PlanField]) -> [(name: String, isLink: Bool)] {
    var parts = base.split(separator: ".").map(String.init)
    guard let first = parts.first else { return [] }
    parts.removeFirst()
    var table = fields.first { $0.name == first }?.link
    if table == nil, session.catalog.table(named: first) != nil, parts.isEmpty {
      return fields.filter { $0.qualifier == first }.map { ($0.name, $0.link != nil) }
    }
    for part in parts {
      guard let current = table, let index = current.index(of: part), let link = current.fields[index].link else { return [] }
      table = session.catalog.table(named: link)?.ref
    }
    return table?.fields.filter { !$0.hidden }.map { ($0.name, $0.link != nil) } ?? []
  }

  /// Values of the field an open string is compared with, closing the string.
  func completeValue(_ open: Token, tokens: [Token], source: SourceFile) -> CompletionResult {
    let written = source.text(of: open.range)
    guard let quote = written.first else { return CompletionResult(replacing: 0, candidates: []) }
    let typed = String(written.dropFirst())
    let closing: String = quote == "“" ? "”" : (quote == "‘" ? "’" : String(quote))
    // Walk back over `in (` lists and `=`/`!=` to the field path.
    var index = tokens.count - 1
    while index >= 0, [.comma, .string, .leftParen].contains(tokens[index].kind) || tokens[index].is(.in) { index -= 1 }
    if index >= 0, [.equal, .doubleEqual, .notEqual, .lessGreater].contains(tokens[index].kind) { index -= 1 }
    var pathEnd = index
    while index >= 0, tokens[index].kind == .name || tokens[index].kind == .dot || tokens[index].kind == .quotedName { index -= 1 }
    guard pathEnd > index else { return CompletionResult(replacing: 0, candidates: []) }
    let path = (index + 1...pathEnd).map { tokens[$0].kind == .dot ? "." : tokens[$0].text }.joined()
    pathEnd = index
    let pipelineTokens = Array(tokens[0...max(0, index)])
    guard !pipelineTokens.isEmpty else { return CompletionResult(replacing: 0, candidates: []) }
    let fields = fieldsAt(pipelineTokens, source: source)
    guard let values = values(ofPath: path, fields: fields) else { return CompletionResult(replacing: 0, candidates: []) }
    let candidates = values.filter { $0.hasPrefix(typed) }.map { $0 + closing }
    return CompletionResult(replacing: typed.count, candidates: candidates)
  }

  /// The distinct stored values of a field or link path; for a link, the names of the records
  /// it can name (what a link compared with text matches).
  func values(ofPath path: String, fields: [PlanField]) -> [String]? {
    var parts = path.split(separator: ".").map(String.init)
    guard !parts.isEmpty else { return nil }
    let first = parts.removeFirst()
    var origin: ColumnOrigin? = fields.first { $0.name == first }?.origin
    var link = fields.first { $0.name == first }?.link
    for part in parts {
      guard let table = link, let index = table.index(of: part) else { return nil }
      origin = ColumnOrigin(table: table, column: index)
      link = table.fields[index].link.flatMap { session.catalog.table(named: $0)?.ref }
    }
    if let link, link.labelField != nil { return session.catalog.table(for: link)?.names }
    guard let origin, let dictionary = session.catalog.table(for: origin.table)?.columns[origin.column].textDictionary else { return nil }
    return dictionary.strings
  }
}
