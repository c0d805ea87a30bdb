import KexieData
import KexieDiagnostics

/// Tables as SQL that recreates them in a dialect (`.dump`, after sqlite3's): a `CREATE
/// TABLE` with declared types, the rows as `INSERT`s in kexie's row order, links as foreign
/// keys, and what SQL has no words for in a `_kexie` table (see `KexieNotes`), so that kexie
/// attaching the database back sees the tables as it left them. `psql -f` or `sqlite3`
/// loads the script.
public enum SQLDump {
  /// Rows per INSERT statement (one statement per row is slow to load; one for a whole table
  /// is a statement of unbounded size).
  static let rowsPerInsert = 200

  public static func script(_ tables: [Table], dialect: SQLDialect) -> String {
    var out = "-- kexie \(KexieNotes.version): \(tables.count) table\(tables.count == 1 ? "" : "s") for \(dialect.title)\n"
    out += "BEGIN;\n"
    out += "CREATE TABLE \(KexieNotes.table) (\(KexieNotes.columns.map { "\(dialect.name($0)) \(dialect.declaredType(.text, list: false))" }.joined(separator: ", ")));\n"
    var keys: [String] = []
    let withKeys = Set(tables.filter(KexieNotes.hasUniqueID).map(\.name))
    // PostgreSQL and DuckDB keep no row order: a column of its own keeps kexie's.
    let orderColumn = dialect == .sqlite ? nil : KexieNotes.orderColumn
    for table in tables {
      out += "\n" + create(table, dialect: dialect, primaryKey: withKeys.contains(table.name), orderColumn: orderColumn) + ";\n"
      var notes = KexieNotes.rows(for: table)
      if let orderColumn { notes.append(KexieNotes.Note(field: "", property: "order", value: orderColumn)) }
      for note in notes {
        out += "INSERT INTO \(KexieNotes.table) VALUES (\([table.name, note.field, note.property, note.value].map(dialect.text).joined(separator: ", ")));\n"
      }
      var row = 0
      while row < table.rowCount {
        let end = min(row + rowsPerInsert, table.rowCount)
        let values = (row..<end).map { index in
          "  (" + (table.columns.indices.map { dialect.value(table.columns[$0].value(at: index), of: table.fields[$0]) }
            + (orderColumn == nil ? [] : [String(index + 1)])).joined(separator: ", ") + ")"
        }
        out += "INSERT INTO \(dialect.name(table.name)) VALUES\n" + values.joined(separator: ",\n") + ";\n"
        row = end
      }
      // Foreign keys go last, when every table exists. PostgreSQL checks them unless told
      // NOT VALID (a loaded table may point at ids that are not there); SQLite declares them
      // in CREATE TABLE, and DuckDB has no ALTER TABLE … ADD FOREIGN KEY.
      if dialect == .postgres {
        for field in table.fields where field.link != nil && !field.isList {
          guard let link = field.link, withKeys.contains(link) else { continue }
          keys.append("ALTER TABLE \(dialect.name(table.name)) ADD FOREIGN KEY (\(dialect.name(field.name))) REFERENCES \(dialect.name(link)) (id) NOT VALID;")
        }
      }
    }
    if !keys.isEmpty { out += "\n" + keys.joined(separator: "\n") + "\n" }
    return out + "COMMIT;\n"
  }

  /// `CREATE TABLE` for a table: its fields' declared types, `id` as the primary key when its
  /// values are unique, links as foreign keys where the dialect declares them inline, and
  /// the column that keeps the row order, if there is one.
  static func create(_ table: Table, dialect: SQLDialect, primaryKey: Bool, orderColumn: String? = nil) -> String {
    var columns: [String] = []
    for field in table.fields {
      var type = dialect.declaredType(field.type, list: field.isList)
      // SQLite makes an INTEGER PRIMARY KEY the rowid, which would order the rows by id
      // instead of as they were written; INT PRIMARY KEY is the same type without that.
      if dialect == .sqlite && type == "INTEGER" && field.name == "id" && primaryKey { type = "INT" }
      var column = "\(dialect.name(field.name)) \(type)"
      if field.name == "id" && primaryKey { column += " PRIMARY KEY" }
      if !field.nullable { column += " NOT NULL" }
      if dialect == .sqlite, let link = field.link, !field.isList { column += " REFERENCES \(dialect.name(link)) (id)" }
      columns.append(column)
    }
    if let orderColumn { columns.append("\(dialect.name(orderColumn)) BIGINT NOT NULL") }
    return "CREATE TABLE \(dialect.name(table.name)) (\n  " + columns.joined(separator: ",\n  ") + "\n)"
  }
}

/// What a database cannot say about kexie's tables in SQL — a table's label, aliases and
/// summary; hidden and provenance fields; a list's element type and the table a list of
/// links points at; a field's summary — kept in a table `_kexie(table, field, property,
/// value)` that `.save` and `.dump` write and attaching reads back (SQLite and PostgreSQL).
enum KexieNotes {
  static let table = "_kexie"
  /// The column `.dump` adds where a database keeps no row order (PostgreSQL, DuckDB), named
  /// by the note `order`: kexie orders the table's rows by it and does not show it.
  static let orderColumn = "kexie_row"
  static let columns = ["table", "field", "property", "value"]
  static var version: String { "notes 1" }

  struct Note {
    var field: String
    var property: String
    var value: String
  }

  static func rows(for table: Table) -> [Note] {
    var notes: [Note] = []
    if let summary = table.summary { notes.append(Note(field: "", property: "summary", value: summary)) }
    if let document = table.document { notes.append(Note(field: "", property: "document", value: document)) }
    if let chinese = table.ref.chineseName { notes.append(Note(field: "", property: "chinese", value: chinese)) }
    if let label = table.labelField { notes.append(Note(field: "", property: "label", value: table.fields[label].name)) }
    let aliases = table.matchFields.filter { $0 != table.labelField && table.fields[$0].name != "id" }.map { table.fields[$0].name }
    if !aliases.isEmpty { notes.append(Note(field: "", property: "aliases", value: aliases.joined(separator: ","))) }
    for field in table.fields {
      if field.hidden { notes.append(Note(field: field.name, property: "hidden", value: "1")) }
      if let provenance = field.provenance { notes.append(Note(field: field.name, property: "provenance", value: provenance.rawValue)) }
      if field.isList { notes.append(Note(field: field.name, property: "element", value: field.type.rawValue)) }
      if field.isList, let link = field.link { notes.append(Note(field: field.name, property: "link", value: link)) }
      if !field.summary.isEmpty { notes.append(Note(field: field.name, property: "summary", value: field.summary)) }
      if let chinese = field.chineseName { notes.append(Note(field: field.name, property: "chinese", value: chinese)) }
    }
    return notes
  }

  /// Whether a table's `id` can be a primary key: present, never null, never repeated.
  static func hasUniqueID(_ table: Table) -> Bool {
    guard let index = table.fields.firstIndex(where: { $0.name == "id" }), !table.fields[index].isList else { return false }
    var seen = Set<Value>()
    for row in 0..<table.rowCount {
      let value = table.columns[index].value(at: row)
      if value == .null || !seen.insert(value).inserted { return false }
    }
    return true
  }

  /// The notes read back from a database: `(table, field, property) → value`.
  struct Lookup {
    var values: [String: String] = [:]

    init(rows: [[String?]]) {
      for row in rows where row.count == 4 {
        guard let table = row[0], let field = row[1], let property = row[2], let value = row[3] else { continue }
        values[table + "\u{1}" + field + "\u{1}" + property] = value
      }
    }

    func callAsFunction(_ table: String, _ field: String, _ property: String) -> String? {
      values[table + "\u{1}" + field + "\u{1}" + property]
    }

    /// A field as the notes describe it (its list element type, link, summary, hidden, provenance).
    func apply(to field: Field, of table: String) -> Field {
      var field = field
      if let element = self(table, field.name, "element") {
        field.type = DataType(rawValue: element) ?? field.type
        field.isList = true
      }
      if field.link == nil, let link = self(table, field.name, "link") { field.link = link }
      if let summary = self(table, field.name, "summary") { field.summary = summary }
      if let chinese = self(table, field.name, "chinese") { field.chineseName = chinese }
      if self(table, field.name, "hidden") == "1" { field.hidden = true }
      if let provenance = self(table, field.name, "provenance").flatMap(Provenance.init(rawValue:)) { field.provenance = provenance }
      return field
    }

    /// The column that orders a table's rows, if the notes name one that it has.
    func orderColumn(_ table: String, fields: [Field]) -> String? {
      guard let column = self(table, "", "order"), fields.contains(where: { $0.name == column }) else { return nil }
      return column
    }

    /// The label field, the alias fields, the summary and the document of a table.
    func table(_ table: String, fields: [Field]) -> (label: Int?, aliases: [Int], summary: String?, document: String?) {
      let label = self(table, "", "label").flatMap { label in fields.firstIndex { $0.name == label } }
      let aliases = self(table, "", "aliases")?.split(separator: ",").compactMap { alias in fields.firstIndex { $0.name == alias } } ?? []
      return (label, aliases, self(table, "", "summary"), self(table, "", "document"))
    }
  }
}

extension SQLDialect {
  /// The type a column of kexie's type is declared with.
  func declaredType(_ type: DataType, list: Bool) -> String {
    if list && self == .sqlite { return "JSON" }
    let base: String
    switch (self, type) {
    case (.sqlite, .integer): base = "INTEGER"
    case (.sqlite, .decimal): base = "REAL"
    case (_, .integer): base = "BIGINT"
    case (.duckdb, .decimal): base = "DOUBLE"
    case (_, .decimal): base = "DOUBLE PRECISION"
    case (_, .bool): base = "BOOLEAN"
    case (.duckdb, _): base = "VARCHAR"
    case (_, .text), (_, .null): base = "TEXT"
    }
    return list ? base + "[]" : base
  }

  /// A stored value as a literal of its column (a list as the dialect holds lists; an
  /// infinite decimal as the dialect spells one).
  func value(_ value: Value, of field: Field) -> String {
    switch value {
    case .list(let values):
      switch self {
      case .sqlite: return text(SQLiteSave.json(values))
      case .postgres: return "CAST(ARRAY[\(values.map { literal($0) ?? "NULL" }.joined(separator: ", "))] AS \(declaredType(field.type, list: true)))"
      case .duckdb: return "CAST([\(values.map { literal($0) ?? "NULL" }.joined(separator: ", "))] AS \(declaredType(field.type, list: true)))"
      }
    case .decimal(let number) where number.isNaN:
      // SQLite has no NaN: it stores one as NULL whichever way it is written.
      return self == .sqlite ? "NULL" : "CAST('NaN' AS \(doubleType))"
    case .decimal(let number) where number.isInfinite:
      let sign = number < 0 ? "-" : ""
      return self == .sqlite ? sign + "9e999" : "CAST('\(sign)Infinity' AS \(doubleType))"
    case .decimal(let number):
      // A plain literal: the column's type makes it a double.
      let text = number.description
      return text.contains(".") || text.contains("e") ? text : text + ".0"
    default: return literal(value) ?? "NULL"
    }
  }
}
