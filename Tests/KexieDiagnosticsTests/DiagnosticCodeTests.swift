import Testing

@testable import KexieDiagnostics

@Suite struct DiagnosticCodeTests {
  @Test func codesAreUniqueAndWellFormed() {
    let codes = DiagnosticCode.allCases.map(\.rawValue)
    #expect(Set(codes).count == codes.count)
    for code in DiagnosticCode.allCases {
      #expect(code.rawValue.count == 5)
      #expect(!code.title.isEmpty)
      #expect(code.explanation.count > 20)
      let properNoun = ["JSON", "CSV", "Chinese"].contains { code.title.hasPrefix($0) }
      #expect(properNoun || code.title.first?.isUppercase == false, "titles start lower-case: \(code.title)")
    }
  }

  @Test func severityFollowsThePrefix() {
    #expect(DiagnosticCode.unknownField.severity == .error)
    #expect(DiagnosticCode.noMatchingValue.severity == .warning)
    #expect(DiagnosticCode.chineseQuote.severity == .note)
    #expect(DiagnosticCode.named("e0203") == .unknownField)
  }

  @Test func catalogueMessagesStartLowerCase() {
    let samples: [Diagnostic] = [
      .unknownField("x", in: "events", suggestions: [], available: [], at: .point(0)),
      .expected(Phrase("a name", zh: "名字"), found: .same("','"), at: .point(0)),
      .unknownClause("filter", suggestion: "where", clauses: "where", at: .point(0)),
      .divisionByZero(at: .point(0)), .nestingTooDeep(limit: 256, at: .point(0)),
      .noMatchingValue(field: "county", value: "西川", suggestions: ["淅川"], at: .point(0)),
    ]
    for diagnostic in samples {
      #expect(diagnostic.message.first?.isUppercase == false)
    }
    #expect(samples[5].message == "no county is '西川'; did you mean '淅川'?")
  }
}
