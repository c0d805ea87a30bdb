import CSQLite
import Foundation
import KexieData
import KexieDiagnostics
import KexieDriver
import KexieEngine
import KexieSQL
import KexieSemantics
import KexieTestSupport
import Testing

/// The SQL `.sql` shows is real SQL: every query of every example, compiled for reading
/// (`.sql --dialect D`, `--emit-sql=D`), runs as it is printed — in SQLite on the file `.save`
/// writes, in PostgreSQL on what `.dump --dialect postgres` loads, in DuckDB on what
/// `.dump --dialect duckdb` loads — and gives kexie's answer. (SQLite SQL that calls the
/// functions kexie's backend defines is run where they are defined, by the backend tests.)
@Suite struct TeachingSQLTests {
  /// Every query statement of the examples, as a plan (lets bound, `.load`s carried out).
  static func examplePlans() throws -> [(name: String, plan: Plan, catalog: Catalog)] {
    var plans: [(String, Plan, Catalog)] = []
    for name in EnginesAgreeTests.examples {
      let path = "examples/" + name
      let source = SourceFile(name: path, text: try Repository.read(path))
      let (session, _, _) = makeSession()
      let (script, _) = Compiler.parse(source)
      for statement in script.statements {
        var checker = session.checker
        let (checked, diagnostics) = Compiler.check(statement, in: source, checker: &checker)
        guard !diagnostics.hasErrors else { continue }
        // Only queries over the report: a table the script loads is in no database.
        if case .query(let plan) = checked, plan.referencedTables.allSatisfy({ session.catalog.isBuiltin($0.name) }) {
          let line = source.location(of: statement.range.start).line
          plans.append(("\(path):\(line)", plan, session.catalog))
        }
        // Lets and dot commands run as the script runs them.
        session.run(SourceFile(name: path, text: source.text(of: statement.range)))
      }
    }
    return plans
  }

  /// A value as the tests compare it: integers exact, decimals to 12 digits, bools by truth.
  static func canonical(_ value: Any?, type: DataType, list: Bool) -> String {
    guard let value, !(value is NSNull) else { return "null" }
    if list {
      let items: [Any]
      if let array = value as? [Any] { items = array }
      else if let text = value as? String, let data = text.data(using: .utf8), let array = try? JSONSerialization.jsonObject(with: data) as? [Any] { items = array }
      else { return "?\(value)" }
      // An empty list and no list are the same to kexie.
      return items.isEmpty ? "null" : "[" + items.map { canonical($0, type: type, list: false) }.joined(separator: ", ") + "]"
    }
    switch type {
    case .bool:
      if let flag = value as? Bool { return String(flag) }
      if let number = value as? NSNumber { return String(number.intValue != 0) }
      return "\(value)" == "t" ? "true" : "\(value)" == "f" ? "false" : "\(value)"
    case .integer:
      if let number = value as? NSNumber { return String(number.int64Value) }
      return "\(value)"
    case .decimal:
      let number = (value as? NSNumber)?.doubleValue ?? Double("\(value)") ?? .nan
      return String(format: "%.12g", number)
    case .text, .null:
      return "\(value)"
    }
  }

  static func canonical(_ value: Value, type: DataType, list: Bool) -> String {
    switch value {
    case .null: return "null"
    case .list(let values): return values.isEmpty ? "null" : "[" + values.map { canonical($0, type: type, list: false) }.joined(separator: ", ") + "]"
    case .integer(let number): return type == .decimal ? String(format: "%.12g", Double(number)) : String(number)
    case .decimal(let number): return String(format: "%.12g", number)
    case .bool(let flag): return String(flag)
    case .text(let text): return text
    }
  }

  /// kexie's answer, as rows of canonical values of the SQL's columns; nil when it fails
  /// (a division by zero in 11-mistakes), which the SQL must do too.
  static func kexieRows(_ plan: Plan, catalog: Catalog, sql: SQLQuery) -> [[String]]? {
    guard let result = try? Executor(catalog: catalog).run(plan, cancellation: nil) else { return nil }
    return (0..<result.table.rowCount).map { row in
      zip(sql.columns, sql.fields).map { column, field in
        canonical(result.table.columns[column].value(at: row), type: field.type, list: field.isList)
      }
    }
  }

  /// The rows of SQL as JSON arrays, one per row, by wrapping it.
  static func wrapped(_ sql: SQLQuery, dialect: SQLDialect) -> String {
    switch dialect {
    case .sqlite:
      let items = zip(sql.names, sql.fields).map { $1.isList ? "json(q.\($0))" : "q.\($0)" }
      return "SELECT json_array(\(items.joined(separator: ", "))) FROM (\(sql.text)) AS q"
    case .postgres:
      return "SELECT CAST(json_build_array(\(sql.names.map { "q.\($0)" }.joined(separator: ", "))) AS TEXT) FROM (\(sql.text)) AS q"
    case .duckdb:
      return sql.text
    }
  }

  static func rows(fromJSON lines: [String], fields: [PlanField]) -> [[String]] {
    lines.map { line in
      let values = (try? JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])) as? [Any] ?? []
      return zip(values, fields).map { canonical($0, type: $1.type, list: $1.isList) }
    }
  }

  static func sqliteRows(_ sql: String, path: String) throws -> [String] {
    var handle: OpaquePointer?
    guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY, nil) == SQLITE_OK, let handle else { throw Postgres.Failure(description: "cannot open \(path)") }
    defer { sqlite3_close(handle) }
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else {
      throw Postgres.Failure(description: String(cString: sqlite3_errmsg(handle)))
    }
    defer { sqlite3_finalize(statement) }
    var lines: [String] = []
    while true {
      let status = sqlite3_step(statement)
      if status == SQLITE_DONE { break }
      guard status == SQLITE_ROW else { throw Postgres.Failure(description: String(cString: sqlite3_errmsg(handle))) }
      lines.append(String(cString: sqlite3_column_text(statement, 0)))
    }
    return lines
  }

  @Test func sqliteRunsWhatSqlShows() throws {
    let path = try SQLiteFixture.report()
    var ran = 0
    for (name, plan, catalog) in try TeachingSQLTests.examplePlans() {
      guard case .success(let sql) = SQLCompiler(dialect: .sqlite).compile(plan), sql.kexieFunctions.isEmpty else { continue }
      let expected = TeachingSQLTests.kexieRows(plan, catalog: catalog, sql: sql)
      let got = (try? TeachingSQLTests.sqliteRows(TeachingSQLTests.wrapped(sql, dialect: .sqlite), path: path)).map {
        TeachingSQLTests.rows(fromJSON: $0, fields: sql.fields)
      }
      #expect(got == expected, "\(name): SQLite's answer to .sql's SQL differs from kexie's\n\(sql.text)")
      ran += 1
    }
    #expect(ran >= 30)
  }

  @Test(.enabled(if: Postgres.available, "KEXIE_PG is not set: no PostgreSQL server to test against"))
  func postgresRunsWhatSqlShows() throws {
    let target = try Postgres.report()
    var ran = 0
    for (name, plan, catalog) in try TeachingSQLTests.examplePlans() {
      guard case .success(let sql) = SQLCompiler(dialect: .postgres).compile(plan) else { continue }
      let expected = TeachingSQLTests.kexieRows(plan, catalog: catalog, sql: sql)
      let lines = (try? Postgres.execute(TeachingSQLTests.wrapped(sql, dialect: .postgres), on: target))?.map { $0[0] ?? "null" }
      #expect(lines.map { TeachingSQLTests.rows(fromJSON: $0, fields: sql.fields) } == expected, "\(name): PostgreSQL's answer to .sql's SQL differs from kexie's\n\(sql.text)")
      ran += 1
    }
    #expect(ran >= 30)
  }

  @Test(.enabled(if: DuckDB.available, "python3's duckdb package is not installed: DuckDB's SQL is not run"))
  func duckdbRunsWhatSqlShows() throws {
    var cases: [(String, Plan, Catalog, SQLQuery)] = []
    for (name, plan, catalog) in try TeachingSQLTests.examplePlans() {
      guard case .success(let sql) = SQLCompiler(dialect: .duckdb).compile(plan) else { continue }
      cases.append((name, plan, catalog, sql))
    }
    let dump = SQLDump.script(try reportTables(), dialect: .duckdb)
    let answers = try DuckDB.run(script: dump, queries: cases.map(\.3.text))
    #expect(answers.count == cases.count)
    for ((name, plan, catalog, sql), answer) in zip(cases, answers) {
      let expected = TeachingSQLTests.kexieRows(plan, catalog: catalog, sql: sql)
      let rows = (try? JSONSerialization.jsonObject(with: Data(answer.utf8))) as? [[Any]]
      let got = rows.map { $0.map { zip($0, sql.fields).map { TeachingSQLTests.canonical($0, type: $1.type, list: $1.isList) } } }
      #expect(got == expected, "\(name): DuckDB's answer to .sql's SQL differs from kexie's: \(answer.prefix(300))\n\(sql.text)")
    }
    #expect(cases.count >= 30)
  }
}
