/// What each set and field holds, in Chinese, for `.schema` and `.sets` under `.lang zh`.
/// Beside the English summaries of EntitySets.swift; a test fails when a set or field has
/// none here. The terms are docs/GLOSSARY.md's.
extension EntitySet {
  public static let chineseSetSummaries: [String: String] = [
    "events": "2021 年举办或参加的每项活动，一项一条记录",
    "orgs": "报告提到的每个组织：科协、学会、高校、企业、政府部门……",
    "people": "报告提到姓名的每个人和他们的角色",
    "places": "报告提到的每个地方",
    "programs": "人才计划、活动、奖项和荣誉、有名称的项目、基地和称号",
    "figures": "报告正文里的每一个数字",
    "sections": "报告的四个部分",
    "contacts": "页脚里的电话、QQ 和备案号（不算数字）",
    "mentions": "报告提到的、不是 2021 年活动的内容：政治学习的方式、展望的大事",
  ]

  static let provenanceSummaries: [String: String] = [
    "source": "记录所依据的报告原句，一字不改",
    "offset": "这句话在报告文件里的字符（码位）位置",
    "line": "这句话在报告文件里的行号（从 1 数起）",
  ]

  public static let chineseFieldSummaries: [String: [String: String]] = [
    "events": [
      "id": "固定的编号（拼音）",
      "name": "报告里的原话",
      "label": "简短的名称（名称本身就短时和名称相同）",
      "kind": "竞赛、讲座、会议、培训、科普、展览……（seeds/README.md 列出全部）",
      "form": "报告自己对形式的说法：知识竞赛、报告会、论坛、巡展……",
      "section": "在报告的哪一部分",
      "county": "在哪些县开展，用报告的叫法（淅川）；没有提到县时为空",
      "organizer": "谁主办的；报告没说时为空",
      "partners": "里面提到的其他组织：服务的、邀请的或推荐的",
      "year": "举办的年份（报告里的活动都是 2021）",
      "year_basis": "年份的依据：stated（句子里写了 2021）或 report（报告的年份）",
      "participants": "参与或受益的人数，报告给出数字时",
      "participants_unit": "人数的单位：人、人次、名或人(项)",
      "participants_approx": "精确、近或余/多",
      "sessions": "场次数，写明时",
      "sessions_approx": "场次的精确、近或余/多",
      "involvement": "科协做了什么：举办、参加、指导或推荐",
      "program": "它所属的项目、活动或荣誉",
    ],
    "mentions": [
      "id": "固定的编号（拼音）",
      "name": "报告里的原话（党组领学、党的二十大）",
      "kind": "方式（科协的一种工作方式）或展望（期待的事）",
      "purpose": "它服务于什么，用报告的原话（政治建设）",
      "org": "它所属的组织",
      "section": "在报告的哪一部分（结尾一段为空）",
    ],
    "orgs": [
      "id": "固定的编号（拼音）",
      "name": "报告里写的名称",
      "alias": "报告用的另一个名字（市科协）",
      "kind": "科协、学会、高校、企业、政府……（seeds/README.md 列出全部）",
      "county": "报告提到的所在县",
      "parent": "它隶属或由之成立的组织",
      "role": "写明时它在报告里的角色（主管、主办、法律顾问、报告主体）",
    ],
    "people": [
      "id": "固定的编号（拼音）",
      "name": "姓名",
      "role": "作者、编辑、校审、责任编辑、监审、法律顾问或被引述",
      "title": "写明时的职务（全媒体记者、总书记）",
      "org": "写明时所在的组织",
    ],
    "places": [
      "id": "固定的编号（拼音）",
      "name": "全称（淅川县）",
      "short": "报告用的简称（淅川）",
      "pinyin": "简称的拼音（Xichuan）",
      "level": "国家、省、市或县",
    ],
    "programs": [
      "id": "固定的编号（拼音）",
      "name": "报告里写的名称",
      "kind": "人才计划、奖项、荣誉、活动、项目、纪念日……（seeds/README.md）",
      "level": "国家级、省级或省级以上，只按原文",
    ],
    "figures": [
      "id": "固定的编号（拼音）",
      "subject": "数的是什么，用报告的原话",
      "value": "数值（58.7万 是 587000；排名时是名次）",
      "unit": "人、人次、名、个、家、元、次、场次、名次……",
      "approx": "精确、近或余/多",
      "year": "统计的年份（报告里的数字都是 2021）",
      "year_basis": "年份的依据：stated（句子里写了 2021）或 report（报告的年份）",
      "rank": "排名时的名次（第十五 是 15）",
      "event": "它统计或所属的活动",
      "org": "它所属的组织",
      "program": "它统计或所属的项目",
      "place": "它说的地方（排名时是被排名的地方）",
      "scope": "排名时的范围（省辖市在河南、全国）",
      "quote": "数字的原文写法（58.7万、近500名）",
      "quote_offset": "原文在报告文件里的字符位置",
    ],
    "sections": [
      "id": "固定的编号（拼音）",
      "ordinal": "1 到 4，按阅读顺序",
      "title": "标题（凝心聚力）",
      "subtitle": "标题下的一行（强化思想政治引领）",
    ],
    "contacts": [
      "id": "固定的编号（拼音）",
      "kind": "电话、QQ、ICP备案或公网安备",
      "value": "原样写的号码（文本：开头的零和横线都有意义）",
      "note": "页脚对它的说明（微信同号、技术推广合作）",
    ],
  ]

  /// A field's Chinese summary (provenance fields share theirs).
  public static func chineseSummary(set: String, field: String) -> String? {
    chineseFieldSummaries[set]?[field] ?? provenanceSummaries[field]
  }
}
