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

  /// A mask with every one of `count` rows null.
  public static func all(count: Int) -> NullMask {
    var mask = NullMask(count: count)
    for word in mask.words.indices { mask.words[word] = ~0 }
    // Bits past `count` stay clear, so `nullCount` counts rows.
    if count % 64 != 0, let last = mask.words.indices.last { mask.words[last] = (1 << UInt64(count % 64)) - 1 }
    return mask
  }

  /// Rows that are null in either mask (word by word).
  public static func union(_ a: NullMask?, _ b: NullMask?, count: Int) -> NullMask? {
    guard let a else { return b }
    guard let b else { return a }
    var result = NullMask(count: count)
    for word in result.words.indices { result.words[word] = a.words[word] | b.words[word] }
    return result
  }
}
