import KexieDiagnostics
import Testing

@testable import KexieSyntax

@Suite struct FormatterTests {
  func format(_ text: String) -> String {
    Formatter.format(parse(text).0)
  }

  @Test func canonicalForm() {
    #expect(format("events WHERE county ＝ “淅川” ORDER BY name DESC TAKE 3") == """
      events
      | where county = "淅川"
      | sort by name desc
      | limit 3

      """)
    #expect(format("events where a <> 1 and b == 2 | top 5 by x asc") == "events\n| where a != 1 and b = 2\n| top 5 by x asc\n")
  }

  @Test func parenthesesOnlyWhereNeeded() {
    #expect(format("events where ((a = 1)) and (b or c)") == "events\n| where a = 1 and (b or c)\n")
    #expect(format("events | select (a - (b - c)), ((a - b) - c), a ?? (b ?? c), (a ?? b) ?? c") ==
      "events\n| select a - (b - c), a - b - c, a ?? b ?? c, (a ?? b) ?? c\n")
  }

  @Test func namesThatNeedQuotes() {
    #expect(format("t | select `my col`, 「参赛 人数」, `where`, 参赛人数") == "t\n| select `my col`, `参赛 人数`, `where`, 参赛人数\n")
  }

  /// parse(fmt(q)) == parse(q) and fmt is idempotent, on hand-written queries.
  @Test(arguments: [
    #"events where county = "淅川""#,
    "events | summarize count() as n, sum(participants) by section.title, kind",
    "let x = (events where year = 2021 | select name) \nx | count",
    "events where not (a in (1, 2, 3)) and b not between -1 and 2.5 or c is not null",
    #"events where name matches "^科\\d+" and x ?? 0 > 1e-05 | distinct kind | cite"#,
    "events | left join orgs on organizer = id | select events.name, orgs.name as org",
    ".mode csv\nevents | count by county",
  ])
  func roundTrips(query: String) {
    let once = format(query)
    #expect(shape(once) == shape(query))
    #expect(format(once) == once)
    #expect(parse(once).1.filter(\.isError).isEmpty)
  }

  /// The same property on generated queries.
  @Test func roundTripsOnGeneratedQueries() {
    var generator = QueryGenerator(seed: 2021)
    for _ in 0..<500 {
      let query = generator.query()
      let (_, diagnostics) = parse(query)
      guard !diagnostics.hasErrors else {
        Issue.record("generated query does not parse: \(query)\n\(diagnostics)")
        continue
      }
      let once = format(query)
      #expect(shape(once) == shape(query), "\(query)\n--- formatted ---\n\(once)")
      #expect(format(once) == once)
    }
  }
}

/// Generates random valid queries from the grammar.
struct QueryGenerator {
  var random: SeededGenerator

  init(seed: UInt64) { random = SeededGenerator(seed: seed) }

  mutating func pick<T>(_ options: [T]) -> T { options[Int(random.next() % UInt64(options.count))] }
  mutating func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }

  mutating func query() -> String {
    var text = pick(["events", "orgs", "`my table`", "表格"])
    for _ in 0..<Int(random.next() % 4) {
      text += pick([" | ", " ", "\n| "]) + clause()
    }
    return text
  }

  mutating func clause() -> String {
    switch random.next() % 9 {
    case 0: return "where " + expression(depth: 0)
    case 1: return "select " + items()
    case 2: return "extend " + expression(depth: 1) + " as " + alias()
    case 3: return pick(["sort", "order"]) + " by " + expression(depth: 2) + pick(["", " asc", " desc"])
    case 4: return pick(["limit", "take"]) + " \(random.next() % 100)"
    case 5: return "top \(random.next() % 10) by " + expression(depth: 2)
    case 6: return "count" + (chance(50) ? " by " + items() : "")
    case 7: return "summarize count() as n, sum(" + name() + ")" + (chance(50) ? " by " + items() : "")
    default: return "distinct " + items()
    }
  }

  mutating func items() -> String {
    (0...Int(random.next() % 2)).map { _ in expression(depth: 2) + (chance(30) ? " as " + alias() : "") }.joined(separator: ", ")
  }

  mutating func name() -> String {
    pick(["county", "name", "participants", "organizer.kind", "参赛人数", "`a b`", "x1", "`count`"])
  }

  mutating func alias() -> String {
    pick(["n", "总数", "`a b`", "`count`", "x1"])
  }

  mutating func literal() -> String {
    pick(["1", "0", "-3", "2.5", "58.7万", "35%", "1e6", "\"淅川\"", "'a\\'b'", "“南召”", "true", "false", "null", "\"\\n\""])
  }

  mutating func expression(depth: Int) -> String {
    if depth > 3 { return chance(50) ? name() : literal() }
    switch random.next() % 12 {
    case 0: return expression(depth: depth + 1) + pick([" and ", " or "]) + expression(depth: depth + 1)
    case 1: return "not " + expression(depth: depth + 1)
    case 2: return operand(depth) + pick([" = ", " != ", " < ", " >= ", " == ", " <> "]) + operand(depth)
    case 3: return operand(depth) + pick([" + ", " - ", " * ", " / ", " ?? "]) + operand(depth)
    case 4: return "(" + expression(depth: depth + 1) + ")"
    case 5: return operand(depth) + pick([" in (", " not in ("]) + literal() + pick(["", ", " + literal()]) + ")"
    case 6: return operand(depth) + pick([" is null", " is not null"])
    case 7: return operand(depth) + pick([" contains ", " not startswith ", " endswith ", " matches "]) + operand(depth)
    case 8: return operand(depth) + pick([" between ", " not between "]) + operand(depth) + " and " + operand(depth)
    case 9: return pick(["length(", "lower(", "coalesce(", "count("]) + expression(depth: depth + 1) + ")"
    case 10: return "-" + operand(depth)
    default: return chance(50) ? name() : literal()
    }
  }

  mutating func operand(_ depth: Int) -> String {
    chance(70) ? (chance(50) ? name() : literal()) : "(" + expression(depth: depth + 1) + ")"
  }
}
