import Testing

@testable import KexieDiagnostics

@Suite struct RendererTests {
  /// A long line is shown as the part around the caret, marked with … at each cut end, and
  /// the caret stays under its character (a 16,000-character line was printed whole under
  /// every one of its errors).
  @Test func aLongLineShowsThePartAroundTheCaret() throws {
    let line = "events where " + String(repeating: "科普", count: 400) + " = x " + String(repeating: "y", count: 500)
    let file = SourceFile(name: "long.kx", text: line + "\n")
    let start = line.utf8.count - " ".utf8.count - 500 - "x ".utf8.count + 1
    let diagnostic = Diagnostic.unexpectedCharacter("x", at: SourceRange(start, start + 1)).located(in: file)
    let lines = DiagnosticRenderer().render(diagnostic).split(separator: "\n").map(String.init)
    let shown = try #require(lines.first { $0.hasPrefix("1 | ") })
    let caret = try #require(lines.first { $0.contains("^") })
    #expect(shown.hasPrefix("1 | …") && shown.hasSuffix("…"))
    #expect(DisplayWidth.of(shown) <= Limits.lineShown.value + 8)
    // The caret's column, in display columns, is the column of the x in the shown line.
    let shownPrefix = try #require(shown.split(separator: "x", maxSplits: 1).first)
    #expect(DisplayWidth.of(String(shownPrefix)) == caret.count - 1)
    // The header still gives the line's real column.
    #expect(lines[0].hasPrefix("long.kx:1:\(13 + 800 + 4):"))
  }

  /// A query's or a file's control characters never reach the terminal as they are: in the
  /// line they become U+FFFD, in the message and notes an escape (a header
  /// `\u{1B}]0;pwned\u{7}` set the terminal's title).
  @Test func controlCharactersAreMadeVisible() {
    let file = SourceFile(name: "t.kx", text: "events where name = \"a\u{1B}[2J\u{9B}b\"\n")
    let diagnostic = Diagnostic.noMatchingValue(field: "na\u{7}me", value: "a\u{1B}[2J\u{9B}b", suggestions: [], at: SourceRange(20, 30))
      .located(in: file).noting(.same("see \u{1B}]0;pwned\u{7}"))
    let text = DiagnosticRenderer().render(diagnostic)
    #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
    #expect(text.contains("no na\\u{7}me is 'a\\u{1B}[2J\\u{9B}b'"))
    #expect(text.contains("= see \\u{1B}]0;pwned\\u{7}"))
  }

  @Test func caretSitsUnderTheFieldAfterChineseText() {
    let file = SourceFile(name: "saved.kx", text: "# 淅川的活动\nevents where county = \"淅川\" and countyy = 1\n")
    let text = file.text
    let start = text.utf8.count - " = 1\n".utf8.count - "countyy".utf8.count
    let diagnostic = Diagnostic.unknownField(
      "countyy", in: "events", suggestions: ["county"], available: ["id", "county"],
      at: SourceRange(start, start + 7)
    ).located(in: file)
    let expected = """
      saved.kx:2:32: error[E0203]: unknown field 'countyy' in events
        |
      2 | events where county = "淅川" and countyy = 1
        |                                  ^^^^^^^
        = did you mean 'county'?
        = events has: id, county

      """
    #expect(DiagnosticRenderer().render(diagnostic) == expected)
  }

  @Test func longNotesWrapAtSpacesToTheTerminalWidth() {
    let file = SourceFile(name: "<repl>", text: "events where contry = 1", namesItself: false)
    let fields = ["id", "name", "kind", "section", "county", "organizer", "year", "participants", "participants_unit", "sessions"]
    let diagnostic = Diagnostic.unknownField(
      "contry", in: "events", suggestions: ["county"], available: fields, at: SourceRange(13, 19)
    ).located(in: file)
    let expected = """
      1:14: error[E0203]: unknown field 'contry' in events
        |
      1 | events where contry = 1
        |              ^^^^^^
        = did you mean 'county'?
        = events has: id, name, kind, section, county,
          organizer, year, participants,
          participants_unit, sessions

      """
    #expect(DiagnosticRenderer(width: 50).render(diagnostic) == expected)
    // Without a width (a file or a pipe), a note stays on one line.
    #expect(DiagnosticRenderer().render(diagnostic).contains("= events has: id, name, kind, section, county, organizer, year"))
    // Wide text counts two columns a character.
    #expect(DiagnosticRenderer.wrap("淅川 淅川 淅川 淅川 淅川 淅川", width: 20) == ["淅川 淅川 淅川 淅川", "淅川 淅川"])
  }

  /// Chinese has no spaces between words: a long Chinese note breaks between characters,
  /// within the width, and never puts a closing mark (，。：) at the start of a line.
  @Test func chineseNotesWrapBetweenCharacters() {
    let note = "kexie 用词来检验文字：contains \"科技\"、startswith \"南阳\"、endswith \"大赛\"；matches 后面接正则表达式，要按模式匹配就用它"
    let lines = DiagnosticRenderer.wrap(note, width: 40)
    #expect(lines.count >= 3)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 }, "\(lines)")
    #expect(lines.dropFirst().allSatisfy { !["，", "。", "：", "；", "、"].contains($0.first.map(String.init) ?? "") }, "\(lines)")
    #expect(lines.joined().filter { $0 != " " } == note.filter { $0 != " " })
    // A Latin word is never broken.
    #expect(DiagnosticRenderer.wrap("一二三四五六七八九十 startswith_and_more 一二三四五", width: 22).contains { $0.contains("startswith_and_more") })
  }

  @Test func caretIsWideUnderWideCharacters() {
    let file = SourceFile(name: "<repl>", text: "places where name = 西川", namesItself: false)
    let start = "places where name = ".utf8.count
    let diagnostic = Diagnostic(.error, .unexpectedCharacter, .same("m"), at: SourceRange(start, start + 6), in: file)
    let expected = """
      1:21: error[E0102]: m
        |
      1 | places where name = 西川
        |                     ^^^^

      """
    #expect(DiagnosticRenderer().render(diagnostic) == expected)
  }

  @Test func zeroWidthAndOutOfRangeRangesStillRender() {
    let file = SourceFile(name: "f", text: "events |")
    let rendered = DiagnosticRenderer().render(Diagnostic(.error, .expectedToken, .same("x"), at: .point(8), in: file))
    #expect(rendered.contains("1 | events |\n  |         ^\n"))
    let clamped = DiagnosticRenderer().render(Diagnostic(.error, .expectedToken, .same("x"), at: SourceRange(100, 200), in: file))
    #expect(clamped.contains("^"))
  }

  @Test func tabsInTheLineKeepTheCaretAligned() {
    let file = SourceFile(name: "f", text: "\tevents\twhere x")
    let start = "\tevents\t".utf8.count
    let rendered = DiagnosticRenderer().render(Diagnostic(.error, .expectedToken, .same("x"), at: SourceRange(start, start + 5), in: file))
    #expect(rendered.contains("  | \t      \t^^^^^\n"))
  }

  @Test func colourWrapsSeverityAndCaret() {
    let file = SourceFile(name: "f", text: "x")
    let rendered = DiagnosticRenderer(color: true).render(Diagnostic(.warning, .noMatchingValue, .same("w"), at: SourceRange(0, 1), in: file))
    #expect(rendered.contains("\u{1B}[1;33mwarning[W0101]\u{1B}[0m"))
  }

  @Test func jsonFormCarriesPositionsAndNotes() {
    let file = SourceFile(name: "s.kx", text: "淅川 x")
    let diagnostic = Diagnostic(.error, .unknownField, .same("unknown \"x\""), at: SourceRange(7, 8), in: file, notes: [.same("n")])
    #expect(diagnostic.json == #"{"severity":"error","code":"E0203","message":"unknown \"x\"","file":"s.kx","line":1,"column":4,"end_line":1,"end_column":5,"display_column":6,"byte_start":7,"byte_end":8,"notes":["n"]}"#)
  }
}
