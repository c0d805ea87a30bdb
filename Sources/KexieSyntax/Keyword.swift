/// The reserved words of kexie. Keywords are case-insensitive (`WHERE` is `where`).
///
/// This list, `grammar/keywords.txt` and the keywords quoted in `grammar/kexie.ebnf` are kept
/// in sync by a test.
public enum Keyword: String, CaseIterable, Sendable {
  case `let`
  case `where`
  case select
  case extend
  case `as`
  case sort
  case order
  case by
  case asc
  case desc
  case limit
  case take
  case top
  case count
  case summarize
  case distinct
  case expand
  case join
  case left
  case on
  case cite
  case and
  case or
  case not
  case `in`
  case `is`
  case null
  case `true`
  case `false`
  case contains
  case startswith
  case endswith
  case matches
  case between

  /// Looks up a word case-insensitively. Only ASCII words can be keywords. (Compares bytes
  /// against the keywords that start with the same letter: no hashing, no allocation.)
  public init?(word: String) {
    var word = word
    guard let found = word.withUTF8({ Keyword.lookup($0) }) else { return nil }
    self = found
  }

  static func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Keyword? {
    guard bytes.count >= 2, bytes.count <= 10 else { return nil }
    let first = bytes[0] | 0x20
    guard first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else { return nil }
    for (spelling, keyword) in byFirstLetter[Int(first - UInt8(ascii: "a"))] where spelling.count == bytes.count {
      var matches = true
      for index in 0..<bytes.count where bytes[index] | 0x20 != spelling[index] || bytes[index] >= 0x80 {
        matches = false
        break
      }
      if matches { return keyword }
    }
    return nil
  }

  /// Keywords by first letter, as lower-case bytes.
  static let byFirstLetter: [[([UInt8], Keyword)]] = {
    var table = [[([UInt8], Keyword)]](repeating: [], count: 26)
    for keyword in allCases {
      let bytes = Array(keyword.rawValue.utf8)
      table[Int(bytes[0] - UInt8(ascii: "a"))].append((bytes, keyword))
    }
    return table
  }()

  /// Whether this keyword begins a clause (the clause table, `ClauseSpec.all`, says).
  public var startsClause: Bool { ClauseSpec.startingKeywords.contains(self) }

  /// Whether a statement may end right after this keyword (otherwise a newline after it
  /// continues the statement, as after an operator): a literal, a sort direction, or a clause
  /// that is whole by itself (`count`, `cite`).
  public var canEndStatement: Bool {
    switch self {
    case .asc, .desc, .null, .true, .false: true
    default: ClauseSpec.starting(with: self)?.canEndAfterKeyword == true && self != .left
    }
  }
}
