import Foundation
import KexieData
import KexieDiagnostics
import KexieDriver
import KexieSQL
import KexieSemantics
import KexieTestSupport
import Testing

/// One truth, three engines, on every example: each script in examples/ prints exactly the
/// same when the report is in memory, in a SQLite file `.save` wrote (queries run inside
/// SQLite as compiled SQL), and in a PostgreSQL database `.dump --dialect postgres` made
/// (queries run on the server). Diagnostics too: value suggestions and caret places come
/// from the database's tables as they do from memory.
@Suite struct EnginesAgreeTests {
  static let examples: [String] = {
    let folder = Repository.root.appendingPathComponent("examples")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".kx") }.sorted()
  }()

  static func run(_ name: String, in session: Session, _ output: TextSink, _ errors: TextSink) throws -> String {
    let path = "examples/" + name
    let text = try Repository.read(path)
    session.run(SourceFile(name: path, text: text))
    return withoutTimes(output.buffer) + "\n--- diagnostics\n" + errors.buffer
  }

  static func inMemory(_ name: String) throws -> String {
    let (session, output, errors) = makeSession()
    return try run(name, in: session, output, errors)
  }

  @Test func thereAreExamples() {
    #expect(EnginesAgreeTests.examples.count >= 10)
  }

  @Test(arguments: examples)
  func sqliteAgrees(_ name: String) throws {
    let (session, output, errors) = try attachedSession(try SQLiteFixture.report())
    let got = try EnginesAgreeTests.run(name, in: session, output, errors)
    let expected = try EnginesAgreeTests.inMemory(name)
    #expect(got == expected, "examples/\(name) over SQLite differs from kexie in memory")
  }

  @Test(.enabled(if: Postgres.available, "KEXIE_PG is not set: no PostgreSQL server to test against"), arguments: examples)
  func postgresAgrees(_ name: String) throws {
    let (session, output, errors) = try attachedSession(try Postgres.report())
    let got = try EnginesAgreeTests.run(name, in: session, output, errors)
    let expected = try EnginesAgreeTests.inMemory(name)
    #expect(got == expected, "examples/\(name) over PostgreSQL differs from kexie in memory")
  }

  /// The queries really ran in the database: the report's tables are not in memory, and a
  /// query over them is pushed down whole.
  @Test func queriesRunInTheDatabase() throws {
    let (session, _, _) = try attachedSession(try SQLiteFixture.report())
    #expect(session.catalog.tables.isEmpty)
    #expect(session.catalog.attachedTables.map(\.name).contains("events"))
    let plan = try Compiler.compileQuery("events where county = \"淅川\" | count by kind", catalog: session.catalog).get()
    let database = try #require(session.catalog.databases.first as? any SQLDatabase)
    let pushed = try #require(DatabaseBackend(database: database, catalog: session.catalog).pushedDown(plan))
    #expect(pushed.stepsRun == plan.steps.count)
  }
}
