import Foundation
import KexieData
import KexieDiagnostics
import KexieReport
import KexieSyntax
import KexieTestSupport
import Testing

@testable import KexieDriver

/// Documentation that cannot rot: every ```kexie block in README.md and docs/*.md runs, and
/// the ```output block after it must be exactly what kexie prints (results and diagnostics,
/// in order). docs/DIAGNOSTICS.md is generated from the diagnostic catalogue, running each
/// code's example. KEXIE_RECORD=1 rewrites the output blocks and the generated file.
@Suite(.serialized) struct DocsTests {
  static var recording: Bool { ProcessInfo.processInfo.environment["KEXIE_RECORD"] == "1" }
  static let documents = ["README.md", "docs/LANGUAGE.md", "docs/TUTORIAL.md", "docs/TUTORIAL.zh.md", "docs/REPL.md", "docs/DATABASES.md", "docs/GLOSSARY.md", "grammar/README.md"]

  struct Block {
    var code: String
    var output: String?
    /// Where the output block's contents are, to rewrite them.
    var outputRange: Range<String.Index>?
  }

  static func blocks(in text: String) -> [Block] {
    var blocks: [Block] = []
    var index = text.startIndex
    while let open = text.range(of: "```kexie\n", range: index..<text.endIndex) {
      guard let close = text.range(of: "\n```", range: open.upperBound..<text.endIndex) else { break }
      var block = Block(code: String(text[open.upperBound..<close.lowerBound]) + "\n")
      index = close.upperBound
      let rest = text[close.upperBound...].drop { $0 == "\n" }
      if rest.hasPrefix("```output\n"), let outputOpen = text.range(of: "```output\n", range: close.upperBound..<text.endIndex) {
        let outputClose = text.range(of: "```", range: outputOpen.upperBound..<text.endIndex)
        let end = outputClose?.lowerBound ?? text.endIndex
        block.output = String(text[outputOpen.upperBound..<end])
        block.outputRange = outputOpen.upperBound..<end
        index = outputClose?.upperBound ?? text.endIndex
      }
      blocks.append(block)
    }
    return blocks
  }

  /// Runs a block in a document's session; results and diagnostics in the order they come.
  static func run(_ code: String, in session: Session, sink: TextSink, name: String) -> String {
    let before = sink.buffer.count
    session.run(SourceFile(name: name, text: code))
    return String(sink.buffer.dropFirst(before))
  }

  @Test(arguments: documents)
  func codeBlocksShowTheirRealOutput(_ document: String) throws {
    let url = Repository.root.appendingPathComponent(document)
    var text = try String(contentsOf: url, encoding: .utf8)
    let sink = TextSink.memory()
    let session = try Session.withReport(output: sink, errors: sink).get()
    session.settings.bail = false
    var replacements: [(Range<String.Index>, String)] = []
    for block in DocsTests.blocks(in: text) {
      let actual = DocsTests.run(block.code, in: session, sink: sink, name: "<doc>")
      guard let expected = block.output, let range = block.outputRange else {
        #expect(!actual.contains("error["), "\(document): a block without an output block failed:\n\(block.code)\(actual)")
        continue
      }
      if expected != actual {
        if DocsTests.recording {
          replacements.append((range, actual))
        } else {
          #expect(expected == actual, "\(document): the shown output of\n\(block.code)is not what kexie prints (KEXIE_RECORD=1 to update)")
        }
      }
    }
    if !replacements.isEmpty {
      for (range, replacement) in replacements.reversed() { text.replaceSubrange(range, with: replacement) }
      try text.write(to: url, atomically: true, encoding: .utf8)
      Issue.record("rewrote the output blocks of \(document); run the tests again")
    }
  }

  /// docs/DIAGNOSTICS.md: every code, its explanation, and its example as kexie reports it.
  static func diagnosticsDocument() -> String {
    var text = """
      # Diagnostics

      Every problem kexie reports has a stable code. Errors stop the statement (and, with bail
      on, the script); warnings and notes do not. `.help CODE` in the REPL shows the same text.
      This file is generated from `Sources/KexieDiagnostics/DiagnosticCode.swift` by the docs
      test, which runs each example and checks that it reports its code
      (`KEXIE_RECORD=1 swift test --filter DocsTests` regenerates it). The same in Chinese, as
      `--lang zh` reports it: [DIAGNOSTICS.zh.md](DIAGNOSTICS.zh.md).

      | group | stage |
      |---|---|
      | E00 | reading input |
      | E01 | tokens (the lexer) |
      | E02 | names (the checker) |
      | E03 | syntax (the parser) |
      | E04 | types (the checker) |
      | E05 | running (the executor) |
      | E06 | loading data files |
      | E07 | the shell and the command line |
      | E08 | SQL and databases |
      | W | warnings |
      | N | notes from the tokenizer |

      Every diagnostic has one form, in scripts and in the REPL:

      ```text
      script.kx:2:14: error[E0203]: unknown field 'countyy' in events
        |
      2 | events where countyy = "淅川"
        |              ^^^^^^^
        = did you mean 'county'?
      ```

      `FILE:LINE:COLUMN:` comes first, as compilers write it, so editors can jump to the place; a
      REPL entry or a command's argument has no file, so it starts `LINE:COLUMN:`. Line and
      column count characters from 1: `县` and `a` are one column each. The caret below is placed
      by display width, so it stands under the exact character on a terminal, where a Chinese
      character takes two columns.

      Exit status: 0 success, 1 a query error, 64 a usage error, 65 a data file or database
      that does not load, 66 an unreadable file, 69 a database server that cannot be reached,
      70 an internal error, 74 output that cannot be written, 75 a database that stays locked.

      """
    return text + codeSections(.en)
  }

  /// Every code's title, explanation, and its example as kexie reports it in `language`.
  static func codeSections(_ language: Language) -> String {
    var text = ""
    for code in DiagnosticCode.allCases {
      let (title, explanation) = language == .zh ? (code.chineseTitle, code.chineseExplanation) : (code.title, code.explanation)
      text += "\n## \(code.rawValue): \(title)\n\n\(explanation)\n"
      if let example = code.example {
        let sink = TextSink.memory()
        guard case .success(let session) = Session.withReport(output: TextSink.memory(), errors: sink) else { continue }
        session.settings.bail = false
        session.settings.language = language
        session.run(SourceFile(name: "example.kx", text: example))
        text += "\n```\n\(example)\n```\n\n```\n\(sink.buffer)```\n"
      } else {
        text += language == .zh
          ? "\n（要有数据文件或命令行才会出现；见测试。）\n"
          : "\n(It needs a data file or the command line to happen; see the tests.)\n"
      }
    }
    return text
  }

  /// docs/DIAGNOSTICS.zh.md: the same in Chinese, as `--lang zh` reports them.
  static func chineseDiagnosticsDocument() -> String {
    let text = """
      # 提示信息

      kexie 报的每一条提示信息都有固定的代码。错误会中止当前语句（打开 bail 时中止整个脚本）；
      警告和说明不会。交互界面里 `.help 代码` 显示同样的内容。这个文件由文档测试根据
      `Sources/KexieDiagnostics/DiagnosticCode+Chinese.swift` 生成：每个例子都用 `--lang zh`
      运行一遍，下面就是 kexie 实际输出的提示信息（`KEXIE_RECORD=1 swift test --filter DocsTests`
      重新生成）。英文版见 [DIAGNOSTICS.md](DIAGNOSTICS.md)。

      提示信息在脚本和交互界面里都是同一种格式：

      ```text
      script.kx:2:14: 错误[E0203]：events 没有字段 'countyy'
        |
      2 | events where countyy = "淅川"
        |              ^^^^^^^
        = 是不是想写 'county'？
      ```

      开头的 `文件:行:列:` 和编译器的写法一样，编辑器可以据此跳到出错的地方；交互界面里输入的
      语句没有文件名，就只写 `行:列:`。行和列都从 1 开始按字符数：`县` 和 `a` 都算一列。下面的
      脱字符 `^` 按显示宽度摆放，所以在终端上正好落在出错的字符下面（一个汉字占两列）。

      退出状态：0 成功，1 查询出错，64 用法错误，65 数据文件或数据库读不进来，66 文件读不了，
      69 连不上数据库服务器，70 内部错误，74 输出写不进去，75 数据库一直被锁着。

      """
    return text + codeSections(.zh)
  }

  @Test func everyExampleReportsItsCode() {
    for code in DiagnosticCode.allCases {
      guard let example = code.example else { continue }
      let sink = TextSink.memory()
      guard case .success(let session) = Session.withReport(output: TextSink.memory(), errors: sink) else { continue }
      session.settings.bail = false
      session.run(SourceFile(name: "example.kx", text: example))
      #expect(sink.buffer.contains("[\(code.rawValue)]"), "the example of \(code.rawValue) reports:\n\(sink.buffer)")
    }
  }

  /// Every code's example has Chinese text before the error (on its line or an earlier one),
  /// and the caret lands under the error by display width.
  @Test func caretsAfterChineseTextForEveryCode() {
    for code in DiagnosticCode.allCases {
      guard let example = code.example else { continue }
      let sink = TextSink.memory()
      guard case .success(let session) = Session.withReport(output: TextSink.memory(), errors: sink) else { continue }
      session.settings.bail = false
      session.settings.errorFormat = .json
      session.run(SourceFile(name: "example.kx", text: example))
      let source = SourceFile(name: "example.kx", text: example)
      var found = false
      for line in sink.buffer.split(separator: "\n") {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
          object["code"] as? String == code.rawValue, let start = object["byte_start"] as? Int,
          let displayColumn = object["display_column"] as? Int
        else { continue }
        found = true
        let before = String(decoding: source.bytes[..<min(start, source.bytes.count)], as: UTF8.self)
        #expect(before.unicodeScalars.contains { $0.value > 0x2E80 }, "\(code.rawValue): no Chinese before the error in \(example.debugDescription)")
        // The caret of the human rendering sits at that display column.
        let location = source.location(of: start)
        #expect(location.displayColumn == displayColumn)
        let rendered = DiagnosticRenderer().render(Diagnostic(.error, code, .same("m"), at: SourceRange(start, start + 1), in: source))
        let caretLine = rendered.split(separator: "\n").first { $0.contains("^") } ?? ""
        let gutter = String(location.line).count + 3
        #expect(DisplayWidth.of(caretLine.prefix { $0 != "^" }) - gutter + 1 == displayColumn, "\(code.rawValue)")
      }
      #expect(found, "\(code.rawValue): its example does not report it with a position")
    }
  }

  @Test func diagnosticsDocumentIsCurrent() throws {
    let url = Repository.root.appendingPathComponent("docs/DIAGNOSTICS.md")
    let expected = DocsTests.diagnosticsDocument()
    let actual = try? String(contentsOf: url, encoding: .utf8)
    if actual != expected, DocsTests.recording {
      try expected.write(to: url, atomically: true, encoding: .utf8)
      Issue.record("regenerated docs/DIAGNOSTICS.md")
      return
    }
    #expect(actual == expected, "docs/DIAGNOSTICS.md is stale: KEXIE_RECORD=1 swift test --filter DocsTests")
  }

  /// The golden file of every code's example in Chinese.
  @Test func chineseDiagnosticsDocumentIsCurrent() throws {
    let url = Repository.root.appendingPathComponent("docs/DIAGNOSTICS.zh.md")
    let expected = DocsTests.chineseDiagnosticsDocument()
    let actual = try? String(contentsOf: url, encoding: .utf8)
    if actual != expected, DocsTests.recording {
      try expected.write(to: url, atomically: true, encoding: .utf8)
      Issue.record("regenerated docs/DIAGNOSTICS.zh.md")
      return
    }
    #expect(actual == expected, "docs/DIAGNOSTICS.zh.md is stale: KEXIE_RECORD=1 swift test --filter DocsTests")
  }

  /// grammar/chinese.md: the Chinese words, set names and field names, from the one table of
  /// each (`ChineseWords`, `EntitySet`); KEXIE_RECORD=1 rewrites it.
  static func chineseDocument() -> String {
    var out = """
      # kexie in Chinese words · 中文关键词

      Generated from `Sources/KexieSyntax/ChineseWords.swift` and the report's schema
      (`Sources/KexieReport/EntitySets.swift`) by the docs test; do not edit by hand
      (`KEXIE_RECORD=1 swift test --filter DocsTests` rewrites it).

      Every keyword has one Chinese word, read by the tokenizer as that keyword (`.tokens` shows
      `筛选 → where`). A Chinese word is a whole word, between spaces or punctuation, as an English
      keyword is: `筛选 县`, not `筛选县`. Values are always quoted. Chinese and English words may be
      mixed in one query. After 排序 the 按 may be left out (`排序 名称 降序`). These words are
      reserved like English keywords: a field of that name is written in backquotes.

      | keyword | 中文 |
      |---|---|

      """
    for (keyword, word) in ChineseWords.byKeyword { out += "| `\(keyword.rawValue)` | `\(word)` |\n" }
    for (keyword, shared) in ChineseWords.sharing.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
      out += "| `\(keyword.rawValue)` | `\(ChineseWords.word(for: shared) ?? "")` (as `\(shared.rawValue)`) |\n"
    }
    out += """

      ## Sets and fields · 集合和字段

      A set or field may be named in Chinese wherever its English name goes. A let binding or a
      loaded table of the same name wins (W0105 says so). A query whose source is named in
      Chinese shows its columns under their Chinese names.

      | set | 中文 | fields (中文) |
      |---|---|---|

      """
    for set in EntitySet.all {
      let fields = set.fields.map { "\($0.name) \($0.chineseName ?? "—")" }.joined(separator: ", ")
      out += "| `\(set.name)` | `\(set.chineseName ?? "")` | \(fields) |\n"
    }
    return out
  }

  @Test func chineseWordsDocumentIsCurrent() throws {
    let url = Repository.root.appendingPathComponent("grammar/chinese.md")
    let expected = DocsTests.chineseDocument()
    let actual = try? String(contentsOf: url, encoding: .utf8)
    if actual != expected, DocsTests.recording {
      try expected.write(to: url, atomically: true, encoding: .utf8)
      Issue.record("regenerated grammar/chinese.md")
      return
    }
    #expect(actual == expected, "grammar/chinese.md is stale: KEXIE_RECORD=1 swift test --filter DocsTests")
    // One word a keyword, one keyword a word, no word that is also a set's or field's name.
    let words = ChineseWords.byKeyword.map(\.1)
    #expect(Set(words).count == words.count)
    let names = Set(EntitySet.all.flatMap { [$0.chineseName] + $0.fields.map(\.chineseName) }.compactMap { $0 })
    #expect(names.isDisjoint(with: words), "\(names.intersection(words))")
    #expect(Keyword.allCases.allSatisfy { ChineseWords.word(for: $0) != nil })
  }

  /// docs/LIMITS.md's table is `Limits.all`, row for row (KEXIE_RECORD=1 rewrites it).
  @Test func limitsDocumentIsCurrent() throws {
    let url = Repository.root.appendingPathComponent("docs/LIMITS.md")
    let text = try String(contentsOf: url, encoding: .utf8)
    let begin = try #require(text.range(of: "<!-- limits:begin -->\n"))
    let end = try #require(text.range(of: "<!-- limits:end -->"))
    let table = "| limit | value | what happens |\n|---|---|---|\n"
      + Limits.all.map { "| \($0.name) | \($0.shown) | \($0.summary) |\n" }.joined()
    let current = String(text[begin.upperBound..<end.lowerBound])
    if current != table {
      if DocsTests.recording {
        try (String(text[..<begin.upperBound]) + table + String(text[end.lowerBound...])).write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded docs/LIMITS.md; run the tests again")
      } else {
        #expect(current == table, "docs/LIMITS.md is stale: KEXIE_RECORD=1 swift test --filter DocsTests")
      }
    }
  }

  /// The README's `$ kexie …` lines run through the built binary and print what it shows.
  @Test func readmeCommandsPrintWhatTheReadmeShows() throws {
    let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
    var checked = 0
    var index = readme.startIndex
    while let open = readme.range(of: "```console\n", range: index..<readme.endIndex),
      let close = readme.range(of: "\n```", range: open.upperBound..<readme.endIndex)
    {
      index = close.upperBound
      let lines = readme[open.upperBound..<close.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
      var position = 0
      while position < lines.count {
        let line = lines[position]
        position += 1
        guard line.hasPrefix("$ kexie") || line.hasPrefix("$ echo") || line.hasPrefix("$ printf") else { continue }
        var expected: [Substring] = []
        while position < lines.count, !lines[position].hasPrefix("$ ") {
          expected.append(lines[position])
          position += 1
        }
        // The commands run as written, with the built binary first on PATH as `kexie`.
        let command = String(line.dropFirst(2))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " 2>&1"]
        process.currentDirectoryURL = Repository.root
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["PATH"] = Repository.binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(output == expected.joined(separator: "\n") + (expected.isEmpty ? "" : "\n"), "README: `\(line)` printed:\n\(output)")
        checked += 1
      }
    }
    #expect(checked >= 3)
  }
}
