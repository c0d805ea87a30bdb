import Foundation
import KexieTestSupport
import Testing

@testable import KexieREPL
@testable import KexieDriver

@Suite struct HistoryTests {
  @Test func plainUTF8OneEntryPerLine() throws {
    let path = try temporaryDirectory().appendingPathComponent("h").path
    let history = History(path: path)
    history.add("events where county = \"淅川\"")
    history.add("events |\n  count")
    history.add("events |\n  count")
    history.add("a \\ b")
    let file = try String(contentsOfFile: path, encoding: .utf8)
    #expect(file == "events where county = \"淅川\"\nevents |\\n  count\na \\\\ b\n")
    #expect(History(path: path).entries == ["events where county = \"淅川\"", "events |\n  count", "a \\ b"])
  }

  @Test func tabsAreEscapedAsInTSV() throws {
    let path = try temporaryDirectory().appendingPathComponent("h").path
    History(path: path).add("places\t| count")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "places\\t| count\n")
    #expect(History(path: path).entries == ["places\t| count"])
  }

  @Test func boundedAndCompactedAtomically() throws {
    let path = try temporaryDirectory().appendingPathComponent("h").path
    let history = History(path: path, limit: 10)
    for index in 0..<25 { history.add("query \(index)") }
    #expect(history.entries.count == 10)
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    #expect(lines.count <= 20)
    #expect(lines.last == "query 24")
    #expect(History(path: path, limit: 10).entries.first == "query 15")
  }

  @Test func twoREPLsAtOnceInterleaveWholeEntries() throws {
    let path = try temporaryDirectory().appendingPathComponent("h").path
    // Each "REPL" has its own History (its own file descriptor); they share the file.
    let histories = Unchecked([History(path: path), History(path: path)])
    DispatchQueue.concurrentPerform(iterations: 2) { worker in
      let history = histories.value[worker]
      for index in 0..<200 { history.add("repl \(worker) entry \(index) " + String(repeating: "淅川", count: 50)) }
    }
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == 400)
    #expect(lines.allSatisfy { $0.hasPrefix("repl ") && $0.hasSuffix("淅川") })
  }

  @Test func aMissingOrUnwritableFileIsNotAnError() {
    let history = History(path: "/no/such/dir/history")
    history.add("places | count")
    #expect(history.entries == ["places | count"])
  }

  @Test func defaultPathFollowsTheEnvironment() {
    setenv("KEXIE_HISTORY", "/tmp/kexie-history-test", 1)
    #expect(History.defaultPath() == "/tmp/kexie-history-test")
    unsetenv("KEXIE_HISTORY")
  }
}

/// Hands values that are used by one thread each to concurrent work.
struct Unchecked<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
