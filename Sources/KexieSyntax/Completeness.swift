import KexieDiagnostics

/// Whether typed text is a whole statement yet, without parsing it (like sqlite3's
/// `sqlite3_complete`): the REPL shows its continuation prompt until it is.
public enum Completeness {
  /// Incomplete while a bracket or a string is open, or the text ends with `|`, `,`, an
  /// operator or a keyword that cannot end a statement. A dot command is always complete.
  public static func isComplete(_ text: String) -> Bool {
    let trimmed = text.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    if trimmed.isEmpty || trimmed.hasPrefix(".") { return true }
    var lexer = Lexer(SourceFile(name: "<input>", text: text, namesItself: false))
    let tokens = lexer.scanAll().filter { $0.kind != .newline && $0.kind != .end }
    if lexer.diagnostics.contains(where: { $0.code == .unterminatedString }) { return false }
    // The lexer's own bracket count and newline rule decide, so the prompt agrees with how
    // the statement will be read (`select *` ends a statement; `where` does not).
    return lexer.depth == 0 && Lexer.statementCanEnd(after: tokens[...])
  }

  /// What an incomplete statement waits for, for the continuation prompt.
  public enum Open: Equatable, Sendable {
    /// A string opened with this quote and not closed (psql's `'>`).
    case string(String)
    /// A bracket not closed.
    case bracket
    /// A clause or an operator that needs what follows (a trailing `|`, `where`, `and`).
    case continuation
  }

  /// What an incomplete statement waits for (nil when it is complete).
  public static func open(_ text: String) -> Open? {
    guard !isComplete(text) else { return nil }
    let source = SourceFile(name: "<input>", text: text, namesItself: false)
    var lexer = Lexer(source)
    _ = lexer.scanAll()
    if let unterminated = lexer.diagnostics.first(where: { $0.code == .unterminatedString }), let range = unterminated.range {
      let quote = source.text(of: SourceRange(range.start, min(range.start + 3, source.bytes.count))).prefix(1)
      return .string(String(quote))
    }
    return lexer.depth > 0 ? .bracket : .continuation
  }

  /// A multi-line statement on one line, for line-editor history: comments dropped and line
  /// breaks between tokens turned into spaces (newlines inside a statement never matter).
  public static func singleLine(_ text: String) -> String {
    guard text.contains("\n") else { return text }
    let source = SourceFile(name: "<input>", text: text, namesItself: false)
    var lexer = Lexer(source)
    let tokens = lexer.scanAll().filter { $0.kind != .newline && $0.kind != .end }
    guard let first = tokens.first else { return text.replacing("\n", with: " ") }
    var line = ""
    var previousEnd = first.range.start
    for token in tokens {
      let gap = source.text(of: SourceRange(previousEnd, token.range.start))
      if !line.isEmpty {
        line += gap.contains("\n") || gap.contains("#") || gap.contains("//") ? " " : gap
      }
      line += source.text(of: token.range)
      previousEnd = token.range.end
    }
    return line
  }
}
