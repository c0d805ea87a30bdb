import Testing

@testable import KexieDiagnostics

@Suite struct SourceFileTests {
  @Test func locationCountsCharactersAndDisplayColumns() {
    let file = SourceFile(name: "t.kx", text: "events where county = \"淅川\" and x\nplaces")
    let x = Array("events where county = \"淅川\" and x".utf8).count - 1
    let location = file.location(of: x)
    #expect(location.line == 1)
    #expect(location.column == 32)
    #expect(location.displayColumn == 34)
    #expect(file.location(of: file.bytes.count).line == 2)
    #expect(file.lineCount == 2)
  }

  @Test func offsetsPastTheEndAreClamped() {
    let file = SourceFile(name: "t.kx", text: "abc")
    #expect(file.location(of: 999) == Location(line: 1, column: 4, displayColumn: 4))
    #expect(file.location(of: -5) == Location(line: 1, column: 1, displayColumn: 1))
    #expect(file.text(of: SourceRange(2, 99)) == "c")
  }

  @Test func linesWithoutBreaks() {
    let file = SourceFile(name: "t", text: "a\r\nbb\n\nccc")
    #expect(file.lineText(0) == "a")
    #expect(file.lineText(1) == "bb")
    #expect(file.lineText(2) == "")
    #expect(file.lineText(3) == "ccc")
    #expect(file.lineIndex(of: 4) == 1)
  }

  @Test func invalidUTF8DoesNotTrap() {
    let file = SourceFile(name: "bad", bytes: [0x61, 0xFF, 0x62, 0x0A, 0xE6, 0xB7])
    #expect(file.location(of: 2).column == 3)
    #expect(file.lineCount == 2)
    _ = DiagnosticRenderer().render(Diagnostic(.error, .invalidUTF8, .same("x"), at: SourceRange(1, 2), in: file))
  }
}
