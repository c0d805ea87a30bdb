/// A half-open range of UTF-8 byte offsets into a `SourceFile`.
///
/// Tokens and syntax nodes carry byte offsets because they are cheap to compute and to compare.
/// Lines and columns are derived from them only when a person needs to read a position
/// (see `SourceFile.location(of:)`).
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
  public var start: Int
  public var end: Int

  public init(_ start: Int, _ end: Int) {
    self.start = start
    self.end = max(start, end)
  }

  /// A zero-width range at `offset`, used for "expected …" diagnostics.
  public static func point(_ offset: Int) -> SourceRange { SourceRange(offset, offset) }

  public var length: Int { end - start }
  public var isEmpty: Bool { start == end }

  /// The smallest range that covers both `self` and `other`.
  public func merged(with other: SourceRange) -> SourceRange {
    SourceRange(min(start, other.start), max(end, other.end))
  }

  public var description: String { "\(start)..<\(end)" }
}
