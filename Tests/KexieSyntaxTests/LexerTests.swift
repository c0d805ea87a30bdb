import KexieDiagnostics
import Testing

@testable import KexieSyntax

@Suite struct LexerTests {
  @Test func theFirstQueryTokenizes() {
    #expect(kinds(#"events where county = "淅川""#) == [.name, .keyword(.where), .name, .equal, .string, .end])
    #expect(tokens(#"events where county = "淅川""#)[4].text == "淅川")
  }

  @Test func keywordsAreCaseInsensitiveNamesAreNot() {
    let result = tokens("EVENTS WHERE County")
    #expect(result[0].kind == .name && result[0].text == "EVENTS")
    #expect(result[1].kind == .keyword(.where))
    #expect(result[2].text == "County")
  }

  @Test func fullWidthFormsFoldSilently() {
    let result = tokens("events｜where　participants＞＝１０")
    #expect(result.map(\.kind) == [.name, .pipe, .keyword(.where), .name, .greaterEqual, .integer, .end])
    #expect(result[4].normalization == "＞＝ → >=")
    #expect(result[5].number == .integer(10))
    let (_, diagnostics) = Lexer.tokenize(SourceFile(name: "t", text: "events｜where　x＝１"))
    #expect(diagnostics.isEmpty)
  }

  @Test func chineseQuotesAreStringsWithANote() {
    let (result, diagnostics) = Lexer.tokenize(SourceFile(name: "t", text: "county = “淅川” or county = ‘南召’"))
    #expect(result[2].kind == .string && result[2].text == "淅川")
    #expect(result[2].normalization == "“ → \"")
    #expect(result[6].text == "南召")
    #expect(diagnostics.map(\.code) == [.chineseQuote, .chineseQuote])
    #expect(diagnostics.allSatisfy { $0.severity == .note })
  }

  @Test func nothingInsideAStringIsChanged() {
    let text = "“＝（全角）、‘单引号’ \"ascii\"”"
    #expect(tokens(text)[0].text == "＝（全角）、‘单引号’ \"ascii\"")
    #expect(tokens("\"ＡＢＣ　、\"")[0].text == "ＡＢＣ　、")
  }

  @Test func enumerationCommaSeparatesListItems() {
    let (result, diagnostics) = Lexer.tokenize(SourceFile(name: "t", text: "county in (“淅川”、“南召”)"))
    #expect(result.map(\.kind) == [.name, .keyword(.in), .leftParen, .string, .comma, .string, .rightParen, .end])
    #expect(diagnostics.contains { $0.code == .chineseComma })
  }

  @Test(arguments: [
    ("42", NumberValue.integer(42)), ("58.7万", .integer(587_000)), ("1506.6万", .integer(15_066_000)),
    ("1.5亿", .integer(150_000_000)), ("2万亿", .integer(2_000_000_000_000)), ("35%", .decimal(0.35)),
    ("58.7", .decimal(58.7)), ("1e6", .decimal(1_000_000)), ("2.5e-3", .decimal(0.0025)),
    ("0.00001万", .decimal(0.1)), ("５８", .integer(58)), ("100%", .decimal(1.0)), ("58.75万", .integer(587_500)),
  ])
  func numbers(text: String, value: NumberValue) {
    let result = tokens(text)
    #expect(result.count == 2)
    #expect(result[0].number == value)
  }

  @Test func unitNumbersSayWhatTheyMean() {
    #expect(tokens("58.7万")[0].normalization == "58.7万 → 587000")
    #expect(tokens("35%")[0].normalization == "35% → 0.35")
  }

  @Test(arguments: ["1e", "2021年", "58.7万人", "12abc"])
  func malformedNumbersAreOneError(text: String) {
    let (result, diagnostics) = Lexer.tokenize(SourceFile(name: "t", text: text))
    #expect(result.map(\.kind) == [.invalid, .end])
    #expect(diagnostics.map(\.code) == [.invalidNumber])
    #expect(diagnostics[0].range == SourceRange(0, text.utf8.count))
  }

  @Test func hugeIntegersAreRefusedNotWrapped() {
    let (_, diagnostics) = Lexer.tokenize(SourceFile(name: "t", text: "99999999999999999999"))
    #expect(diagnostics.map(\.code) == [.numberTooLarge])
    #expect(tokens("9223372036854775807")[0].number == .integer(Int64.max))
  }

  @Test func stringEscapes() {
    #expect(tokens(#""a\"b\\c\n\t\u{4E2D}""#)[0].text == "a\"b\\c\n\t中")
    let (_, diagnostics) = Lexer.tokenize(SourceFile(name: "t", text: #""bad \q""#))
    #expect(diagnostics.map(\.code) == [.invalidEscape])
  }

  @Test func unterminatedStringPointsAtItsQuote() {
    let marked = Marked(#"events where county = 1️⃣"淅川"#)
    let (_, diagnostics) = Lexer.tokenize(SourceFile(name: "t", text: marked.text))
    #expect(diagnostics.map(\.code) == [.unterminatedString])
    #expect(diagnostics[0].range?.start == marked.offset())
  }

  @Test func invalidUTF8IsAnErrorWithItsOffset() {
    let bytes = Array("events where x = ".utf8) + [0xFF, 0xFE] + Array(" 1".utf8)
    let (_, diagnostics) = Lexer.tokenize(SourceFile(name: "t", bytes: bytes))
    #expect(diagnostics.map(\.code) == [.invalidUTF8, .invalidUTF8])
    #expect(diagnostics[0].range == SourceRange(17, 18))
    #expect(diagnostics[0].message.contains("0xFF"))
  }

  @Test func quotedNames() {
    #expect(tokens("`my field`")[0].kind == .quotedName)
    #expect(tokens("「参赛 人数」")[0].text == "参赛 人数")
    #expect(tokens("`where`")[0].kind == .quotedName)
    let (_, diagnostics) = Lexer.tokenize(SourceFile(name: "t", text: "`open"))
    #expect(diagnostics.map(\.code) == [.unterminatedQuotedName])
  }

  @Test func chineseNames() {
    let result = tokens("表格 where 参赛人数 > 1")
    #expect(result[0].kind == .name && result[0].text == "表格")
    #expect(result[2].kind == .name && result[2].text == "参赛人数")
  }

  @Test func comments() {
    #expect(kinds("#!/usr/bin/env kexie\nevents # all of them\n// more\n| count") == [.name, .pipe, .keyword(.count), .end])
  }

  @Test func newlinesEndStatementsOnlyWhenTheyShould() {
    #expect(kinds("events\nplaces") == [.name, .newline, .name, .end])
    #expect(kinds("events |\ncount") == [.name, .pipe, .keyword(.count), .end])
    #expect(kinds("events\n| count") == [.name, .pipe, .keyword(.count), .end])
    #expect(kinds("events\n\n  | count") == [.name, .pipe, .keyword(.count), .end])
    #expect(kinds("events where\ncounty = 1") == [.name, .keyword(.where), .name, .equal, .integer, .end])
    #expect(kinds("events where (a =\n1)") == [.name, .keyword(.where), .leftParen, .name, .equal, .integer, .rightParen, .end])
    #expect(kinds("events | select a,\nb") == [.name, .pipe, .keyword(.select), .name, .comma, .name, .end])
    #expect(kinds("events | count\nplaces") == [.name, .pipe, .keyword(.count), .newline, .name, .end])
  }

  /// The REPL's continuation prompt and the lexer's newline rule agree, so a statement the
  /// REPL runs reads the same in a script.
  @Test(arguments: [
    ("places | select *", true), ("places | select name, *", true), ("places | count;", true),
    ("places | count", true), ("places |", false), ("events where", false), ("events where (a = 1", false),
    ("events where a *", false), ("events where a = \"淅", false), ("", true), (".mode csv", true),
  ])
  func continuationFollowsTheNewlineRule(text: String, complete: Bool) {
    #expect(Completeness.isComplete(text) == complete)
    // Where the REPL says complete, a newline after the text ends the statement in a script.
    if complete, !text.isEmpty, !text.hasPrefix("."), !text.hasSuffix(";") {
      #expect(kinds(text + "\nplaces").contains(.newline), "\(text)")
    }
  }

  @Test func aDotCommandMayFollowSelectStar() {
    #expect(kinds("events | select *\n.mode csv") == [.name, .pipe, .keyword(.select), .star, .newline, .dotCommand, .end])
  }

  @Test func dotCommandsAtStatementStartOnly() {
    let result = tokens(".mode csv\nevents | select organizer.name\n.timer on")
    #expect(result.map(\.kind) == [.dotCommand, .newline, .name, .pipe, .keyword(.select), .name, .dot, .name, .newline, .dotCommand, .end])
    #expect(result[0].text == ".mode csv")
  }

  @Test func foreignOperatorsAreTokensSoTheParserCanAnswer() {
    #expect(kinds("a && b || !c") == [.name, .ampAmp, .name, .barBar, .bang, .name, .end])
  }

  @Test func unexpectedCharactersAreReportedAndSkipped() {
    let (result, diagnostics) = Lexer.tokenize(SourceFile(name: "t", text: "a @ b"))
    #expect(result.map(\.kind) == [.name, .invalid, .name, .end])
    #expect(diagnostics.first?.code == .unexpectedCharacter)
  }
}
