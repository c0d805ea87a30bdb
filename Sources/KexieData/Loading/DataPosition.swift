import KexieDiagnostics

/// Places a diagnostic about a data file on the line it is about, so it renders like any
/// other: `file:line:column: error[…]`, the line, and a caret — without holding the whole
/// file in memory (only the line is kept).
public struct DataPosition: Sendable {
  public var file: String
  public var line: Int
  public var lineBytes: [UInt8]
  /// Byte range of the problem within the line.
  public var start: Int
  public var length: Int

  /// The line of `bytes` around `offset` (`lineNumber` is the line `offset` is on), whole,
  /// so the column is counted from the line's start (a long line is cut for display by the
  /// renderer, around the caret, not here).
  public init(file: String, line lineNumber: Int, bytes: UnsafeBufferPointer<UInt8>, offset: Int, length: Int = 1, newline: UInt8 = UInt8(ascii: "\n")) {
    var lineStart = min(max(offset, 0), bytes.count)
    while lineStart > 0, bytes[lineStart - 1] != newline { lineStart -= 1 }
    var lineEnd = min(max(offset, 0), bytes.count)
    while lineEnd < bytes.count, bytes[lineEnd] != newline { lineEnd += 1 }
    self.file = file
    self.line = lineNumber
    self.lineBytes = Array(bytes[lineStart..<lineEnd])
    self.start = offset - lineStart
    self.length = max(0, min(length, lineEnd - offset))
  }

  public func attach(_ diagnostic: Diagnostic) -> Diagnostic {
    var located = diagnostic
    located.source = SourceFile(name: file, bytes: lineBytes, firstLine: line)
    located.range = SourceRange(start, start + length)
    return located
  }
}
