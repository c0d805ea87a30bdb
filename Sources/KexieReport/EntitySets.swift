import KexieData

/// The public schema of the embedded dataset: every entity set the report
/// `seeds/nanyang-kexie-2021-report.txt` gives rise to, with its fields.
///
/// The records themselves live in `seeds/<set>.jsonl`; `seeds/README.md` documents each field
/// and the modelling choices. A test checks that README and this table agree.
public struct EntitySet: Sendable {
  public var name: String
  public var summary: String
  public var fields: [Field]
  /// The field that names a record for people (see `Table.labelField`).
  public var label: String
  /// Other fields a link compared with text matches (see `Table.matchFields`).
  public var aliases: [String] = []
  /// The set's Chinese name, which queries may use (`活动 | 筛选 县 = "淅川"`).
  public var chineseName: String? = nil
}

extension EntitySet {
  /// The Chinese names of the sets: the words a Chinese reader uses for them.
  public static let chineseSetNames: [String: String] = [
    "events": "活动", "orgs": "组织", "people": "人物", "places": "地点", "programs": "项目",
    "figures": "数字", "sections": "部分", "contacts": "联系方式", "mentions": "提及",
  ]

  /// The Chinese names of the fields, the same word for a field of one name in every set
  /// (a link field takes the name of the set it points to: organizer is 主办方, event 活动),
  /// except where a set's field means something else (`overrides`).
  public static let chineseFieldNames: [String: String] = [
    "id": "编号", "name": "名称", "label": "简称", "kind": "类型", "form": "形式", "section": "部分",
    "county": "县", "organizer": "主办方", "partners": "合作方", "year": "年份", "year_basis": "年份依据",
    "participants": "参与人数", "participants_unit": "人数单位", "participants_approx": "人数约数",
    "sessions": "场次", "sessions_approx": "场次约数", "involvement": "参与方式", "program": "项目",
    "purpose": "用途", "org": "组织", "alias": "别名", "parent": "上级", "role": "角色", "title": "标题",
    "short": "简称", "pinyin": "拼音", "level": "级别", "subject": "事项", "value": "数值", "unit": "单位",
    "approx": "约数", "rank": "名次", "event": "活动", "place": "地点", "scope": "范围", "quote": "原文",
    "quote_offset": "原文位置", "ordinal": "序号", "subtitle": "副标题", "note": "备注",
    "source": "出处原句", "offset": "偏移", "line": "行号",
  ]

  /// Fields whose Chinese name differs from the common one.
  public static let chineseFieldOverrides: [String: [String: String]] = [
    "people": ["name": "姓名", "role": "职务", "title": "职称"],
    "contacts": ["value": "内容"],
  ]

  /// The set with its Chinese names filled in.
  func withChineseNames() -> EntitySet {
    var set = self
    set.chineseName = EntitySet.chineseSetNames[name]
    set.fields = fields.map { field in
      var field = field
      field.chineseName = EntitySet.chineseFieldOverrides[name]?[field.name] ?? EntitySet.chineseFieldNames[field.name]
      return field
    }
    return set
  }
}

extension EntitySet {
  /// Every record's provenance. Hidden: shown by `cite`, `.source`, or by naming them.
  static let provenance: [Field] = [
    Field("source", .text, hidden: true, nullable: false, provenance: .sentence, summary: "the report sentence the record was read from, verbatim"),
    Field("offset", .integer, hidden: true, nullable: false, provenance: .offset, summary: "character (code point) offset of that sentence in the report file"),
    Field("line", .integer, hidden: true, nullable: false, provenance: .line, summary: "line of that sentence in the report file (1-based)"),
  ]

  public static let all: [EntitySet] = [events, orgs, people, places, programs, figures, sections, contacts, mentions].map {
    $0.withChineseNames()
  }

  /// The kinds of activity: a small fixed vocabulary (seeds/README.md explains each).
  public static let eventKinds = ["竞赛", "讲座", "会议", "培训", "演出", "参观", "宣传", "慰问", "推荐", "服务", "科普", "展览", "注册"]

  public static let events = EntitySet(
    name: "events",
    summary: "every activity held or taken part in during 2021, one record each",
    fields: [
      Field("id", .text, nullable: false, summary: "stable id (pinyin)"),
      Field("name", .text, nullable: false, summary: "the activity in the report's words"),
      Field("label", .text, nullable: false, summary: "a short label (the name itself when it is short)"),
      Field("kind", .text, nullable: false, summary: "竞赛, 讲座, 会议, 培训, 科普, 展览, … (seeds/README.md lists them)"),
      Field("form", .text, summary: "the report's own word for its form: 知识竞赛, 报告会, 论坛, 巡展, …"),
      Field("section", .text, link: "sections", summary: "the part of the report it is in"),
      Field("county", .text, list: true, summary: "the counties where it was held, as the report names them (淅川); null when none is named"),
      Field("organizer", .text, link: "orgs", summary: "who held it; null when the report does not say"),
      Field("partners", .text, link: "orgs", list: true, summary: "other organisations named in it: who it served, invited or recommended"),
      Field("year", .integer, nullable: false, summary: "the year it took place (2021 for every activity of the report)"),
      Field("year_basis", .text, nullable: false, summary: "where the year comes from: stated (the sentence says 2021) or report (the report's year)"),
      Field("participants", .integer, summary: "how many took part or benefited, when the report gives a number"),
      Field("participants_unit", .text, summary: "the unit of participants: 人, 人次, 名 or 人(项)"),
      Field("participants_approx", .text, summary: "exact, nearly (近) or over (余/多)"),
      Field("sessions", .integer, summary: "number of sessions (场次), when stated"),
      Field("sessions_approx", .text, summary: "exact, nearly (近) or over (余/多), for sessions"),
      Field("involvement", .text, nullable: false, summary: "what the association did: 举办, 参加, 指导 or 推荐"),
      Field("program", .text, link: "programs", list: true, summary: "the programmes, campaigns or honours it belongs to"),
    ] + provenance,
    label: "label", aliases: ["name"])

  public static let mentions = EntitySet(
    name: "mentions",
    summary: "what the report names that is not an activity of 2021: the ways of political study, the event it looks forward to",
    fields: [
      Field("id", .text, nullable: false, summary: "stable id (pinyin)"),
      Field("name", .text, nullable: false, summary: "in the report's words (党组领学, 党的二十大)"),
      Field("kind", .text, nullable: false, summary: "方式 (a way the association works) or 展望 (what it looks forward to)"),
      Field("purpose", .text, nullable: false, summary: "what it serves, in the report's words (政治建设)"),
      Field("org", .text, link: "orgs", summary: "the organisation it belongs to"),
      Field("section", .text, link: "sections", summary: "the part of the report it is in (null for the closing paragraph)"),
    ] + provenance,
    label: "name")

  public static let orgs = EntitySet(
    name: "orgs",
    summary: "every organisation named: the association, societies, universities, companies, government bodies, …",
    fields: [
      Field("id", .text, nullable: false, summary: "stable id (pinyin)"),
      Field("name", .text, nullable: false, summary: "the name as the report writes it"),
      Field("alias", .text, summary: "another name the report uses for it (市科协)"),
      Field("kind", .text, nullable: false, summary: "科协, 学会, 高校, 企业, 政府, … (seeds/README.md lists them)"),
      Field("county", .text, summary: "its county when the report names one"),
      Field("parent", .text, link: "orgs", summary: "the organisation it belongs to or was formed by"),
      Field("role", .text, summary: "its role in the report when stated (主管, 主办, 法律顾问, 报告主体)"),
    ] + provenance,
    label: "name", aliases: ["alias"])

  public static let people = EntitySet(
    name: "people",
    summary: "every named person with their role",
    fields: [
      Field("id", .text, nullable: false, summary: "stable id (pinyin)"),
      Field("name", .text, nullable: false, summary: "the person's name"),
      Field("role", .text, nullable: false, summary: "作者, 编辑, 校审, 责任编辑, 监审, 法律顾问 or 被引述"),
      Field("title", .text, summary: "their title when stated (全媒体记者, 总书记)"),
      Field("org", .text, link: "orgs", summary: "their organisation when stated"),
    ] + provenance,
    label: "name")

  public static let places = EntitySet(
    name: "places",
    summary: "every place named",
    fields: [
      Field("id", .text, nullable: false, summary: "stable id (pinyin)"),
      Field("name", .text, nullable: false, summary: "full name (淅川县)"),
      Field("short", .text, nullable: false, summary: "the short name the report uses (淅川)"),
      Field("pinyin", .text, nullable: false, summary: "the short name in pinyin (Xichuan)"),
      Field("level", .text, nullable: false, summary: "国家, 省, 市 or 县"),
    ] + provenance,
    label: "name", aliases: ["short", "pinyin"])

  public static let programs = EntitySet(
    name: "programs",
    summary: "talent plans, campaigns, awards and honours, named projects, bases and designations",
    fields: [
      Field("id", .text, nullable: false, summary: "stable id (pinyin)"),
      Field("name", .text, nullable: false, summary: "the name as the report writes it"),
      Field("kind", .text, nullable: false, summary: "人才计划, 奖项, 荣誉, 活动, 项目, 纪念日, … (seeds/README.md)"),
      Field("level", .text, summary: "国家级, 省级 or 省级以上, only as stated"),
    ] + provenance,
    label: "name")

  public static let figures = EntitySet(
    name: "figures",
    summary: "every quantity stated in the body of the report",
    fields: [
      Field("id", .text, nullable: false, summary: "stable id (pinyin)"),
      Field("subject", .text, nullable: false, summary: "what is counted, in the report's words"),
      Field("value", .integer, nullable: false, summary: "the number (58.7万 is 587000; for a ranking, the rank)"),
      Field("unit", .text, nullable: false, summary: "人, 人次, 名, 个, 家, 元, 次, 场次, 名次, …"),
      Field("approx", .text, nullable: false, summary: "exact, nearly (近) or over (余/多)"),
      Field("year", .integer, nullable: false, summary: "the year it counts (2021 for every figure of the report)"),
      Field("year_basis", .text, nullable: false, summary: "where the year comes from: stated (the sentence says 2021) or report (the report's year)"),
      Field("rank", .integer, summary: "for a ranking, the place (第十五 is 15)"),
      Field("event", .text, link: "events", list: true, summary: "the activities it counts or belongs to"),
      Field("org", .text, link: "orgs", summary: "the organisation it belongs to"),
      Field("program", .text, link: "programs", list: true, summary: "the programmes it counts or belongs to"),
      Field("place", .text, link: "places", summary: "the place it is about (for a ranking, the place ranked)"),
      Field("scope", .text, link: "places", summary: "for a ranking, the area it ranks within (河南 for 省辖市, 全国)"),
      Field("quote", .text, nullable: false, summary: "the quantity exactly as written (58.7万, 近500名)"),
      Field("quote_offset", .integer, nullable: false, summary: "character offset of the quote in the report file"),
    ] + provenance,
    label: "subject")

  public static let sections = EntitySet(
    name: "sections",
    summary: "the report's four parts",
    fields: [
      Field("id", .text, nullable: false, summary: "stable id (pinyin)"),
      Field("ordinal", .integer, nullable: false, summary: "1 to 4, in reading order"),
      Field("title", .text, nullable: false, summary: "the heading (凝心聚力)"),
      Field("subtitle", .text, nullable: false, summary: "the line under it (强化思想政治引领)"),
    ] + provenance,
    label: "title")

  public static let contacts = EntitySet(
    name: "contacts",
    summary: "phone, QQ and registration numbers from the page footer (not figures)",
    fields: [
      Field("id", .text, nullable: false, summary: "stable id (pinyin)"),
      Field("kind", .text, nullable: false, summary: "电话, QQ, ICP备案 or 公网安备"),
      Field("value", .text, nullable: false, summary: "the number as written (text: leading zeros and dashes matter)"),
      Field("note", .text, summary: "what the footer says about it (微信同号, 技术推广合作)"),
    ] + provenance,
    label: "value")
}
