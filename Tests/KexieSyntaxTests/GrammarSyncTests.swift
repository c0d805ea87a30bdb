import Foundation
import KexieTestSupport
import Testing

@testable import KexieSyntax

/// Keeps grammar/kexie.ebnf, grammar/keywords.txt and the parser in step.
@Suite struct GrammarSyncTests {
  static func read(_ path: String) throws -> String { try Repository.read(path) }

  struct Rule {
    var name: String
    var body: String
    var function: String?
  }

  /// The rules of the EBNF: `name = body ;` with an optional `(* parseX *)` after.
  static func rules() throws -> [Rule] {
    var text = try read("grammar/kexie.ebnf")
    // Drop the lexical part and comments that are not function annotations.
    if let lexical = text.range(of: "(* ---- Lexical grammar") { text = String(text[..<lexical.lowerBound]) }
    var rules: [Rule] = []
    let pattern = try NSRegularExpression(pattern: #"(?m)^([a-z][a-z-]*) = ((?:[^;]|"[;]")+?);\s*(?:\(\*\s*(parse[A-Za-z]+)\s*\*\))?"#)
    let range = NSRange(text.startIndex..., in: text)
    for match in pattern.matches(in: text, range: range) {
      let name = String(text[Range(match.range(at: 1), in: text)!])
      let body = String(text[Range(match.range(at: 2), in: text)!])
      let function = Range(match.range(at: 3), in: text).map { String(text[$0]) }
      rules.append(Rule(name: name, body: body, function: function))
    }
    return rules
  }

  static func normalize(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// Comment blocks of the parser sources, joined and normalised.
  static func parserComments() throws -> [String] {
    var blocks: [String] = []
    for file in ["Parser.swift", "Parser+Clauses.swift", "Parser+Expressions.swift"] {
      let text = try read("Sources/KexieSyntax/" + file)
      var current: [String] = []
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("//") {
          current.append(String(trimmed.drop { $0 == "/" }))
        } else if !current.isEmpty {
          blocks.append(normalize(current.joined(separator: " ")))
          current = []
        }
      }
    }
    return blocks
  }

  static func parserSource() throws -> String {
    try ["Parser.swift", "Parser+Clauses.swift", "Parser+Expressions.swift"]
      .map { try read("Sources/KexieSyntax/" + $0) }.joined(separator: "\n")
  }

  @Test func everyRuleIsQuotedByItsParseFunction() throws {
    let comments = try GrammarSyncTests.parserComments()
    let source = try GrammarSyncTests.parserSource()
    let rules = try GrammarSyncTests.rules()
    #expect(rules.count > 30)
    for rule in rules {
      guard let function = rule.function else { continue }
      #expect(source.contains("func \(function)("), "\(rule.name): no function \(function)")
      let quoted = GrammarSyncTests.normalize("\(rule.name) = \(rule.body);")
      #expect(comments.contains { $0.contains(quoted) }, "the parser does not quote: \(quoted)")
    }
  }

  @Test func everyParseFunctionIsNamedByTheGrammar() throws {
    let named = Set(try GrammarSyncTests.rules().compactMap(\.function))
    let source = try GrammarSyncTests.parserSource()
    let helpers: Set = ["parseItems", "parseRowCount", "parseExpressionList", "parseLeftAssociative"]
    let regex = try NSRegularExpression(pattern: #"func (parse[A-Za-z]+)\("#)
    for match in regex.matches(in: source, range: NSRange(source.startIndex..., in: source)) {
      let function = String(source[Range(match.range(at: 1), in: source)!])
      #expect(named.contains(function) || helpers.contains(function), "\(function) implements no grammar rule")
    }
  }

  @Test func keywordsAgreeEverywhere() throws {
    let listed = try GrammarSyncTests.read("grammar/keywords.txt").split(separator: "\n")
      .map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
    #expect(listed == listed.sorted())
    #expect(Set(listed) == Set(Keyword.allCases.map(\.rawValue)))
    var ebnf = try GrammarSyncTests.read("grammar/kexie.ebnf")
    if let lexical = ebnf.range(of: "(* ---- Lexical grammar") { ebnf = String(ebnf[..<lexical.lowerBound]) }
    ebnf = try NSRegularExpression(pattern: #"\(\*[\s\S]*?\*\)"#)
      .stringByReplacingMatches(in: ebnf, range: NSRange(ebnf.startIndex..., in: ebnf), withTemplate: "")
    let quoted = try NSRegularExpression(pattern: #""([a-z]+)""#)
    let words = Set(quoted.matches(in: ebnf, range: NSRange(ebnf.startIndex..., in: ebnf)).map {
      String(ebnf[Range($0.range(at: 1), in: ebnf)!])
    })
    #expect(words == Set(listed), "in the grammar but not keywords: \(words.subtracting(listed)); keywords missing from the grammar: \(Set(listed).subtracting(words))")
  }

  @Test func precedenceTableNamesTheParseFunctions() throws {
    let table = try GrammarSyncTests.read("grammar/precedence.md")
    for function in ["parseOr", "parseAnd", "parseNot", "parseComparison", "parseCoalesce", "parseAdditive", "parseMultiplicative", "parseUnary", "parsePostfix"] {
      #expect(table.contains("`\(function)`"))
    }
  }
}
