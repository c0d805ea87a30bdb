/// The text of one input: a script file, a `-c` argument, one REPL entry, the start-up file.
///
/// A `SourceFile` is immutable and shared by reference, so a diagnostic raised long after the
/// text was read (a runtime error in a `let` binding typed earlier) can still show its line.
/// The bytes are kept exactly as read; invalid UTF-8 is reported by the lexer, never trapped on.
public final class SourceFile: Sendable {
  /// What people call this input: `saved.kx`, `<stdin>`, `-c #2`, `<repl>`.
  public let name: String
  /// Whether the name is worth printing in front of positions. REPL entries are not.
  public let namesItself: Bool
  /// The input as UTF-8 bytes, exactly as read.
  public let bytes: [UInt8]
  /// The byte offset at which each line starts; `lineStarts[0] == 0`.
  public let lineStarts: [Int]
  /// The line number of the first line (for text that was cut out of a larger file).
  public let firstLine: Int

  public init(name: String, bytes: [UInt8], namesItself: Bool = true, firstLine: Int = 1) {
    self.name = name
    self.bytes = bytes
    self.namesItself = namesItself
    self.firstLine = firstLine
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      starts.append(offset + 1)
    }
    self.lineStarts = starts
  }

  public convenience init(name: String, text: String, namesItself: Bool = true, firstLine: Int = 1) {
    self.init(name: name, bytes: Array(text.utf8), namesItself: namesItself, firstLine: firstLine)
  }

  /// The whole input as a string (invalid UTF-8 shows as U+FFFD).
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  /// The number of lines; a trailing newline does not start a new line of its own.
  public var lineCount: Int {
    if let last = lineStarts.last, last == bytes.count, lineStarts.count > 1 {
      return lineStarts.count - 1
    }
    return lineStarts.count
  }

  /// Clamps an offset into the file: the renderer is total, never trapping on a bad range.
  public func clamp(_ offset: Int) -> Int { min(max(offset, 0), bytes.count) }

  /// The zero-based index of the line that holds `offset`.
  public func lineIndex(of offset: Int) -> Int {
    max(0, lineStarts.countAtMost(clamp(offset)) - 1)
  }

  /// The byte range of a line (zero-based index), without its line break.
  public func lineBounds(_ index: Int) -> Range<Int> {
    let index = min(max(index, 0), lineStarts.count - 1)
    let start = lineStarts[index]
    var end = index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
    if end > start, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return start..<end
  }

  /// The text of a line (zero-based index), without its line break.
  public func lineText(_ index: Int) -> String {
    String(decoding: bytes[lineBounds(index)], as: UTF8.self)
  }

  /// Line and column for people: both 1-based, the column counted in characters.
  public func location(of offset: Int) -> Location {
    let offset = clamp(offset)
    let index = lineIndex(of: offset)
    let bounds = lineBounds(index)
    let prefixEnd = min(offset, bounds.upperBound)
    let prefix = String(decoding: bytes[bounds.lowerBound..<prefixEnd], as: UTF8.self)
    return Location(
      line: index + firstLine, column: prefix.count + 1,
      displayColumn: DisplayWidth.of(prefix) + 1)
  }

  /// The source text of a range (clamped).
  public func text(of range: SourceRange) -> String {
    let start = clamp(range.start)
    let end = max(start, clamp(range.end))
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }
}

/// A position as people count it.
public struct Location: Hashable, Sendable, CustomStringConvertible {
  /// 1-based line number.
  public var line: Int
  /// 1-based column, counted in characters (a Chinese character is one).
  public var column: Int
  /// 1-based column on a terminal, counted in display cells (a Chinese character is two).
  public var displayColumn: Int

  public init(line: Int, column: Int, displayColumn: Int) {
    self.line = line
    self.column = column
    self.displayColumn = displayColumn
  }

  public var description: String { "\(line):\(column)" }
}

extension Array where Element: Comparable {
  /// In an ascending array, how many elements are at most `value` — the index of the first
  /// one above it — by binary search. (Which line holds an offset, which statement an error
  /// falls in, which `.lang` is in effect: each the last start at most a position.)
  public func countAtMost(_ value: Element) -> Int {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if self[middle] <= value { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
