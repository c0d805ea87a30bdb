import KexieDiagnostics
import Testing

@testable import KexieSyntax

@Suite struct ParserTests {
  @Test func theFirstQueryParses() {
    let (script, diagnostics) = parse(#"events where county = "淅川""#)
    #expect(diagnostics.isEmpty)
    #expect(script.statements.count == 1)
    #expect(shape(#"events where county = "淅川""#) == """
      script
        query
          source events
          where
            binary =
              name county
              literal "淅川"

      """)
  }

  @Test func anErrorAtTheEndOfTheInputPointsJustAfterTheLastToken() {
    // Blank lines and a comment after the unfinished statement: the caret still goes after 'and'.
    for text in ["events | where year = 2021 and1️⃣\n\n\n", "events | where year = 2021 and1️⃣ # more later\n", "events where1️⃣"] {
      let marked = Marked(text)
      let (_, diagnostics) = parse(marked.text)
      #expect(diagnostics.first?.code == .expectedToken)
      #expect(diagnostics.first?.range == .point(marked.offset()), "\(text.debugDescription)")
    }
  }

  @Test func thePipeBetweenClausesIsOptional() {
    #expect(shape("events | where a = 1 | count") == shape("events where a = 1 count"))
    #expect(shape("events order by a take 3") == shape("events | sort by a | limit 3"))
  }

  @Test func everyClauseParses() {
    let text = """
      let big = figures where value > 1万
      big | select subject, value * 2 as double | extend value / 10 as tenth
      events | sort by year desc, name | top 3 by participants | limit 2
      events | count by county, kind
      events | summarize count() as n, sum(participants) by section.title
      events | distinct kind | cite
      events | left join orgs on organizer = id | select *
      (events where year = 2021) | count
      """
    let (script, diagnostics) = parse(text)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(script.statements.count == 8)
  }

  @Test func expressionForms() {
    let (_, diagnostics) = parse("""
      events where a in (1, 2) and b not in ("x") and c is null and d is not null and
        e contains "科普" and f not startswith "a" and g endswith "b" and h matches "^a" and
        i between 1 and 5 and j not between 1 and 2 and k ?? 0 > -1 and not l and
        count(*) = count() and length(name) > 2 and organizer.parent.kind = "学会"
      """)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
  }

  @Test func reportsEveryIndependentErrorInOneRun() {
    let text = """
      events where county = | select name as | count
      places filter name = "x"
      orgs | sort name
      """
    let (_, diagnostics) = parse(text)
    let errors = diagnostics.filter(\.isError)
    #expect(errors.count == 4, "\(errors.map(\.description))")
    #expect(errors.map { $0.source?.location(of: $0.range?.start ?? 0).line } == [1, 1, 2, 3])
  }

  @Test func habitsFromOtherLanguagesGetAnAnswer() {
    let (_, filter) = parse("events filter county = 1")
    #expect(filter.first?.code == .unknownClause)
    #expect(filter.first?.notes.first == "did you mean 'where'?")
    let (_, project) = parse("events | project name")
    #expect(project.first?.notes.first == "did you mean 'select'?")
    let (_, typo) = parse("events | wher county = 1")
    #expect(typo.first?.notes.first == "did you mean 'where'?")
    let (_, and) = parse("events where a = 1 && b = 2 || c = 3")
    #expect(and.map(\.code) == [.foreignOperator, .foreignOperator])
    #expect(and.map { $0.notes.first } == ["did you mean 'and'?", "did you mean 'or'?"])
    let (_, summarize) = parse("events | summarize n = count()")
    #expect(summarize.map(\.code) == [.assignmentInSummarize])
    #expect(summarize.first?.notes == ["use 'count() as n'"])
    let (_, extend) = parse("events | extend x = participants * 2")
    #expect(extend.map(\.code) == [.assignmentInSummarize])
  }

  @Test func sqlLikeSaysWhichTextTestItsPatternMeans() {
    let (_, contains) = parse("events where name like \"%科技%\"")
    #expect(contains.first?.code == .foreignOperator)
    #expect(contains.first?.message == "kexie has no 'like': use contains \"科技\"")
    let (_, starts) = parse("events where name LIKE \"南阳%\"")
    #expect(starts.first?.message == "kexie has no 'LIKE': use startswith \"南阳\"")
    let (_, ends) = parse("events where name ilike \"%大赛\"")
    #expect(ends.first?.message == "kexie has no 'ilike': use endswith \"大赛\"")
    let (_, wild) = parse("events where name like \"南_%\"")
    #expect(wild.first?.message.contains("matches") == true)
  }

  @Test func countWithSQLParenthesesIsTheCountClause() {
    #expect(parse("events | count(*)").1.isEmpty)
    #expect(parse("events | count()").1.isEmpty)
    #expect(shape("events | count(*)") == shape("events | count"))
    #expect(shape("events | count() by county") == shape("events | count by county"))
  }

  @Test func aChineseFullStopGetsANote() {
    let (_, diagnostics) = parse("events | count。")
    #expect(diagnostics.first?.notes.contains { $0.contains("Chinese input method") } == true)
  }

  @Test func doubleEqualsAndOrderByAreAcceptedSilently() {
    #expect(parse("events where a == 1 | order by a").1.isEmpty)
    #expect(shape("events where a == 1") == shape("events where a = 1"))
  }

  @Test func sqlOrderIsExplained() {
    let (_, diagnostics) = parse("select name, kind from events where county = '淅川'")
    #expect(diagnostics.map(\.code) == [.sqlStyleQuery])
    #expect(diagnostics[0].notes.last == "try 'events | where county = '淅川' | select name, kind'")
  }

  @Test func aLineStartingWithAnOperatorSaysWhereToPutIt() {
    let (_, diagnostics) = parse("events where a = 1\n  and b = 2")
    #expect(diagnostics.map(\.code) == [.clauseOnNewLine])
    #expect(diagnostics[0].message == "a statement cannot start with 'and'")
    #expect(diagnostics[0].notes == ["to continue on the next line, end this line with 'and' (or start the next line with '|')"])
  }

  @Test func selectStarCanEndALine() {
    #expect(parse("events | select *\nplaces").0.statements.count == 2)
  }

  @Test func aClauseOnANewLineWithoutAPipe() {
    let (_, diagnostics) = parse("events\nwhere county = '淅川'")
    #expect(diagnostics.map(\.code) == [.clauseOnNewLine])
    #expect(diagnostics[0].notes == ["to continue the query on a new line, start the line with '| where'"])
  }

  @Test func tenThousandNestedParenthesesAreRefusedNotACrash() {
    let deep = "events where " + String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
    let (_, diagnostics) = parse(deep)
    #expect(diagnostics.map(\.code) == [.nestingTooDeep])
    let nots = "events where " + String(repeating: "not ", count: 10_000) + "true"
    #expect(parse(nots).1.map(\.code) == [.nestingTooDeep])
    let chain = "events where " + Array(repeating: "1", count: 5_000).joined(separator: " + ") + " = 1"
    #expect(parse(chain).1.map(\.code) == [.nestingTooDeep])
    let sub = String(repeating: "(", count: 5_000) + "events" + String(repeating: ")", count: 5_000)
    #expect(parse(sub).1.map(\.code) == [.nestingTooDeep])
  }

  @Test func errorsAfterChineseTextLandOnTheRightCharacters() {
    let cases = [
      "events where county = \"淅川\" and 1️⃣&& x = 1",
      "# 南阳市科协的活动\nevents where name contains \"科普\" 1️⃣filter x = 1",
      "events where county in (“淅川”、“南召”) | select 1️⃣,",
      "活动表 | where 名称 = 「参赛 人数」 and 1️⃣) = 1",
    ]
    for text in cases {
      let marked = Marked(text)
      let (_, diagnostics) = parse(marked.text)
      let first = diagnostics.first { $0.isError }
      #expect(first?.range?.start == marked.offset(), "\(text): \(diagnostics)")
      // The rendered caret lines up under the marker by display width.
      if let first, let source = first.source, let start = first.range?.start {
        let location = source.location(of: start)
        let rendered = DiagnosticRenderer().render(first).split(separator: "\n").map(String.init)
        let caretLine = rendered.first { $0.contains("^") } ?? ""
        let caretColumn = DisplayWidth.of(caretLine.prefix { $0 != "^" })
        let gutter = String(location.line).count + 3
        #expect(caretColumn - gutter + 1 == location.displayColumn)
      }
    }
  }

  @Test func limitNeedsAWholeNumber() {
    #expect(parse("events | limit 2.5").1.map(\.code) == [.invalidCount])
    #expect(parse("events | take -1").1.map(\.code) == [.invalidCount])
    #expect(parse("events | limit x").1.map(\.code) == [.expectedToken])
  }

  @Test func negativeLiteralsStayExact() {
    #expect(whereShape("x = -9223372036854775807") == "binary =\n  name x\n  literal -9223372036854775807")
  }

  @Test func dotCommandsAreStatements() {
    let (script, _) = parse(".mode csv\nevents | count\n.mode table")
    #expect(script.statements.count == 3)
    if case .command(let text, _) = script.statements[0] {
      #expect(text == ".mode csv")
    } else {
      Issue.record("expected a command")
    }
  }
}
