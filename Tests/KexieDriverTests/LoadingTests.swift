import Foundation
import KexieDiagnostics
import KexieTestSupport
import Testing

@testable import KexieDriver

@Suite struct LoadingTests {
  func write(_ text: String, _ name: String) throws -> String {
    let url = try temporaryDirectory().appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  @Test func loadThenQueryWithChineseColumns() throws {
    let path = try write("县,参赛人数\n淅川,120\n南召,80\n", "参赛.csv")
    let (out, err, _) = runScript(".load \(path)\n参赛 | where 参赛人数 > 100 | select 县\n.schema 参赛")
    #expect(err.isEmpty, "\(err)")
    #expect(out.contains(" 淅川\n1 row\n"))
    #expect(out.contains(" 参赛人数  integer  "))
  }

  @Test func loadAsANameAndJoinWithTheReport() throws {
    let path = try write("county,population\n淅川,1\n南召,2\n", "pop.csv")
    let (out, err, _) = runScript(".load \(path) as pop\nevents | join pop on county = county | select name, population")
    #expect(err.isEmpty, "\(err)")
    #expect(out.contains(" 流动科技馆巡展 |          1\n"))
  }

  /// A list field written as CSV, TSV or JSON loads back as a list, and answers the same
  /// questions; links are written as ids, which join back to their set.
  @Test(arguments: ["csv", "tsv", "json", "jsonl"])
  func listsAndLinksSurviveARoundTrip(_ format: String) throws {
    let directory = try temporaryDirectory()
    let path = directory.appendingPathComponent("events.\(format == "tsv" ? "tsv" : format)").path
    let (_, exportErrors, _) = runScript(".mode \(format)\n.once \(path)\nevents | select id, label, county, partners, program, organizer")
    #expect(exportErrors.isEmpty, "\(exportErrors)")
    let (out, err, _) = runScript("""
      .load \(path) as e2
      .schema e2
      e2 where county = "内乡" | select label
      e2 | count by county | limit 1
      e2 | join orgs on organizer = id | where name = "专家志愿服务团" | select label
      e2 where "shiwei" in partners | select label
      """)
    #expect(err.isEmpty, "\(err)")
    #expect(out.contains(" county     list of text "), "\(out)")
    #expect(out.contains(" program    list of text "), "\(out)")
    #expect(out.contains(" 流动科技馆巡展\n1 row\n"), "\(out)")
    #expect(out.contains(" null   |    27\n"), "\(out)")
    #expect(out.contains(" 企业咨询服务\n1 row\n"), "\(out)")
    #expect(out.contains(" 看望慰问科技工作者代表\n1 row\n"), "\(out)")
  }

  @Test func aFailedLoadLeavesEverythingAsItWas() throws {
    let good = try write("a\n1\n", "t.csv")
    let bad = try write("a\n2\n3,4\n", "t2.csv")
    let (out, err, _) = runScript(".bail off\n.load \(good) as t\n.load \(bad) as t\nt | count") { _ in }
    #expect(err.contains("t2.csv:3:3: error[E0601]"))
    #expect(out.contains("     1\n"))
  }

  /// A let runs on the table it was checked against, even after `.load` replaces that table
  /// with one of another shape; the replaced table is dropped once no binding needs it.
  @Test func aLetKeepsTheTableItWasCheckedAgainst() throws {
    let first = try write("a,b\n1,x\n2,y\n", "t1.csv")
    let second = try write("c\n9\n", "t2.csv")
    let (out, err, _) = runScript(".load \(first) as t\nlet old = t | where a > 1\n.load \(second) as t\nold | select b\nt | select c")
    // Replacing a loaded table is said, as rebinding a let is.
    #expect(err.hasPrefix("warning[W0102]: 't' now names the table loaded from \(second), not the one loaded before"), "\(err)")
    #expect(!err.contains("error"), "\(err)")
    #expect(out.contains(" y\n1 row\n"), "\(out)")
    #expect(out.contains(" 9\n1 row\n"), "\(out)")
    let (session, _, _) = makeSession()
    session.run(SourceFile(name: "t", text: ".load \(first) as t\n.load \(second) as t"))
    #expect(session.catalog.retired.isEmpty)
  }

  @Test func entitySetNamesAreTaken() throws {
    let path = try write("a\n1\n", "x.csv")
    #expect(runScript(".load \(path) as events").err.contains("error[E0608]"))
  }

  @Test func loadOnTheCommandLine() throws {
    let path = try write("name,n\n甲,1\n乙,2\n", "cl.csv")
    let run = try kexie(["--load", "\(path)=people2", "-f", "csv", "-c", "people2 | summarize sum(n)"])
    #expect(run.status == 0 && run.out == "sum(n)\n3\n")
    let bad = try write("a\n\"open\n", "bad.csv")
    let failed = try kexie(["--load", bad, "-c", "places | count"])
    #expect(failed.status == 65)
    #expect(failed.err.contains("bad.csv:2:1: error[E0602]"))
    #expect(try kexie(["--load", "/no/such.csv", "-c", "places | count"]).status == 66)
  }
}

@Suite struct ProgressMeterTests {
  @Test func showsOnlyOnATerminalAndOnlyAfterHalfASecond() {
    let start = ContinuousClock.now
    nonisolated(unsafe) var elapsed = Duration.zero
    let clock = { start + elapsed }
    let terminal = TextSink(target: .buffer, isTerminal: true)
    let meter = ProgressMeter(label: "big.csv", sink: terminal, now: clock)
    meter.update(10, 100)
    elapsed = .milliseconds(450)
    meter.update(20, 100)
    #expect(terminal.buffer.isEmpty, "nothing in the first half second")
    elapsed = .milliseconds(550)
    meter.update(45, 100)
    #expect(terminal.buffer == "\r\u{1B}[2Kloading big.csv: 45%")
    meter.finish()
    #expect(terminal.buffer.hasSuffix("\r\u{1B}[2K"))

    let pipe = TextSink.memory()
    let quiet = ProgressMeter(label: "big.csv", sink: pipe, now: clock)
    elapsed = .seconds(2)
    quiet.update(45, 100)
    quiet.finish()
    #expect(pipe.buffer.isEmpty, "never on a pipe")
  }
}
