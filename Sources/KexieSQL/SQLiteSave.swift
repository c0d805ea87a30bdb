import CSQLite
import Glibc
import KexieData
import KexieDiagnostics

/// `.save FILE`: tables written into a new SQLite file that other tools can use (sqlite3,
/// DuckDB, Datasette) and that kexie attaches back as it left them.
///
/// Types are declared (INTEGER, REAL, TEXT, BOOLEAN); a list field is declared JSON and holds
/// a JSON array; a link is a foreign key to its table's `id` (the primary key when its values
/// are unique). What SQL has no words for goes in the `_kexie` table (`KexieNotes`). The file is written beside its final name and renamed when complete, so a failure
/// leaves no half-written file and an existing one untouched.
public enum SQLiteSave {
  public static func save(_ tables: [Table], to path: String) throws(DiagnosticError) {
    let temporary = path + ".kexie-\(getpid()).tmp"
    unlink(temporary)
    let database: SQLiteDatabase
    switch SQLiteDatabase.open(temporary, readOnly: false) {
    case .success(let opened): database = opened
    case .failure(let error): throw DiagnosticError(error.diagnostic)
    }
    do throws(DiagnosticError) {
      try database.execute("PRAGMA journal_mode = OFF; BEGIN")
      let columns = KexieNotes.columns.map { "\(SQLDialect.sqlite.name($0)) TEXT" }.joined(separator: ", ")
      try database.execute("CREATE TABLE \(KexieNotes.table) (\(columns))")
      for table in tables {
        try create(table, in: database, primaryKey: KexieNotes.hasUniqueID(table))
        try insert(table, into: database)
      }
      try database.execute("COMMIT")
    } catch {
      database.close()
      unlink(temporary)
      throw error
    }
    database.close()
    guard rename(temporary, path) == 0 else {
      let reason = systemError()
      unlink(temporary)
      throw DiagnosticError(.databaseUnavailable(path, reason: reason))
    }
  }

  static func create(_ table: Table, in database: SQLiteDatabase, primaryKey: Bool) throws(DiagnosticError) {
    let dialect = SQLDialect.sqlite
    try database.execute(SQLDump.create(table, dialect: dialect, primaryKey: primaryKey))
    for note in KexieNotes.rows(for: table) {
      let values = [table.name, note.field, note.property, note.value].map(dialect.text).joined(separator: ", ")
      try database.execute("INSERT INTO \(KexieNotes.table) VALUES (\(values))")
    }
  }

  static func insert(_ table: Table, into database: SQLiteDatabase) throws(DiagnosticError) {
    let placeholders = Array(repeating: "?", count: table.fields.count).joined(separator: ", ")
    let statement = try database.prepare("INSERT INTO \(SQLDialect.sqlite.name(table.name)) VALUES (\(placeholders))")
    for row in 0..<table.rowCount {
      sqlite3_reset(statement.pointer)
      for (index, column) in table.columns.enumerated() {
        bind(column.value(at: row), to: statement.pointer, at: Int32(index + 1))
      }
      guard sqlite3_step(statement.pointer) == SQLITE_DONE else {
        throw DiagnosticError(.databaseFailure(database.path, reason: .same(String(cString: sqlite3_errmsg(database.handle)))))
      }
    }
  }

  static func bind(_ value: Value, to statement: OpaquePointer, at index: Int32) {
    switch value {
    case .null: sqlite3_bind_null(statement, index)
    case .bool(let flag): sqlite3_bind_int64(statement, index, flag ? 1 : 0)
    case .integer(let number): sqlite3_bind_int64(statement, index, number)
    case .decimal(let number): sqlite3_bind_double(statement, index, number)
    case .text(let text): bindText(text, statement, index)
    case .list(let values): bindText(json(values), statement, index)
    }
  }

  static func bindText(_ text: String, _ statement: OpaquePointer, _ index: Int32) {
    // SQLite copies the bytes (SQLITE_TRANSIENT); an empty string still needs a non-null
    // pointer, or SQLite binds NULL.
    var bytes = Array(text.utf8CString)
    bytes.withUnsafeMutableBufferPointer { buffer in
      _ = sqlite3_bind_text(statement, index, buffer.baseAddress, Int32(buffer.count - 1), kx_sqlite_transient())
    }
  }

  /// A list as a JSON array.
  static func json(_ values: [Value]) -> String {
    "[" + values.map { value -> String in
      switch value {
      case .text(let text): JSONText.quote(text)
      case .integer(let number): String(number)
      case .decimal(let number): number.isFinite ? Value.format(number) : "null"
      case .bool(let flag): flag ? "true" : "false"
      case .null, .list: "null"
      }
    }.joined(separator: ",") + "]"
  }
}
