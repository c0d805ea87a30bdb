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

  @Test func aMissingOrUnwritableFileIsSaidOnceNotSilentlyOff() {
    let history = History(path: "/no/such/dir/history")
    history.add("places | count")
    history.add("events | count")
    #expect(history.entries == ["places | count", "events | count"])
    let problem = history.takeProblem()
    #expect(problem?.en.hasPrefix("the history is not saved: /no/such/dir/history:") == true)
    #expect(problem?.zh.hasPrefix("历史记录没有保存：/no/such/dir/history：没有这个文件或目录") == true)
    #expect(history.takeProblem() == nil)
  }

  /// Four REPLs compacting at once lose nothing: the lock is on a file that compaction never
  /// replaces, taken before the history is opened (1–2 entries in 600 were lost).
  @Test func fourREPLsCompactingAtOnceLoseNothing() throws {
    let path = try temporaryDirectory().appendingPathComponent("h").path
    let histories = Unchecked((0..<4).map { _ in History(path: path, limit: 1_000) })
    DispatchQueue.concurrentPerform(iterations: 4) { worker in
      let history = histories.value[worker]
      for index in 0..<600 { history.add("repl \(worker) entry \(index)") }
    }
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    // 2,400 entries, compacted to the last 1,000 whenever the file passed 2,000 lines: nothing
    // cut or glued, no entry twice, and for each REPL what is left of its entries is an
    // unbroken run up to its last (a lost entry is a hole in that run).
    #expect(lines.count >= 1_000 && lines.count <= 2_000, "\(lines.count) lines")
    #expect(lines.allSatisfy { $0.hasPrefix("repl ") && $0.split(separator: " ").count == 4 }, "a line was cut or glued")
    #expect(Set(lines).count == lines.count, "an entry is there twice")
    for worker in 0..<4 {
      let numbers = lines.filter { $0.hasPrefix("repl \(worker) ") }.compactMap { $0.split(separator: " ").last.flatMap { Int($0) } }
      guard let first = numbers.first else { continue }
      #expect(numbers == Array(first..<(first + numbers.count)), "REPL \(worker) lost entries: \(numbers.count) kept from \(first)")
      #expect(numbers.last == 599 || numbers.isEmpty)
    }
  }

  @Test func compactionNeverFollowsAPlantedSymlink() throws {
    let directory = try temporaryDirectory()
    let path = directory.appendingPathComponent("h").path
    let victim = directory.appendingPathComponent("victim").path
    try "precious\n".write(toFile: victim, atomically: true, encoding: .utf8)
    // The names the old compaction wrote to, planted as links to another file.
    for pid in [getpid(), getpid() + 1] {
      try? FileManager.default.createSymbolicLink(atPath: path + ".tmp.\(pid)", withDestinationPath: victim)
    }
    let history = History(path: path, limit: 5)
    for index in 0..<30 { history.add("q \(index)") }
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
    #expect(History(path: path, limit: 5).entries.last == "q 29")
  }

  @Test func aSymlinkedHistoryStaysALink() throws {
    let directory = try temporaryDirectory()
    let target = directory.appendingPathComponent("real-history").path
    let link = directory.appendingPathComponent("h").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    let history = History(path: link, limit: 5)
    for index in 0..<30 { history.add("q \(index)") }
    let attributes = try FileManager.default.attributesOfItem(atPath: link)
    #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
    #expect(History(path: target, limit: 5).entries.last == "q 29")
  }

  @Test func anEntryAfterAFileWithoutItsLastNewlineIsNotGlued() throws {
    let path = try temporaryDirectory().appendingPathComponent("h").path
    try "places | count".write(toFile: path, atomically: true, encoding: .utf8)
    History(path: path).add("events | count")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "places | count\nevents | count\n")
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
