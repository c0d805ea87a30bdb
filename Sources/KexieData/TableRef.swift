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
  /// Where its rows are.
  public let location: TableLocation
  /// One line about what it holds (`.sets`).
  public let summary: String?
  /// The document its provenance fields point into (`Table.document`).
  public let document: String?
  /// Fields whose values a database promises are unique (a primary key, a UNIQUE index):
  /// a join on one meets at most one row, which the SQL compiler uses. Empty for tables in
  /// memory (nothing is promised).
  public let uniqueFields: Set<Int>
  /// Its Chinese name (`活动` for events), which a query may use when no table, let or
  /// database table has that name.
  public let chineseName: String?

  public init(
    id: Int, name: String, fields: [Field], labelField: Int? = nil, matchFields: [Int] = [], rowCount: Int? = nil,
    location: TableLocation = .memory, summary: String? = nil, document: String? = nil, uniqueFields: Set<Int> = [],
    chineseName: String? = nil
  ) {
    self.chineseName = chineseName
    self.summary = summary
    self.document = document
    self.uniqueFields = uniqueFields
    self.id = id
    self.name = name
    self.fields = fields
    self.labelField = labelField
    self.matchFields = matchFields
    self.rowCount = rowCount
    self.location = location
  }

  public static func == (lhs: TableRef, rhs: TableRef) -> Bool { lhs.id == rhs.id }
  public func hash(into hasher: inout Hasher) { hasher.combine(id) }

  /// The position of a field by its exact name.
  public func index(of name: String) -> Int? { fields.firstIndex { $0.name == name } }

  /// A field by its name, else by its Chinese name (`organizer.名称`).
  public func index(ofNameOrChinese name: String) -> Int? {
    index(of: name) ?? fields.firstIndex { $0.chineseName == name }
  }

  public var visibleFields: [Field] { fields.filter { !$0.hidden } }

  /// A fresh id for a new table.
  public static func nextID() -> Int { counter.add(1, ordering: .relaxed).newValue }
  private static let counter = Atomic<Int>(0)
}

/// Where a table's rows are: in kexie's memory, or in an attached database.
public enum TableLocation: Hashable, Sendable {
  case memory
  /// A table or view of database `database` (`AttachedDatabase.id`), by the SQL that names it
  /// there (quoted as needed, with its schema in PostgreSQL), with the SQL that gives its rows
  /// their order (`rowid`; nil for a view, which has none).
  case database(Int, table: String, rowOrder: String?)

  public var databaseID: Int? {
    if case .database(let id, _, _) = self { return id }
    return nil
  }
}
