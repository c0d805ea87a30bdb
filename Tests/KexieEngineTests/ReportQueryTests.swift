import KexieData
import Testing

@testable import KexieEngine

let report: Catalog = {
  switch Catalog.report() {
  case .success(let catalog): return catalog
  case .failure(let error): fatalError("\(error.diagnostics)")
  }
}()

/// Queries on the embedded dataset whose answers can be read off the report.
@Suite struct ReportQueryTests {
  @Test func theIssueQuery() {
    let found = rows(#"events where county = "淅川" | select id, name"#, report)
    #expect(found == [[.text("science-museum-tour-xichuan"), .text("流动科技馆巡展")]])
  }

  @Test func fiveTourStops() {
    #expect(rows(#"events where name = "流动科技馆巡展" | select county"#, report).map { $0[0] } ==
      ["淅川", "南召", "镇平", "桐柏", "内乡"].map(Value.text))
  }

  @Test func linkPathsAcrossSets() {
    #expect(rows(#"events where organizer.kind = "学会群体" | select name, sessions"#, report) ==
      [[.text("各类线上线下学术交流活动"), .integer(50)]])
    #expect(rows(#"people where org.name = "河南大为律师事务所" | select name"#, report) == [[.text("毕献星")], [.text("任晓")]])
    #expect(rows(#"figures where event.name = "河南省全民科学素质网络竞赛" and rank = null | select value"#, report) ==
      [[.integer(587_000)], [.integer(15_066_000)]])
  }

  @Test func citeCarriesTheSentence() throws {
    let source = SourceFileForTests.plan(#"figures where quote = "58.7万" | select subject | cite"#)
    let result = try Executor().run(source)
    #expect(result.citation != nil)
    let sentence = result.table.columns[result.citation!.source].value(at: 0)
    #expect(sentence.description.contains("南阳市参赛人数达58.7万"))
  }
}
