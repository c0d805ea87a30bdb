import CLibPQ
import Foundation
import KexieData
import KexieDiagnostics
import KexieDriver
import KexieReport
import KexieSQL
import KexieTestSupport
import Testing

/// The PostgreSQL server the tests use: `KEXIE_PG`, a libpq connection string to a server
/// where the user may create databases (`.ci/run` starts a throw-away cluster and sets it).
/// Without it the PostgreSQL tests are skipped, and say so; with `KEXIE_REQUIRE_PG=1` (CI)
/// a server that cannot be reached fails them instead.
enum Postgres {
  static let server: String? = ProcessInfo.processInfo.environment["KEXIE_PG"].flatMap { $0.isEmpty ? nil : $0 }
  static let required = ProcessInfo.processInfo.environment["KEXIE_REQUIRE_PG"] == "1"
  static var available: Bool { server != nil || required }

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Runs SQL (any number of statements) on a connection string; the rows of the last, as text.
  @discardableResult
  static func execute(_ sql: String, on target: String) throws -> [[String?]] {
    guard kx_pq_load(nil, 0) == 1 else { throw Failure(description: "libpq cannot be loaded") }
    guard let connection = PQconnectdb(target) else { throw Failure(description: "libpq: out of memory") }
    defer { PQfinish(connection) }
    guard PQstatus(connection) == CONNECTION_OK else {
      throw Failure(description: "cannot connect to \(target): " + String(cString: PQerrorMessage(connection)))
    }
    PQclear(PQexec(connection, "SET client_min_messages TO warning"))
    guard let result = PQexec(connection, sql) else { throw Failure(description: "PQexec failed") }
    defer { PQclear(result) }
    let status = PQresultStatus(result)
    guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
      throw Failure(description: String(cString: PQresultErrorMessage(result)))
    }
    return (0..<PQntuples(result)).map { row in
      (0..<PQnfields(result)).map { column in
        PQgetisnull(result, row, column) == 1 ? nil : String(cString: PQgetvalue(result, row, column))
      }
    }
  }

  /// The server's connection string with another database.
  static func target(database: String) throws -> String {
    guard let server else { throw Failure(description: "KEXIE_PG is not set (KEXIE_REQUIRE_PG=1 needs it)") }
    return server + " dbname=\(database)"
  }

  /// The databases made, by name. The lock is held while one is made, so tests running at
  /// the same time wait for it instead of making it twice.
  nonisolated(unsafe) private static var made: [String: String] = [:]
  private static let lock = NSLock()

  /// A fresh database `kexie_test_<name>` holding what `script` makes (made once per test
  /// run: the first call drops any left from an earlier run), as a connection string.
  static func database(_ name: String, script: () throws -> String) throws -> String {
    lock.lock()
    defer { lock.unlock() }
    if let target = made[name] { return target }
    guard let server else { throw Failure(description: "KEXIE_PG is not set (KEXIE_REQUIRE_PG=1 needs it)") }
    let database = "kexie_test_\(name)"
    try execute("DROP DATABASE IF EXISTS \(database) WITH (FORCE)", on: server)
    try execute("CREATE DATABASE \(database)", on: server)
    let target = try target(database: database)
    try execute(try script(), on: target)
    made[name] = target
    return target
  }

  /// The report, as `.dump --dialect postgres` writes it.
  static func report() throws -> String {
    try database("report") { SQLDump.script(try reportTables(), dialect: .postgres) }
  }
}

/// The report in a SQLite file, as `.save` writes it (once per test run).
enum SQLiteFixture {
  nonisolated(unsafe) private static var made: [String: String] = [:]
  private static let lock = NSLock()

  static func file(_ name: String, tables: () throws -> [Table]) throws -> String {
    lock.lock()
    defer { lock.unlock() }
    if let path = made[name] { return path }
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("kexie-test-\(getpid())-\(name).sqlite").path
    try? FileManager.default.removeItem(atPath: path)
    let tables = try tables()
    do throws(DiagnosticError) {
      try SQLiteSave.save(tables, to: path)
    } catch {
      throw Postgres.Failure(description: error.diagnostics.map(\.message).joined(separator: "; "))
    }
    made[name] = path
    return path
  }

  static func report() throws -> String { try file("report") { try reportTables() } }
}

func reportTables() throws -> [Table] {
  switch Catalog.report() {
  case .success(let catalog): return catalog.tables
  case .failure(let error): throw Postgres.Failure(description: error.diagnostics.map(\.message).joined(separator: "; "))
  }
}

/// DuckDB through its Python package, where it is installed (it is not on a fresh machine:
/// these tests are skipped there, and say so).
enum DuckDB {
  static let available: Bool = {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", "import duckdb"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
      process.waitUntilExit()
      return process.terminationStatus == 0
    } catch {
      return false
    }
  }()

  /// Loads a `.dump --dialect duckdb` script into an in-memory DuckDB, runs each query, and
  /// returns each one's rows as JSON (or its error).
  static func run(script: String, queries: [String]) throws -> [String] {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let scriptFile = directory.appendingPathComponent("dump.sql")
    try script.write(to: scriptFile, atomically: true, encoding: .utf8)
    let queryFile = directory.appendingPathComponent("queries.json")
    try JSONSerialization.data(withJSONObject: queries).write(to: queryFile)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", Repository.root.appendingPathComponent("Tests/KexieSQLTests/duckdb_run.py").path, scriptFile.path, queryFile.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
  }
}

/// A session over nothing but a database attached to it (as `kexie --no-report --db T`).
func attachedSession(_ target: String) throws -> (Session, TextSink, TextSink) {
  let output = TextSink.memory()
  let errors = TextSink.memory()
  let session = Session.empty(output: output, errors: errors)
  if case .failure(let failure) = session.open(target) {
    throw Postgres.Failure(description: "cannot attach \(target): \(failure.diagnostic.message)")
  }
  return (session, output, errors)
}

/// Timings differ run to run.
func withoutTimes(_ text: String) -> String {
  text.replacing(/\b\d+(\.\d+)? (ms|s)\b/, with: "<time>")
}
