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

/// SQLite files attached to a session: what opens, what does not (each failure its own
/// message and exit status), what kexie reads from a schema, and what `.save` and `.dump`
/// write for other tools.
@Suite struct SQLiteFileTests {
  /// A SQLite file made by sqlite3's C API from SQL.
  static func database(_ sql: String) throws -> String {
    let path = try temporaryDirectory().appendingPathComponent("t.sqlite").path
    var handle: OpaquePointer?
    guard sqlite3_open(path, &handle) == SQLITE_OK, let handle else { throw Postgres.Failure(description: "cannot make \(path)") }
    defer { sqlite3_close(handle) }
    guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else {
      throw Postgres.Failure(description: String(cString: sqlite3_errmsg(handle)))
    }
    return path
  }

  @Test func aMissingFileIsExitStatus66() throws {
    let run = try kexie(["--db", "/nonexistent/x.sqlite", "-c", "x"])
    #expect(run.status == 66)
    #expect(run.err.contains("cannot open /nonexistent/x.sqlite: No such file or directory"))
  }

  @Test func aFileThatIsNotADatabaseIsExitStatus65() throws {
    let path = try temporaryDirectory().appendingPathComponent("notes.txt")
    try "not a database at all, just some words\n".write(to: path, atomically: true, encoding: .utf8)
    let run = try kexie(["--db", path.path, "-c", "x"])
    #expect(run.status == 65)
    #expect(run.err.contains("it is not a SQLite database"))
  }

  @Test func aDamagedDatabaseIsExitStatus65() throws {
    let path = try SQLiteFileTests.database("CREATE TABLE t(a TEXT); " + (0..<400).map { "INSERT INTO t VALUES ('\(String(repeating: "x", count: 90))\($0)');" }.joined())
    // Keep the header, overwrite the schema page and what follows.
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.seek(toOffset: 100)
    try handle.write(contentsOf: Data(repeating: 0xA5, count: 8000))
    try handle.close()
    let run = try kexie(["--no-report", "--db", path, "-c", "t | count"])
    #expect(run.status == 65)
    #expect(run.err.contains("damaged") || run.err.contains("not a SQLite database"), "\(run.err)")
  }

  @Test func aLockedDatabaseIsExitStatus75() throws {
    let path = try SQLiteFileTests.database("CREATE TABLE t(a INTEGER); INSERT INTO t VALUES (1);")
    var handle: OpaquePointer?
    #expect(sqlite3_open(path, &handle) == SQLITE_OK)
    defer { sqlite3_close(handle) }
    // An exclusive lock held while kexie tries to read the schema.
    #expect(sqlite3_exec(handle, "BEGIN EXCLUSIVE; INSERT INTO t VALUES (2);", nil, nil, nil) == SQLITE_OK)
    let run = try kexie(["--no-report", "--db", path, "-c", "t | count"])
    #expect(run.status == 75)
    #expect(run.err.contains("another program holds a lock on it"))
  }

  @Test func typesComeFromTheSchemaAndTheData() throws {
    let path = try SQLiteFileTests.database("""
      CREATE TABLE places(id TEXT PRIMARY KEY, name TEXT);
      CREATE TABLE visits(id INTEGER PRIMARY KEY, place TEXT REFERENCES places(id), people INT, share REAL, open BOOLEAN, note, tags JSON);
      INSERT INTO places VALUES ('xc', '淅川'), ('nz', '南召');
      INSERT INTO visits VALUES (3, 'xc', 120, 0.5, 1, 7, '["a","b"]'), (1, 'nz', NULL, 1.25, 0, 2.5, '[]'), (2, 'xc', 40, NULL, NULL, NULL, NULL);
      CREATE VIEW big AS SELECT * FROM visits WHERE people > 100;
      CREATE TABLE keyed(k TEXT PRIMARY KEY, v INTEGER) WITHOUT ROWID;
      INSERT INTO keyed VALUES ('b', 2), ('a', 1);
      """)
    let (session, output, errors) = try attachedSession(path)
    session.run(SourceFile(name: "t", text: ".schema visits\nvisits | select id, place.name, people, share, open, note, tags\nbig | count\nkeyed\n.sets"))
    #expect(errors.buffer == "")
    let text = output.buffer
    // note holds integers and a real: a decimal; tags is a list; place links to places.
    #expect(text.contains(" place   → places "))
    #expect(text.contains(" note    decimal "))
    #expect(text.contains(" tags    list of text "))
    #expect(text.contains(" open    bool "))
    // Rows in rowid order, which an INTEGER PRIMARY KEY is: by id, not as they were written.
    #expect(text.contains("  1 | 南召       |   null |  1.25 | false |  2.5 | null\n  2 | 淅川"), "\(text)")
    #expect(text.contains("  3 | 淅川       |    120 |  0.5  | true  |  7.0 | a, b"), "\(text)")
    // A view has no row count until it runs; WITHOUT ROWID orders by its key.
    #expect(text.contains(" big     null  view big"), "\(text)")
    #expect(text.contains(" a | 1\n b | 2"), "\(text)")
  }

  @Test func tablesWhoseNamesAreTakenAreNamedAfterTheirFile() throws {
    let path = try SQLiteFixture.report()
    let (session, output, errors) = makeSession()
    session.run(SourceFile(name: "t", text: ".open \(path)\n\(TableSources.defaultName(for: path))_events where county = \"淅川\" | count"))
    #expect(errors.buffer == "")
    #expect(output.buffer.contains("     1\n"))
  }

  @Test func saveWritesForeignKeysThatSqlite3Reads() throws {
    let directory = try temporaryDirectory()
    let path = directory.appendingPathComponent("report.sqlite").path
    let (session, _, errors) = makeSession()
    session.run(SourceFile(name: "t", text: ".save \(path)"))
    #expect(errors.buffer == "")
    let keys = try sqlite3CLI(path, "SELECT \"table\", \"from\" FROM pragma_foreign_key_list('events') ORDER BY 2")
    #expect(keys.contains("orgs|organizer"))
    #expect(keys.contains("sections|section"))
    #expect(try sqlite3CLI(path, "SELECT count(*) FROM events") == "29\n")
    #expect(try sqlite3CLI(path, "PRAGMA foreign_key_check") == "")
    // Saving again over it replaces it whole; a directory that cannot be written leaves nothing.
    session.run(SourceFile(name: "t", text: ".save \(path)"))
    #expect(errors.buffer == "")
    session.run(SourceFile(name: "t", text: ".save /nonexistent/dir/r.sqlite"))
    #expect(errors.buffer.contains("cannot open /nonexistent/dir/r.sqlite"))
    #expect(!FileManager.default.fileExists(atPath: "/nonexistent/dir/r.sqlite"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.sqlite"])
  }

  @Test func dumpLoadsIntoSqlite3() throws {
    let (session, output, _) = makeSession()
    session.run(SourceFile(name: "t", text: ".dump --dialect sqlite"))
    let directory = try temporaryDirectory()
    let script = directory.appendingPathComponent("dump.sql")
    try output.buffer.write(to: script, atomically: true, encoding: .utf8)
    let path = directory.appendingPathComponent("d.sqlite").path
    _ = try sqlite3CLI(path, ".read \(script.path)")
    #expect(try sqlite3CLI(path, "SELECT count(*) FROM events; SELECT count(*) FROM orgs") == "29\n19\n")
    // And kexie reads it back as it wrote it.
    let (attached, out, errors) = try attachedSession(path)
    attached.run(SourceFile(name: "t", text: "events where organizer = \"南阳市科协\" | count"))
    #expect(errors.buffer == "")
    let (memory, expected, _) = makeSession()
    memory.run(SourceFile(name: "t", text: "events where organizer = \"南阳市科协\" | count"))
    #expect(out.buffer == expected.buffer)
  }

  /// A query that mixes a database's table with one in memory: the database runs its part,
  /// kexie the rest; a table in memory that joins a database's reads it in.
  @Test func mixedQueriesRunTheirDatabasePartInTheDatabase() throws {
    let path = try SQLiteFixture.report()
    let directory = try temporaryDirectory()
    let csv = directory.appendingPathComponent("stops.csv")
    try "place,stop\nnanzhao,2\nxichuan,1\n".write(to: csv, atomically: true, encoding: .utf8)
    let (session, output, errors) = try attachedSession(path)
    session.run(SourceFile(name: "t", text: """
      .load \(csv.path) as stops
      places | join stops on id = place | select name, stop | sort by stop
      stops | join places on place = id | select places.name, stop
      """))
    #expect(errors.buffer == "")
    #expect(output.buffer.contains(" 淅川县 |    1\n 南召县 |    2\n"), "\(output.buffer)")
    #expect(output.buffer.contains(" 南召县      |    2\n 淅川县      |    1\n"), "\(output.buffer)")
    let plan = try Compiler.compileQuery("places | join stops on id = place", catalog: session.catalog).get()
    let database = try #require(session.catalog.databases.first as? any SQLDatabase)
    #expect(DatabaseBackend(database: database, catalog: session.catalog).pushedDown(plan)?.stepsRun == 0)
  }

  @Test func explainSaysWhereEachStepRuns() throws {
    let (session, output, errors) = try attachedSession(try SQLiteFixture.report())
    session.run(SourceFile(name: "t", text: ".explain events where county = \"淅川\" | count by kind"))
    #expect(errors.buffer == "")
    #expect(output.buffer.contains("all of it runs in SQLite as one statement"))
  }

  @Test func cancellingStopsALongQuery() throws {
    // A recursive view of 10^12 rows: hours of work for SQLite, so only a cancel ends it
    // (no time is asserted: the answer must be E0504, whatever the machine's load).
    let path = try SQLiteFileTests.database("""
      CREATE VIEW counting AS WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 1000000000000) SELECT n FROM c;
      """)
    let (session, _, _) = try attachedSession(path)
    let plan = try Compiler.compileQuery("counting | summarize sum(n)", catalog: session.catalog).get()
    let database = try #require(session.catalog.databases.first as? any SQLDatabase)
    let cancellation = Cancellation()
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { cancellation.cancel() }
    do {
      _ = try DatabaseBackend(database: database, catalog: session.catalog).run(plan, cancellation: cancellation)
      Issue.record("a query of 10^12 rows finished")
    } catch {
      #expect(error.diagnostic.code == .cancelled)
    }
  }
}

/// sqlite3, the command-line shell, on a file.
func sqlite3CLI(_ path: String, _ sql: String) throws -> String {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["sqlite3", path, sql]
  let pipe = Pipe()
  process.standardOutput = pipe
  process.standardError = pipe
  try process.run()
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return String(decoding: data, as: UTF8.self)
}

/// A PostgreSQL server attached to a session: connection failures, credentials, types,
/// cancelling on the server and a connection that is lost.
@Suite(.enabled(if: Postgres.available, "KEXIE_PG is not set: no PostgreSQL server to test against"))
struct PostgresTests {
  static func database() throws -> String {
    try Postgres.database("types") {
      """
      CREATE TABLE kinds(id TEXT PRIMARY KEY, name TEXT NOT NULL);
      INSERT INTO kinds VALUES ('a', '甲'), ('b', '乙');
      CREATE TABLE things(
        n INTEGER PRIMARY KEY, small SMALLINT, amount NUMERIC(10, 2), ratio REAL, ok BOOLEAN, day DATE,
        words TEXT[], counts INTEGER[], kind TEXT REFERENCES kinds(id), note VARCHAR(20));
      INSERT INTO things VALUES
        (2, 5, 12.50, 0.25, TRUE, '2021-12-31', ARRAY['x', 'y'], ARRAY[1, 2], 'a', '南阳'),
        (1, NULL, NULL, NULL, NULL, NULL, '{}', NULL, 'b', NULL);
      CREATE VIEW slow AS SELECT pg_sleep(30)::text AS x;
      CREATE VIEW ones AS SELECT n FROM things;
      """
    }
  }

  @Test func typesAndOrderComeFromTheServer() throws {
    let (session, output, errors) = try attachedSession(try PostgresTests.database())
    session.run(SourceFile(name: "t", text: """
      .schema things
      things | select n, small, amount, ratio, ok, day, words, counts, kind, note
      things where words = "y" | select n
      things where kind = "b" | select n, kind.name
      """))
    #expect(errors.buffer == "")
    let text = output.buffer
    for line in [" small   integer ", " amount  decimal ", " ratio   decimal ", " ok      bool ", " day     text ", " words   list of text ", " counts  list of integer ", " kind    → kinds "] {
      #expect(text.contains(line), "\(line) in \(text)")
    }
    // Rows in primary-key order; a date is its text; an empty array is an empty list. A
    // table of a database kexie did not write has no label field: links show their ids.
    #expect(text.contains(" 1 |  null |   null |  null | null | null       | null  |   null | b    | null\n 2 |     5 |   12.5 |  0.25 | true | 2021-12-31 | x, y  |   1, 2 | a    | 南阳"), "\(text)")
    #expect(text.contains(" n\n---\n 2\n1 row"))
    #expect(text.contains(" 1 | 乙"))
  }

  @Test func aConnectionFailureNamesTheHostAndNeverThePassword() throws {
    let server = try #require(Postgres.server)
    let run = try kexie(["--db", server + " dbname=kexie_no_such_database password=hunter2secret", "-c", "x"])
    #expect(run.status == 69)
    #expect(run.err.contains("kexie_no_such_database"))
    #expect(run.err.contains("does not exist"))
    #expect(!run.err.contains("hunter2secret") && !run.out.contains("hunter2secret"))
    let refused = try kexie(["--db", "postgresql://kexie:hunter2secret@127.0.0.1:1/x?connect_timeout=5", "-c", "x"])
    #expect(refused.status == 69)
    #expect(refused.err.contains("postgresql://127.0.0.1:1/x"))
    #expect(refused.err.contains("Connection refused"))
    #expect(!refused.err.contains("hunter2secret"))
  }

  @Test func passwordsNeverReachTheHistoryOrTheEcho() {
    #expect(Session.forHistory(".open postgresql://kexie:hunter2@db.example/report") == ".open postgresql://kexie:***@db.example/report")
    #expect(Session.forHistory(".open host=db password=hunter2 dbname=x") == ".open host=db password=*** dbname=x")
    #expect(Session.forHistory(".open host=db password = 'hun ter2' dbname=x") == ".open host=db password = *** dbname=x")
    #expect(Session.forHistory(".open postgresql://db/x?password=hunter2&sslmode=require") == ".open postgresql://db/x?password=***&sslmode=require")
    #expect(Session.forHistory("events where name = \"password\"") == "events where name = \"password\"")
    let (session, output, _) = makeSession()
    session.settings.echo = true
    session.run(SourceFile(name: "t", text: ".open postgresql://kexie:hunter2@127.0.0.1:1/x?connect_timeout=2"))
    #expect(!output.buffer.contains("hunter2"))
  }

  @Test func cancellingAsksTheServerToStop() throws {
    let (session, _, _) = try attachedSession(try PostgresTests.database())
    let plan = try Compiler.compileQuery("slow | count", catalog: session.catalog).get()
    let database = try #require(session.catalog.databases.first as? any SQLDatabase)
    let cancellation = Cancellation()
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { cancellation.cancel() }
    // pg_sleep(30) that is not cancelled answers after 30 s: the answer must be E0504.
    do {
      _ = try DatabaseBackend(database: database, catalog: session.catalog).run(plan, cancellation: cancellation)
      Issue.record("the query was not cancelled")
    } catch {
      #expect(error.diagnostic.code == .cancelled)
    }
    // The connection still works after it.
    let again = try Compiler.compileQuery("ones | count", catalog: session.catalog).get()
    let result = try DatabaseBackend(database: database, catalog: session.catalog).run(again, cancellation: nil)
    #expect(result.table.columns[0].value(at: 0) == .integer(2))
  }

  @Test func aLostConnectionIsAnErrorNotAHang() throws {
    let target = try PostgresTests.database() + " application_name=kexie_lost_test"
    let (session, _, _) = try attachedSession(target)
    try Postgres.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'kexie_lost_test'", on: try Postgres.target(database: "postgres"))
    let plan = try Compiler.compileQuery("ones | count", catalog: session.catalog).get()
    let database = try #require(session.catalog.databases.first as? any SQLDatabase)
    do {
      _ = try DatabaseBackend(database: database, catalog: session.catalog).run(plan, cancellation: nil)
      Issue.record("a query on a terminated connection succeeded")
    } catch {
      #expect(error.diagnostic.code == .databaseFailure)
      #expect(error.diagnostic.message.contains("connection"), "\(error.diagnostic.message)")
    }
  }

  @Test func theServerRunsWholeQueries() throws {
    let (session, _, _) = try attachedSession(try Postgres.report())
    let database = try #require(session.catalog.databases.first as? any SQLDatabase)
    let backend = DatabaseBackend(database: database, catalog: session.catalog)
    let whole = try Compiler.compileQuery("events where county = \"淅川\" | count by kind", catalog: session.catalog).get()
    #expect(backend.pushedDown(whole)?.stepsRun == whole.steps.count)
    // length() counts characters as people see them, which PostgreSQL cannot: kexie runs it.
    let split = try Compiler.compileQuery("events where year = 2021 | select length(name) as n | sort by n", catalog: session.catalog).get()
    #expect(backend.pushedDown(split)?.stepsRun == 1)
    #expect(try backend.run(split, cancellation: nil).rowCount == 29)
  }
}
