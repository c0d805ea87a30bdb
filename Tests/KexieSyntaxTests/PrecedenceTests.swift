import KexieTestSupport
import Testing

@testable import KexieSyntax

/// One test per precedence level of grammar/precedence.md: each shows which way an
/// expression groups by comparing it with the same expression fully parenthesised.
@Suite struct PrecedenceTests {
  func groups(_ expression: String, as parenthesised: String) {
    #expect(whereShape(expression) == whereShape(parenthesised), "\(expression) should read as \(parenthesised)")
    #expect(whereShape(expression) != "invalid")
  }

  @Test func level1Or() { groups("a or b and c", as: "a or (b and c)") }
  @Test func level1OrIsLeftAssociative() { groups("a or b or c", as: "(a or b) or c") }
  @Test func level2And() { groups("not a and b", as: "(not a) and b") }
  @Test func level2AndIsLeftAssociative() { groups("a and b and c", as: "(a and b) and c") }
  @Test func level3Not() { groups("not a = b", as: "not (a = b)") }
  @Test func level4Comparison() { groups("a + 1 = b ?? 0", as: "(a + 1) = (b ?? 0)") }
  @Test func level4TextTests() { groups("a ?? b contains c", as: "(a ?? b) contains c") }
  @Test func level4BetweenBoundsBindTighterThanAnd() { groups("x between 1 and 5 and y", as: "(x between 1 and 5) and y") }
  @Test func level4ComparisonsDoNotChain() {
    #expect(parse("events where a < b < c").1.map(\.code) == [.expectedToken])
  }
  @Test func level5Coalesce() { groups("a ?? b + 1", as: "a ?? (b + 1)") }
  @Test func level5CoalesceIsRightAssociative() { groups("a ?? b ?? c", as: "a ?? (b ?? c)") }
  @Test func level6Additive() { groups("a + b * c", as: "a + (b * c)") }
  @Test func level6AdditiveIsLeftAssociative() { groups("a - b - c", as: "(a - b) - c") }
  @Test func level7Multiplicative() { groups("a * b / c", as: "(a * b) / c") }
  @Test func level8Negation() { groups("-a * b", as: "(-a) * b") }
  @Test func level9PathsAndCalls() { groups("-organizer.kind", as: "-(organizer.kind)") }
  @Test func level9CallArguments() { groups("length(a) + 1", as: "(length(a)) + 1") }

  /// `Precedence`, which the parser and the formatter read, is the table of precedence.md.
  @Test func theTableIsTheDocumentsTable() throws {
    let rows = try Repository.read("grammar/precedence.md").split(separator: "\n").filter { $0.hasPrefix("| ") }
    for op in BinaryOperator.allCases {
      let row = rows.first { $0.hasPrefix("| \(op.precedence.rawValue) |") }
      #expect(row?.contains("`\(op.rawValue)`") == true, "\(op) is not at level \(op.precedence.rawValue) in precedence.md")
    }
    #expect(rows.first { $0.hasPrefix("| \(UnaryOperator.not.precedence.rawValue) |") }?.contains("`not`") == true)
    #expect(rows.first { $0.hasPrefix("| \(UnaryOperator.negate.precedence.rawValue) |") }?.contains("`-`") == true)
  }
}
