import Foundation
import KexieDiagnostics
import KexieTestSupport
import Testing

/// The REPL on a real terminal, driven through tmux as a person would (send-keys,
/// capture-pane). Skipped with a message where tmux is missing; CI installs it.
@Suite(.serialized) struct TerminalTests {
  static let hasTmux = FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")

  final class Screen {
    let name = "kexie-test-\(UUID().uuidString.prefix(8))"
    let home: URL
    let width: Int
    let height: Int

    init(home: URL? = nil, width: Int = 120, height: Int = 40) throws {
      self.home = try home ?? temporaryDirectory()
      self.width = width
      self.height = height
      try start()
    }

    func start() throws {
      let command = "env -i HOME=\(home.path) PATH=/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8 KEXIE_HISTORY=\(home.path)/history \(Repository.binary.path)"
      try Screen.tmux(["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), command])
      try wait(for: "kexie>")  // capture-pane drops trailing spaces
    }

    /// The tmux socket: one per test run, so tests never touch a person's tmux sessions and
    /// every run starts its own server (a server left from an earlier run once hid a hang that
    /// only a fresh machine showed; see Spawn).
    static let socket = "kexie-tests-\(ProcessInfo.processInfo.processIdentifier)"

    /// Runs tmux through Spawn, not Process: the first command starts the tmux server, which
    /// must inherit nothing of ours. Only capture-pane's output is read.
    @discardableResult
    static func tmux(_ arguments: [String]) throws -> String {
      try Spawn.run("/usr/bin/tmux", ["-L", socket] + arguments, capture: arguments.first == "capture-pane").output
    }

    func keys(_ keys: String...) throws { try Screen.tmux(["send-keys", "-t", name] + keys) }
    func type(_ text: String) throws { try Screen.tmux(["send-keys", "-t", name, "-l", text]) }
    func capture() throws -> String { try Screen.tmux(["capture-pane", "-p", "-t", name]) }

    /// Waits (up to 10 s) until the screen contains `text`; the time is a limit, not a check.
    @discardableResult
    func wait(for text: String, timeout: Double = 10) throws -> String {
      try wait(until: { $0.contains(text) }, "the screen never showed \(text.debugDescription)", timeout: timeout)
    }

    /// Waits (up to 10 s) until `done` holds for the screen, and records `failure` if it never does.
    @discardableResult
    func wait(until done: (String) -> Bool, _ failure: String, timeout: Double = 10) throws -> String {
      let deadline = Date().addingTimeInterval(timeout)
      var screen = ""
      while Date() < deadline {
        screen = try capture()
        if done(screen) { return screen }
        Thread.sleep(forTimeInterval: 0.05)
      }
      Issue.record("\(failure):\n\(screen)")
      return screen
    }

    /// The line of the screen that holds the cursor's prompt, trimmed.
    func lastPromptLine() throws -> String {
      try capture().split(separator: "\n").last { $0.hasPrefix("kexie> ") }.map(String.init) ?? ""
    }

    func sessionAlive() -> Bool {
      (try? Spawn.run("/usr/bin/tmux", ["-L", Screen.socket, "has-session", "-t", name]).status) == 0
    }

    /// Waits (up to 5 s) for kexie to leave, which ends the tmux session; true if it did.
    func waitForExit() -> Bool {
      let deadline = Date().addingTimeInterval(5)
      while sessionAlive() && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
      return !sessionAlive()
    }

    func stop() { _ = try? Screen.tmux(["kill-session", "-t", name]) }
  }

  @Test(.enabled(if: hasTmux, "tmux is not installed: skipping real-terminal tests"))
  func typingAQueryShowsTheTable() throws {
    let screen = try Screen()
    defer { screen.stop() }
    try screen.type("places | where level = \"县\" | count")
    try screen.keys("Enter")
    let shown = try screen.wait(for: "1 row")
    #expect(shown.contains("     6"))
  }

  @Test(.enabled(if: hasTmux, "tmux is not installed: skipping real-terminal tests"))
  func anEightyColumnTerminalGetsWholeLines() throws {
    let screen = try Screen(width: 80)
    defer { screen.stop() }
    try screen.type("events where contry = 1")
    try screen.keys("Enter")
    let shown = try screen.wait(for: "did you mean 'county'?")
    let lines = shown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // The banner is two lines of its own, not one line broken by the terminal.
    #expect(lines.first?.hasPrefix("kexie ") == true)
    #expect(lines.dropFirst().first?.hasPrefix("Enter .help") == true)
    // The list of fields wraps at a comma, under the note's text, not mid-word.
    guard let note = lines.firstIndex(where: { $0.hasPrefix("  = events has: ") }), note + 1 < lines.count else {
      Issue.record("no field list in:\n\(shown)")
      return
    }
    #expect(lines[note].hasSuffix(","))
    #expect(lines[note + 1].hasPrefix("    ") && !lines[note + 1].hasPrefix("     "))
  }

  @Test(.enabled(if: hasTmux, "tmux is not installed: skipping real-terminal tests"))
  func tabCompletesASetAFieldAndAChineseValue() throws {
    let screen = try Screen()
    defer { screen.stop() }
    try screen.type("eve")
    try screen.keys("Tab")
    try screen.wait(for: "kexie> events")
    try screen.type("where cou")
    try screen.keys("Tab")
    try screen.wait(for: "kexie> events where county")
    try screen.type("= \"淅")
    try screen.keys("Tab")
    try screen.wait(for: "kexie> events where county = \"淅川\"")
    #expect(try screen.lastPromptLine() == "kexie> events where county = \"淅川\"")
    try screen.type("| select name")
    try screen.keys("Enter")
    let shown = try screen.wait(for: "1 row")
    #expect(shown.contains("流动科技馆巡展"))
  }

  @Test(.enabled(if: hasTmux, "tmux is not installed: skipping real-terminal tests"))
  func historySurvivesARestart() throws {
    let home = try temporaryDirectory()
    let first = try Screen(home: home)
    try first.type("sections | select title | limit 1")
    try first.keys("Enter")
    try first.wait(for: "凝心聚力")
    try first.keys("C-d")
    #expect(first.waitForExit(), "Ctrl-D should leave kexie (and write the history)")
    first.stop()
    let second = try Screen(home: home)
    defer { second.stop() }
    try second.keys("Up")
    try second.wait(for: "kexie> sections | select title | limit 1")
    try second.keys("Enter")
    try second.wait(for: "凝心聚力")
  }

  @Test(.enabled(if: hasTmux, "tmux is not installed: skipping real-terminal tests"))
  func ctrlCClearsTheLineAndCtrlDLeaves() throws {
    let screen = try Screen()
    defer { screen.stop() }
    try screen.type("events where this is not finished")
    try screen.keys("C-c")
    try screen.wait(for: "^C")
    try screen.type("places | count")
    try screen.keys("Enter")
    try screen.wait(for: "     9")
    #expect(screen.sessionAlive())
    try screen.keys("C-d")
    #expect(screen.waitForExit(), "Ctrl-D on an empty line should leave kexie")
  }

  @Test(.enabled(if: hasTmux, "tmux is not installed: skipping real-terminal tests"))
  func aChineseStringIsEditedByCharacter() throws {
    let screen = try Screen()
    defer { screen.stop() }
    // Type "南阳县", move left over the quote and 县 (one key each), delete 阳, type 召.
    try screen.type("places | where name = \"南阳县\"")
    try screen.keys("Left", "Left", "BSpace")
    try screen.type("召")
    try screen.wait(for: "kexie> places | where name = \"南召县\"")
    try screen.keys("End")
    try screen.type(" | select pinyin")
    try screen.keys("Enter")
    let shown = try screen.wait(for: "1 row")
    #expect(shown.contains("Nanzhao"))
  }

  @Test(.enabled(if: hasTmux, "tmux is not installed: skipping real-terminal tests"))
  func ctrlRSearchesHistory() throws {
    let screen = try Screen()
    defer { screen.stop() }
    try screen.type("sections | count")
    try screen.keys("Enter")
    try screen.wait(for: "     4")
    try screen.type("places | count")
    try screen.keys("Enter")
    try screen.wait(for: "     9")
    try screen.keys("C-r")
    try screen.type("sect")
    try screen.wait(for: "sections | count")
    try screen.keys("Enter")
    // The count of sections shows twice: typed, then found again with Ctrl-R.
    try screen.wait(until: { $0.components(separatedBy: "     4").count >= 3 }, "Ctrl-R did not run the found line")
  }

  @Test(.enabled(if: hasTmux, "tmux is not installed: skipping real-terminal tests"))
  func ctrlCCancelsARunningQuery() throws {
    let home = try temporaryDirectory()
    let data = home.appendingPathComponent("slow.csv")
    var text = "name\n"
    for row in 0..<100_000 { text += "name\(row)-" + String(repeating: "ab", count: 100) + "\n" }
    try text.write(to: data, atomically: true, encoding: .utf8)
    let screen = try Screen(home: home)
    defer { screen.stop() }
    try screen.type(".load \(data.path) as slow")
    try screen.keys("Enter")
    try screen.wait(for: "loaded slow: 100000 rows")
    // A pattern of some 1,500 steps over 100,000 distinct values of 200 characters: minutes
    // of work even in linear time, so only Ctrl-C ends it.
    try screen.type(#"slow where name matches "(a|b|[0-9]|n|m|e|-){1,100}x" | count"#)
    try screen.keys("Enter")
    // Ctrl-C until the query says it was cancelled: one that lands before the query starts
    // only clears an empty line, so no guess at when it starts is needed.
    _ = try screen.wait(until: { shown in
      // The ^C echoes may push the message onto wrapped lines: read the screen joined up.
      if shown.replacingOccurrences(of: "\n", with: "").contains("error[E0504]: query cancelled") { return true }
      try? screen.keys("C-c")
      return false
    }, "Ctrl-C did not cancel the query")
    try screen.type("places | count")
    try screen.keys("Enter")
    try screen.wait(for: "     9")
    #expect(screen.sessionAlive())
  }

  /// The README's first query at 80×24 and 160×45: every line fits the screen, the name is
  /// whole, no header is cut, and the footer says how many columns are shown.
  @Test(.enabled(if: hasTmux, "tmux is not installed: skipping real-terminal tests"), arguments: [(80, 24), (160, 45)])
  func theFirstQueryFitsTheScreen(_ size: (Int, Int)) throws {
    let screen = try Screen(width: size.0, height: size.1)
    defer { screen.stop() }
    try screen.type(#"events where county = "淅川""#)
    try screen.keys("Enter")
    let shown = try screen.wait(for: "1 row")
    let lines = shown.split(separator: "\n").map(String.init)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= size.0 }, "\(shown)")
    #expect(lines.contains { $0.hasPrefix(" 流动科技馆巡展 |") }, "\(shown)")
    #expect(!shown.contains("participa…") && !shown.contains("流动科技…"), "\(shown)")
    #expect(shown.contains("of 18 columns · .mode line shows all"), "\(shown)")
    // Numbers are grouped on a terminal.
    try screen.type("figures | top 1 by value | select value")
    try screen.keys("Enter")
    try screen.wait(for: "15,066,000")
  }

  /// Ctrl-C stops printing as it stops a query: within moments, saying how far it got.
  @Test(.enabled(if: hasTmux, "tmux is not installed: skipping real-terminal tests"))
  func ctrlCStopsPrinting() throws {
    let home = try temporaryDirectory()
    let data = home.appendingPathComponent("many.csv")
    var text = "n,name\n"
    for row in 0..<300_000 { text += "\(row),名字\(row)\n" }
    try text.write(to: data, atomically: true, encoding: .utf8)
    let screen = try Screen(home: home, width: 80, height: 24)
    defer { screen.stop() }
    try screen.type(".load \(data.path) as many")
    try screen.keys("Enter")
    try screen.wait(for: "loaded many: 300000 rows")
    try screen.type(".maxrows 0")
    try screen.keys("Enter")
    try screen.type("many")
    try screen.keys("Enter")
    _ = try screen.wait(until: { shown in
      if shown.replacingOccurrences(of: "\n", with: "").contains("interrupted after") { return true }
      try? screen.keys("C-c")
      return false
    }, "Ctrl-C did not stop the printing", timeout: 30)
    // Keys typed while something runs wait for the prompt, not in the output.
    try screen.type("places | count")
    try screen.keys("Enter")
    try screen.wait(for: "     9")
    #expect(screen.sessionAlive())
  }

  @Test(.enabled(if: hasTmux, "tmux is not installed: skipping real-terminal tests"))
  func theStartupFileRunsFirstAndABadLineOnlyWarns() throws {
    let home = try temporaryDirectory()
    try ".mode box\nevents where nope = 1\n".write(to: home.appendingPathComponent(".kexierc"), atomically: true, encoding: .utf8)
    let screen = try Screen(home: home)
    defer { screen.stop() }
    let shown = try screen.wait(for: "kexie>")
    #expect(shown.contains(".kexierc:2:14: warning[E0203]: unknown field 'nope' in events"))
    try screen.type("sections | count")
    try screen.keys("Enter")
    try screen.wait(for: "┌───────┐")
  }
}
