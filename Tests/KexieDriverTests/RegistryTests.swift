import KexieData
import KexieDiagnostics
import KexieSemantics
import KexieSyntax
import KexieTestSupport
import Testing

@testable import KexieDriver

/// The registries are single tables that feed everything else; each entry's example must run
/// on the report dataset, and the tables must agree with the grammar and each other.
@Suite struct RegistryTests {
  @Test(arguments: ClauseSpec.all.map(\.name))
  func everyClauseExampleRuns(_ name: String) throws {
    let spec = try #require(ClauseSpec.all.first { $0.name == name })
    let (out, err, result) = runScript(spec.example)
    #expect(result.errors == 0 && err.isEmpty, "\(name): \(spec.example)\n\(err)")
    #expect(!out.isEmpty)
    // The example uses the clause it documents.
    let (script, _) = Parser.parse(SourceFile(name: "e", text: spec.example))
    let kinds = script.statements.compactMap { statement -> [ClauseKind]? in
      if case .query(let query) = statement { return query.clauses.compactMap(\.kind) }
      return nil
    }.flatMap { $0 }
    #expect(kinds.contains(spec.kind), "\(name)'s example has no \(name) clause")
  }

  @Test(arguments: Builtins.all.map(\.name))
  func everyFunctionExampleRuns(_ name: String) throws {
    let builtin = try #require(Builtins.named(name))
    let (out, err, result) = runScript(builtin.example)
    #expect(result.errors == 0 && err.isEmpty, "\(name): \(builtin.example)\n\(err)")
    #expect(!out.isEmpty)
    #expect(builtin.example.contains(name + "("), "\(name)'s example does not call it")
  }

  @Test func everyClauseKeywordBelongsToOneClause() {
    for keyword in Keyword.allCases where keyword.startsClause {
      #expect(ClauseSpec.all.filter { $0.keywords.contains(keyword) }.count == 1, "\(keyword)")
    }
    #expect(Set(ClauseSpec.all.map(\.kind)) == Set(ClauseKind.allCases))
    for kind in ClauseKind.allCases { #expect(kind.spec.kind == kind) }
    // Habits are words, not kexie keywords (a keyword never reaches the habit table).
    for spec in ClauseSpec.all {
      for habit in spec.habits { #expect(Keyword(word: habit.word) == nil, "\(habit.word) is a keyword") }
    }
  }

  @Test func helpComesFromTheClauseTable() {
    for spec in ClauseSpec.all {
      #expect(runScript(".help \(spec.name)").out.contains(spec.syntax))
      for keyword in spec.keywords where keyword != .left {
        #expect(ClauseHelp.named(keyword.rawValue)?.keyword == spec.name)
      }
    }
  }
}
