import KexieDiagnostics
import KexieTestSupport
import Testing

@testable import KexieREPL
@testable import KexieDriver

/// The REPL driven through the plain line reader: the whole screen is compared.
@Suite struct TranscriptTests {
  func transcript(_ lines: [String]) -> (String, String) {
    let (session, output, errors) = makeSession()
    let reader = PlainLineReader(lines: lines, output: output)
    REPL(session: session, reader: reader, history: History(path: nil)).run(banner: false)
    return (output.buffer, errors.buffer)
  }

  @Test func aShortSession() {
    let (screen, errors) = transcript([
      "places | count",
      "events where county = \"淅川\" |",
      "  select name, kind",
      "sections |",
      "  select title",
      "  | limit 1",
      "events where countyy = 1",
      ".quit",
    ])
    #expect(screen == """
      kexie> places | count
       count
      -------
           9
      1 row
      kexie> events where county = "淅川" |
      kexie|>   select name, kind
       name           | kind
      ----------------+------
       流动科技馆巡展 | 展览
      1 row
      kexie> sections |
      kexie|>   select title
       title
      ----------
       凝心聚力
       创新机制
       汇聚资源
       宣传普及
      4 rows
      kexie>   | limit 1
      kexie> events where countyy = 1
      kexie> .quit

      """)
    #expect(errors.contains("error[E0307]: a statement cannot start with '|'"))
    #expect(errors.contains("1:14: error[E0203]: unknown field 'countyy' in events\n"))
  }

  @Test func continuationWhileBracketsOrStringsAreOpen() {
    let (screen, _) = transcript(["events where (county = \"淅川\"", "  or county = \"南召\") | count", "places | select \"多行", "字符串\" as s | limit 1"])
    #expect(screen.contains("kexie> events where (county = \"淅川\"\nkexie(>   or county = \"南召\") | count\n count\n-------\n     1\n"))
    #expect(screen.contains("kexie> places | select \"多行\nkexie\"> 字符串\""))
    #expect(screen.contains(" 多行\\n字符串"))
  }

  @Test func ctrlCClearsThePendingStatementAndNeverExits() {
    let (screen, _) = transcript(["events |", "\u{03}", "places | count"])
    #expect(screen.contains("kexie> events |\nkexie|> ^C\nkexie> places | count\n count"))
  }

  @Test func anEmptyLineWhileContinuingSaysWhatIsOpen() {
    let (_, errors) = transcript(["events where (county = \"淅川\"", "", ")", "places | select \"a", "", "b\" as s"])
    #expect(errors.contains("a bracket is still open: close it with ), or press Ctrl-C to discard the statement"))
    #expect(errors.contains("still inside a string opened with \": close it with \", or press Ctrl-C"))
  }

  @Test func ctrlDOnAnEmptyLineLeaves() {
    let (screen, _) = transcript([])
    #expect(screen == "kexie> \n")
  }

  @Test func aStatementIsOneHistoryEntry() throws {
    let directory = try temporaryDirectory()
    let path = directory.appendingPathComponent("history").path
    let (session, output, _) = makeSession()
    let history = History(path: path)
    let reader = PlainLineReader(lines: ["events |", "  count", "places | count", "places | count"], output: output)
    REPL(session: session, reader: reader, history: history).run(banner: false)
    #expect(history.entries == ["events |\n  count", "places | count"])
    #expect(History(path: path).entries == ["events |\n  count", "places | count"])
  }
}
