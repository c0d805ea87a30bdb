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

  /// Looks up a word case-insensitively. Only ASCII words can be keywords.
  public init?(word: String) {
    guard word.utf8.count <= 10, word.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
    self.init(rawValue: word.lowercased())
  }

  /// The keywords that begin a clause.
  public static let clauseStarters: [Keyword] = [
    .where, .select, .extend, .sort, .order, .limit, .take, .top, .count, .summarize,
    .distinct, .join, .left, .cite,
  ]

  public var startsClause: Bool { Keyword.clauseStarters.contains(self) }

  /// Whether a statement may end right after this keyword (otherwise a newline after it
  /// continues the statement, as after an operator).
  public var canEndStatement: Bool {
    switch self {
    case .count, .asc, .desc, .null, .true, .false, .cite: true
    default: false
    }
  }
}
