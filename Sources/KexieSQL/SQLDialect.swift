import KexieData
import KexieSyntax

/// The SQL dialects kexie writes: the SQL a teacher puts beside the pipeline (`.sql`,
/// `--emit-sql`), and the SQL its database backends run.
public enum SQLDialect: String, CaseIterable, Sendable {
  case sqlite, postgres, duckdb

  /// What a dialect's engine offers beyond its standard functions.
  public struct Features: Sendable {
    /// SQLite with the functions kexie's backend registers (`kexie_length`, `regexp`, …): how
    /// the backend runs it, and how `.sql` shows it (naming the functions in a comment).
    public var kexieFunctions = true
    /// PostgreSQL with the ICU collation `und-x-icu`, for Unicode upper and lower case.
    public var icuCollation = true

    public init(kexieFunctions: Bool = true, icuCollation: Bool = true) {
      self.kexieFunctions = kexieFunctions
      self.icuCollation = icuCollation
    }
  }

  /// How people name the dialect.
  public var title: String {
    switch self {
    case .sqlite: "SQLite"
    case .postgres: "PostgreSQL"
    case .duckdb: "DuckDB"
    }
  }

  // MARK: - Names and literals

  /// Words that must be quoted as names (those a field of the report or a loaded file could be
  /// called; quoting any name is always right, so the list only spares readers quotes).
  static let reserved: Set<String> = [
    "all", "and", "any", "as", "asc", "between", "by", "case", "cast", "check", "collate", "column", "constraint",
    "create", "cross", "current", "default", "desc", "distinct", "do", "else", "end", "except", "exists", "false",
    "for", "foreign", "from", "full", "group", "having", "in", "index", "inner", "intersect", "into", "is", "join",
    "key", "left", "like", "limit", "natural", "not", "null", "offset", "on", "or", "order", "outer", "over",
    "primary", "references", "right", "row", "rows", "select", "table", "then", "to", "true", "union", "unique",
    "user", "using", "value", "values", "when", "where", "window", "with", "year", "level", "rank", "source",
  ]

  /// A name as SQL writes it: bare when it is a plain lower-case word, else in double quotes.
  func name(_ name: String) -> String {
    let plain = name.unicodeScalars.first.map { ("a"..."z").contains($0) || $0 == "_" } == true
      && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    if plain && !SQLDialect.reserved.contains(name) { return name }
    return "\"" + name.replacing("\"", with: "\"\"") + "\""
  }

  /// A text literal.
  func text(_ value: String) -> String {
    "'" + value.replacing("'", with: "''") + "'"
  }

  /// A literal of a value (a decimal is always a double, never SQL's exact decimal).
  func literal(_ value: Value) -> String? {
    switch value {
    case .null: return "NULL"
    case .bool(let flag): return self == .sqlite ? (flag ? "1" : "0") : (flag ? "TRUE" : "FALSE")
    case .integer(let number):
      // -9223372036854775808 is not a literal in most SQL: its minus applies to a number too big.
      if number == Int64.min { return "(-9223372036854775807 - 1)" }
      return String(number)
    case .decimal(let number):
      guard number.isFinite else { return nil }
      var text = number.description
      if !text.contains(".") && !text.contains("e") { text += ".0" }
      switch self {
      case .sqlite: return text
      case .postgres: return "CAST(\(text) AS DOUBLE PRECISION)"
      case .duckdb: return "CAST(\(text) AS DOUBLE)"
      }
    case .text(let text): return self.text(text)
    case .list: return nil
    }
  }

  /// The type of a double in casts.
  var doubleType: String {
    switch self {
    case .sqlite: "REAL"
    case .postgres: "DOUBLE PRECISION"
    case .duckdb: "DOUBLE"
    }
  }

  /// A column of a database table as kexie reads it: PostgreSQL's own types are cast to the
  /// ones kexie's types stand for (a date is read as its text, an int4 as an int8), so every
  /// comparison and sum is the one kexie makes; SQLite's values need no cast.
  func sourceColumn(_ field: Field, as column: String? = nil) -> String {
    let name = self.name(field.name)
    let alias = column.map { $0 == field.name ? "" : " AS \(self.name($0))" } ?? ""
    guard self == .postgres else { return name + alias }
    var type: String
    switch field.type {
    case .integer: type = "BIGINT"
    case .decimal: type = "DOUBLE PRECISION"
    case .bool: type = "BOOLEAN"
    case .text, .null: type = "TEXT"
    }
    if field.isList { type += "[]" }
    return "CAST(\(name) AS \(type)) AS \(self.name(column ?? field.name))"
  }

  /// A column of a database table as kexie reads a whole table: as `sourceColumn`, and a
  /// list as JSON text (how `ColumnSink` reads lists).
  func fetchedColumn(_ field: Field) -> String {
    guard field.isList, self != .sqlite else { return sourceColumn(field) }
    return "\(listAsJSON(name(field.name))) AS \(name(field.name))"
  }

  // MARK: - kexie's null logic, in SQL

  /// `a = b` where two nulls are equal (and a null equals nothing else).
  func nullSafeEqual(_ a: String, _ b: String) -> String {
    self == .sqlite ? "\(a) IS \(b)" : "\(a) IS NOT DISTINCT FROM \(b)"
  }

  /// A condition made two-valued: null counts as false.
  func truth(_ condition: String) -> String {
    "(\(condition)) IS TRUE"
  }

  /// A text operand of an ordering comparison: byte order, as kexie compares text.
  func ordered(_ operand: String, type: DataType) -> String {
    guard type == .text, self == .postgres else { return operand }
    return "\(operand) COLLATE \"C\""
  }

  /// An ORDER BY item: ascending or descending, nulls last either way.
  func orderItem(_ key: String, descending: Bool, type: DataType) -> String {
    let direction = descending ? " DESC" : ""
    let key = ordered(key, type: type)
    switch self {
    case .sqlite: return "\(key) IS NULL, \(key)\(direction)"
    case .postgres, .duckdb: return "\(key)\(direction) NULLS LAST"
    }
  }

  /// A failure at run time (division by zero), as the dialect can raise one.
  func failure(_ message: String) -> String? {
    switch self {
    case .sqlite: "kexie_error(\(text(message)))"
    case .duckdb: "error(\(text(message)))"
    case .postgres: nil
    }
  }

  /// A failure PostgreSQL raises with kexie's words in its message (it has no function that
  /// raises an error): a cast that cannot succeed, `invalid input syntax … "kexie: E0501 …"`.
  /// The text depends on `value` (a column), or PostgreSQL would fold the constant cast when
  /// it plans the query and fail even when no row reaches it.
  func raise(_ message: String, dependingOn value: String) -> String? {
    guard self == .postgres else { return failure(message) }
    return "CAST(\(text(SQLiteFunctions.errorPrefix + message + " ")) || CAST(\(value) AS TEXT) AS DOUBLE PRECISION)"
  }

  // MARK: - Lists

  /// How a list column holds its values: a JSON array in SQLite, an array elsewhere.
  var listStorage: String {
    switch self {
    case .sqlite: "a JSON array (json_each)"
    case .postgres: "an array (unnest)"
    case .duckdb: "a list (unnest)"
    }
  }

  /// The rows of a list's values, as a FROM item `alias(value, ord)` (ord: its place, from 0 or 1).
  func listValues(_ list: String, alias: String) -> String {
    switch self {
    case .sqlite: "json_each(\(list)) AS \(alias)"
    case .postgres: "unnest(\(list)) WITH ORDINALITY AS \(alias)(value, ord)"
    case .duckdb: "(SELECT unnest(\(list)) AS value, generate_subscripts(\(list), 1) AS ord) AS \(alias)"
    }
  }

  /// A list, or a list of one null when it has no values (how an empty list takes part in a
  /// comparison).
  func listOrNull(_ list: String, elementType: DataType) -> String {
    let nullList: String
    switch self {
    case .sqlite: nullList = "'[null]'"
    case .postgres, .duckdb: nullList = "CAST(\(listOf("NULL")) AS \(declaredType(elementType, list: true)))"
    }
    return "CASE WHEN \(listSize(list)) = 0 THEN \(nullList) ELSE \(list) END"
  }

  /// The place of a value within its list, in `listValues`'s rows.
  func listOrder(_ alias: String) -> String {
    self == .sqlite ? "\(alias).key" : "\(alias).ord"
  }

  /// How many values a list holds (0 for null).
  func listSize(_ list: String) -> String {
    switch self {
    case .sqlite: "coalesce(json_array_length(\(list)), 0)"
    case .postgres: "coalesce(cardinality(\(list)), 0)"
    case .duckdb: "coalesce(len(\(list)), 0)"
    }
  }

  /// A list of the values of a query's rows, in order; null when there are none.
  func collect(_ value: String, from rows: String, orderBy order: String, elementType: DataType) -> String {
    switch self {
    case .sqlite:
      "(SELECT CASE WHEN count(*) = 0 THEN NULL ELSE json_group_array(value) END FROM (SELECT \(value) AS value FROM \(rows) ORDER BY \(order)))"
    case .postgres:
      "(SELECT CASE WHEN count(*) = 0 THEN NULL ELSE array_agg(\(value) ORDER BY \(order)) END FROM \(rows))"
    case .duckdb:
      "(SELECT CASE WHEN count(*) = 0 THEN NULL ELSE list(\(value) ORDER BY \(order)) END FROM \(rows))"
    }
  }

  /// A list of one value.
  func listOf(_ value: String) -> String {
    switch self {
    case .sqlite: "json_array(\(value))"
    case .postgres: "ARRAY[\(value)]"
    case .duckdb: "[\(value)]"
    }
  }

  /// A list column as the backend reads it back: JSON text.
  func listAsJSON(_ list: String) -> String {
    switch self {
    case .sqlite: list
    case .postgres, .duckdb: "CAST(to_json(\(list)) AS TEXT)"
    }
  }
}
