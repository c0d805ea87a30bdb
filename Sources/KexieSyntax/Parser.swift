import KexieDiagnostics

/// A recursive-descent parser that follows `grammar/kexie.ebnf` rule for rule: each rule is one
/// `parseX` function whose comment quotes it.
///
/// The parser never throws. `expect` records "expected …, found …" and returns a zero-width
/// token; `synchronize` skips to the next clause keyword, `|`, `;` or newline, so one run
/// reports every independent error. Every loop makes progress or stops.
public struct Parser {
  public static let maxDepth = Limits.nesting.value
  public static let maxHeight = 1024

  let source: SourceFile
  let tokens: [Token]
  var index = 0
  public private(set) var diagnostics: [Diagnostic] = []
  /// Nesting of parentheses and sub-queries being parsed right now.
  var depth = 0
  /// Set after "nesting too deep": the rest of the statement is skipped silently.
  var abandoned = false

  public init(source: SourceFile, tokens: [Token]) {
    self.source = source
    self.tokens = tokens.isEmpty ? [Token(.end, .point(source.bytes.count), text: "")] : tokens
  }

  /// Tokenizes and parses a whole input.
  public static func parse(_ source: SourceFile) -> (script: Script, diagnostics: [Diagnostic]) {
    let (tokens, lexDiagnostics) = Lexer.tokenize(source)
    var parser = Parser(source: source, tokens: tokens)
    let script = parser.parseScript()
    return (script, lexDiagnostics + parser.diagnostics)
  }

  // MARK: - Token access

  var current: Token { tokens[min(index, tokens.count - 1)] }

  func peek(_ offset: Int = 1) -> Token { tokens[min(index + offset, tokens.count - 1)] }

  var atEnd: Bool { current.kind == .end }

  /// Whether the current token ends a statement.
  var atSeparator: Bool { isSeparator(current.kind) }

  func isSeparator(_ kind: TokenKind) -> Bool {
    kind == .newline || kind == .semicolon || kind == .end
  }

  func at(_ kind: TokenKind) -> Bool { current.kind == kind }
  func at(_ keyword: Keyword) -> Bool { current.kind == .keyword(keyword) }

  @discardableResult
  mutating func consume() -> Token {
    let token = current
    if index < tokens.count - 1 { index += 1 }
    return token
  }

  mutating func consume(if kind: TokenKind) -> Token? {
    at(kind) ? consume() : nil
  }

  mutating func consume(if keyword: Keyword) -> Token? {
    at(keyword) ? consume() : nil
  }

  /// Consumes a token of `kind`, or reports "expected …, found …" and returns a zero-width
  /// token where it should have been. Never throws.
  @discardableResult
  mutating func expect(_ kind: TokenKind, _ what: Phrase? = nil) -> Token {
    if at(kind) { return consume() }
    reportExpected(what ?? kind.phrase)
    return Token(kind, .point(current.range.start), text: "")
  }

  mutating func reportExpected(_ what: Phrase, notes: [Phrase] = []) {
    guard !abandoned else { return }
    // An invalid token was already reported by the lexer: say nothing more about it.
    if current.kind == .invalid { return }
    report(.expected(what, found: describe(current), at: placeOfCurrent, notes: notes))
  }

  /// Where to point at the current token. The end of the input has no place of its own (it may
  /// be blank lines below), so an error there points just after the last token, as rustc does:
  /// `where year = 2021 and` gets its caret right after `and`.
  var placeOfCurrent: SourceRange {
    guard current.kind == .end else { return current.range }
    let last = tokens[..<index].last { $0.kind != .newline && $0.kind != .end }
    return last.map { .point($0.range.end) } ?? current.range
  }

  mutating func report(_ diagnostic: Diagnostic) {
    guard !abandoned else { return }
    diagnostics.append(diagnostic.located(in: source))
  }

  /// How a token is named in a message: its text when it has one.
  func describe(_ token: Token) -> Phrase {
    switch token.kind {
    case .name, .quotedName: .same("'\(token.text)'")
    case .string: Phrase("the string \"\(token.text)\"", zh: "字符串 \"\(token.text)\"")
    case .integer, .decimal: .same("'\(source.text(of: token.range))'")
    // A keyword as written: '降序', not the 'desc' it stands for.
    case .keyword: .same("'\(source.text(of: token.range))'")
    default: token.kind.phrase
    }
  }

  /// Skips to a place where parsing can resume: a clause keyword, `|`, `;`, a newline or the end.
  mutating func synchronize() {
    while !atSeparator {
      if at(.pipe) { return }
      if let keyword = current.keyword, keyword.startsClause, keyword != .count || peek().kind != .leftParen {
        return
      }
      consume()
    }
  }

  /// Skips the rest of the statement.
  mutating func skipStatement() {
    while !atSeparator { consume() }
  }

  /// A loop's guard that it moves on (after swift-syntax's `LoopProgressCondition`): a turn
  /// starts with `mark(index)`; `advanced(to: index)` says whether it consumed anything. Every
  /// loop of the parser that could spin on bad input goes through one.
  struct LoopProgress {
    private var start = -1

    mutating func mark(_ index: Int) { start = index }

    func advanced(to index: Int) -> Bool { index > start }
  }

  // MARK: - Script and statements

  // script = { separator } [ statement { separator { separator } statement } ] { separator } ;
  public mutating func parseScript() -> Script {
    var statements: [Statement] = []
    var progress = LoopProgress()
    while !atEnd {
      if at(.newline) || at(.semicolon) {
        consume()
        continue
      }
      progress.mark(index)
      abandoned = false
      statements.append(parseStatement())
      if !atSeparator {
        // parseStatement stops only at a separator or after reporting; make sure we move on.
        skipStatement()
      }
      if !progress.advanced(to: index) { consume() }
    }
    return Script(statements: statements, source: source)
  }

  // statement = let-statement | command | query ;
  // command = DOT-COMMAND ;
  mutating func parseStatement() -> Statement {
    let start = current.range.start
    switch current.kind {
    case .dotCommand:
      let token = consume()
      return .command(text: token.text, range: token.range)
    case .keyword(.let):
      return parseLetStatement()
    case .keyword(.select) where startsSQLQuery:
      reportSQLStyleQuery()
      skipStatement()
      return .invalid(range: SourceRange(start, current.range.start))
    case .keyword(let keyword) where keyword.startsClause && !(keyword == .count && peek().kind == .leftParen):
      reportClauseAtStatementStart(keyword)
      skipStatement()
      return .invalid(range: SourceRange(start, current.range.start))
    case .pipe:
      report(.statementStartsWithPipe(at: current.range))
      skipStatement()
      return .invalid(range: SourceRange(start, current.range.start))
    case let kind where kind.continuesLine && kind != .leftParen && index > 0 && tokens[index - 1].kind == .newline:
      let written = current.kind.spelling ?? current.text
      report(.statementStartsWithOperator(written, at: current.range))
      skipStatement()
      return .invalid(range: SourceRange(start, current.range.start))
    default:
      let query = parseQuery()
      return .query(query)
    }
  }

  // let-statement = "let" name "=" query ;
  mutating func parseLetStatement() -> Statement {
    let keyword = consume()  // 'let'
    guard let name = parseName(Phrase("a name to bind after 'let'", zh: "'let' 后面要定义的名字")) else {
      skipStatement()
      return .invalid(range: SourceRange(keyword.range.start, current.range.start))
    }
    if at(.doubleEqual) { consume() } else { expect(.equal, Phrase("'=' after 'let \(name.name)'", zh: "'let \(name.name)' 后面的 '='")) }
    let query = parseQuery()
    return .let(name: name, query: query, range: keyword.range.merged(with: query.range))
  }

  /// `select … from …` at the start of a statement: SQL's order.
  var startsSQLQuery: Bool {
    var offset = 1
    while true {
      let token = peek(offset)
      if isSeparator(token.kind) { return false }
      if token.kind == .name, token.text.lowercased() == "from" { return true }
      offset += 1
    }
  }

  mutating func reportSQLStyleQuery() {
    let start = current.range.start
    // Rebuild "T | where … | select …" from "select … from T [where …]" as a hint.
    var selectTokens: [Token] = []
    var offset = 1
    while peek(offset).kind != .end, !(peek(offset).kind == .name && peek(offset).text.lowercased() == "from") {
      selectTokens.append(peek(offset))
      offset += 1
    }
    let table = peek(offset + 1)
    var suggestion: String?
    if table.kind == .name || table.kind == .quotedName {
      var rest = ""
      let afterTable = peek(offset + 2)
      if afterTable.kind == .keyword(.where) {
        var endOffset = offset + 2
        while !isSeparator(peek(endOffset).kind) { endOffset += 1 }
        let whereEnd = peek(endOffset - 1).range.end
        rest = " | " + source.text(of: SourceRange(afterTable.range.start, whereEnd))
      }
      let items = selectTokens.isEmpty
        ? "" : source.text(of: SourceRange(selectTokens[0].range.start, selectTokens[selectTokens.count - 1].range.end))
      suggestion = "\(table.text)\(rest)" + (items == "*" || items.isEmpty ? "" : " | select \(items)")
    }
    report(.sqlStyleQuery(at: SourceRange(start, current.range.end), suggestion: suggestion))
  }

  mutating func reportClauseAtStatementStart(_ keyword: Keyword) {
    let previous = index > 0 ? tokens[index - 1].kind : .end
    if previous == .newline {
      report(.clauseOnNewLine(current.text, at: current.range))
    } else {
      reportExpected(.aSource)
    }
  }

  // MARK: - Queries

  // query = source { [ "|" ] clause } ;
  mutating func parseQuery() -> Query {
    let source = parseSource()
    var clauses: [Clause] = []
    var progress = LoopProgress()
    while true {
      progress.mark(index)
      if at(.pipe) {
        consume()
        if atSeparator || at(.rightParen) {
          reportExpected(Phrase("a clause after '|'", zh: "'|' 后面的子句"))
          break
        }
      } else if atSeparator || at(.rightParen) {
        break
      }
      clauses.append(parseClause())
      // A loop must make progress: skip what could not be parsed.
      if !progress.advanced(to: index) { consume() }
    }
    let end = clauses.last?.range.end ?? source.range.end
    return Query(source: source, clauses: clauses, range: SourceRange(source.range.start, end))
  }

  // source = name | "(" query ")" ;
  mutating func parseSource() -> QuerySource {
    if at(.leftParen) {
      let open = consume()
      guard enterNesting(at: open.range) else { return .invalid(range: open.range) }
      defer { depth -= 1 }
      let query = parseQuery()
      let close = expect(.rightParen, Phrase("')' to close the sub-query", zh: "结束子查询的 ')'"))
      return .subquery(query, range: open.range.merged(with: close.range))
    }
    if let name = parseName(.aSource) {
      return .name(name)
    }
    let range = current.range
    synchronize()
    return .invalid(range: range)
  }

  /// name = NAME | QUOTED-NAME ;
  /// Reports `what` as expected when there is no name here.
  mutating func parseName(_ what: Phrase) -> Identifier? {
    switch current.kind {
    case .name:
      let token = consume()
      return Identifier(token.text, range: token.range)
    case .quotedName:
      let token = consume()
      return Identifier(token.text, range: token.range, quoted: true)
    default:
      reportExpected(what)
      return nil
    }
  }

  /// Enters one level of nesting; reports "nesting too deep" and abandons the statement past
  /// the limit, so 10,000 nested parentheses cannot overflow the stack.
  mutating func enterNesting(at range: SourceRange) -> Bool {
    if depth >= Parser.maxDepth {
      report(.nestingTooDeep(limit: Parser.maxDepth, at: range))
      abandoned = true
      skipStatement()
      return false
    }
    depth += 1
    return true
  }
}

extension Phrase {
  static let aSource = Phrase(
    "a source (a set such as events, a let name or a table)",
    zh: "来源（events 这样的集合、命名查询的名字或表名）")
}
