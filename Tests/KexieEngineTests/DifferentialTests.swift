import Foundation
import KexieData
import KexieDiagnostics
import KexieSemantics
import KexieSyntax
import Testing

@testable import KexieEngine

/// kexie's answers are exactly sqlite3's on the same data: a seeded generator writes an
/// events table (nulls, Chinese text, ties, a list field) and an organisers table, loads them
/// into kexie through the CSV loader and into sqlite3 through SQL, and a few hundred generated
/// queries run in both — each kexie query with the SQL that says the same thing, written by
/// this test. A list field is a child table in SQL (`events_tags(event_id, ord, value)`): a
/// comparison on it is an EXISTS, grouping by it a join.
@Suite struct DifferentialTests {
  static let hasSQLite = FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")

  struct Row {
    var id: Int
    var county: String?
    var kind: String
    var name: String
    var year: Int?
    var participants: Int?
    var score: Double?
    var organizer: String?
    var tags: [String]
  }

  static func generate(rows count: Int, seed: UInt64) -> [Row] {
    var random = Generator(seed: seed)
    let counties = ["淅川", "南召", "镇平", "桐柏", "内乡", "社旗", "Nanyang", "a b"]
    let kinds = ["竞赛", "论坛", "培训", "巡展", "讲座", "B", "b"]
    let names = ["科普活动", "科普讲座", "论坛", "青少年科技创新大赛", "a", "A", "科普", "全民科学素质", "", "x,y", "say \"hi\""]
    return (1...count).map { id in
      let skew = random.next() % 100
      return Row(
        id: id,
        county: random.next() % 10 == 0 ? nil : counties[Int(random.next() % UInt64(counties.count))],
        kind: kinds[Int(random.next() % UInt64(kinds.count))],
        name: names[Int(random.next() % UInt64(names.count))] + (random.next() % 3 == 0 ? String(random.next() % 20) : ""),
        year: random.next() % 7 == 0 ? nil : 2017 + Int(random.next() % 6),
        participants: random.next() % 8 == 0 ? nil : (skew < 80 ? Int(random.next() % 1000) : Int(random.next() % 2_000_000)),
        score: random.next() % 6 == 0 ? nil : Double(Int(random.next() % 400) - 100) / 4,
        organizer: random.next() % 9 == 0 ? nil : "o\(random.next() % 25)",
        tags: (0..<Int(random.next() % 4)).map { _ in counties[Int(random.next() % UInt64(counties.count))] }
          .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } })
    }
  }

  struct Generator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return state >> 33
    }
    mutating func pick<T>(_ options: [T]) -> T { options[Int(next() % UInt64(options.count))] }
  }

  static func csv(_ rows: [Row]) -> String {
    func field(_ text: String?) -> String {
      guard let text else { return "" }
      if text.isEmpty { return "\"\"" }
      return text.contains(",") || text.contains("\"") ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
    func list(_ values: [String]) -> String {
      values.isEmpty ? "" : field("[" + values.map { "\"" + $0 + "\"" }.joined(separator: ",") + "]")
    }
    var out = "id,county,kind,name,year,participants,score,organizer,tags\n"
    for row in rows {
      out += [String(row.id), field(row.county), field(row.kind), field(row.name), row.year.map(String.init) ?? "",
        row.participants.map(String.init) ?? "", row.score.map { String($0) } ?? "", field(row.organizer), list(row.tags)].joined(separator: ",") + "\n"
    }
    return out
  }

  static func sql(_ rows: [Row]) -> String {
    func text(_ value: String?) -> String { value.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" } ?? "NULL" }
    var out = "CREATE TABLE events(id INTEGER, county TEXT, kind TEXT, name TEXT, year INTEGER, participants INTEGER, score REAL, organizer TEXT);\nBEGIN;\n"
    for row in rows {
      // kexie reads an empty CSV field as null, so an empty name is null on both sides.
      out += "INSERT INTO events VALUES(\(row.id), \(text(row.county)), \(text(row.kind)), \(text(row.name.isEmpty ? nil : row.name)), \(row.year.map(String.init) ?? "NULL"), \(row.participants.map(String.init) ?? "NULL"), \(row.score.map { String($0) } ?? "NULL"), \(text(row.organizer)));\n"
    }
    out += "CREATE TABLE events_tags(event_id INTEGER, ord INTEGER, value TEXT);\n"
    for row in rows {
      for (ord, tag) in row.tags.enumerated() { out += "INSERT INTO events_tags VALUES(\(row.id), \(ord), \(text(tag)));\n" }
    }
    out += "CREATE INDEX events_tags_event ON events_tags(event_id);\n"
    out += "CREATE TABLE orgs(id TEXT, type TEXT);\n"
    for index in 0..<20 {
      out += "INSERT INTO orgs VALUES('o\(index)', '\(["学会", "企业", "高校"][index % 3])');\n"
    }
    return out + "COMMIT;\n"
  }

  static let orgsCSV = "id,type\n" + (0..<20).map { "o\($0),\(["学会", "企业", "高校"][$0 % 3])" }.joined(separator: "\n") + "\n"

  /// Pairs of (kexie, SQL) saying the same thing. SQL spells out kexie's semantics: `=` is
  /// IS, `!=` IS NOT, a null condition is false, nulls sort last, ties keep row order, groups
  /// come in first-appearance order (count by: largest first).
  static func queries(seed: UInt64) -> [(String, String)] {
    var random = Generator(seed: seed)
    var pairs: [(String, String)] = []
    let counties = ["淅川", "南召", "Nanyang", "a b", "西川"]
    let texts = ["科普", "论坛", "a", "A", "活动", "x,"]
    let columns = ["participants", "score", "year", "name", "county", "kind"]
    for _ in 0..<25 {
      let c = random.pick(counties)
      let p = Int(random.next() % 3000)
      let q = p + Int(random.next() % 500_000)
      let s = random.pick(texts)
      let y1 = 2017 + Int(random.next() % 6)
      let y2 = 2017 + Int(random.next() % 6)
      let column = random.pick(columns)
      let n = Int(random.next() % 30)
      pairs += [
        ("events where county = '\(c)' | select id", "SELECT id FROM events WHERE county IS '\(c)' ORDER BY rowid"),
        ("events where county != '\(c)' | select id", "SELECT id FROM events WHERE county IS NOT '\(c)' ORDER BY rowid"),
        ("events where county < '\(c)' | select id, county", "SELECT id, county FROM events WHERE county < '\(c)' ORDER BY rowid"),
        ("events where participants > \(p) | select id", "SELECT id FROM events WHERE participants > \(p) ORDER BY rowid"),
        ("events where not (participants > \(p)) | count", "SELECT count(*) FROM events WHERE NOT coalesce(participants > \(p), 0)"),
        ("events where participants between \(p) and \(q) | select id, participants", "SELECT id, participants FROM events WHERE participants BETWEEN \(p) AND \(q) ORDER BY rowid"),
        ("events where name contains '\(s)' | select id, name", "SELECT id, name FROM events WHERE instr(name, '\(s)') > 0 ORDER BY rowid"),
        ("events where name startswith '\(s)' | count", "SELECT count(*) FROM events WHERE substr(name, 1, length('\(s)')) = '\(s)'"),
        ("events where year in (\(y1), \(y2)) | select id, year", "SELECT id, year FROM events WHERE year IN (\(y1), \(y2)) ORDER BY rowid"),
        ("events where county = '\(c)' or year = \(y1) and participants < \(q) | select id", "SELECT id FROM events WHERE county IS '\(c)' OR (year IS \(y1) AND participants < \(q)) ORDER BY rowid"),
        ("events | sort by \(column) | select id | limit \(n + 5)", "SELECT id FROM events ORDER BY \(column) IS NULL, \(column), rowid LIMIT \(n + 5)"),
        ("events | sort by \(column) desc, id desc | select id | limit \(n + 5)", "SELECT id FROM events ORDER BY \(column) IS NULL, \(column) DESC, id DESC LIMIT \(n + 5)"),
        ("events | top \(n) by \(column) | select id, \(column)", "SELECT id, \(column) FROM events ORDER BY \(column) IS NULL, \(column) DESC, rowid LIMIT \(n)"),
        ("events | count by \(column) | limit 10", "SELECT \(column), count(*) FROM events GROUP BY \(column) ORDER BY count(*) DESC, min(rowid) LIMIT 10"),
        ("events where year = \(y1) | summarize count(), sum(participants), min(name), max(county), count(score) by kind",
          "SELECT kind, count(*), sum(participants), min(name), max(county), count(score) FROM events WHERE year IS \(y1) GROUP BY kind ORDER BY min(rowid)"),
        ("events where county = '\(c)' | summarize avg(score), avg(participants), count_distinct(kind)",
          "SELECT avg(score), avg(participants), count(DISTINCT kind) FROM events WHERE county IS '\(c)'"),
        ("events | summarize sum(participants) as total by county, year | where total > \(q)",
          "SELECT county, year, sum(participants) AS total FROM events GROUP BY county, year HAVING sum(participants) > \(q) ORDER BY min(rowid)"),
        ("events | distinct kind, county | limit 12", "SELECT kind, county FROM events GROUP BY kind, county ORDER BY min(rowid) LIMIT 12"),
        ("events where participants != null | select id, participants * 2 + (year ?? 0), score / 4", "SELECT id, participants * 2 + coalesce(year, 0), score / 4.0 FROM events WHERE participants IS NOT NULL ORDER BY rowid"),
        ("events where participants > 0 | select id, score / participants", "SELECT id, CAST(score AS REAL) / participants FROM events WHERE participants > 0 ORDER BY rowid"),
        ("events | join orgs on organizer = id | count by type", "SELECT o.type, count(*) FROM events e JOIN orgs o ON e.organizer = o.id GROUP BY o.type ORDER BY count(*) DESC, min(e.rowid)"),
        ("events | left join orgs on organizer = id | where type = null | select events.id", "SELECT e.id FROM events e LEFT JOIN orgs o ON e.organizer = o.id WHERE o.type IS NULL ORDER BY e.rowid"),
        ("events | extend participants ?? 0 as p | top \(n) by p | select id, p", "SELECT id, coalesce(participants, 0) AS p FROM events ORDER BY p DESC, rowid LIMIT \(n)"),
        ("events where length(name) > 2 and lower(county) = 'nanyang' | select id, upper(name)", "SELECT id, upper(name) FROM events WHERE length(name) > 2 AND lower(county) IS 'nanyang' ORDER BY rowid"),
        // The list field: any value holds; grouping and expand give one row per value.
        ("events where tags = '\(c)' | select id", "SELECT id FROM events e WHERE EXISTS (SELECT 1 FROM events_tags t WHERE t.event_id = e.id AND t.value = '\(c)') ORDER BY rowid"),
        ("events where tags != '\(c)' | count", "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM events_tags t WHERE t.event_id = e.id AND t.value = '\(c)')"),
        ("events where '\(c)' in tags and year = \(y1) | select id", "SELECT id FROM events e WHERE EXISTS (SELECT 1 FROM events_tags t WHERE t.event_id = e.id AND t.value = '\(c)') AND year IS \(y1) ORDER BY rowid"),
        ("events where tags = null | count", "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM events_tags t WHERE t.event_id = e.id)"),
        ("events where tags < '\(c)' or tags contains 'a' | select id", "SELECT id FROM events e WHERE EXISTS (SELECT 1 FROM events_tags t WHERE t.event_id = e.id AND (t.value < '\(c)' OR instr(t.value, 'a') > 0)) ORDER BY rowid"),
        ("events | count by tags | limit 10", "SELECT t.value, count(*) FROM events e LEFT JOIN events_tags t ON t.event_id = e.id GROUP BY t.value ORDER BY count(*) DESC, min(e.rowid * 10 + coalesce(t.ord, 0)) LIMIT 10"),
        ("events where year = \(y1) | expand tags | select id, tags", "SELECT e.id, t.value FROM events e LEFT JOIN events_tags t ON t.event_id = e.id WHERE e.year IS \(y1) ORDER BY e.rowid, t.ord"),
        ("events | summarize count(), count(tags), count_distinct(tags) by kind", "SELECT e.kind, count(DISTINCT e.id), count(t.value), count(DISTINCT t.value) FROM events e LEFT JOIN events_tags t ON t.event_id = e.id GROUP BY e.kind ORDER BY min(e.rowid)"),
        ("events where participants > \(p) | select id, size(tags)", "SELECT id, (SELECT count(*) FROM events_tags t WHERE t.event_id = e.id) FROM events e WHERE participants > \(p) ORDER BY rowid"),
      ]
    }
    return pairs
  }

  /// sqlite3's `.mode quote` output: 'text' (with '' for '), NULL, integers, reals.
  static func parseQuoted(_ line: Substring) -> [Value] {
    var values: [Value] = []
    var index = line.startIndex
    while index < line.endIndex {
      if line[index] == "'" {
        var text = ""
        index = line.index(after: index)
        while index < line.endIndex {
          if line[index] == "'" {
            let next = line.index(after: index)
            if next < line.endIndex, line[next] == "'" {
              text.append("'")
              index = line.index(after: next)
              continue
            }
            index = next
            break
          }
          text.append(line[index])
          index = line.index(after: index)
        }
        values.append(.text(text))
      } else {
        let end = line[index...].firstIndex(of: ",") ?? line.endIndex
        let token = String(line[index..<end])
        if token == "NULL" {
          values.append(.null)
        } else if let integer = Int64(token) {
          values.append(.integer(integer))
        } else {
          values.append(.decimal(Double(token) ?? .nan))
        }
        index = end
      }
      if index < line.endIndex, line[index] == "," { index = line.index(after: index) }
    }
    return values
  }

  static func same(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.decimal(let x), .decimal(let y)):
      return x == y || abs(x - y) <= 1e-9 * max(abs(x), abs(y), 1)
    case (.decimal(let x), .integer(let y)), (.integer(let y), .decimal(let x)):
      return abs(x - Double(y)) <= 1e-9 * max(abs(x), 1)
    default:
      return a == b
    }
  }

  @Test(.enabled(if: hasSQLite, "sqlite3 is not installed: skipping the differential test (CI installs it)"))
  func kexieAgreesWithSQLite() throws {
    let rows = DifferentialTests.generate(rows: 3000, seed: 2021)
    let events = try DelimitedLoader(input: .bytes(Array(DifferentialTests.csv(rows).utf8)), separator: UInt8(ascii: ",")).load(name: "events").get()
    let orgs = try DelimitedLoader(input: .bytes(Array(DifferentialTests.orgsCSV.utf8)), separator: UInt8(ascii: ",")).load(name: "orgs").get()
    let catalog = Catalog(tables: [events, orgs])
    let queries = DifferentialTests.queries(seed: 42)
    #expect(queries.count >= 300)

    var script = ".mode quote\n" + DifferentialTests.sql(rows)
    for (index, query) in queries.enumerated() { script += ".print ###\(index)\n\(query.1);\n" }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = [":memory:"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = output
    try process.run()
    // Written on another thread while the answers are read here: sqlite3 answers as it reads,
    // so writing everything first would stall once its answers filled the pipe.
    let writing = DispatchGroup()
    let handle = input.fileHandleForWriting
    let bytes = Data(script.utf8)
    DispatchQueue.global().async(group: writing) {
      handle.write(bytes)
      try? handle.close()
    }
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    writing.wait()
    process.waitUntilExit()

    var expected: [Int: [[Value]]] = [:]
    var current = -1
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("###") {
        current = Int(line.dropFirst(3)) ?? -1
        expected[current] = []
      } else if current >= 0, !line.isEmpty {
        expected[current, default: []].append(DifferentialTests.parseQuoted(line))
      }
    }

    var compared = 0
    for (index, query) in queries.enumerated() {
      switch run(query.0, catalog) {
      case .failure(let error):
        Issue.record("kexie failed on \(query.0): \(error.diagnostics)")
      case .success(let actual):
        let want = expected[index] ?? []
        let agrees = actual.count == want.count && zip(actual, want).allSatisfy { a, b in
          a.count == b.count && zip(a, b).allSatisfy { DifferentialTests.same($0, $1) }
        }
        #expect(agrees, "\(query.0)\n  SQL: \(query.1)\n  kexie: \(actual.prefix(5))\n  sqlite: \(want.prefix(5))")
        compared += 1
      }
    }
    #expect(compared == queries.count)
  }
}
