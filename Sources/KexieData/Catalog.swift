import KexieDiagnostics

/// A database attached to a session (a SQLite file, a PostgreSQL server): its tables' schemas,
/// and a way to copy one into memory when a query needs it there.
public protocol AttachedDatabase: AnyObject, Sendable {
  /// Tells this database apart in `TableLocation.database`.
  var id: Int { get }
  /// How messages name it: the file's path, or `host/database` (never a password).
  var displayName: String { get }
  /// Its tables and views, as kexie sees them.
  var tables: [TableRef] { get }
  /// A whole table in memory (for a part of a query kexie runs itself). `isCancelled` is
  /// polled while rows arrive.
  func fetch(_ ref: TableRef, isCancelled: @escaping @Sendable () -> Bool) throws(DiagnosticError) -> Table
  /// A whole table in memory for what the checker and the tables read from it, not for a
  /// query: value suggestions, links matched by name, labels shown for links. Read once and
  /// kept; nil for a table too large for that (`lookupRowLimit`) or that does not read.
  func lookup(_ ref: TableRef) -> Table?
  /// Ends the connection.
  func close()
}

/// The most rows `AttachedDatabase.lookup` reads of a table (a database's big tables get no
/// value suggestions and their links are matched by id only; docs/DATABASES.md says so).
public let lookupRowLimit = Limits.lookupRows.value

/// The tables a session can query: the report's entity sets, the tables loaded by the user,
/// and the tables of attached databases. A checked plan names its tables by `TableRef`; the
/// catalog resolves a ref to its rows, or to the database that holds them.
public struct Catalog: Sendable {
  public private(set) var tables: [Table] = []
  /// The names of the embedded entity sets (which `.load` and `let` may not take).
  public private(set) var builtinNames: Set<String> = []
  /// Tables replaced by a newer one of the same name that a `let` binding still runs on (see
  /// `retainOnly`).
  public private(set) var retired: [Int: Table] = [:]
  /// Attached databases, in the order they were opened.
  public private(set) var databases: [any AttachedDatabase] = []

  public init(tables: [Table] = [], builtin: Bool = false) {
    for table in tables { register(table, builtin: builtin) }
  }

  /// A table in memory by name.
  public func table(named name: String) -> Table? {
    tables.first { $0.name == name }
  }

  /// Any table by name: one in memory, or one of an attached database.
  public func ref(named name: String) -> TableRef? {
    table(named: name)?.ref ?? attachedTables.first { $0.name == name }
  }

  /// A table by its Chinese name (`活动` for events). The checker asks this only after names
  /// and let bindings: an alias never shadows a table or let of that name.
  public func ref(chineseName name: String) -> TableRef? {
    tables.first { $0.ref.chineseName == name }?.ref ?? attachedTables.first { $0.chineseName == name }
  }

  /// A table by its name, else by its Chinese name (for dot commands: `.schema 活动`).
  public func ref(nameOrChinese name: String) -> TableRef? {
    ref(named: name) ?? ref(chineseName: name)
  }

  /// The tables of every attached database.
  public var attachedTables: [TableRef] { databases.flatMap(\.tables) }

  /// The rows a plan's table ref names: the current table, or a replaced one still bound. A
  /// database's table has none here (see `database(of:)`).
  public func table(for ref: TableRef) -> Table? {
    tables.first { $0.ref.id == ref.id } ?? retired[ref.id]
  }

  /// The rows of any table to look values up in: one in memory, or a database's table read
  /// for it (see `AttachedDatabase.lookup`).
  public func lookupRows(for ref: TableRef) -> Table? {
    table(for: ref) ?? database(of: ref)?.lookup(ref)
  }

  /// The attached database a table belongs to.
  public func database(of ref: TableRef) -> (any AttachedDatabase)? {
    guard let id = ref.location.databaseID else { return nil }
    return databases.first { $0.id == id }
  }

  /// Forgets the replaced tables whose ids are not in `ids` (those no binding runs on).
  public mutating func retainOnly(_ ids: Set<Int>) {
    retired = retired.filter { ids.contains($0.key) }
  }

  /// Every name a query can start from: in memory, then the databases'.
  public var names: [String] { tables.map(\.name) + attachedTables.map(\.name) }

  public func isBuiltin(_ name: String) -> Bool { builtinNames.contains(name) }

  /// Adds a table, replacing a loaded table of the same name.
  public mutating func register(_ table: Table, builtin: Bool = false) {
    if let index = tables.firstIndex(where: { $0.name == table.name }) {
      retired[tables[index].ref.id] = tables[index]
      tables[index] = table
    } else {
      tables.append(table)
    }
    if builtin { builtinNames.insert(table.name) }
  }

  /// Adds an attached database (whose table names must not clash with those in memory: the
  /// database chooses names, see `SQLiteDatabase`).
  public mutating func attach(_ database: any AttachedDatabase) {
    databases.append(database)
  }

  /// Removes an attached database (`.close`), and returns it so it can be closed.
  @discardableResult
  public mutating func detach(_ id: Int) -> (any AttachedDatabase)? {
    guard let index = databases.firstIndex(where: { $0.id == id }) else { return nil }
    return databases.remove(at: index)
  }
}
