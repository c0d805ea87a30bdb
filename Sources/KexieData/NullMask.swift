/// A bitmap saying which rows of a column are null. Columns without nulls have none at all,
/// so the common case costs nothing.
public struct NullMask: Hashable, Sendable {
  public private(set) var words: [UInt64]
  public let count: Int

  public init(count: Int) {
    self.count = count
    self.words = [UInt64](repeating: 0, count: (count + 63) / 64)
  }

  public init(_ flags: [Bool]) {
    self.init(count: flags.count)
    for (index, isNull) in flags.enumerated() where isNull { set(index) }
  }

  @inline(__always)
  public func isNull(_ row: Int) -> Bool {
    words[row >> 6] & (1 << UInt64(row & 63)) != 0
  }

  @inline(__always)
  public mutating func set(_ row: Int) {
    words[row >> 6] |= 1 << UInt64(row & 63)
  }

  public var nullCount: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }
}
