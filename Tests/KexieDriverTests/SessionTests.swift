import Foundation
import KexieDiagnostics
import KexieTestSupport
import Testing

@testable import KexieDriver

@Suite struct SessionTests {
  @Test func scriptsRunStatementByStatement() {
    let (out, err, result) = runScript("places | count\nsections | select title | limit 1")
    #expect(out == " count\n-------\n     9\n1 row\n title\n----------\n 凝心聚力\n1 row\n")
    #expect(err.isEmpty && result.errors == 0)
  }

  @Test func aSyntaxErrorAnywhereRunsNothingWhenBailing() {
    let (out, err, result) = runScript("places | count\nevents | limit x\nsections | count")
    #expect(out.isEmpty)
    #expect(err.contains("t.kx:2:16: error[E0301]"))
    #expect(result.stopped)
  }

  @Test func keepGoingRunsWhatItCan() {
    let (out, _, result) = runScript("places | count\nevents where countyy = 1\nsections | count") { $0.settings.bail = false }
    #expect(out.contains("9") && out.contains("4"))
    #expect(result.errors == 1 && !result.stopped)
  }

  @Test func bailStopsAtTheFirstError() {
    let (out, err, result) = runScript("places | count\nevents where countyy = 1\nsections | count")
    #expect(out.contains("9") && !out.contains(" 4\n"))
    #expect(err.contains("t.kx:2:14: error[E0203]"))
    #expect(result.stopped)
  }

  @Test func echoPrintsEachStatement() {
    let (out, _, _) = runScript("places | count") { $0.settings.echo = true }
    #expect(out.hasPrefix("places | count\n count\n"))
  }

  @Test func tokenizerNotesAreShownOnce() {
    let (_, err, _) = runScript("events where county = “淅川” | count\nevents where county = “南召” | count")
    #expect(err.components(separatedBy: "note[N0101]").count == 2)
  }

  @Test func errorFormatJSON() throws {
    let (_, err, _) = runScript("events where countyy = 1") { $0.settings.errorFormat = .json }
    let object = try JSONSerialization.jsonObject(with: Data(err.utf8)) as? [String: Any]
    #expect(object?["code"] as? String == "E0203")
    #expect(object?["line"] as? Int == 1 && object?["column"] as? Int == 14)
  }
}

@Suite struct DotCommandTests {
  @Test func helpDrivesFromTheTables() {
    let (out, _, _) = runScript(".help")
    for command in Session.commands { #expect(out.contains(".\(command.name)")) }
    #expect(runScript(".help where").out.hasPrefix("where CONDITION"))
    #expect(runScript(".help functions").out.contains("count_distinct(x)"))
    #expect(runScript(".help E0203").out.hasPrefix("E0203: the current rows have no field of this name"))
    #expect(runScript(".help length").out.hasPrefix("length(text) → integer"))
    #expect(runScript(".help timer").out.hasPrefix(".timer on|off"))
    #expect(runScript(".help nonsense").err.contains("no help on 'nonsense'"))
  }

  @Test func setsAndSchema() {
    let sets = runScript(".sets").out
    // What kexie says about itself is aligned text whatever the mode: names whole, no rules.
    #expect(sets.contains(" events    活动        29  every activity held or taken part in during 2021, one record each\n"), "\(sets)")
    #expect(sets.contains(" mentions  提及         5  "), "\(sets)")
    #expect(runScript(".mode json\n.sets").out == sets)
    let schema = runScript(".schema events").out
    #expect(schema.contains("organizer"))
    #expect(schema.contains("→ orgs"))
    #expect(schema.contains("source (hidden)"))
    #expect(runScript("let x = events | select name\n.schema x").out.contains("let x = events | select name"))
    #expect(runScript(".schema evnts").err.contains("did you mean 'events'?"))
  }

  @Test func modesAndSettings() {
    #expect(runScript(".mode csv\nplaces | select short | limit 2").out == "short\n南阳\n淅川\n")
    #expect(runScript(".mode jsn").err.contains("did you mean 'json'?"))
    #expect(runScript(".nullvalue -\n.mode table\nevents | select participants | limit 1").out.contains(" -\n"))
    #expect(runScript(".maxrows 2\nevents | select id").out.contains("29 rows (2 shown)"))
    #expect(runScript(".timer on\nplaces | count").out.contains("time: "))
    #expect(runScript(".timer maybe").err.contains("expected 'on' or 'off', found 'maybe'"))
  }

  @Test func uniquePrefixesRunCommands() {
    #expect(runScript(".ti on\n.ti").out == "timer: on\n")
    #expect(runScript(".s").err.contains("'.s' is ambiguous"))
    #expect(runScript(".tiemr on").err.contains("did you mean '.timer'?"))
  }

  @Test func outputAndOnceWriteFiles() throws {
    let directory = try temporaryDirectory()
    let all = directory.appendingPathComponent("all.txt").path
    let one = directory.appendingPathComponent("one.csv").path
    let (out, _, _) = runScript(".output \(all)\nplaces | count\n.output stdout\n.mode csv\n.once \(one)\nsections | select ordinal\nplaces | count")
    #expect(try String(contentsOfFile: all, encoding: .utf8) == " count\n-------\n     9\n1 row\n")
    #expect(try String(contentsOfFile: one, encoding: .utf8) == "ordinal\n1\n2\n3\n4\n")
    #expect(out == "count\n9\n")
    #expect(runScript(".output /no/such/dir/x").err.contains("cannot write"))
  }

  @Test func readRunsAScriptWithItsName() throws {
    let directory = try temporaryDirectory()
    let script = directory.appendingPathComponent("inner.kx")
    try "places | count\nevents where nope = 1\n".write(to: script, atomically: true, encoding: .utf8)
    let (out, err, _) = runScript(".read \(script.path)")
    #expect(out.contains("9"))
    #expect(err.contains("inner.kx:2:14: error[E0203]"))
    #expect(runScript(".read /no/such.kx").err.contains("cannot read '/no/such.kx'"))
  }

  @Test func letsAndLast() {
    #expect(runScript("let big = figures where value > 100000\n.lets").out.contains("big"))
    let last = runScript(".maxrows 1\nevents | select id\n.last").out
    #expect(last.contains("29 rows (1 shown)"))
    #expect(last.contains("qingshaonian-chuangxin-dasai"))
    #expect(runScript(".last").err.contains("no query has run yet"))
  }

  @Test func teachingViews() {
    #expect(runScript(".tokens events where county ＝ 58.7万").out.contains("58.7万 → 587000"))
    #expect(runScript(".ast events | count").out == "script\n  query @1:1\n    source events @1:1\n    count @1:10\n")
    #expect(runScript(".plan events where organizer.kind = '学会'").out.contains("follow link to orgs.kind : text"))
    #expect(runScript(".fmt events where a == 1 order by b").out == "events\n| where a = 1\n| sort by b\n")
    #expect(runScript(".explain events where county = '淅川' | count").out.contains("  where county = '淅川'  "))
    #expect(runScript(".source events liudong-kejiguan-xunzhan").out.contains("在【淅川】、【南召】"))
    #expect(runScript(".source events nope").err.contains("events has no record 'nope'"))
    // Each step numbered with its clause as written; the last step's rows are the result,
    // shown once; a sort run with its limit says so; a preview says how many rows it shows.
    let steps = runScript(".steps on\nevents where county = '淅川' | where year = 2021 | select name").out
    #expect(steps.contains("-- step 1: where county = '淅川' → 1 row\n"))
    #expect(steps.contains("-- step 2: where year = 2021 → 1 row\n"))
    #expect(!steps.contains("-- step 3"))
    #expect(steps.components(separatedBy: "流动科技馆巡展").count - 1 == 2 * 2 + 1)  // name and label in two previews, the result
    let sorted = runScript(".steps on\nevents | sort by name desc | limit 2 | select label").out
    #expect(sorted.contains("-- step 1: sort by name desc (run with the limit after it, as a top-n: the rows are the limit's) → 2 rows"))
    let many = runScript(".steps on\nevents where year = 2021 | count").out
    #expect(many.contains("(5 of 29 rows shown)"))
    #expect(runScript(".explain events | sort by name desc | limit 2").out.contains(" sort by name desc (with the limit: a top-n) "))
  }
}
