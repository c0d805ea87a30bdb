import Foundation
import KexieData
import KexieReport
import KexieDiagnostics
import KexieSyntax
import Testing

@testable import KexieSemantics

let reportCatalog: Catalog = {
  switch Catalog.report() {
  case .success(let catalog): return catalog
  case .failure(let error): fatalError("\(error.diagnostics)")
  }
}()

/// Checks the statements of `text` in order; returns the last statement's result and all
/// diagnostics.
func check(_ text: String, checker: inout Checker) -> (CheckedStatement?, [Diagnostic]) {
  let source = SourceFile(name: "t.kx", text: text)
  let (script, syntax) = Compiler.parse(source)
  var diagnostics = syntax
  var last: CheckedStatement?
  for statement in script.statements {
    let (checked, found) = Compiler.check(statement, in: source, checker: &checker)
    diagnostics += found
    last = checked
  }
  return (last, diagnostics)
}

func check(_ text: String) -> (CheckedStatement?, [Diagnostic]) {
  var checker = Checker(catalog: reportCatalog)
  return check(text, checker: &checker)
}

func codes(_ text: String) -> [DiagnosticCode] {
  check(text).1.map(\.code)
}

/// The one diagnostic of `marked` text, which must sit at the marker.
func diagnostic(_ marked: String) -> Diagnostic? {
  let (text, offset) = strip(marked)
  let found = check(text).1.filter { $0.severity != .note }
  #expect(found.count == 1, "\(found)")
  #expect(found.first?.range?.start == offset, "\(text): \(found)")
  return found.first
}

func strip(_ marked: String) -> (String, Int) {
  guard let range = marked.range(of: "1️⃣") else { return (marked, -1) }
  return (marked.replacingCharacters(in: range, with: ""), marked[..<range.lowerBound].utf8.count)
}


@Suite struct CheckerTests {
  @Test func theFirstQueryChecks() {
    let (checked, diagnostics) = check(#"events where county = "淅川""#)
    #expect(diagnostics.isEmpty)
    guard case .query(let plan)? = checked else {
      Issue.record("no plan")
      return
    }
    #expect(plan.output.filter { !$0.hidden }.map(\.name).prefix(4) == ["id", "name", "label", "kind"])
    let county = plan.output.first { $0.name == "county" }
    #expect(county?.isList == true && county?.typeDescription == "list of text")
  }

  @Test func unknownFieldWithDidYouMeanAtTheExactPlace() {
    let found = diagnostic(#"events where 1️⃣countyy = "淅川""#)
    #expect(found?.code == .unknownField)
    #expect(found?.message == "unknown field 'countyy' in events")
    #expect(found?.notes.first == "did you mean 'county'?")
    #expect(diagnostic("events where 1️⃣County = 1")?.notes.first == "did you mean 'county'?")
  }

  @Test func theIssueExampleRendersAsDocumented() {
    let source = SourceFile(name: "saved.kx", text: "# saved query\n\nevents where countyy = \"淅川\"\n")
    var checker = Checker(catalog: reportCatalog)
    let (script, _) = Parser.parse(source)
    let (_, diagnostics) = checker.check(script.statements[0], in: source)
    let rendered = DiagnosticRenderer().render(diagnostics[0])
    #expect(rendered.hasPrefix("""
      saved.kx:3:14: error[E0203]: unknown field 'countyy' in events
        |
      3 | events where countyy = "淅川"
        |              ^^^^^^^
        = did you mean 'county'?

      """))
  }

  @Test func errorsAfterChineseLandOnTheirCharacters() {
    #expect(diagnostic(#"events where name = "流动科技馆巡展" and 1️⃣countyy = 1"#)?.code == .unknownField)
    #expect(diagnostic("# 注释：淅川\nevents | select name as 名称, 1️⃣lenght(name)")?.code == .unknownFunction)
    #expect(diagnostic(#"events where county = "淅川" and 1️⃣participants = "五百""#)?.code == .incomparableTypes)
  }

  @Test func unknownSourcesAndFunctions() {
    #expect(diagnostic("1️⃣event | count")?.notes.first == "did you mean 'events'?")
    #expect(diagnostic("events | select 1️⃣lenght(name)")?.notes.first == "did you mean 'length'?")
  }

  @Test func typeErrorsBeforeAnythingRuns() {
    #expect(codes(#"events where participants = "500""#) == [.incomparableTypes])
    #expect(codes("events | select name + 1") == [.arithmeticType])
    #expect(codes("events where participants") == [.conditionNotBoolean])
    #expect(codes("events | select length(name, 2)") == [.wrongArgumentCount])
    #expect(codes("events | select length(participants)") == [.argumentType])
    #expect(codes("events | summarize sum(name)") == [.argumentType])
    #expect(codes("events where count() > 1") == [.misplacedAggregate])
    #expect(codes("events | summarize name") == [.notAnAggregate])
    #expect(codes("events | summarize count() by kind | where name = 1") == [.unknownField])
    #expect(codes("events where year in (2021, '2020')") == [.listItemType])
    #expect(codes("events | select county.name") == [.notALink])
    #expect(codes("events | select name, kind as name") == [.duplicateColumn])
    #expect(codes("events where name matches '('") == [.invalidRegex])
    #expect(codes("events where name contains 1") == [.incomparableTypes])
  }

  /// Operators over aggregates follow the same type rules as anywhere else.
  @Test func summarizeExpressionsAreTypedLikeOthers() {
    #expect(diagnostic("events | summarize -1️⃣max(kind)")?.code == .arithmeticType)
    #expect(diagnostic("events | summarize not 1️⃣max(year)")?.code == .conditionNotBoolean)
    #expect(diagnostic("events | summarize 1️⃣max(kind) + 1")?.code == .arithmeticType)
    #expect(codes("events | summarize -max(year) as m, not (count() > 1) as few").isEmpty)
  }

  @Test func linkPathsFollowLinks() {
    let (checked, diagnostics) = check(#"events where organizer.kind = "学会" | select organizer.parent.name, section.title"#)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    guard case .query(let plan)? = checked else {
      Issue.record("the query does not check")
      return
    }
    #expect(plan.output.filter { !$0.hidden }.map(\.name) == ["organizer.parent.name", "section.title"])
    #expect(codes("events | select organizer.nmae") == [.unknownField])
  }

  @Test func fieldsChangeAlongThePipeline() {
    let found = diagnostic("events | select name | where 1️⃣county = 1")
    #expect(found?.message == "unknown field 'county' in the rows after 'select'")
    #expect(codes("events | select name | where name = '仲景经方公益论坛' | cite").isEmpty)
    #expect(codes("events | count by kind | cite") == [.unknownField])
    #expect(codes("events | count by kind | where count > 2 | sort by count desc").isEmpty)
  }

  @Test func aStringMatchingNoValueWarnsWithSuggestions() {
    let (checked, diagnostics) = check(#"events where county = "西川""#)
    #expect(diagnostics.map(\.message) == ["no county is '西川'; did you mean '淅川'?"])
    #expect(diagnostics.first?.severity == .warning)
    if case .query? = checked {} else { Issue.record("a warning must not stop the query") }
    #expect(check(#"events where county = "xichuan""#).1.first?.message == "no county is 'xichuan'; did you mean '淅川'?")
    #expect(check(#"events where county = "社旗县""#).1.first?.message == "no county is '社旗县'; did you mean '社旗'?")
    #expect(check(#"events where county in ("淅川", "南昭")"#).1.map(\.code) == [.noMatchingValue])
    #expect(check(#"events where county = "淅川" or organizer.name = "南阳市科协""#).1.isEmpty)
  }

  @Test func letBindsForLaterStatements() {
    var checker = Checker(catalog: reportCatalog)
    let (_, first) = check("let big = figures where value > 10000\nbig | count", checker: &checker)
    #expect(first.isEmpty)
    #expect(checker.bindings.map(\.name) == ["big"])
    let (_, second) = check("let big = events", checker: &checker)
    #expect(second.map(\.code) == [.rebinding])
    #expect(codes("let events = orgs") == [.reservedName])
    #expect(codes("let x = nosuch\nx | count") == [.unknownSource, .unknownSource])
  }

  @Test func joinsQualifyClashingNames() {
    #expect(codes("events | join orgs on organizer = id | select events.name, orgs.kind").isEmpty)
    #expect(codes("events | join orgs on organizer = id | select name") == [.ambiguousField])
    #expect(codes("events | join orgs on organizer = nope") == [.unknownField])
  }
}
