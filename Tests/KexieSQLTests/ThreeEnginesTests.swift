import Foundation
import KexieData
import KexieDiagnostics
import KexieEngine
import KexieSQL
import KexieSemantics
import Testing

/// One truth, three engines: a seeded generator writes random pipelines over generated data
/// (nulls everywhere, Chinese and ASCII text with ties and quotes, integers up to 2^40,
/// decimals with signs, a list field with empty lists, a link with labels), and each query
/// runs on kexie's engine in memory, inside SQLite through the compiled SQL, and on
/// PostgreSQL. Results must be equal, row for row; an error must be the same error (its code).
/// A disagreement is a bug in one of the three: the failure shows the query shrunk to the
/// fewest clauses and the smallest condition that still disagree, and what each engine said.
///
/// `KEXIE_DIFF_QUERIES` sets how many queries (default 1500); `KEXIE_DIFF_SEED` the seed.
@Suite(.serialized) struct ThreeEnginesTests {
  static let queryCount = ProcessInfo.processInfo.environment["KEXIE_DIFF_QUERIES"].flatMap { Int($0) } ?? 1500
  static let seed = ProcessInfo.processInfo.environment["KEXIE_DIFF_SEED"].flatMap { UInt64($0) } ?? 20211231

  // MARK: - Data

  struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return state >> 33
    }
    mutating func below(_ count: Int) -> Int { Int(next() % UInt64(max(count, 1))) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    mutating func pick<T>(_ options: [T]) -> T { options[below(options.count)] }
  }

  static let counties = ["淅川", "南召", "镇平", "桐柏", "内乡", "Nanyang", "a b", "B", "b"]
  static let names = [
    "科普活动", "科普讲座", "论坛", "青少年科技创新大赛", "a", "A", "科普", "", "x,y", "it's", "say \"hi\"", "Zebra", "zebra", "straße", "  pad ",
    // Other scripts: Greek, Cyrillic, Arabic, an emoji with a skin tone, a letter with a combining accent.
    "Ωμέγα", "Привет", "مرحبا", "👍🏽 ok", "cafe\u{301}",
  ]
  static let ownerNames = ["南阳市科协", "南阳师范学院", "市科技馆", "Owner A", "owner a", "学会"]

  /// `items` (the table the queries start from) and `owners` (what its links point at).
  static func tables() -> [Table] {
    var random = Random(state: 7)
    let count = 400
    var builders: [String: ColumnBuilder] = [:]
    let fields: [Field] = [
      Field("id", .integer, nullable: false),
      Field("name", .text),
      Field("kind", .text, nullable: false),
      Field("county", .text),
      Field("n", .integer),
      Field("score", .decimal),
      Field("flag", .bool),
      Field("tags", .text, list: true),
      Field("owner", .text, link: "owners"),
    ]
    for field in fields { builders[field.name] = ColumnBuilder(type: field.type, list: field.isList) }
    for id in 1...count {
      func maybe(_ value: Value, nullPercent: Int = 12) -> Value { random.chance(nullPercent) ? .null : value }
      builders["id"]?.append(.integer(Int64(id)))
      builders["name"]?.append(maybe(.text(random.pick(names) + (random.chance(30) ? String(random.below(9)) : ""))))
      builders["kind"]?.append(.text(random.pick(["竞赛", "讲座", "培训", "B", "b", "展览"])))
      builders["county"]?.append(maybe(.text(random.pick(counties))))
      let n: Int64 = random.chance(10) ? Int64(random.below(1 << 20)) << 20 : Int64(random.below(2000)) - 300
      builders["n"]?.append(maybe(.integer(n)))
      builders["score"]?.append(maybe(.decimal(Double(random.below(801) - 400) / 8)))
      builders["flag"]?.append(maybe(.bool(random.chance(50))))
      var tags: [Value] = []
      for _ in 0..<random.below(4) {
        let tag = Value.text(random.pick(counties))
        if !tags.contains(tag) { tags.append(tag) }
      }
      builders["tags"]?.append(random.chance(10) ? .null : .list(tags))
      builders["owner"]?.append(maybe(.text("o\(random.below(ownerNames.count + 1))")))
    }
    let items = Table(name: "items", fields: fields, columns: fields.compactMap { builders[$0.name]?.build() }, rowCount: count)
    var ids = ColumnBuilder(type: .text)
    var labels = ColumnBuilder(type: .text)
    var kinds = ColumnBuilder(type: .text)
    for (index, name) in ownerNames.enumerated() {
      ids.append(.text("o\(index)"))
      labels.append(.text(name))
      kinds.append(index % 2 == 0 ? .text("学会") : .null)
    }
    let owners = Table(
      name: "owners", fields: [Field("id", .text, nullable: false), Field("name", .text, nullable: false), Field("kind", .text)],
      columns: [ids.build(), labels.build(), kinds.build()], label: "name")
    return [items, owners]
  }

  // MARK: - Queries

  struct Column {
    var name: String
    var type: DataType
    var list = false
    var link = false
  }

  /// A query as clauses, so a failure can be shrunk clause by clause.
  struct Query: CustomStringConvertible {
    var clauses: [Clause]
    var description: String { (["items"] + clauses.map(\.text)).joined(separator: " | ") }
  }

  /// A clause; a `where` keeps its condition as a tree, so shrinking can try its parts.
  struct Clause {
    var text: String
    var condition: Condition?
  }

  indirect enum Condition: CustomStringConvertible {
    case test(String)
    case and(Condition, Condition)
    case or(Condition, Condition)
    case not(Condition)

    var description: String {
      switch self {
      case .test(let text): text
      case .and(let a, let b): "(\(a) and \(b))"
      case .or(let a, let b): "(\(a) or \(b))"
      case .not(let a): "not \(a)"
      }
    }

    var parts: [Condition] {
      switch self {
      case .test: []
      case .and(let a, let b), .or(let a, let b): [a, b]
      case .not(let a): [a]
      }
    }
  }

  static let itemColumns: [Column] = [
    Column(name: "id", type: .integer), Column(name: "name", type: .text), Column(name: "kind", type: .text),
    Column(name: "county", type: .text), Column(name: "n", type: .integer), Column(name: "score", type: .decimal),
    Column(name: "flag", type: .bool), Column(name: "tags", type: .text, list: true),
    Column(name: "owner", type: .text, link: true),
  ]

  static func literal(for type: DataType, _ random: inout Random) -> String {
    switch type {
    case .integer: return String(random.pick([0, 1, -5, 7, 100, 999, 1 << 20, 1 << 30]))
    case .decimal: return random.pick(["0", "1.5", "-2.25", "10", "0.125", "-50"])
    case .bool: return random.pick(["true", "false"])
    case .text, .null:
      let text = random.pick(counties + names + ["科", "a", "Z", "o1"])
      return "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    }
  }

  static func condition(_ columns: [Column], _ random: inout Random, depth: Int = 0) -> Condition {
    if depth < 2, random.chance(30) {
      let a = condition(columns, &random, depth: depth + 1)
      switch random.below(3) {
      case 0: return .and(a, condition(columns, &random, depth: depth + 1))
      case 1: return .or(a, condition(columns, &random, depth: depth + 1))
      default: return .not(a)
      }
    }
    let column = random.pick(columns)
    let name = column.name
    if column.link {
      return .test(random.chance(50) ? "\(name) = \"\(random.pick(ownerNames))\"" : "\(name).kind = \"学会\"")
    }
    if column.list {
      switch random.below(4) {
      case 0: return .test("\(name) = \(literal(for: .text, &random))")
      case 1: return .test("\(literal(for: .text, &random)) in \(name)")
      case 2: return .test("\(name) = null")
      default: return .test("size(\(name)) \(random.pick([">", "=", "<"])) \(random.below(3))")
      }
    }
    switch random.below(9) {
    case 0, 1: return .test("\(name) \(random.pick(["=", "!=", "<", "<=", ">", ">="])) \(literal(for: column.type, &random))")
    case 2: return .test("\(name) \(random.pick(["=", "!="])) null")
    case 3: return .test("\(name) is \(random.chance(50) ? "not " : "")null")
    case 4 where column.type == .text:
      return .test("\(name) \(random.pick(["contains", "startswith", "endswith"])) \(literal(for: .text, &random))")
    case 5 where column.type != .bool:
      return .test("\(name) between \(literal(for: column.type, &random)) and \(literal(for: column.type, &random))")
    case 6: return .test("\(name) in (\(literal(for: column.type, &random)), \(literal(for: column.type, &random)))")
    case 7 where column.type.isNumeric:
      return .test("\(name) * 2 + 1 > \(literal(for: column.type, &random))")
    default: return .test("\(name) = \(literal(for: column.type, &random))")
    }
  }

  /// An expression over the columns, with its type (nil when none fits).
  static func expression(_ columns: [Column], _ random: inout Random) -> (String, Column)? {
    let scalars = columns.filter { !$0.list && !$0.link }
    guard let column = scalars.isEmpty ? nil : random.pick(scalars) else { return nil }
    let name = column.name
    switch column.type {
    case .integer:
      return random.pick([
        ("\(name) + 1", Column(name: "", type: .integer)), ("\(name) * 3 - \(name)", Column(name: "", type: .integer)),
        ("\(name) / 4", Column(name: "", type: .decimal)), ("\(name) ?? 0", Column(name: "", type: .integer)),
        ("abs(\(name))", Column(name: "", type: .integer)), ("to_text(\(name))", Column(name: "", type: .text)),
      ])
    case .decimal:
      return random.pick([
        ("\(name) * 2", Column(name: "", type: .decimal)), ("\(name) / 2", Column(name: "", type: .decimal)),
        ("abs(\(name))", Column(name: "", type: .decimal)), ("\(name) ?? 0.5", Column(name: "", type: .decimal)),
      ])
    case .text:
      return random.pick([
        ("length(\(name))", Column(name: "", type: .integer)), ("upper(\(name))", Column(name: "", type: .text)),
        ("lower(\(name))", Column(name: "", type: .text)), ("trim(\(name))", Column(name: "", type: .text)),
        ("substr(\(name), 2, 3)", Column(name: "", type: .text)), ("\(name) ?? \"-\"", Column(name: "", type: .text)),
        ("concat(\(name), \"·\", \(name))", Column(name: "", type: .text)), ("replace(\(name), \"科\", \"K\")", Column(name: "", type: .text)),
      ])
    case .bool, .null:
      return ("\(name) ?? false", Column(name: "", type: .bool))
    }
  }

  static func query(_ random: inout Random) -> Query {
    var columns = itemColumns
    var clauses: [Clause] = []
    var grouped = false
    let count = 1 + random.below(4)
    for _ in 0..<count {
      let scalars = columns.filter { !$0.list }
      switch random.below(grouped ? 5 : 13) {
      case 0, 1:
        let test = condition(columns, &random)
        clauses.append(Clause(text: "where \(test)", condition: test))
      case 2, 12:
        let keys = (0..<(1 + random.below(2))).map { _ in random.pick(columns).name + (random.chance(40) ? " desc" : "") }
        clauses.append(Clause(text: "sort by " + keys.joined(separator: ", ")))
      case 3:
        clauses.append(Clause(text: "limit \(random.below(30))"))
      case 4 where columns.contains(where: { !$0.list && !$0.link }):
        clauses.append(Clause(text: "top \(1 + random.below(10)) by \(random.pick(columns.filter { !$0.list && !$0.link }).name)"))
      case 5 where !columns.isEmpty:
        var chosen: [Column] = []
        var items: [String] = []
        for _ in 0..<(1 + random.below(3)) {
          if random.chance(35), let (text, column) = expression(columns, &random) {
            let name = "e\(items.count)"
            items.append("\(text) as \(name)")
            chosen.append(Column(name: name, type: column.type))
          } else {
            let column = random.pick(columns)
            guard !chosen.contains(where: { $0.name == column.name }) else { continue }
            items.append(column.name)
            chosen.append(column)
          }
        }
        guard !items.isEmpty else { continue }
        clauses.append(Clause(text: "select " + items.joined(separator: ", ")))
        columns = chosen
      case 6:
        let key = random.pick(columns)
        clauses.append(Clause(text: "count by \(key.name)"))
        columns = [Column(name: key.name, type: key.type, link: key.link), Column(name: "count", type: .integer)]
        grouped = true
      case 7:
        var items: [String] = []
        var outputs: [Column] = []
        for index in 0..<(1 + random.below(3)) {
          let column = random.pick(scalars.isEmpty ? columns : scalars)
          let function: String
          let type: DataType
          switch column.type {
          case .integer, .decimal:
            function = random.pick(["sum", "min", "max", "count", "count_distinct", "avg"])
            type = function == "count" || function == "count_distinct" ? .integer : function == "avg" ? .decimal : column.type
          default:
            function = random.pick(["min", "max", "count", "count_distinct"])
            type = function.hasPrefix("count") ? .integer : column.type
          }
          if column.link && (function == "min" || function == "max") { continue }
          items.append("\(function)(\(column.name)) as a\(index)")
          outputs.append(Column(name: "a\(index)", type: type))
        }
        if items.isEmpty { items = ["count() as a0"]; outputs = [Column(name: "a0", type: .integer)] }
        var text = "summarize " + items.joined(separator: ", ")
        if random.chance(70) {
          let key = random.pick(columns)
          text += " by \(key.name)"
          outputs.insert(Column(name: key.name, type: key.type, link: key.link), at: 0)
        }
        clauses.append(Clause(text: text))
        columns = outputs
        grouped = true
      case 8:
        let key = random.pick(columns)
        clauses.append(Clause(text: "distinct \(key.name)"))
        columns = [key]
      case 9 where columns.contains(where: { $0.name == "tags" && $0.list }):
        clauses.append(Clause(text: "expand tags"))
        columns = columns.map { $0.name == "tags" ? Column(name: "tags", type: .text) : $0 }
      case 10 where columns.contains(where: { $0.name == "owner" && $0.link }) && !columns.contains(where: { $0.name == "owners.name" }):
        let kind = random.chance(50) ? "left join" : "join"
        clauses.append(Clause(text: "\(kind) owners on owner = id"))
        columns = columns.map { $0.name == "kind" ? Column(name: "items.kind", type: .text) : $0 }
          + [Column(name: "owners.name", type: .text), Column(name: "owners.kind", type: .text)]
      case 11:
        // A computed column; now and then one that fails (division by zero, overflow), so
        // the engines must also fail alike. Only as the last clause: a SQL engine computes
        // only the values its answer needs, kexie's every value of every clause, so an error
        // in a value a later clause drops or filters away may be reported by one and not the
        // other (docs/DATABASES.md says so).
        let integers = columns.filter { $0.type == .integer && !$0.list }
        if !integers.isEmpty, random.chance(15), clauses.count == count - 1 {
          let name = random.pick(integers).name
          let failing = random.pick(["\(name) / (\(name) - \(name))", "\(name) * 9000000000000", "\(name) * \(name) * \(name) * \(name)"])
          let type: DataType = failing.contains("/") ? .decimal : .integer
          clauses.append(Clause(text: "extend \(failing) as x\(clauses.count)"))
          columns.append(Column(name: "x\(clauses.count - 1)", type: type))
        } else if let (text, column) = expression(columns, &random) {
          clauses.append(Clause(text: "extend \(text) as x\(clauses.count)"))
          columns.append(Column(name: "x\(clauses.count - 1)", type: column.type))
        }
      default:
        let test = condition(columns, &random)
        clauses.append(Clause(text: "where \(test)", condition: test))
      }
    }
    return Query(clauses: clauses)
  }

  // MARK: - Running

  /// What an engine answered: the shown rows as text (exact values, decimals to 12
  /// significant digits), or an error code.
  enum Answer: Equatable, CustomStringConvertible {
    case rows([String])
    case error(String)
    case doesNotCheck

    var description: String {
      switch self {
      case .rows(let rows): "\(rows.count) rows" + (rows.isEmpty ? "" : ":\n      " + rows.prefix(8).joined(separator: "\n      ") + (rows.count > 8 ? "\n      …" : ""))
      case .error(let code): "error \(code)"
      case .doesNotCheck: "does not check"
      }
    }
  }

  static func text(_ value: Value) -> String {
    switch value {
    case .decimal(let number):
      if number == 0 { return "0.0" }
      let digits = Double(String(format: "%.12g", number)) ?? number
      return "\(digits)"
    case .list(let values): return "[" + values.map(text).joined(separator: ", ") + "]"
    default: return value.description
    }
  }

  struct Engine {
    var name: String
    var catalog: Catalog
    var backend: (Plan, Catalog) -> any QueryBackend
  }

  static func answer(_ query: String, on engine: Engine) -> Answer {
    guard case .success(let plan) = Compiler.compileQuery(query, catalog: engine.catalog) else { return .doesNotCheck }
    do throws(RuntimeFailure) {
      let result = try engine.backend(plan, engine.catalog).run(plan, cancellation: nil)
      let table = result.table
      let rows = (0..<table.rowCount).map { row in
        result.shownColumns.map { text(table.columns[$0].value(at: row)) }.joined(separator: " | ")
      }
      return .rows(rows)
    } catch {
      return .error(error.diagnostic.code.rawValue)
    }
  }

  static func engines() throws -> [Engine] {
    let tables = tables()
    let memory = Catalog(tables: tables)
    var engines = [Engine(name: "memory", catalog: memory) { _, catalog in Executor(catalog: catalog) }]
    func attached(_ target: String, name: String) throws -> Engine {
      let opened: Result<any SQLDatabase, DatabaseOpenError> = PostgresDatabase.isConnectionString(target)
        ? PostgresDatabase.connect(target).map { $0 } : SQLiteDatabase.open(target).map { $0 }
      let database = try opened.get()
      var catalog = Catalog()
      catalog.attach(database)
      return Engine(name: name, catalog: catalog) { _, catalog in DatabaseBackend(database: database, catalog: catalog) }
    }
    engines.append(try attached(try SQLiteFixture.file("generated") { tables }, name: "SQLite"))
    if Postgres.available {
      engines.append(try attached(try Postgres.database("generated") { SQLDump.script(tables, dialect: .postgres) }, name: "PostgreSQL"))
    }
    return engines
  }

  /// The smallest query like `query` on which the engines still disagree: clauses dropped
  /// one at a time, conditions replaced by their parts, while the disagreement stays.
  static func shrink(_ query: Query, engines: [Engine]) -> Query {
    func disagrees(_ query: Query) -> Bool {
      let answers = engines.map { answer(query.description, on: $0) }
      return answers.contains(.doesNotCheck) == false && Set(answers.map(\.description)).count > 1
    }
    var current = query
    var changed = true
    while changed {
      changed = false
      for index in current.clauses.indices {
        var candidate = current
        candidate.clauses.remove(at: index)
        if !candidate.clauses.isEmpty, disagrees(candidate) {
          current = candidate
          changed = true
          break
        }
        if let condition = current.clauses[index].condition {
          for part in condition.parts {
            var smaller = current
            smaller.clauses[index] = Clause(text: "where \(part)", condition: part)
            if disagrees(smaller) {
              current = smaller
              changed = true
              break
            }
          }
          if changed { break }
        }
      }
    }
    return current
  }

  // MARK: - The test

  @Test func theEnginesAgree() throws {
    if Postgres.required { #expect(Postgres.server != nil, "KEXIE_REQUIRE_PG=1 but KEXIE_PG is not set") }
    let engines = try ThreeEnginesTests.engines()
    var random = Random(state: ThreeEnginesTests.seed)
    var checked = 0
    var pushedWhole = 0
    var failures: [String] = []
    let sqlite = try #require(engines.first { $0.name == "SQLite" })
    for _ in 0..<ThreeEnginesTests.queryCount {
      let query = ThreeEnginesTests.query(&random)
      let answers = engines.map { ThreeEnginesTests.answer(query.description, on: $0) }
      guard answers[0] != .doesNotCheck else { continue }
      checked += 1
      if case .success(let plan) = Compiler.compileQuery(query.description, catalog: sqlite.catalog),
        let backend = sqlite.backend(plan, sqlite.catalog) as? DatabaseBackend,
        backend.pushedDown(plan)?.stepsRun == plan.steps.count
      {
        pushedWhole += 1
      }
      if Set(answers.map(\.description)).count > 1, failures.count < 5 {
        let small = ThreeEnginesTests.shrink(query, engines: engines)
        let said = engines.map { "    \($0.name): \(ThreeEnginesTests.answer(small.description, on: $0))" }.joined(separator: "\n")
        failures.append("engines disagree on\n  \(small)\n\(said)\n  (shrunk from \(query))")
      }
    }
    for failure in failures { Issue.record(Comment(rawValue: failure)) }
    // Most generated queries check (the generator knows the types), and SQLite, with the
    // functions kexie defines for it, runs nearly all of them whole.
    #expect(checked > ThreeEnginesTests.queryCount * 3 / 4, "only \(checked) of \(ThreeEnginesTests.queryCount) generated queries check")
    #expect(pushedWhole * 100 >= checked * 85, "SQLite ran only \(pushedWhole) of \(checked) queries whole")
  }
}
