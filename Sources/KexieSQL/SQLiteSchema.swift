import CSQLite
import KexieData
import KexieDiagnostics
import KexieSemantics

extension ColumnSink {
  /// Appends column `index` of the current row of a SQLite statement.
  mutating func append(_ statement: OpaquePointer, _ index: Int32, database: String, file: SourceFile?) throws(RuntimeFailure) {
    let kind = sqlite3_column_type(statement, index)
    if kind == SQLITE_NULL {
      builder.append(.null)
      return
    }
    if field.isList {
      let bytes = ColumnSink.bytes(statement, index)
      guard let list = ColumnSink.list(bytes, type: field.type) else {
        throw mismatch("'\(String(decoding: bytes, as: UTF8.self))'", database: database)
      }
      builder.append(list)
      return
    }
    switch (field.type, kind) {
    case (.integer, SQLITE_INTEGER): builder.append(.integer(sqlite3_column_int64(statement, index)))
    case (.integer, SQLITE_FLOAT):
      // SQLite turns an integer sum or product that overflows 64 bits into a double.
      let value = sqlite3_column_double(statement, index)
      guard value.rounded() == value, let exact = Int64(exactly: value) else {
        throw RuntimeFailure(.integerOverflow(Phrase("SQLite arithmetic on column '\(field.name)'", zh: "SQLite 对列 '\(field.name)' 的算术运算"), at: .point(0)))
      }
      builder.append(.integer(exact))
    case (.decimal, SQLITE_INTEGER), (.decimal, SQLITE_FLOAT):
      let value = sqlite3_column_double(statement, index)
      // SQLite holds infinities (9e999); kexie's decimals are finite.
      guard value.isFinite else { throw mismatch("\(value)", database: database) }
      builder.append(.decimal(value))
    case (.bool, SQLITE_INTEGER): builder.append(.bool(sqlite3_column_int64(statement, index) != 0))
    case (.text, _), (.null, _):
      builder.append(.text(String(decoding: ColumnSink.bytes(statement, index), as: UTF8.self)))
    default:
      throw mismatch("'\(String(decoding: ColumnSink.bytes(statement, index), as: UTF8.self))'", database: database)
    }
  }

  static func bytes(_ statement: OpaquePointer, _ index: Int32) -> [UInt8] {
    guard let text = sqlite3_column_text(statement, index) else { return [] }
    return Array(UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, index))))
  }
}

extension SQLiteDatabase {
  /// Rows of a view read to type a column it does not declare.
  static let viewSampleRows = 10_000

  /// kexie's type for a column SQLite declares as `declared` (its affinity rules, and BOOL
  /// and JSON, which SQLite leaves to the program); nil when it says nothing.
  static func type(declared: String) -> (DataType, list: Bool)? {
    let upper = declared.uppercased()
    if upper.isEmpty { return nil }
    if upper == "JSON" { return (.text, true) }
    if upper.contains("BOOL") { return (.bool, false) }
    if upper.contains("INT") { return (.integer, false) }
    if upper.contains("CHAR") || upper.contains("CLOB") || upper.contains("TEXT") { return (.text, false) }
    if upper.contains("REAL") || upper.contains("FLOA") || upper.contains("DOUB") { return (.decimal, false) }
    return nil
  }

  /// Reads the tables and views, their columns, links and what `.save` recorded about them.
  func discover(taken: Set<String>) throws(DiagnosticError) {
    // Reading the schema is also how a file that is not a database, or is damaged, shows.
    let objects = try rows("SELECT name, type, sql FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY rowid")
    let names = Set(objects.compactMap { $0[0] })
    let note = KexieNotes.Lookup(rows: names.contains(KexieNotes.table) ? try rows("SELECT * FROM \(KexieNotes.table)") : [])
    var found: [TableRef] = []
    var used = taken
    var renamed: [String: String] = [:]
    for object in objects {
      guard let table = object[0], table != KexieNotes.table else { continue }
      let isView = object[1] == "view"
      let withoutRowID = object[2]?.uppercased().contains("WITHOUT ROWID") == true
      let columns = try rows("PRAGMA table_info(\(dialect.name(table)))")
      let keys = try rows("PRAGMA foreign_key_list(\(dialect.name(table)))")
      var fields: [Field] = []
      for column in columns {
        guard let name = column[1] else { continue }
        var type: DataType
        var list = false
        if let declared = SQLiteDatabase.type(declared: column[2] ?? "") {
          (type, list) = declared
        } else {
          type = try inferType(table: table, column: name, isView: isView)
        }
        let link = keys.first { $0[3] == name && ($0[4] == "id" || $0[4] == nil) }?[2]
        fields.append(note.apply(to: Field(name, type, link: link, list: list, nullable: column[3] != "1"), of: table))
      }
      var kexieName = table
      if used.contains(kexieName) { kexieName = TableSources.defaultName(for: path) + "_" + table }
      used.insert(kexieName)
      if kexieName != table { renamed[table] = kexieName }
      // A view's count would run it (any amount of work): unknown until a query does.
      let count = isView ? nil : try rows("SELECT count(*) FROM \(dialect.name(table))").first?[0].flatMap { Int($0) }
      var order = isView ? nil : withoutRowID ? primaryKeyOrder(columns) : "rowid"
      if let column = note.orderColumn(table, fields: fields) {
        fields.removeAll { $0.name == column }
        order = dialect.name(column)
      }
      let (label, aliases, summary, document) = note.table(table, fields: fields)
      let idField = fields.firstIndex { $0.name == "id" }
      found.append(TableRef(
        id: TableRef.nextID(), name: kexieName, fields: fields, labelField: label,
        matchFields: ([idField, label] + aliases).compactMap { $0 }, rowCount: count,
        location: .database(id, table: dialect.name(table), rowOrder: order),
        summary: summary ?? "\(isView ? "view" : "table") \(table) of \(path)", document: document,
        uniqueFields: isView ? [] : try uniqueFields(table, columns: columns, fields: fields),
        chineseName: note(table, "", "chinese")))
    }
    // Links name tables by their names in the file; kexie may call them otherwise.
    tables = TableRef.renamingLinks(found, renamed: renamed)
  }

  /// The fields a primary key or a UNIQUE index of one column makes unique (an INTEGER
  /// PRIMARY KEY is the rowid, which no index lists).
  func uniqueFields(_ table: String, columns: [[String?]], fields: [Field]) throws(DiagnosticError) -> Set<Int> {
    var names: Set<String> = []
    let keys = columns.filter { ($0[5].flatMap { Int($0) } ?? 0) > 0 }
    if keys.count == 1, let name = keys[0][1] { names.insert(name) }
    for index in try rows("PRAGMA index_list(\(dialect.name(table)))") where index[2] == "1" {
      guard let indexName = index[1] else { continue }
      let parts = try rows("PRAGMA index_info(\(dialect.name(indexName)))")
      if parts.count == 1, let name = parts[0][2] { names.insert(name) }
    }
    return Set(fields.indices.filter { names.contains(fields[$0].name) })
  }

  /// The type of an undeclared column, from the kinds of values it holds.
  /// A table's column is read whole (a scan, but exact); a view's, its first 10,000 rows: a
  /// view may compute without end (a recursive one), and reading it to type it would be the
  /// whole query. A later value of another kind is then an error when a query reads it.
  func inferType(table: String, column: String, isView: Bool) throws(DiagnosticError) -> DataType {
    let from = isView ? "(SELECT \(dialect.name(column)) FROM \(dialect.name(table)) LIMIT \(SQLiteDatabase.viewSampleRows))" : dialect.name(table)
    let kinds = try rows("SELECT DISTINCT typeof(\(dialect.name(column))) FROM \(from)").compactMap { $0[0] }
    var type = DataType.null
    for kind in kinds {
      switch kind {
      case "integer": type = type.widened(with: .integer)
      case "real": type = type.widened(with: .decimal)
      case "null": break
      default: type = type.widened(with: .text)
      }
    }
    return type == .null ? .text : type
  }

  /// The row order of a table without rowid: its primary key.
  func primaryKeyOrder(_ columns: [[String?]]) -> String? {
    let keys = columns.filter { ($0[5].flatMap { Int($0) } ?? 0) > 0 }.sorted { Int($0[5] ?? "0") ?? 0 < Int($1[5] ?? "0") ?? 0 }
    guard !keys.isEmpty else { return nil }
    return keys.compactMap { $0[1] }.map { dialect.name($0) }.joined(separator: ", ")
  }
}

extension TableRef {
  /// Refs whose links name kexie's names for tables: `renamed` maps what the database calls
  /// a table (the name its foreign keys use) to what kexie calls it.
  static func renamingLinks(_ refs: [TableRef], renamed: [String: String]) -> [TableRef] {
    guard !renamed.isEmpty else { return refs }
    return refs.map { ref in
      let fields = ref.fields.map { field -> Field in
        var field = field
        if let link = field.link { field.link = renamed[link] ?? link }
        return field
      }
      return TableRef(
        id: ref.id, name: ref.name, fields: fields, labelField: ref.labelField, matchFields: ref.matchFields,
        rowCount: ref.rowCount, location: ref.location, summary: ref.summary, document: ref.document, uniqueFields: ref.uniqueFields,
        chineseName: ref.chineseName)
    }
  }
}
