import KexieData
import KexieReport
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
    #expect(found == [[.text("liudong-kejiguan-xunzhan"), .text("流动科技馆巡展")]])
  }

  @Test func fiveTourStops() {
    #expect(rows(#"events where name = "流动科技馆巡展" | select county"#, report).map { $0[0] } ==
      [.list(["淅川", "南召", "镇平", "桐柏", "内乡"].map(Value.text))])
    #expect(rows(#"events where name = "流动科技馆巡展" | expand county | select county"#, report).map { $0[0] } ==
      ["淅川", "南召", "镇平", "桐柏", "内乡"].map(Value.text))
    #expect(rows("events | count", report) == [[.integer(29)]])
    #expect(rows(#"events where county = "内乡" | count"#, report) == [[.integer(1)]])
  }

  /// A link compared with text matches the name, an alias or the id of the record.
  @Test func linksMatchNames() {
    let byName = rows(#"events where organizer = "南阳市科协" | count"#, report)
    #expect(byName == rows(#"events where organizer.name = "南阳市科协" | count"#, report))
    #expect(byName == rows(#"events where organizer = "市科协" | count"#, report))
    #expect(byName == rows(#"events where organizer = "nanyang-kexie" | count"#, report))
    #expect(byName != [[.integer(0)]])
    #expect(rows(#"events where "市委" in partners | select label"#, report) == [[.text("看望慰问科技工作者代表")]])
    #expect(rows(#"events where partners = "河南华纬弹簧有限公司" | select label"#, report) == [[.text("企业咨询服务")]])
    #expect(rows(#"figures where scope = "河南" | count"#, report) == [[.integer(4)]])
  }

  @Test func linkPathsAcrossSets() {
    #expect(rows(#"events where organizer.kind = "学会群体" | select name, sessions"#, report) ==
      [[.text("各类线上线下学术交流活动"), .integer(50)]])
    #expect(rows(#"people where org.name = "河南大为律师事务所" | select name"#, report) == [[.text("毕献星")], [.text("任晓")]])
    #expect(rows(#"figures where event.name = "河南省全民科学素质网络竞赛" and rank = null | select value"#, report) ==
      [[.integer(587_000)], [.integer(15_066_000)]])
  }

  @Test func citeCarriesTheSentence() throws {
    let plan = try SourceFileForTests.plan(#"figures where quote = "58.7万" | select subject | cite"#)
    let result = try Executor(catalog: report).run(plan)
    #expect(result.citation != nil)
    let sentence = result.table.columns[result.citation!.source].value(at: 0)
    #expect(sentence.description.contains("南阳市参赛人数达58.7万"))
  }
}
