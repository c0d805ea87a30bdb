/// How serious a diagnostic is. Only the driver turns severities into exit codes.
public enum Severity: String, Sendable, Comparable {
  case note
  case warning
  case error

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

  /// The label in Chinese messages.
  public var chineseWord: String {
    switch self {
    case .note: "说明"
    case .warning: "警告"
    case .error: "错误"
    }
  }
  private var rank: Int {
    switch self {
    case .note: 0
    case .warning: 1
    case .error: 2
    }
  }
}

/// A problem found in some input, as a value: stages append diagnostics and carry on.
///
/// Messages start lower-case, quote source text with '…', and say what was expected and what
/// was found; help goes in `notes`. Construct diagnostics through the catalogue in
/// `DiagnosticCatalog.swift` so codes and wording stay consistent.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
  public var severity: Severity
  public var code: DiagnosticCode
  /// The message in English (what `description`, the JSON form and most tests read).
  public var message: String
  /// The same message in Chinese.
  public var chineseMessage: String
  /// Where the problem is, if it has a place in some text.
  public var range: SourceRange?
  /// The text `range` points into. Set by the stage that knows the file.
  public var source: SourceFile?
  /// Help and context, one line each, rendered as `= …` below the snippet: English, and the
  /// same notes in Chinese, in the same order.
  public var notes: [String]
  public var chineseNotes: [String]

  public init(
    _ severity: Severity, _ code: DiagnosticCode, _ message: Phrase,
    at range: SourceRange? = nil, in source: SourceFile? = nil, notes: [Phrase] = []
  ) {
    self.severity = severity
    self.code = code
    self.message = message.en
    self.chineseMessage = message.zh
    self.range = range
    self.source = source
    self.notes = notes.map(\.en)
    self.chineseNotes = notes.map(\.zh)
  }

  /// The message in `language`.
  public func message(in language: Language) -> String { language == .zh ? chineseMessage : message }

  /// The notes in `language`.
  public func notes(in language: Language) -> [String] { language == .zh ? chineseNotes : notes }

  public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    lhs.severity == rhs.severity && lhs.code == rhs.code && lhs.message == rhs.message
      && lhs.chineseMessage == rhs.chineseMessage && lhs.range == rhs.range && lhs.notes == rhs.notes
      && lhs.chineseNotes == rhs.chineseNotes && lhs.source === rhs.source
  }

  /// The same diagnostic, attached to `source` (if it had none).
  public func located(in source: SourceFile) -> Diagnostic {
    var copy = self
    if copy.source == nil { copy.source = source }
    return copy
  }

  /// The diagnostic placed at `range` of `source`, when it has no place yet.
  public func located(in source: SourceFile, at range: SourceRange) -> Diagnostic {
    var copy = self
    if copy.range == nil {
      copy.source = source
      copy.range = range
    }
    return copy
  }

  /// The same diagnostic with one more note.
  public func noting(_ note: Phrase) -> Diagnostic {
    var copy = self
    copy.notes.append(note.en)
    copy.chineseNotes.append(note.zh)
    return copy
  }

  /// The same diagnostic with `note` first among its notes.
  public func notingFirst(_ note: Phrase) -> Diagnostic {
    var copy = self
    copy.notes.insert(note.en, at: 0)
    copy.chineseNotes.insert(note.zh, at: 0)
    return copy
  }

  public var isError: Bool { severity == .error }

  public var description: String {
    var text = "\(severity.rawValue)[\(code.rawValue)]: \(message)"
    if let range, let source {
      text = "\(source.name):\(source.location(of: range.start)): " + text
    }
    return text
  }
}

/// A failure that stops a stage, carrying the diagnostics that explain it.
public struct DiagnosticError: Error, Sendable {
  public var diagnostics: [Diagnostic]
  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
  public init(_ diagnostic: Diagnostic) { self.diagnostics = [diagnostic] }
}

extension Array where Element == Diagnostic {
  public var hasErrors: Bool { contains { $0.severity == .error } }
}
