import KexieTestSupport
import KexieSyntax
import Testing

@testable import KexieREPL
@testable import KexieDriver

@Suite struct CompletionTests {
  @Test func clauseWordsComeFromTheClauseTable() {
    #expect(Completer.clauseWords == ClauseSpec.completionWords)
  }

  let completer = Completer(session: makeSession().0)

  func candidates(_ text: String) -> [String] { completer.complete(text).candidates }

  @Test func setNamesWhereASourceGoes() {
    #expect(candidates("ev") == ["events"])
    #expect(candidates("let x = pl") == ["places"])
    #expect(candidates("events | join o") == ["orgs"])
    #expect(candidates("").contains("events") && candidates("").contains("let"))
  }

  @Test func clauseKeywordsAfterASourceOrAPipe() {
    #expect(candidates("events w") == ["where"])
    #expect(candidates("events | su") == ["summarize"])
    #expect(candidates("events | sort ") == ["by"])
  }

  @Test func whatFollowsAClauseThatEndsInAKeywordOrANumber() {
    // `count` takes `by` or ends: never `and`, `or` or a text operator.
    #expect(candidates("orgs | count ") == ["by"] + Completer.clauseWords.filter { $0 != "cite" })
    #expect(candidates("orgs | count b") == ["by"])
    #expect(candidates("events | limit 3 ") == Completer.clauseWords)
    #expect(candidates("events | cite ") == Completer.clauseWords)
    #expect(candidates("events | sort by year desc ") == Completer.clauseWords)
    // After a value in a condition, operators still come first.
    #expect(candidates("events where year = 2021 ").contains("and"))
    #expect(candidates("events | top 3 ") == ["by"])
  }

  @Test func fieldsOfTheRowsAtTheCursor() {
    #expect(candidates("events where coun") == ["county"])
    #expect(candidates("events | select na") == ["name"])
    #expect(candidates("events | select name | where k").isEmpty)
    #expect(candidates("events | count by kind | where cou") == ["count"])
    #expect(candidates("places | sort by pin") == ["pinyin"])
  }

  @Test func aggregatesOnlyInSummarize() {
    #expect(candidates("events | summarize count(), su").contains("sum("))
    #expect(!candidates("events where su").contains("sum("))
  }

  @Test func linkPaths() {
    #expect(candidates("events where organizer.ki") == ["kind"])
    #expect(candidates("events where organizer.parent.na") == ["name"])
    #expect(candidates("events | select section.").contains("title"))
    #expect(candidates("events | summarize count() by section.").contains("title"))
    #expect(candidates("events where county = '淅川' | sort by organizer.").contains("kind"))
  }

  @Test func valuesInsideAnOpenString() {
    let result = completer.complete("events where county = \"淅")
    #expect(result.candidates == ["淅川\""])
    #expect(result.replacing == 1)
    #expect(candidates("events where county = “南") == ["南召”"])
    #expect(candidates("events where county in (\"淅川\", \"桐") == ["桐柏\""])
    #expect(candidates("events where organizer.kind = \"学").contains("学会群体\""))
  }

  @Test func dotCommandsAndTheirArguments() {
    #expect(candidates(".ti") == [".timer "])
    #expect(candidates(".mode c") == ["csv"])
    #expect(candidates(".schema ev") == ["events"])
    #expect(candidates(".timer o") == ["on", "off"])
    #expect(candidates(".help wh") == ["where"])
  }

  @Test func fileNamesAfterRead() throws {
    let directory = try temporaryDirectory()
    try "places | count".write(to: directory.appendingPathComponent("saved.kx"), atomically: true, encoding: .utf8)
    try "x".write(to: directory.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    #expect(candidates(".read \(directory.path)/s") == ["saved.kx"])
    #expect(candidates(".read \(directory.path)/n").isEmpty)
  }

  @Test func multiLineStatementsCompleteAcrossLines() {
    #expect(candidates("events\n| where cou") == ["county"])
    #expect(candidates("places | count\nevents | where cou") == ["county"])
  }

  @Test func onlyKeywordsThatParseAreOffered() {
    let afterCondition = candidates("events where year = 2021 ")
    #expect(afterCondition.contains("and") && afterCondition.contains("sort by"))
    #expect(!afterCondition.contains("as") && !afterCondition.contains("asc") && !afterCondition.contains("desc"))
    #expect(candidates("events where year = 2021 a") == ["and"])
    #expect(!candidates("events | count ").contains("cite"))
    #expect(candidates("events | sort by year ").contains("desc"))
    #expect(candidates("events | select name ").contains("as"))
  }

  @Test func aLinkFieldTakesNoSpaceSoADotCanFollow() {
    let link = completer.complete("events where organi")
    #expect(link.candidates == ["organizer"])
    #expect(link.insertion == "organizer")
    #expect(completer.complete("events where coun").insertion == "county ")
    #expect(completer.complete("events where organizer.pa").insertion == "parent")
    #expect(completer.complete("events where organizer.ki").insertion == "kind ")
  }

  @Test func fileNamesWithSpacesAreQuoted() throws {
    let directory = try temporaryDirectory()
    try "a,b\n1,2\n".write(to: directory.appendingPathComponent("my data.csv"), atomically: true, encoding: .utf8)
    let result = completer.complete(".load \(directory.path)/my")
    #expect(result.candidates == ["\"\(directory.path)/my data.csv\""])
    #expect(result.replacing == "\(directory.path)/my".count)
    // Inside a quote already opened.
    let open = completer.complete(".load \"\(directory.path)/my d")
    #expect(open.candidates == ["\"\(directory.path)/my data.csv\""])
    #expect(open.replacing == "\"\(directory.path)/my d".count)
    // What Tab inserts is what the command reads back as one argument.
    #expect(Session.words(".load " + result.candidates[0]).last == "\(directory.path)/my data.csv")
  }

  @Test func sourceCompletesTheIdsOfItsSet() {
    #expect(candidates(".source ev") == ["events"])
    let ids = candidates(".source events liudong")
    #expect(ids == ["liudong-kejiguan-xunzhan"])
    #expect(candidates(".source places ").contains("xichuan"))
  }

  @Test func aChineseLineIsOfferedChineseWords() {
    #expect(candidates("活") == ["活动"])
    #expect(candidates("活动 | 筛") == ["筛选"])
    #expect(candidates("活动 | 筛选 参").contains("参与人数"))
    let after = candidates("活动 | 筛选 县 = \"淅川\" ")
    #expect(after.contains("且") && after.contains("排序") && !after.contains("and") && !after.contains("降序"), "\(after)")
    // After 排序 the keys may come at once (按 is optional).
    #expect(candidates("活动 | 排序 名").contains("名称"))
    #expect(candidates("活动 | 计数 ").first == "按")
  }

  @Test func commonPrefix() {
    #expect(CompletionResult(replacing: 0, candidates: ["county", "count"]).commonPrefix == "count")
  }
}
