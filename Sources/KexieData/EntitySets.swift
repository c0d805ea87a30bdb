/// The public schema of the embedded dataset: every entity set the report
/// `seeds/nanyang-kexie-2021-report.txt` gives rise to, with its fields.
///
/// The records themselves live in `seeds/<set>.jsonl`; `seeds/README.md` documents each field
/// and the modelling choices. A test checks that README and this table agree.
public struct EntitySet: Sendable {
  public var name: String
  public var summary: String
  public var fields: [Field]
}

extension EntitySet {
  /// Every record's provenance. Hidden: shown by `cite`, `.source`, or by naming them.
  static let provenance: [Field] = [
    Field("source", .text, hidden: true, nullable: false, summary: "the report sentence the record was read from, verbatim"),
    Field("offset", .integer, hidden: true, nullable: false, summary: "character (code point) offset of that sentence in the report file"),
    Field("line", .integer, hidden: true, nullable: false, summary: "line of that sentence in the report file (1-based)"),
  ]

  public static let all: [EntitySet] = [events, orgs, people, places, programs, figures, sections, contacts]

  public static let events = EntitySet(
    name: "events",
    summary: "every activity, meeting, contest, forum, training, exhibition, campaign and visit",
    fields: [
      Field("id", .text, nullable: false, summary: "stable id"),
      Field("name", .text, nullable: false, summary: "the activity as the report names it"),
      Field("kind", .text, nullable: false, summary: "竞赛, 报告会, 论坛, 培训, 巡展, … (seeds/README.md lists them)"),
      Field("section", .text, link: "sections", summary: "the part of the report it is in (null for the closing paragraph)"),
      Field("county", .text, summary: "the county where it was held, as the report names it (淅川); null when none is named"),
      Field("organizer", .text, link: "orgs", summary: "who held it; null when the report does not say"),
      Field("year", .integer, summary: "the year, only when the report states it"),
      Field("participants", .integer, summary: "how many took part or benefited, when the report gives a number"),
      Field("participants_unit", .text, summary: "the unit of participants: 人, 人次 or 名"),
      Field("participants_approx", .text, summary: "exact, nearly (近) or over (余/多)"),
      Field("sessions", .integer, summary: "number of sessions (场次), when stated"),
      Field("involvement", .text, nullable: false, summary: "what the association did: 举办, 参加, 指导, 推荐 or 迎接"),
      Field("program", .text, link: "programs", summary: "the programme or campaign it belongs to"),
    ] + provenance)

  public static let orgs = EntitySet(
    name: "orgs",
    summary: "every organisation named: the association, societies, universities, companies, government bodies, …",
    fields: [
      Field("id", .text, nullable: false, summary: "stable id"),
      Field("name", .text, nullable: false, summary: "the name as the report writes it"),
      Field("alias", .text, summary: "another name the report uses for it (市科协)"),
      Field("kind", .text, nullable: false, summary: "科协, 学会, 高校, 企业, 政府, … (seeds/README.md lists them)"),
      Field("county", .text, summary: "its county when the report names one"),
      Field("parent", .text, link: "orgs", summary: "the organisation it belongs to or was formed by"),
      Field("role", .text, summary: "its role in the report when stated (主管, 主办, 法律顾问, 报告主体)"),
    ] + provenance)

  public static let people = EntitySet(
    name: "people",
    summary: "every named person with their role",
    fields: [
      Field("id", .text, nullable: false, summary: "stable id"),
      Field("name", .text, nullable: false, summary: "the person's name"),
      Field("role", .text, nullable: false, summary: "作者, 编辑, 校审, 责任编辑, 监审, 法律顾问 or 被引述"),
      Field("title", .text, summary: "their title when stated (全媒体记者, 总书记)"),
      Field("org", .text, link: "orgs", summary: "their organisation when stated"),
    ] + provenance)

  public static let places = EntitySet(
    name: "places",
    summary: "every place named",
    fields: [
      Field("id", .text, nullable: false, summary: "stable id"),
      Field("name", .text, nullable: false, summary: "full name (淅川县)"),
      Field("short", .text, nullable: false, summary: "the short name the report uses (淅川)"),
      Field("pinyin", .text, nullable: false, summary: "the short name in pinyin (Xichuan)"),
      Field("level", .text, nullable: false, summary: "国家, 省, 市 or 县"),
    ] + provenance)

  public static let programs = EntitySet(
    name: "programs",
    summary: "talent plans, campaigns, awards and honours, named projects, bases and designations",
    fields: [
      Field("id", .text, nullable: false, summary: "stable id"),
      Field("name", .text, nullable: false, summary: "the name as the report writes it"),
      Field("kind", .text, nullable: false, summary: "人才计划, 奖项, 荣誉, 活动, 项目, 纪念日, … (seeds/README.md)"),
      Field("level", .text, summary: "国家级, 省级, 省级以上 or 市级, only as stated"),
    ] + provenance)

  public static let figures = EntitySet(
    name: "figures",
    summary: "every quantity stated in the body of the report",
    fields: [
      Field("id", .text, nullable: false, summary: "stable id"),
      Field("subject", .text, nullable: false, summary: "what is counted, in the report's words"),
      Field("value", .integer, nullable: false, summary: "the number (58.7万 is 587000; for a ranking, the rank)"),
      Field("unit", .text, nullable: false, summary: "人, 人次, 名, 个, 家, 元, 次, 场次, 名次, …"),
      Field("approx", .text, nullable: false, summary: "exact, nearly (近) or over (余/多)"),
      Field("year", .integer, summary: "the year, when stated"),
      Field("rank", .integer, summary: "for a ranking, the place (第十五 is 15)"),
      Field("event", .text, link: "events", summary: "the event it belongs to"),
      Field("org", .text, link: "orgs", summary: "the organisation it belongs to"),
      Field("program", .text, link: "programs", summary: "the programme it belongs to"),
      Field("place", .text, link: "places", summary: "the place it is about"),
      Field("quote", .text, nullable: false, summary: "the quantity exactly as written (58.7万, 近500名)"),
      Field("quote_offset", .integer, nullable: false, summary: "character offset of the quote in the report file"),
    ] + provenance)

  public static let sections = EntitySet(
    name: "sections",
    summary: "the report's four parts",
    fields: [
      Field("id", .text, nullable: false, summary: "stable id"),
      Field("ordinal", .integer, nullable: false, summary: "1 to 4, in reading order"),
      Field("title", .text, nullable: false, summary: "the heading (凝心聚力)"),
      Field("subtitle", .text, nullable: false, summary: "the line under it (强化思想政治引领)"),
    ] + provenance)

  public static let contacts = EntitySet(
    name: "contacts",
    summary: "phone, QQ and registration numbers from the page footer (not figures)",
    fields: [
      Field("id", .text, nullable: false, summary: "stable id"),
      Field("kind", .text, nullable: false, summary: "电话, QQ, ICP备案 or 公网安备"),
      Field("value", .text, nullable: false, summary: "the number as written (text: leading zeros and dashes matter)"),
      Field("note", .text, summary: "what the footer says about it (微信同号, 技术推广合作)"),
    ] + provenance)
}
