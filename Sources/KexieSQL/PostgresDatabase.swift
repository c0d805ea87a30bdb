import CLibPQ
import Glibc
import KexieData
import KexieDiagnostics
import KexieSemantics
import Synchronization

/// A PostgreSQL database attached to a session (`--db postgresql://…`, `.open …`): a libpq
/// connection string or URI; the password comes from PGPASSWORD or ~/.pgpass (libpq reads
/// both) and never appears in output, history or errors. The tables and views of the search
/// path become sets; queries over them run on the server as compiled SQL, in a read-only
/// transaction. Ctrl-C cancels the query on the server (PQcancel); a lost connection is an
/// error, never a hang.
public final class PostgresDatabase: SQLDatabase, @unchecked Sendable {
  // @unchecked: the connection is used from the driver's thread; cancelling goes through
  // PQcancel, which libpq makes safe to call from another thread or a signal handler.
  let connection: OpaquePointer
  public let id: Int
  public let displayName: String
  public internal(set) var tables: [TableRef] = []
  public let dialect = SQLDialect.postgres
  public private(set) var features = SQLDialect.Features(kexieFunctions: false, icuCollation: false)

  /// Whether text is a PostgreSQL connection string rather than a file name.
  public static func isConnectionString(_ text: String) -> Bool {
    text.hasPrefix("postgresql://") || text.hasPrefix("postgres://") || text.contains("dbname=") || text.contains("host=")
  }

  public static func connect(_ target: String, taken: Set<String> = []) -> Result<PostgresDatabase, DatabaseOpenError> {
    // libpq is loaded now, the first time it is needed (it is not linked; see clibpq.h).
    var loadError = [CChar](repeating: 0, count: 512)
    guard kx_pq_load(&loadError, loadError.count) == 1 else {
      let reason = String(decoding: loadError.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      return .failure(DatabaseOpenError(.unreachable, .databaseUnavailable(
        "PostgreSQL", reason: Phrase(
          "libpq, PostgreSQL's client library, is not installed (apt-get install libpq5): \(reason)",
          zh: "没有装 PostgreSQL 的客户端库 libpq（apt-get install libpq5）：\(reason)"))))
    }
    // The password, if the string holds one, so that no message can repeat it.
    var parseError: UnsafeMutablePointer<CChar>?
    guard let options = PQconninfoParse(target, &parseError) else {
      // libpq's message quotes the text it could not read, which may be the password.
      let shown = target.contains("password") || target.contains("@") ? "" : ": " + message(parseError)
      PQfreemem(parseError)
      return .failure(DatabaseOpenError(.other, .databaseUnavailable(
        "PostgreSQL", reason: Phrase("libpq cannot read the connection string" + shown, zh: "libpq 读不懂这个连接字符串" + shown))))
    }
    var secret: String?
    var option = options
    while let keyword = option.pointee.keyword {
      if String(cString: keyword) == "password", let value = option.pointee.val { secret = String(cString: value) }
      option += 1
    }
    PQconninfoFree(options)
    func scrubbed(_ text: String) -> String {
      guard let secret, !secret.isEmpty else { return text }
      return text.replacing(secret, with: "***")
    }
    guard let connection = PQconnectdb(target) else {
      return .failure(DatabaseOpenError(.other, .databaseUnavailable("PostgreSQL", reason: Phrase("out of memory", zh: "内存不够"))))
    }
    guard PQstatus(connection) == CONNECTION_OK else {
      let reason = scrubbed(PostgresDatabase.message(PQerrorMessage(connection)))
      let host = PostgresDatabase.describe(connection)
      PQfinish(connection)
      return .failure(DatabaseOpenError(.unreachable, .databaseUnavailable(host, reason: .same(reason))))
    }
    let database = PostgresDatabase(connection: connection, name: describe(connection))
    do throws(DiagnosticError) {
      try database.discover(taken: taken)
    } catch {
      return .failure(DatabaseOpenError(.other, error.diagnostics[0]))
    }
    return .success(database)
  }

  init(connection: OpaquePointer, name: String) {
    self.connection = connection
    self.displayName = name
    self.id = TableRef.nextID()
  }

  deinit { PQfinish(connection) }

  public func close() {}

  /// `host/database` (or the socket's directory), never a password.
  static func describe(_ connection: OpaquePointer) -> String {
    let host = PQhost(connection).map { String(cString: $0) } ?? "localhost"
    let database = PQdb(connection).map { String(cString: $0) } ?? ""
    let port = PQport(connection).map { String(cString: $0) } ?? ""
    return "postgresql://\(host.hasPrefix("/") ? "[\(host)]" : host)\(port.isEmpty || port == "5432" ? "" : ":" + port)/\(database)"
  }

  /// libpq's message, on one line and without its trailing newline.
  static func message(_ text: UnsafePointer<CChar>?) -> String {
    guard let text else { return "unknown error" }
    return String(cString: text).split(separator: "\n")
      .map { $0.drop { $0 == " " || $0 == "\t" } }.filter { !$0.isEmpty }.joined(separator: "; ")
  }

  // MARK: - Queries

  /// A finished result, cleared when it goes.
  final class Answer {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { PQclear(pointer) }
  }

  /// Runs SQL and returns its result, or the server's error as a diagnostic. While it runs,
  /// `isCancelled` is polled; when it says so, the server is asked to cancel the query.
  func execute(_ sql: String, isCancelled: (@Sendable () -> Bool)? = nil, file: SourceFile? = nil) throws(RuntimeFailure) -> Answer {
    guard PQstatus(connection) == CONNECTION_OK else {
      throw RuntimeFailure(.databaseFailure(displayName, reason: Phrase("the connection was lost; .open it again", zh: "连接断了，请再 .open 一次")))
    }
    guard PQsendQuery(connection, sql) == 1 else {
      throw RuntimeFailure(.databaseFailure(displayName, reason: .same(PostgresDatabase.message(PQerrorMessage(connection)))))
    }
    var cancelled = false
    let socket = PQsocket(connection)
    // Wait for the answer in slices of 50 ms, so Ctrl-C is seen while the server works.
    while PQisBusy(connection) == 1 {
      var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
      let ready = poll(&descriptor, 1, 50)
      if ready < 0, errno != EINTR {
        throw RuntimeFailure(.databaseFailure(displayName, reason: Phrase("the connection was lost", zh: "连接断了")))
      }
      if !cancelled, isCancelled?() == true {
        cancelled = true
        if let cancel = PQgetCancel(connection) {
          var buffer = [CChar](repeating: 0, count: 256)
          _ = PQcancel(cancel, &buffer, 256)
          PQfreeCancel(cancel)
        }
      }
      guard PQconsumeInput(connection) == 1 else {
        throw RuntimeFailure(.databaseFailure(displayName, reason: Phrase("the connection was lost: ", zh: "连接断了：") + .same(PostgresDatabase.message(PQerrorMessage(connection)))))
      }
    }
    var last: Answer?
    var failure: RuntimeFailure?
    while let pointer = PQgetResult(connection) {
      let result = Answer(pointer)
      let status = PQresultStatus(pointer)
      if status == PGRES_FATAL_ERROR || status == PGRES_NONFATAL_ERROR, failure == nil {
        failure = self.failure(result, cancelled: cancelled, file: file)
      }
      last = result
    }
    if let failure { throw failure }
    guard let last else { throw RuntimeFailure(.databaseFailure(displayName, reason: Phrase("no result", zh: "没有返回结果"))) }
    return last
  }

  /// The server's error as kexie's diagnostic: its SQLSTATE says which.
  func failure(_ result: Answer, cancelled: Bool, file: SourceFile?) -> RuntimeFailure {
    let state = PQresultErrorField(result.pointer, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } ?? ""
    let message = PQresultErrorField(result.pointer, Int32(UInt8(ascii: "M"))).map { String(cString: $0) } ?? "error"
    // kexie's own failure, raised by the SQL (`SQLDialect.raise`): its code and place.
    if let start = message.firstRange(of: SQLiteFunctions.errorPrefix) {
      let raised = message[start.lowerBound...].prefix { $0 != "\"" }
      if let diagnostic = SQLiteFunctions.diagnostic(forError: String(raised), file: file) { return RuntimeFailure(diagnostic) }
    }
    switch state {
    case "57014" where cancelled: return RuntimeFailure(.cancelled())
    case "22012": return RuntimeFailure(.divisionByZero(at: .point(0)))
    case "22003": return RuntimeFailure(.integerOverflow(Phrase("PostgreSQL arithmetic", zh: "PostgreSQL 的算术运算"), at: .point(0)))
    case "2201B": return RuntimeFailure(.invalidRegex("", reason: .same(message), at: .point(0)))
    default: return RuntimeFailure(.databaseFailure(displayName, reason: .same(message)))
    }
  }

  /// The rows of a query as text (for reading the schema; NULL is nil).
  func rows(_ sql: String) throws(DiagnosticError) -> [[String?]] {
    do throws(RuntimeFailure) {
      let result = try execute(sql)
      return (0..<PQntuples(result.pointer)).map { row in
        (0..<PQnfields(result.pointer)).map { column in
          PQgetisnull(result.pointer, row, column) == 1 ? nil : String(cString: PQgetvalue(result.pointer, row, column))
        }
      }
    } catch {
      throw DiagnosticError(error.diagnostic)
    }
  }

  public func run(_ sql: String, fields: [PlanField], file: SourceFile?, isCancelled: (@Sendable () -> Bool)?) throws(RuntimeFailure) -> Table {
    let result = try execute(sql, isCancelled: isCancelled, file: file)
    let rowCount = Int(PQntuples(result.pointer))
    var sinks = fields.map { ColumnSink(field: $0) }
    for row in 0..<Int32(rowCount) {
      for index in sinks.indices {
        let column = Int32(index)
        if PQgetisnull(result.pointer, row, column) == 1 {
          sinks[index].builder.append(.null)
        } else {
          let text = UnsafeBufferPointer(start: UnsafeRawPointer(PQgetvalue(result.pointer, row, column)).assumingMemoryBound(to: UInt8.self), count: Int(PQgetlength(result.pointer, row, column)))
          try sinks[index].append(text: text, database: displayName)
        }
      }
    }
    return Table(name: "result", fields: fields.map(Field.init(planField:)), columns: sinks.map { $0.build() }, rowCount: rowCount)
  }

  public let lookups = LookupCache()



  // MARK: - Schema

  /// kexie's type for a PostgreSQL type name (`format_type`): numbers, booleans, text, and
  /// arrays of them as lists; anything else (dates, JSON, UUIDs) is read as its text.
  static func type(_ name: String) -> (DataType, list: Bool) {
    let list = name.hasSuffix("[]")
    let base = list ? String(name.dropLast(2)) : name
    switch base {
    case "smallint", "integer", "bigint": return (.integer, list)
    case "real", "double precision": return (.decimal, list)
    case _ where base.hasPrefix("numeric"): return (.decimal, list)
    case "boolean": return (.bool, list)
    default: return (.text, list)
    }
  }

  /// Reads the tables and views of the search path (in the order they were made), their
  /// columns, their links and what `.dump` recorded about them.
  func discover(taken: Set<String>) throws(DiagnosticError) {
    _ = try rows("SET default_transaction_read_only = on")
    let icu = try rows("SELECT count(*) FROM pg_collation WHERE collname = 'und-x-icu'")
    features.icuCollation = icu.first?[0] != "0"
    let objects = try rows("""
      SELECT c.oid, n.nspname, c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f') AND n.nspname = ANY (current_schemas(false)) ORDER BY c.oid
      """)
    // What `.dump` recorded about its tables (labels, list elements, provenance), if it did.
    let notesTable = objects.first { $0[2] == KexieNotes.table }
    let note = KexieNotes.Lookup(rows: try notesTable.map { object throws(DiagnosticError) in
      try rows("SELECT * FROM \(SQLDialect.postgres.name(object[1] ?? "public")).\(KexieNotes.table)")
    } ?? [])
    var used = taken
    var found: [TableRef] = []
    var renamed: [String: String] = [:]
    for object in objects {
      guard let oid = object[0], let schema = object[1], let table = object[2], table != KexieNotes.table else { continue }
      let columns = try rows("""
        SELECT attname, format_type(atttypid, atttypmod), attnotnull FROM pg_attribute
        WHERE attrelid = \(oid) AND attnum > 0 AND NOT attisdropped ORDER BY attnum
        """)
      let keys = try rows("""
        SELECT a.attname, cf.relname, af.attname FROM pg_constraint k
        JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
        JOIN pg_class cf ON cf.oid = k.confrelid
        JOIN pg_attribute af ON af.attrelid = k.confrelid AND af.attnum = k.confkey[1]
        WHERE k.conrelid = \(oid) AND k.contype = 'f' AND cardinality(k.conkey) = 1
        """)
      let isTable = object[3] == "r" || object[3] == "p"
      var fields: [Field] = []
      for column in columns {
        guard let name = column[0] else { continue }
        let (type, list) = PostgresDatabase.type(column[1] ?? "text")
        let link = keys.first { $0[0] == name && $0[2] == "id" }?[1]
        fields.append(note.apply(to: Field(name, type, link: link, list: list, nullable: column[2] != "t"), of: table))
      }
      var kexieName = table
      if used.contains(kexieName) { kexieName = (PQdb(connection).map { String(cString: $0) } ?? "db") + "_" + table }
      used.insert(kexieName)
      if kexieName != table { renamed[table] = kexieName }
      let qualified = SQLDialect.postgres.name(schema) + "." + SQLDialect.postgres.name(table)
      let count = isTable ? try rows("SELECT count(*) FROM \(qualified)").first?[0].flatMap { Int($0) } : nil
      // The row order: the column `.dump` wrote for it (not a field), else the primary key,
      // else the physical order, which PostgreSQL does not keep (an UPDATE moves a row).
      var order: String?
      if isTable {
        if let column = note.orderColumn(table, fields: fields) {
          fields.removeAll { $0.name == column }
          order = SQLDialect.postgres.name(column)
        } else {
          let key = try rows("""
            SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
            WHERE i.indrelid = \(oid) AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)
            """).compactMap { $0[0] }
          order = key.isEmpty ? "ctid" : key.map { SQLDialect.postgres.name($0) }.joined(separator: ", ")
        }
      }
      let idField = fields.firstIndex { $0.name == "id" }
      let (label, aliases, summary, document) = note.table(table, fields: fields)
      // Fields a primary key or a unique index of one column makes unique.
      let unique = Set(try rows("""
        SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
        WHERE i.indrelid = \(oid) AND i.indisunique AND i.indnkeyatts = 1
        """).compactMap { $0[0] })
      found.append(TableRef(
        id: TableRef.nextID(), name: kexieName, fields: fields, labelField: label,
        matchFields: ([idField, label] + aliases).compactMap { $0 }, rowCount: count,
        location: .database(id, table: qualified, rowOrder: order),
        summary: summary ?? "\(isTable ? "table" : "view") \(schema).\(table) of \(displayName)", document: document,
        uniqueFields: Set(fields.indices.filter { unique.contains(fields[$0].name) }),
        chineseName: note(table, "", "chinese")))
    }
    // Links name tables by their names in the database; kexie may call them otherwise.
    tables = TableRef.renamingLinks(found, renamed: renamed)
  }
}

extension ColumnSink {
  /// Appends a value PostgreSQL sent as text.
  mutating func append(text: UnsafeBufferPointer<UInt8>, database: String) throws(RuntimeFailure) {
    let written = String(decoding: text, as: UTF8.self)
    if field.isList {
      guard let list = ColumnSink.list(Array(text), type: field.type) else { throw mismatch("'\(written)'", database: database) }
      builder.append(list)
      return
    }
    switch field.type {
    case .integer:
      guard let number = Int64(written) else {
        // A sum PostgreSQL made exact (numeric) that does not fit 64 bits.
        if written.allSatisfy({ $0.isNumber || $0 == "-" }) { throw RuntimeFailure(.integerOverflow(.sumOperation, at: .point(0))) }
        throw mismatch("'\(written)'", database: database)
      }
      builder.append(.integer(number))
    case .decimal:
      // PostgreSQL's doubles hold NaN and Infinity; kexie's decimals are finite.
      guard let number = Double(written), number.isFinite else { throw mismatch("'\(written)'", database: database) }
      builder.append(.decimal(number))
    case .bool:
      builder.append(.bool(written == "t" || written == "true"))
    case .text, .null:
      builder.append(.text(written))
    }
  }
}
