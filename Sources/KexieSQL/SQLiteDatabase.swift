import CSQLite
import Glibc
import KexieData
import KexieDiagnostics
import KexieSemantics
import Synchronization

/// A SQLite file attached to a session (`--db FILE`, `.open FILE`), read-only unless asked:
/// its tables and views become sets, with types from the declared schema (and the data, where
/// a column declares none), links from foreign keys to an `id`, list fields from columns
/// declared `JSON`, and what `.save` recorded in its `_kexie` table (labels, summaries,
/// provenance). Queries over them run inside SQLite as compiled SQL.
public final class SQLiteDatabase: SQLDatabase, @unchecked Sendable {
  // @unchecked: the connection is used from the driver's thread only (SQLite's default
  // serialized mode would also make it safe); the cancellation box is atomic.
  let handle: OpaquePointer
  public let id: Int
  public let path: String
  public let readOnly: Bool
  public internal(set) var tables: [TableRef] = []
  public var displayName: String { path }
  public let dialect = SQLDialect.sqlite
  public let features = SQLDialect.Features(kexieFunctions: true)
  /// Polled by SQLite's progress handler while a statement runs.
  let interrupt = InterruptBox()

  /// Opens a file (read-only unless `readOnly` is false, when a missing file is created).
  /// SQLite opens any file read-only without looking inside; reading its schema is what
  /// finds a file that is not a database, a damaged one or a lock, so each is told apart here.
  public static func open(_ path: String, readOnly: Bool = true, taken: Set<String> = []) -> Result<SQLiteDatabase, DatabaseOpenError> {
    if readOnly {
      var status = stat()
      if stat(path, &status) != 0 {
        return .failure(DatabaseOpenError(.missing, .databaseUnavailable(path, reason: systemError())))
      }
      if (status.st_mode & S_IFMT) == S_IFDIR {
        return .failure(DatabaseOpenError(.missing, .databaseUnavailable(path, reason: Phrase("it is a directory", zh: "它是一个目录"))))
      }
    }
    var handle: OpaquePointer?
    let flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
    let status = sqlite3_open_v2(path, &handle, flags, nil)
    guard status == SQLITE_OK, let handle else {
      let reason = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
      let code = handle.map { sqlite3_errcode($0) } ?? SQLITE_NOMEM
      if let handle { sqlite3_close_v2(handle) }
      return .failure(DatabaseOpenError(problem(code), .databaseUnavailable(path, reason: SQLiteDatabase.explain(reason, path: path))))
    }
    let database = SQLiteDatabase(handle: handle, path: path, readOnly: readOnly)
    do throws(DiagnosticError) {
      try database.discover(taken: taken)
    } catch {
      let diagnostic = Diagnostic.databaseUnavailable(path, reason: SQLiteDatabase.explain(String(cString: sqlite3_errmsg(handle)), path: path))
      return .failure(DatabaseOpenError(problem(sqlite3_errcode(handle)), diagnostic))
    }
    return .success(database)
  }

  /// Which failure a SQLite result code is.
  static func problem(_ code: Int32) -> DatabaseOpenError.Problem {
    switch code & 0xff {
    case SQLITE_CANTOPEN, SQLITE_PERM: .missing
    case SQLITE_NOTADB: .notADatabase
    case SQLITE_CORRUPT: .damaged
    case SQLITE_BUSY, SQLITE_LOCKED: .locked
    default: .other
    }
  }

  init(handle: OpaquePointer, path: String, readOnly: Bool) {
    self.handle = handle
    self.path = path
    self.readOnly = readOnly
    self.id = TableRef.nextID()
    sqlite3_busy_timeout(handle, 2000)
    SQLiteFunctions.register(on: handle)
    sqlite3_progress_handler(handle, 4096, { box in
      guard let box else { return 0 }
      return Unmanaged<InterruptBox>.fromOpaque(box).takeUnretainedValue().isCancelled() ? 1 : 0
    }, Unmanaged.passUnretained(interrupt).toOpaque())
  }

  deinit { sqlite3_close_v2(handle) }

  public func close() { interrupt.set(nil) }

  /// SQLite's words, with a hint where they are terse.
  static func explain(_ reason: String, path: String) -> Phrase {
    switch reason {
    case "unable to open database file": Phrase("no such file, or it cannot be read", zh: "没有这个文件，或者它读不了")
    case "file is not a database": Phrase("it is not a SQLite database", zh: "它不是 SQLite 数据库")
    case "database disk image is malformed":
      Phrase("the database is damaged (SQLite: database disk image is malformed)", zh: "数据库已损坏（SQLite：database disk image is malformed）")
    case "database is locked":
      Phrase("another program holds a lock on it (SQLite: database is locked)", zh: "另一个程序锁住了它（SQLite：database is locked）")
    default: .same(reason)
    }
  }

  // MARK: - Statements

  /// Runs SQL that returns no rows (`.save`).
  public func execute(_ sql: String) throws(DiagnosticError) {
    var message: UnsafeMutablePointer<CChar>?
    guard sqlite3_exec(handle, sql, nil, nil, &message) == SQLITE_OK else {
      let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
      sqlite3_free(message)
      throw DiagnosticError(.databaseFailure(path, reason: .same(text)))
    }
  }

  /// A prepared statement, finalized when it goes.
  final class Statement {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { sqlite3_finalize(pointer) }
  }

  func prepare(_ sql: String) throws(DiagnosticError) -> Statement {
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
      throw DiagnosticError(.databaseFailure(path, reason: SQLiteDatabase.explain(String(cString: sqlite3_errmsg(handle)), path: path)))
    }
    return Statement(statement)
  }

  /// The rows of a query as text (for reading the schema; NULL is nil).
  func rows(_ sql: String) throws(DiagnosticError) -> [[String?]] {
    let statement = try prepare(sql)
    var rows: [[String?]] = []
    let count = sqlite3_column_count(statement.pointer)
    while true {
      let status = sqlite3_step(statement.pointer)
      if status == SQLITE_DONE { break }
      guard status == SQLITE_ROW else {
        throw DiagnosticError(.databaseFailure(path, reason: SQLiteDatabase.explain(String(cString: sqlite3_errmsg(handle)), path: path)))
      }
      rows.append((0..<count).map { column in
        sqlite3_column_text(statement.pointer, column).map { String(cString: $0) }
      })
    }
    return rows
  }

  /// Runs compiled SQL into a table whose columns are `fields`. A failure raised by the SQL
  /// (kexie_error) or by SQLite becomes kexie's diagnostic, placed in `file` where the SQL
  /// says.
  public func run(_ sql: String, fields: [PlanField], file: SourceFile?, isCancelled: (@Sendable () -> Bool)?) throws(RuntimeFailure) -> Table {
    interrupt.set(isCancelled)
    defer { interrupt.set(nil) }
    let statement: Statement
    do throws(DiagnosticError) {
      statement = try prepare(sql)
    } catch {
      throw RuntimeFailure(error.diagnostics[0])
    }
    var sinks = fields.map { ColumnSink(field: $0) }
    var rowCount = 0
    while true {
      let status = sqlite3_step(statement.pointer)
      if status == SQLITE_DONE { break }
      guard status == SQLITE_ROW else { throw failure(status, file: file) }
      for index in sinks.indices {
        try sinks[index].append(statement.pointer, Int32(index), database: path, file: file)
      }
      rowCount += 1
    }
    return Table(name: "result", fields: fields.map(Field.init(planField:)), columns: sinks.map { $0.build() }, rowCount: rowCount)
  }

  /// What stopped a statement, as kexie says it.
  func failure(_ status: Int32, file: SourceFile?) -> RuntimeFailure {
    let message = String(cString: sqlite3_errmsg(handle))
    if status == SQLITE_INTERRUPT { return RuntimeFailure(.cancelled()) }
    if let diagnostic = SQLiteFunctions.diagnostic(forError: message, file: file) { return RuntimeFailure(diagnostic) }
    if message == "integer overflow" { return RuntimeFailure(.integerOverflow(Phrase("a sum or an abs() in SQLite", zh: "SQLite 里的求和或 abs()"), at: .point(0))) }
    return RuntimeFailure(.databaseFailure(path, reason: SQLiteDatabase.explain(message, path: path)))
  }

  public let lookups = LookupCache()


}

/// The cancellation check SQLite's progress handler reads (set while a statement runs).
final class InterruptBox: Sendable {
  private let check = Mutex<(@Sendable () -> Bool)?>(nil)
  func set(_ value: (@Sendable () -> Bool)?) { check.withLock { $0 = value } }
  func isCancelled() -> Bool { check.withLock { $0?() ?? false } }
}

extension Field {
  /// The stored field a plan's column describes.
  init(planField field: PlanField) {
    self.init(field.name, field.type, link: field.link?.name, list: field.isList, hidden: field.hidden, provenance: field.provenance)
  }
}
