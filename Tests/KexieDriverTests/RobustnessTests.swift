import Foundation
import KexieData
import KexieDiagnostics
import KexieTestSupport
import Testing

@testable import KexieDriver

/// No query can crash the checker or the executor: random queries over the real sets, fields
/// and values (right and wrong types, nulls, paths, aggregates) run through a whole session.
/// Each must end in a result or in diagnostics.
@Suite struct EndToEndRobustnessTests {
  struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return state >> 33
    }
    mutating func pick<T>(_ options: [T]) -> T { options[Int(next() % UInt64(options.count))] }
    mutating func chance(_ percent: UInt64) -> Bool { next() % 100 < percent }
  }

  static let sets = ["events", "orgs", "people", "places", "programs", "figures", "sections", "contacts"]
  static let fields = [
    "id", "name", "kind", "county", "year", "participants", "sessions", "organizer.name", "organizer.kind",
    "section.title", "value", "unit", "rank", "short", "pinyin", "level", "role", "org.name", "parent.name",
    "source", "offset", "nope", "event.name", "title", "ordinal", "count",
  ]
  static let literals = ["1", "0", "-1", "2021", "58.7万", "35%", "1e6", "\"淅川\"", "\"\"", "null", "true", "9223372036854775807", "\"科普\"", "0.5"]

  static func expression(_ random: inout Random, depth: Int = 0) -> String {
    if depth > 2 || random.chance(30) { return random.chance(60) ? random.pick(fields) : random.pick(literals) }
    switch random.next() % 9 {
    case 0: return expression(&random, depth: depth + 1) + random.pick([" and ", " or "]) + expression(&random, depth: depth + 1)
    case 1: return "not " + expression(&random, depth: depth + 1)
    case 2: return expression(&random, depth: depth + 1) + random.pick([" = ", " != ", " < ", " >= "]) + expression(&random, depth: depth + 1)
    case 3: return expression(&random, depth: depth + 1) + random.pick([" + ", " - ", " * ", " / ", " ?? "]) + expression(&random, depth: depth + 1)
    case 4: return random.pick(fields) + random.pick([" contains ", " matches ", " startswith "]) + random.pick(literals)
    case 5: return random.pick(fields) + " in (" + random.pick(literals) + ", " + random.pick(literals) + ")"
    case 6: return random.pick(fields) + random.pick([" is null", " is not null"])
    case 7: return random.pick(["length(", "upper(", "round(", "abs(", "coalesce(", "to_int(", "substr("]) + expression(&random, depth: depth + 1) + ")"
    default: return random.pick(fields) + " between " + random.pick(literals) + " and " + random.pick(literals)
    }
  }

  static func clause(_ random: inout Random) -> String {
    switch random.next() % 11 {
    case 0, 1: return "where " + expression(&random)
    case 2: return "select " + expression(&random) + (random.chance(50) ? " as x" : "") + ", " + random.pick(fields)
    case 3: return "extend " + expression(&random) + " as y"
    case 4: return "sort by " + random.pick(fields) + random.pick(["", " desc"])
    case 5: return "top \(random.next() % 5) by " + expression(&random)
    case 6: return "count" + (random.chance(50) ? " by " + random.pick(fields) : "")
    case 7: return "summarize " + random.pick(["count()", "sum(value)", "avg(participants)", "min(name)", "max(year)", "count_distinct(kind)"]) + (random.chance(50) ? " by " + random.pick(fields) : "")
    case 8: return "distinct " + random.pick(fields)
    case 9: return "join " + random.pick(sets) + " on " + random.pick(fields) + " = " + random.pick(["id", "name", "short"])
    default: return random.pick(["limit 3", "cite", "take 0", "left join orgs on organizer = id"])
    }
  }

  @Test func randomQueriesEndInResultsOrDiagnostics() {
    var random = Random(state: 7)
    let (session, output, errors) = makeSession()
    session.settings.bail = false
    var answered = 0
    for _ in 0..<5_000 {
      var query = random.pick(EndToEndRobustnessTests.sets)
      for _ in 0..<Int(random.next() % 4) { query += " | " + EndToEndRobustnessTests.clause(&random) }
      let before = (output.buffer.utf8.count, errors.buffer.utf8.count)
      session.run(SourceFile(name: "fuzz", text: query))
      let produced = output.buffer.utf8.count > before.0 || errors.buffer.utf8.count > before.1
      #expect(produced, "no result and no diagnostic for: \(query)")
      if output.buffer.utf8.count > before.0 { answered += 1 }
    }
    // Plenty of the random queries are well formed and run.
    #expect(answered > 1_000)
  }
}

/// What one input can make kexie print is bounded: a run of one wrong character is one error,
/// an input shows at most `Limits.diagnosticsShown` messages and counts the rest, and a long
/// line is shown around its caret (16,000 '@' printed 386 MB of errors in 16 s).
@Suite struct DiagnosticBoundsTests {
  @Test func aRunOfOneWrongCharacterIsOneError() {
    let (_, err, result) = runScript("events where " + String(repeating: "@", count: 16_000) + "\n")
    #expect(result.errors == 1)
    #expect(err.contains("unexpected character '@' (16000 in a row)"))
    #expect(err.utf8.count < 4_000, "\(err.utf8.count) bytes of diagnostics")
  }

  @Test func anInputShowsAtMostTwentyMessages() {
    let script = (0..<45).map { "events where nosuch\($0) = 1" }.joined(separator: "\n") + "\n"
    let (_, err, _) = runScript(script) { $0.settings.bail = false }
    #expect(err.components(separatedBy: "error[E0203]").count - 1 == Limits.diagnosticsShown.value)
    #expect(err.hasSuffix("… and 25 more messages (the first 20 are shown)\n"))
  }

  @Test func tableHeadersFromAFileCannotControlTheTerminal() throws {
    let directory = try temporaryDirectory()
    let file = directory.appendingPathComponent("ctl.csv")
    try "\u{1B}]0;pwned\u{07}\u{1B}[2J,b\n1,2\n".write(to: file, atomically: true, encoding: .utf8)
    let (out, err, _) = runScript(".load \(file.path) as ctl\nctl\n.schema ctl\n")
    #expect(err == "")
    #expect(!out.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    #expect(out.contains("?]0;pwned??[2J | b"))
  }
}

/// Queries as large as kexie runs, and one step past: each limit is an error with its code,
/// never a crash (7,000 lets built on each other crashed; 10,000 extends took 10 GB).
@Suite struct QueryLimitTests {
  @Test func letsBuiltOnLetsStopAtTheDepthLimit() {
    var script = "let q0 = events\n"
    for level in 1..<Limits.queryDepth.value { script += "let q\(level) = q\(level - 1) | where year = 2021\n" }
    let deepest = Limits.queryDepth.value - 1
    let (out, err, _) = runScript(script + "q\(deepest) | count\n")
    #expect(err == "")
    #expect(out.contains("    29\n"))
    let (_, tooDeep, result) = runScript(script + "let q\(deepest + 1) = q\(deepest) | where year = 2021\nq\(deepest + 1) | count\n")
    #expect(result.errors == 1)
    #expect(tooDeep.contains("error[E0310]"))
  }

  @Test func aQueryStopsAtTheClauseLimit() {
    let clauses = (0..<Limits.clauses.value).map { "extend participants as c\($0)" }
    let (_, err, _) = runScript("events | " + clauses.joined(separator: " | ") + " | count\n")
    #expect(err.contains("error[E0309]: this query has \(Limits.clauses.value + 1) clauses"))
    let (out, fine, _) = runScript("events | " + clauses.dropFirst(2).joined(separator: " | ") + " | count\n")
    #expect(fine == "")
    #expect(out.contains("    29\n"))
  }

  @Test func manyLetNamesAreLookedUpNotSearched() {
    // 20,000 distinct names: each a dictionary look-up (a linear search made this 80 s).
    var script = ""
    for index in 0..<20_000 { script += "let n\(index) = places\n" }
    let (out, err, _) = runScript(script + "n19999 | count\n")
    #expect(err == "")
    #expect(out.contains("     9\n"))
  }
}

/// Ctrl-C stops the whole input it is pressed in, a `.read` of a long script included, and
/// says so once, at the statement it stopped (three presses did not stop a `.read` before:
/// each query forgot the press).
@Suite struct CancellingAReadTests {
  @Test func ctrlCStopsALongRead() throws {
    let directory = try temporaryDirectory()
    let script = directory.appendingPathComponent("long.kx")
    try String(repeating: "places where level = \"县\" | count\n", count: 50_000).write(to: script, atomically: true, encoding: .utf8)
    let (session, output, errors) = makeSession()
    let cancellation = session.cancellation
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { cancellation.cancel() }
    let result = session.run(SourceFile(name: "t.kx", text: ".read \(script.path)\n"))
    #expect(result.errors >= 1)
    let answered = output.buffer.components(separatedBy: "1 row").count - 1
    #expect(answered < 50_000, "the .read ran to its end")
    #expect(errors.buffer.components(separatedBy: "error[E0504]").count - 1 == 1, "\(errors.buffer.prefix(500))")
    #expect(errors.buffer.contains("long.kx:"), "the cancel is placed in the script it stopped")
    // The next input starts afresh.
    let next = session.run(SourceFile(name: "t.kx", text: "places | count\n"))
    #expect(next.errors == 0)
  }
}
