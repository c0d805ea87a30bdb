import KexieDiagnostics
import KexieTestSupport
import Testing

@testable import KexieReport
import KexieData

/// The dataset must be trustworthy: every record carries the sentence it was read from at
/// the offset it claims, every number in the report is modelled (or deliberately not), every
/// named person, organisation and place is present, and links, ids and required fields hold.
@Suite struct ReportDatasetTests {
  @Test func loadsWithEveryLinkResolved() throws {
    let tables = Dataset.tables
    #expect(tables.map(\.name) == EntitySet.all.map(\.name))
    #expect(ReportDataset.danglingLinks(in: tables).isEmpty)
    #expect(Dataset.table("sections").rowCount == 4)
    #expect(Dataset.table("events").rowCount >= 25)
  }

  /// One record per activity: no two events share a name, and what is not an activity held
  /// in 2021 (the ways of political study, the congress the report looks forward to) is in
  /// `mentions`, not `events`.
  @Test func eachActivityIsOneEvent() {
    let names = Dataset.strings("events", "name")
    #expect(Set(names).count == names.count, "an activity is stored twice")
    let labels = Dataset.strings("events", "label")
    #expect(Set(labels).count == labels.count, "two events share a label")
    let mentioned = Set(Dataset.strings("mentions", "name"))
    for name in ["党组领学", "座谈研讨", "媒体宣传", "印发学习通知", "党的二十大"] {
      #expect(mentioned.contains(name), "mentions lacks \(name)")
      #expect(!names.contains(name), "\(name) is not an activity held")
    }
    // 科普活动 537场次 is the year's total of other activities: a figure, not an event.
    #expect(!names.contains("科普活动"))
    #expect(Dataset.strings("figures", "quote").contains("537场次"))
  }

  /// Every activity and figure took place in 2021, the report's year; `year_basis` keeps the
  /// old rule visible: `stated` when the sentence says 2021 of it. (One sentence names the
  /// 2021世界传感器大会 among four events: only that one is `stated` there.)
  @Test func everyActivityAndFigureHasItsYear() {
    for set in ["events", "figures"] {
      let table = Dataset.table(set)
      for row in 0..<table.rowCount {
        #expect(table.value(row: row, column: table.index(of: "year")!) == .integer(2021), "\(set) row \(row) has no year")
        guard case .text(let source) = table.value(row: row, column: table.index(of: "source")!),
          case .text(let basis) = table.value(row: row, column: table.index(of: "year_basis")!)
        else {
          Issue.record("\(set) row \(row) has no year basis")
          continue
        }
        let statesTheYear = source.replacing("2021世界传感器大会", with: "").contains("2021")
          || (set == "events" && table.value(row: row, column: table.index(of: "name")!) == .text("2021世界传感器大会"))
        #expect(basis == (statesTheYear ? "stated" : "report"), "\(set) row \(row): year_basis \(basis)")
      }
    }
  }

  /// `name` is in the report's words: it stands in the record's own sentence.
  @Test func namesAreTheReportsWords() {
    let checks = [("events", "name"), ("orgs", "name"), ("programs", "name"), ("people", "name"), ("people", "title"),
                  ("mentions", "name"), ("mentions", "purpose"), ("places", "short"), ("contacts", "value"),
                  ("orgs", "alias"), ("events", "form")]
    for (set, field) in checks {
      let table = Dataset.table(set)
      for row in 0..<table.rowCount {
        guard case .text(let value) = table.value(row: row, column: table.index(of: field)!),
          case .text(let source) = table.value(row: row, column: table.index(of: "source")!)
        else { continue }
        #expect(source.contains(value), "\(set).\(field) '\(value)' is not in its sentence: \(source)")
      }
    }
  }

  /// A seed that breaks the schema is refused with the file, the line and what is wrong.
  @Test func aBadSeedRecordIsNamedByFileAndLine() {
    let good = #"{"id": "a", "name": "甲", "short": "甲", "pinyin": "Jia", "level": "县", "source": "s", "offset": 1, "line": 1}"#
    func problem(_ jsonl: String) -> Diagnostic? {
      if case .failure(let error) = ReportDataset.table(for: .places, jsonl: jsonl) { return error.diagnostics.first }
      return nil
    }
    #expect(problem(good + "\n" + good) == nil)
    let extra = problem(good + "\n\n" + good.replacing(#""level": "县""#, with: #""level": "县", "mayor": "x""#))
    #expect(extra?.message == "record 'a' has field 'mayor', which places does not declare")
    #expect(extra.map { $0.source?.location(of: $0.range?.start ?? 0).line } == 3)
    #expect(extra?.source?.name == "seeds/places.jsonl")
    let missing = problem(good.replacing(#""short": "甲", "#, with: ""))
    #expect(missing?.message == "record 'a': field 'short' must be text")
    let wrongType = problem(good.replacing(#""offset": 1"#, with: #""offset": "1""#))
    #expect(wrongType?.message == "record 'a': field 'offset' must be an integer")
    #expect(problem(good + "\n{\"id\": }")?.code == .jsonSyntax)
    #expect(problem("[1]")?.code == .jsonShape)
  }

  @Test func everySourceSentenceIsInTheReportAtItsOffset() {
    for table in Dataset.tables {
      let source = table.column(named: "source")
      let offset = table.column(named: "offset")
      let line = table.column(named: "line")
      for row in 0..<table.rowCount {
        guard case .text(let sentence)? = source?.value(at: row), case .integer(let at)? = offset?.value(at: row),
          case .integer(let lineNumber)? = line?.value(at: row)
        else {
          Issue.record("\(table.name) row \(row) has no provenance")
          continue
        }
        let found = Dataset.text(at: Int(at), length: sentence.unicodeScalars.count)
        #expect(found == sentence, "\(table.name) row \(row): the report at \(at) is not the source sentence; \(ReportDatasetTests.whereIs(sentence))")
        let lineStart = Dataset.scalars[..<Int(at)].filter { $0 == "\n" }.count + 1
        #expect(Int64(lineStart) == lineNumber, "\(table.name) row \(row): line \(lineNumber), but the offset is on line \(lineStart)")
      }
    }
  }

  /// Where a sentence really is, for failure messages.
  static func whereIs(_ sentence: String) -> String {
    guard let range = Dataset.report.range(of: sentence) else { return "it is not in the report at all" }
    let offset = Dataset.report.unicodeScalars.distance(from: Dataset.report.unicodeScalars.startIndex, to: range.lowerBound)
    let line = Dataset.scalars[..<offset].filter { $0 == "\n" }.count + 1
    return "it is at offset \(offset), line \(line)"
  }

  @Test func theSeedsReadmeDocumentsEveryField() throws {
    let readme = try Repository.read("seeds/README.md")
    for set in EntitySet.all {
      guard let start = readme.range(of: "### `\(set.name)`") else {
        Issue.record("seeds/README.md has no section for \(set.name)")
        continue
      }
      let section = readme[start.upperBound...].prefix { _ in true }
      let end = section.range(of: "\n### ")?.lowerBound ?? section.endIndex
      let body = section[..<end]
      for field in set.fields where !field.hidden {
        #expect(body.contains("| `\(field.name)` |"), "seeds/README.md does not document \(set.name).\(field.name)")
      }
    }
    for field in ["source", "offset", "line"] { #expect(readme.contains("| `\(field)` |")) }
  }

  @Test func everyQuoteIsAtItsOffsetInsideItsSentence() {
    let figures = Dataset.table("figures")
    for row in 0..<figures.rowCount {
      guard case .text(let quote) = figures.value(row: row, column: figures.index(of: "quote")!),
        case .integer(let at) = figures.value(row: row, column: figures.index(of: "quote_offset")!),
        case .text(let sentence) = figures.value(row: row, column: figures.index(of: "source")!),
        case .integer(let sentenceAt) = figures.value(row: row, column: figures.index(of: "offset")!)
      else {
        Issue.record("figure row \(row) is incomplete")
        continue
      }
      #expect(Dataset.text(at: Int(at), length: quote.unicodeScalars.count) == quote)
      #expect(at >= sentenceAt && Int(at) + quote.unicodeScalars.count <= Int(sentenceAt) + sentence.unicodeScalars.count)
    }
  }

  @Test func idsAreUniqueAndRequiredFieldsAreNeverNull() {
    for table in Dataset.tables {
      let ids = Dataset.strings(table.name, "id")
      #expect(ids.count == table.rowCount)
      #expect(Set(ids).count == ids.count, "duplicate id in \(table.name)")
      for (index, field) in table.fields.enumerated() where !field.nullable {
        for row in 0..<table.rowCount {
          #expect(!table.columns[index].isNull(row), "\(table.name).\(field.name) is null in row \(row)")
        }
      }
    }
  }

  /// `kind` is a small vocabulary, the one seeds/README.md documents; every contest is 竞赛.
  @Test func valuesAreFromTheSmallVocabularies() throws {
    let kinds = Set(Dataset.strings("events", "kind"))
    let vocabulary = Set(EntitySet.eventKinds)
    #expect(kinds.isSubset(of: vocabulary), "kinds outside the vocabulary: \(kinds.subtracting(vocabulary))")
    let readme = try Repository.read("seeds/README.md")
    for kind in EntitySet.eventKinds {
      #expect(readme.contains("| \(kind) |"), "seeds/README.md does not document the kind \(kind)")
    }
    let events = Dataset.table("events")
    for row in 0..<events.rowCount {
      guard case .text(let name) = events.value(row: row, column: events.index(of: "name")!) else { continue }
      if name.contains("竞赛") || name.contains("比赛") || name.contains("大赛") {
        #expect(events.value(row: row, column: events.index(of: "kind")!) == .text("竞赛"), "\(name) is a contest")
      }
    }
    let approx = ["exact", "nearly", "over"]
    #expect(Set(Dataset.strings("figures", "approx")).isSubset(of: approx))
    #expect(Set(Dataset.strings("events", "participants_approx") + Dataset.strings("events", "sessions_approx")).isSubset(of: approx))
    #expect(Set(Dataset.strings("events", "involvement")).isSubset(of: ["举办", "参加", "指导", "推荐"]))
    #expect(Set(Dataset.strings("events", "year_basis") + Dataset.strings("figures", "year_basis")).isSubset(of: ["stated", "report"]))
    #expect(Set(Dataset.strings("places", "level")).isSubset(of: ["国家", "省", "市", "县"]))
    #expect(Set(Dataset.strings("mentions", "kind")).isSubset(of: ["方式", "展望"]))
    #expect(!Dataset.strings("programs", "kind").contains("荣誉称号"), "honours are one kind: 荣誉")
  }

  /// Ids follow one scheme: lower-case pinyin words joined by '-' (digits for numbering).
  @Test func idsAreLowerCasePinyin() {
    for table in Dataset.tables {
      for id in Dataset.strings(table.name, "id") {
        let plain = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        #expect(plain && !id.hasPrefix("-") && !id.hasSuffix("-"), "\(table.name) id '\(id)'")
      }
    }
  }

  /// The names found by reading the report: every one must be in its set (and in the report).
  static let people = ["余耀耀", "徐冬梅", "贾红英", "张中科", "黄术生", "毕献星", "任晓", "习近平"]
  static let organisations = [
    "南阳市科协", "市科协", "党组", "中科协", "省科协", "市委", "市政府", "市财政", "南阳师范学院", "河南省副中心城市研究基地",
    "南阳市汽车工程学会", "专家志愿服务团", "南阳淅减汽车减振器有限公司", "河南华纬弹簧有限公司", "中国共产党",
    "中共南阳市委宣传部", "南阳日报社", "关注南阳网", "河南大为律师事务所", "全市各学会、协会、研究会",
  ]
  static let places = ["南阳", "淅川", "南召", "镇平", "桐柏", "内乡", "社旗", "河南", "中国"]
  static let programs = [
    "党史学习教育", "诸葛英才计划", "学会服务站", "中原英才计划(育才系列)", "省自然科学优秀学术成果奖", "青年科技奖",
    "最美科技工作者", "万人助万企", "一企一协同创新", "科普中国", "河南省首席科普专家", "全国科普日", "全国科技工作者日",
    "国家创新型城市", "现代化省副中心城市", "河南科技智库研究创建基地",
  ]

  @Test func everyNamedPersonOrganisationPlaceAndProgrammeIsPresent() {
    let checks: [(String, [String], [String])] = [
      ("people", ReportDatasetTests.people, ["name"]),
      ("orgs", ReportDatasetTests.organisations, ["name", "alias"]),
      ("places", ReportDatasetTests.places, ["short", "name"]),
      ("programs", ReportDatasetTests.programs, ["name"]),
    ]
    for (set, names, fields) in checks {
      let present = Set(fields.flatMap { Dataset.strings(set, $0) })
      for name in names {
        #expect(Dataset.report.contains(name), "'\(name)' is not in the report")
        #expect(present.contains(name), "\(set) lacks '\(name)'")
      }
    }
  }

  /// The travelling museum is one activity in five counties: one record, a list of counties.
  @Test func theTravellingMuseumIsOneActivityInFiveCounties() {
    let events = Dataset.table("events")
    let tours = (0..<events.rowCount).filter { events.value(row: $0, column: events.index(of: "name")!) == .text("流动科技馆巡展") }
    #expect(tours.count == 1)
    let counties = tours.first.map { events.value(row: $0, column: events.index(of: "county")!) }
    #expect(counties == .list(["淅川", "南召", "镇平", "桐柏", "内乡"].map(Value.text)))
  }

  @Test func chineseQuantitiesAreConverted() {
    let figures = Dataset.table("figures")
    func value(_ quote: String) -> Value? {
      (0..<figures.rowCount).first { figures.value(row: $0, column: figures.index(of: "quote")!) == .text(quote) }
        .map { figures.value(row: $0, column: figures.index(of: "value")!) }
    }
    #expect(value("58.7万") == .integer(587_000))
    #expect(value("1506.6万人次") == .integer(15_066_000))
    #expect(value("855万余次") == .integer(8_550_000))
    #expect(value("第十五") == .integer(15))
    #expect(value("近万人次") == .integer(10_000))
  }
}
