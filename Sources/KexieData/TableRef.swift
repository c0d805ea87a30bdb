import Synchronization

/// A table as a plan refers to it: its name and schema, never its rows. A backend resolves it
/// to rows (the in-memory engine through the catalog, a SQL backend to a table of its
/// database), so a checked plan is data that more than one backend can run.
///
/// `id` tells apart two tables that had the same name at different times: after `.load` has
/// replaced a table, a `let` bound before still runs on the table it was checked against.
public struct TableRef: Hashable, Sendable {
  public let id: Int
  public let name: String
  public let fields: [Field]
  /// See `Table.labelField` and `Table.matchFields`.
  public let labelField: Int?
  public let matchFields: [Int]
  /// How many rows it had when it was made (a statistic for `.plan`; nil when unknown).
  public let rowCount: Int?

  public init(id: Int, name: String, fields: [Field], labelField: Int? = nil, matchFields: [Int] = [], rowCount: Int? = nil) {
    self.id = id
    self.name = name
    self.fields = fields
    self.labelField = labelField
    self.matchFields = matchFields
    self.rowCount = rowCount
  }

  public static func == (lhs: TableRef, rhs: TableRef) -> Bool { lhs.id == rhs.id }
  public func hash(into hasher: inout Hasher) { hasher.combine(id) }

  /// The position of a field by its exact name.
  public func index(of name: String) -> Int? { fields.firstIndex { $0.name == name } }

  public var visibleFields: [Field] { fields.filter { !$0.hidden } }

  /// A fresh id for a new table.
  public static func nextID() -> Int { counter.add(1, ordering: .relaxed).newValue }
  private static let counter = Atomic<Int>(0)
}
