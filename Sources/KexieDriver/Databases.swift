import KexieData
import KexieEngine
import KexieDiagnostics
import KexieSemantics
import KexieSQL
import KexieSyntax

/// Databases in a session: `.open` and `--db` attach a SQLite file or a PostgreSQL server,
/// whose tables become sets; `.databases` lists them; `.save` writes the session's tables into
/// a SQLite file; `.sql` shows a query as SQL.
extension Session {
  static let databaseCommands: [ReplCommand] = [
    ReplCommand(name: "open", arguments: "FILE|postgresql://…", summary: "attach a SQLite file or a PostgreSQL database (read-only): its tables become sets", argument: .file) { session, call in
      guard !call.rest.isEmpty else {
        session.report(call.problem("expected a SQLite file or a PostgreSQL connection string, e.g. .open report.sqlite", zh: "这里应该是 SQLite 文件或 PostgreSQL 的连接字符串，例如 .open report.sqlite"))
        return false
      }
      switch session.open(call.rest) {
      case .success(let database):
        if session.interactive {
          let names = database.tables.map(\.name)
          if session.settings.language == .zh {
            session.errors.write("已打开 \(database.displayName)：\(names.count) 张表\(names.isEmpty ? "" : "（" + names.joined(separator: "、") + "）")\n")
          } else {
            session.errors.write("attached \(database.displayName): \(names.count) table\(names.count == 1 ? "" : "s")\(names.isEmpty ? "" : " (" + Session.listed(names) + ")")\n")
          }
        }
        return true
      case .failure(let error):
        session.report(error.diagnostic)
        return false
      }
    },
    ReplCommand(name: "databases", arguments: "", summary: "list the attached databases and their tables", argument: .none) { session, _ in
      session.writeTable(
        [("database", .text), ("kind", .text), ("tables", .text)],
        session.catalog.databases.map { database in
          let kind = (database as? any SQLDatabase)?.dialect.title ?? "database"
          return [.text(database.displayName), .text(kind), .text(database.tables.map(\.name).joined(separator: ", "))]
        })
      return true
    },
    ReplCommand(name: "save", arguments: "FILE", summary: "write the sets and loaded tables into a new SQLite file (links as foreign keys)", argument: .file) { session, call in
      guard let path = call.words.first else {
        session.report(call.problem("expected a file name, e.g. .save report.sqlite", zh: "这里应该是文件名，例如 .save report.sqlite"))
        return false
      }
      do throws(DiagnosticError) {
        try SQLiteSave.save(session.catalog.tables, to: path)
        if session.interactive {
          let count = session.catalog.tables.count
          session.errors.write(session.settings.language == .zh ? "已把 \(count) 张表存到 \(path)\n" : "saved \(count) tables to \(path)\n")
        }
        return true
      } catch {
        session.report(error.diagnostics)
        return false
      }
    },
    ReplCommand(name: "dump", arguments: "[--dialect sqlite|postgres|duckdb] [SET ...]", summary: "write the sets (all, or those named) as SQL that recreates them, for sqlite3 or psql -f", argument: .set) { session, call in
      session.dump(call)
    },
    ReplCommand(name: "sql", arguments: "[--dialect sqlite|postgres|duckdb] [QUERY]", summary: "show QUERY as SQL that gives kexie's answer (the dialect stays for later .sql)", argument: .query) { session, call in
      session.showSQL(call)
    },
  ]

  /// An entry as the history keeps it: without a password a connection string holds.
  public static func forHistory(_ entry: String) -> String { Credentials.redacted(entry) }

  /// Attaches a database: a PostgreSQL connection string (`postgresql://…`, `postgres://…` or
  /// `key=value …`), or a SQLite file. Its tables take their own names, unless a name is taken,
  /// when they take the database's name before it.
  public func open(_ target: String) -> Result<any SQLDatabase, DatabaseOpenError> {
    let taken = Set(catalog.names + checker.bindings.map(\.name))
    let opened: Result<any SQLDatabase, DatabaseOpenError>
    if PostgresDatabase.isConnectionString(target) {
      opened = PostgresDatabase.connect(target, taken: taken).map { $0 }
    } else {
      opened = SQLiteDatabase.open(target, taken: taken).map { $0 }
    }
    if case .success(let database) = opened {
      var catalog = self.catalog
      catalog.attach(database)
      checker.update(catalog: catalog)
    }
    return opened
  }

  /// The table a link names, to show its labels: in memory, or a database's table read for
  /// it once (`AttachedDatabase.lookup`).
  func labelTable(_ name: String) -> Table? {
    guard let ref = catalog.ref(named: name), ref.labelField != nil else { return catalog.table(named: name) }
    return catalog.lookupRows(for: ref)
  }

  /// The backend for a plan: the database its rows start in, or the in-memory engine.
  func backend(for plan: Plan) -> any QueryBackend {
    if let id = plan.rootDatabase, let database = catalog.databases.first(where: { $0.id == id }) as? any SQLDatabase {
      return DatabaseBackend(database: database, catalog: catalog)
    }
    return Executor(catalog: catalog)
  }

  /// `--dialect D` at the start of a command's words: the dialect, the words after it, and
  /// whether it was given; nil (reported) when D is not a dialect.
  func dialectOption(_ call: CommandCall) -> (SQLDialect, [String], given: Bool)? {
    var words = call.words
    guard words.first == "--dialect" else { return (settings.sqlDialect, words, false) }
    guard words.count >= 2, let chosen = SQLDialect(rawValue: words[1].lowercased()) else {
      let written = words.count >= 2 ? words[1] : ""
      let suggestion = Suggestion.didYouMean(Suggestion.closest(to: written, among: SQLDialect.allCases.map(\.rawValue)))
      report(call.problem(
        "expected a dialect after --dialect, found '\(written)'" + (suggestion.map { "; \($0.en)" } ?? ""),
        zh: "--dialect 后面应该是 SQL 方言，实际是 '\(written)'" + (suggestion.map { "；\($0.zh)" } ?? ""),
        notes: [Phrase(
          "dialects: " + SQLDialect.allCases.map(\.rawValue).joined(separator: ", "),
          zh: "方言有：" + SQLDialect.allCases.map(\.rawValue).joined(separator: "、"))]))
      return nil
    }
    words.removeFirst(2)
    return (chosen, words, true)
  }

  /// `.dump`: the sets in memory, or those named, as a SQL script in the chosen dialect.
  func dump(_ call: CommandCall) -> Bool {
    guard let (dialect, names, _) = dialectOption(call) else { return false }
    var tables: [Table] = []
    for name in names {
      guard let table = catalog.table(named: name) else {
        let attached = catalog.ref(named: name) != nil
        report(call.problem(
          attached ? "'\(name)' is a table of an attached database; .dump writes tables kexie holds" : "no set named '\(name)'",
          zh: attached ? "'\(name)' 是打开的数据库里的表；.dump 只写出 kexie 自己存的表" : "没有叫 '\(name)' 的集合",
          notes: attached ? [] : Suggestion.didYouMean(Suggestion.closest(to: name, among: catalog.tables.map(\.name))).map { [$0] } ?? []))
        return false
      }
      tables.append(table)
    }
    currentOutput.write(SQLDump.script(names.isEmpty ? catalog.tables : tables, dialect: dialect))
    return finishOnce()
  }

  func showSQL(_ call: CommandCall) -> Bool {
    guard let (dialect, words, given) = dialectOption(call) else { return false }
    if given {
      if words.isEmpty {
        settings.sqlDialect = dialect
        return true
      }
    }
    guard !words.isEmpty else {
      output.write("dialect: \(dialect.rawValue)\n")
      return true
    }
    let query = call.rest.hasPrefix("--dialect") ? String(call.rest.dropFirst("--dialect".count).drop { $0 == " " }.drop { $0 != " " }.drop { $0 == " " }) : call.rest
    let source = call.trailingQuery(bytes: query.utf8.count)
    var checker = self.checker
    switch Compiler.compileQuery(source, checker: &checker) {
    case .failure(let error):
      report(error.diagnostics)
      return false
    case .success(let plan):
      return writeSQL(of: plan, in: dialect)
    }
  }

  /// Writes a query's SQL (`.sql`, `--emit-sql`), or why the dialect cannot say it.
  func writeSQL(of plan: Plan, in dialect: SQLDialect) -> Bool {
    switch SQLCompiler(dialect: dialect).compile(plan) {
    case .failure(let error):
      report(error.diagnostics)
      return false
    case .success(let sql):
      currentOutput.write(Session.sqlText(sql, dialect: dialect))
      return finishOnce()
    }
  }

  /// The SQL with a comment naming the functions kexie's SQLite backend defines, if it calls any.
  static func sqlText(_ sql: SQLQuery, dialect: SQLDialect) -> String {
    var text = ""
    if !sql.kexieFunctions.isEmpty {
      text += "-- \(Session.listed(sql.kexieFunctions.map { $0 + "()" })): defined by kexie's SQLite backend\n"
    }
    return text + sql.text + ";\n"
  }
}
