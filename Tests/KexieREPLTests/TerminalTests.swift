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

    /// Extra `NAME=value` words for kexie's environment (PAGER, EDITOR).
    let environment: [String]

    init(home: URL? = nil, width: Int = 120, height: Int = 40, environment: [String] = []) throws {
      self.home = try home ?? temporaryDirectory()
      self.width = width
      self.height = height
      self.environment = environment
      try start()
    }

    func start() throws {
      let extra = environment.map { "'\($0)'" }.joined(separator: " ")
      let command = "env -i HOME=\(home.path) PATH=/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8 KEXIE_HISTORY=\(home.path)/history \(extra) \(Repository.binary.path)"
      // A tmux server whose last session was just killed may exit under a new-session that
      // reached it (the new session goes with it, and the screen stays blank): start again.
      for _ in 0..<3 {
        _ = try? Screen.tmux(["kill-session", "-t", name])
        try Screen.tmux(["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), command])
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
          if (try? capture())?.contains("kexie>") == true { return }  // capture-pane drops trailing spaces
          Thread.sleep(forTimeInterval: 0.05)
        }
      }
      try wait(for: "kexie>")
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

    /// Waits (up to 30 s) until the screen contains `text`; the time is a limit, not a check.
    @discardableResult
    func wait(for text: String, timeout: Double = 30) throws -> String {
      try wait(until: { $0.contains(text) }, "the screen never showed \(text.debugDescription)", timeout: timeout)
    }

    /// Waits (up to 30 s) until `done` holds for the screen, and records `failure` if it never does.
    @discardableResult
    func wait(until done: (String) -> Bool, _ failure: String, timeout: Double = 30) throws -> String {
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

    /// Where the cursor is: (column, row), both from 0.
    func cursor() throws -> (Int, Int) {
      let text = try Spawn.run("/usr/bin/tmux", ["-L", Screen.socket, "display", "-p", "-t", name, "#{cursor_x},#{cursor_y}"], capture: true).output
      let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ",").compactMap { Int($0) }
      return parts.count == 2 ? (parts[0], parts[1]) : (-1, -1)
    }
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
    try screen.wait(for: "loaded slow: 100,000 rows")
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
    // A debug build loads 300,000 rows in about a second; CI's two busy cores take longer.
    try screen.wait(for: "loaded many: 300,000 rows", timeout: 60)
    try screen.type(".maxrows 0")
    try screen.keys("Enter")
    // Printing to the terminal itself (the pager has its own test).
    try screen.type(".pager off")
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

  /// A result taller than the screen goes to the pager; one that fits does not; quitting the
  /// pager gives the prompt back; `.last` shows every row of the last result.
  @Test(.enabled(if: hasTmux && FileManager.default.isExecutableFile(atPath: "/usr/bin/less"), "tmux or less is not installed"), arguments: [(80, 24), (160, 45)])
  func tallResultsGoToThePager(_ size: (Int, Int)) throws {
    let screen = try Screen(width: size.0, height: size.1)
    defer { screen.stop() }
    try screen.type("events | count")
    try screen.keys("Enter")
    try screen.wait(for: "1 row")
    try screen.wait(until: { $0.split(separator: "\n").last?.hasPrefix("kexie>") == true }, "a short result started the pager")
    try screen.type(".mode line")
    try screen.keys("Enter")
    try screen.type("events")
    try screen.keys("Enter")
    // less's prompt on the last row: the first page of 29 records shown, the rest waiting.
    let paged = try screen.wait(until: { $0.split(separator: "\n", omittingEmptySubsequences: false).dropLast().last?.hasPrefix(":") == true }, "the pager did not start")
    #expect(paged.contains("id = dangshi-zhishi-jingsai"), "\(paged)")
    try screen.keys("q")
    try screen.wait(until: { $0.split(separator: "\n").last?.hasPrefix("kexie>") == true }, "quitting the pager did not give the prompt back")
    try screen.type(".mode table")
    try screen.keys("Enter")
    try screen.type("events | select name")
    try screen.keys("Enter")
    let limited = try screen.wait(for: "29 rows")
    // The row limit follows the screen's height, so the table and its header fit on it.
    #expect(limited.contains(size.1 >= 40 ? "29 rows" : "29 rows (15 shown)"), "\(limited)")
    try screen.type(".last")
    try screen.keys("Enter")
    if size.1 < 40 {
      try screen.wait(until: { $0.split(separator: "\n", omittingEmptySubsequences: false).dropLast().last?.hasPrefix(":") == true }, ".last did not page")
      try screen.keys("G")
      let end = try screen.wait(for: "(END)")
      #expect(end.contains("青少年科技创新大赛") && end.contains("29 rows") && !end.contains("shown"), "\(end)")
      try screen.keys("q")
    }
    try screen.type("places | count")
    try screen.keys("Enter")
    try screen.wait(for: "     9")
  }

  /// libedit put the cursor a column off after a wide character was inserted on a wrapped
  /// row; kexie redraws such a line. The cursor must stand after the character typed.
  @Test(.enabled(if: hasTmux, "tmux is not installed: skipping real-terminal tests"))
  func theCursorIsRightOnAWrappedChineseLine() throws {
    let screen = try Screen(width: 80, height: 24)
    defer { screen.stop() }
    let long = String(repeating: "科普", count: 25)
    try screen.type("events where name contains \"\(long)\"")
    try screen.wait(for: "\"")
    // Two letters at the start push a wide character from the end of the first row to the
    // second (the first row's last column stays blank), then an edit near the end.
    try screen.keys("Home")
    try screen.type("xy")
    try screen.keys("End")
    try screen.type("南")
    try screen.keys("Left", "Left", "Left")
    // (A character the banner's 南阳市科协 does not hold.)
    try screen.type("鑫")
    try screen.wait(for: "鑫")
    let (column, row) = try screen.cursor()
    let lines = try screen.capture().split(separator: "\n", omittingEmptySubsequences: false)
    let rowText = String(lines[row])
    // The cursor stands right after 鑫, in display columns.
    let before = rowText.components(separatedBy: "鑫").first ?? ""
    #expect(column == DisplayWidth.of(before) + 2, "cursor at \(column), row: \(rowText)")
    try screen.keys("BSpace")
    try screen.wait(until: { !$0.contains("鑫") }, "Backspace did not delete")
    let (afterDelete, _) = try screen.cursor()
    #expect(afterDelete == DisplayWidth.of(before), "cursor at \(afterDelete) after Backspace")
  }

  /// Tab inserts what parses: no space after a link field (a `.` follows), quoted file names.
  @Test(.enabled(if: hasTmux, "tmux is not installed: skipping real-terminal tests"))
  func tabInsertsWhatParses() throws {
    let home = try temporaryDirectory()
    try "a,b\n1,2\n".write(to: home.appendingPathComponent("my data.csv"), atomically: true, encoding: .utf8)
    let screen = try Screen(home: home)
    defer { screen.stop() }
    try screen.type("events where organi")
    try screen.keys("Tab")
    try screen.wait(for: "kexie> events where organizer")
    try screen.type(".ki")
    try screen.keys("Tab")
    // A finished field does take a space (capture-pane drops it at the end of a line).
    try screen.type("=")
    try screen.wait(for: "organizer.kind =")
    try screen.keys("C-c")
    try screen.type(".load \(home.path)/my")
    try screen.keys("Tab")
    try screen.wait(for: "\"\(home.path)/my data.csv\"")
    try screen.keys("Enter")
    try screen.wait(for: "loaded my_data: 1 row")
  }

  /// `.edit` opens the editor on the last entry and runs what it saved; `.timer` shows the
  /// query's and the printing's time apart.
  @Test(.enabled(if: hasTmux, "tmux is not installed: skipping real-terminal tests"))
  func editRunsWhatTheEditorSaved() throws {
    let home = try temporaryDirectory()
    let editor = home.appendingPathComponent("editor")
    try "#!/bin/sh\nsed -i 's/count/count by kind/' \"$1\"\n".write(to: editor, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor.path)
    let screen = try Screen(home: home, environment: ["EDITOR=\(editor.path)"])
    defer { screen.stop() }
    try screen.type("events | count")
    try screen.keys("Enter")
    try screen.wait(for: "1 row")
    try screen.type(".timer on")
    try screen.keys("Enter")
    try screen.type(".edit")
    try screen.keys("Enter")
    _ = try screen.wait(for: "13 rows")
    // `.timer`'s line comes after the rows' footer: a screen captured between the two (CI
    // under load did) would not have it yet.
    let shown = try screen.wait(for: ", printing ")
    #expect(shown.contains("events | count by kind") && shown.contains(" 竞赛 |"), "\(shown)")
    #expect(shown.contains("time: query ") && shown.contains(", printing "), "\(shown)")
    // What ran is in the history.
    try screen.keys("Up")
    try screen.wait(for: "kexie> events | count by kind")
  }

  /// The README's REPL example, typed into a real terminal at 80×24, shows what the README
  /// shows, line for line.
  @Test(.enabled(if: hasTmux, "tmux is not installed: skipping real-terminal tests"))
  func theReadmeTerminalExampleIsWhatATerminalShows() throws {
    let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
    let lines = readme.components(separatedBy: "\n")
    guard let start = lines.firstIndex(where: { $0.hasPrefix("kexie> ") }) else {
      Issue.record("README.md has no kexie> example")
      return
    }
    var example: [String] = []
    for line in lines[start...] {
      if line.hasPrefix("```") { break }
      example.append(line)
    }
    let screen = try Screen(width: 80, height: 24)
    defer { screen.stop() }
    for line in example {
      for prompt in ["kexie> ", "kexie|> "] where line.hasPrefix(prompt) {
        try screen.type(String(line.dropFirst(prompt.count)))
        try screen.keys("Enter")
        Thread.sleep(forTimeInterval: 0.2)
      }
    }
    let last = example.last ?? ""
    let shown = try screen.wait(for: last)
    let rows = shown.components(separatedBy: "\n").map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
    guard let first = rows.firstIndex(of: example[0]) else {
      Issue.record("the screen does not show \(example[0]):\n\(shown)")
      return
    }
    let trimmed = example.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
    #expect(Array(rows[first..<min(rows.count, first + trimmed.count)]) == trimmed, "\(shown)")
  }

  /// LANG=zh_CN.UTF-8 speaks Chinese from the banner on; `.lang en` switches back.
  @Test(.enabled(if: hasTmux, "tmux is not installed: skipping real-terminal tests"), arguments: [(80, 24), (160, 45)])
  func aChineseLocaleGetsChinese(_ size: (Int, Int)) throws {
    let screen = try Screen(width: size.0, height: size.1, environment: ["LANG=zh_CN.UTF-8"])
    defer { screen.stop() }
    try screen.wait(for: "输入 .help 查看帮助，按 Ctrl-D 退出。")
    try screen.type(#"活动 | 筛选 县名 = "淅川""#)
    try screen.keys("Enter")
    let shown = try screen.wait(for: "错误[E0203]：活动 没有字段 '县名'")
    #expect(shown.contains("= 活动 的字段有："), "\(shown)")
    #expect(!shown.contains("unknown field"), "\(shown)")
    try screen.type(#"活动 | 筛选 县 = "淅川" | 选取 名称"#)
    try screen.keys("Enter")
    try screen.wait(for: "共 1 行")
    try screen.type(".lang en")
    try screen.keys("Enter")
    try screen.type("活动 | 计数")
    try screen.keys("Enter")
    try screen.wait(for: "1 row")
  }
}
