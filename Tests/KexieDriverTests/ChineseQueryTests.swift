import Foundation
import KexieDiagnostics
import KexieOutput
import KexieReport
import KexieSemantics
import KexieSyntax
import KexieTestSupport
import Testing

@testable import KexieDriver

/// Queries in Chinese words: each gives the rows of its English twin, `.fmt zh` and `.fmt en`
/// turn one into the other (idempotently), and every Chinese query in the docs agrees with
/// the English it translates to.
@Suite struct ChineseQueryTests {
  /// The rows of a query as CSV without its header (the headers follow the words used).
  static func rows(_ query: String) -> String {
    let run = runScript(".mode csv\n" + query)
    #expect(run.err.isEmpty, "\(query): \(run.err)")
    return run.out.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")
  }

  static let twins: [(String, String)] = [
    (#"活动 | 筛选 县 = "淅川" | 选取 名称, 类型"#, #"events | where county = "淅川" | select name, kind"#),
    (#"活动 | 排序 名称 降序 | 取 3 | 选取 名称"#, #"events | sort by name desc | limit 3 | select name"#),
    (#"活动 | 排序 按 年份, 名称 升序 | 取 2"#, #"events | sort by year, name asc | limit 2"#),
    (#"活动 | 前 3 按 参与人数 | 选取 名称, 参与人数"#, #"events | top 3 by participants | select name, participants"#),
    (#"活动 | 计数 按 类型"#, #"events | count by kind"#),
    (#"活动 | 计数"#, #"events | count"#),
    (#"活动 | 汇总 sum(参与人数) 为 人数 按 部分"#, #"events | summarize sum(participants) as 人数 by section"#),
    (#"活动 | 去重 类型"#, #"events | distinct kind"#),
    (#"活动 | 扩展 参与人数 * 2 为 两倍 | 筛选 两倍 是 非 空 | 选取 名称, 两倍"#, #"events | extend participants * 2 as 两倍 | where 两倍 is not null | select name, 两倍"#),
    (#"活动 | 展开 县 | 计数 按 县"#, #"events | expand county | count by county"#),
    (#"活动 | 连接 组织 于 主办方 = 编号 | 选取 活动.名称, 组织.类型 | 取 3"#, #"events | join orgs on organizer = id | select events.name, orgs.kind | limit 3"#),
    (#"活动 | 筛选 名称 包含 "科普" 或 非 (县 是 空) 且 年份 = 2021"#, #"events | where name contains "科普" or not (county is null) and year = 2021"#),
    (#"活动 | 筛选 名称 开头是 "南阳" 或 名称 结尾是 "大赛" | 选取 名称"#, #"events | where name startswith "南阳" or name endswith "大赛" | select name"#),
    (#"活动 | 筛选 名称 匹配 "^科普" | 选取 名称"#, #"events | where name matches "^科普" | select name"#),
    (#"活动 | 筛选 参与人数 介于 100 且 1000 | 选取 名称"#, #"events | where participants between 100 and 1000 | select name"#),
    (#"活动 | 筛选 县 属于 ("淅川", "南召") | 选取 名称"#, #"events | where county in ("淅川", "南召") | select name"#),
    (#"活动 | 筛选 主办方.名称 = "南阳市科协" | 计数"#, #"events | where organizer.name = "南阳市科协" | count"#),
    (#"数字 | 前 1 按 数值 | 选取 事项, 数值, 单位"#, #"figures | top 1 by value | select subject, value, unit"#),
    (#"地点 | 筛选 级别 = "县" | 选取 名称, 拼音 | 排序 拼音 | 取 3"#, #"places | where level = "县" | select name, pinyin | sort by pinyin | limit 3"#),
    (#"人物 | 选取 姓名, 职务"#, #"people | select name, role"#),
    (#"活动 | 筛选 县 = "淅川" | 出处"#, #"events | where county = "淅川" | cite"#),
    // English and Chinese words mixed in one query.
    (#"events | 筛选 county = "淅川" | select 名称, kind"#, #"events | where county = "淅川" | select name, kind"#),
    (#"令 大 = 活动 | 筛选 参与人数 > 1000"# + "\n" + "大 | 选取 名称", "let 大 = events | where participants > 1000\n大 | select name"),
    (#"活动 | 筛选 真 且 县 = "淅川" | 选取 名称"#, #"events | where true and county = "淅川" | select name"#),
  ]

  @Test(arguments: twins.indices)
  func aChineseQueryGivesTheRowsOfItsEnglishTwin(_ index: Int) {
    let (chinese, english) = ChineseQueryTests.twins[index]
    let rows = ChineseQueryTests.rows(english)
    #expect(!rows.isEmpty)
    #expect(ChineseQueryTests.rows(chinese) == rows, "\(chinese)")
  }

  @Test func headersFollowTheWordsTheQueryUsed() {
    let chinese = runScript(#"活动 | 筛选 县 = "淅川""#).out
    #expect(chinese.hasPrefix(" 编号"), "\(chinese)")
    #expect(chinese.contains("| 名称 ") && chinese.contains("| 主办方 "), "\(chinese)")
    let mixed = runScript(#"events | where county = "淅川" | select 县, name"#).out
    #expect(mixed.hasPrefix(" 县 ") && mixed.contains("| name"), "\(mixed)")
    #expect(runScript("活动 | 计数 按 类型 | 取 1").out.hasPrefix(" 类型 | 计数"))
    #expect(runScript("events | count by kind | limit 1").out.hasPrefix(" kind | count"))
  }

  @Test func fmtWritesEitherVocabularyIdempotently() throws {
    for (chinese, english) in ChineseQueryTests.twins where !english.contains("\n") {
      let zh = runScript(".fmt zh " + english).out
      let en = runScript(".fmt en " + chinese).out
      #expect(runScript(".fmt " + english).out == en, "\(chinese)")
      // Each is a fixed point, and a query and its translation give the same rows.
      #expect(runScript(".fmt zh " + zh.replacingOccurrences(of: "\n", with: " ")).out == zh, "\(zh)")
      #expect(runScript(".fmt en " + zh.replacingOccurrences(of: "\n", with: " ")).out == en, "\(zh)")
      #expect(ChineseQueryTests.rows(zh) == ChineseQueryTests.rows(english), "\(zh)")
    }
    #expect(runScript(".fmt zh events where county = \"淅川\" | sort by name desc").out == "活动\n| 筛选 县 = \"淅川\"\n| 排序 名称 降序\n")
  }

  @Test func tokensShowWhatAChineseWordStandsFor() {
    let tokens = Lexer.tokenize(SourceFile(name: "t", text: "活动 | 筛选 县 属于 (\"淅川\")")).tokens
    #expect(tokens[2].kind == .keyword(.where) && tokens[2].chineseWord == "筛选" && tokens[2].normalization == "筛选 → where")
    #expect(tokens[4].kind == .keyword(.in))
    #expect(tokens[0].kind == .name && tokens[3].kind == .name)
    // A word is whole: 筛选县 is one name, and the parser says to put the space in.
    #expect(Lexer.tokenize(SourceFile(name: "t", text: "筛选县")).tokens[0].kind == .name)
    let run = runScript(#"活动 | 筛选县 = "淅川""#)
    #expect(run.err.contains("did you mean '筛选 县'?"), "\(run.err)")
    #expect(runScript(".tokens 活动 | 取 2").out.contains("取 → limit"))
  }

  @Test func aLetOrATableOfAChineseSetNameWinsAndIsSaid() {
    let run = runScript("let 活动 = events | where county = \"淅川\"\n活动 | count")
    #expect(run.err.contains("warning[W0105]") && run.out.contains("1\n"), "\(run)")
    // The set is still there by its English name.
    #expect(runScript("let 活动 = events | where county = \"淅川\"\nevents | count").out.contains("29"))
  }

  @Test func misspelledNamesAreSuggestedInEitherVocabulary() {
    #expect(runScript("活动 | 筛选 nme = 1").err.contains("did you mean 'name'?"))
    #expect(runScript("活功 | 计数").err.contains("did you mean '活动'?"))
    #expect(runScript("活动 | 选区 名称").err.contains("did you mean '选取'?"))
  }

  @Test func schemaAndSetsListTheChineseNames() {
    let schema = runScript(".schema 活动").out
    #expect(schema.hasPrefix("events (活动): "), "\(schema)")
    #expect(schema.contains(" county               县 "), "\(schema)")
    #expect(runScript(".sets").out.contains(" places    地点 "))
  }

  /// Every block of the docs written with a Chinese word runs statement by statement beside
  /// its English translation (`.fmt en`): each query gives the same rows.
  @Test func everyChineseQueryInTheDocsEqualsItsEnglishTwin() throws {
    var checked = 0
    for document in DocsTests.documents {
      let text = try String(contentsOf: Repository.root.appendingPathComponent(document), encoding: .utf8)
      for block in DocsTests.blocks(in: text) {
        let source = SourceFile(name: "<doc>", text: block.code)
        guard Lexer.tokenize(source).tokens.contains(where: { $0.chineseWord != nil }) else { continue }
        let (chinese, chineseOut, _) = makeSession()
        let (english, englishOut, _) = makeSession()
        for session in [chinese, english] {
          session.settings.format = .csv
          session.settings.bail = false
        }
        let (script, _) = Parser.parse(source)
        for statement in script.statements {
          let written = source.text(of: statement.range)
          var translated = written
          if case .command = statement {} else {
            let (own, _) = Parser.parse(SourceFile(name: "<doc>", text: written))
            translated = english.formatted(own, in: .en)
          }
          let (before, beforeEnglish) = (chineseOut.buffer.count, englishOut.buffer.count)
          chinese.run(SourceFile(name: "<doc>", text: written))
          english.run(SourceFile(name: "<doc>", text: translated))
          guard case .query = statement else { continue }
          // The rows, not the header: its words follow the query's.
          let rows = { (text: Substring) in text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst() }
          #expect(Array(rows(chineseOut.buffer.dropFirst(before))) == Array(rows(englishOut.buffer.dropFirst(beforeEnglish))), "\(document): \(written) ≠ \(translated)")
          checked += 1
        }
      }
    }
    #expect(checked >= 5, "the docs hold \(checked) Chinese queries")
  }

  @Test func everyCodeHasItsTitleAndExplanationInChinese() {
    for code in DiagnosticCode.allCases {
      #expect(ChineseWords.hasChinese(code.chineseTitle), "\(code.rawValue)")
      #expect(ChineseWords.hasChinese(code.chineseExplanation), "\(code.rawValue)")
      #expect(code.chineseTitle != code.title && code.chineseExplanation != code.explanation)
    }
  }

  /// Each code's example, run in Chinese: under 错误 / 警告 / 说明 the message is Chinese, and
  /// so is every note, as many as the English has — no English sentence is left in.
  @Test func everyCodesExampleReadsInChinese() {
    var checked = 0
    for code in DiagnosticCode.allCases {
      guard let example = code.example else { continue }
      let chinese = runScript(example) { $0.settings.language = .zh }.err
      let english = runScript(example).err
      let label = "\(code.severity.chineseWord)[\(code.rawValue)]："
      guard let headline = chinese.split(separator: "\n").first(where: { $0.contains(label) }) else {
        Issue.record("\(code.rawValue): no \(label) in \(chinese)")
        continue
      }
      let message = headline.components(separatedBy: label).last ?? ""
      #expect(ChineseWords.hasChinese(message), "\(code.rawValue): \(headline)")
      #expect(english.contains("\(code.severity.rawValue)[\(code.rawValue)]: "), "\(code.rawValue)")
      let notes = { (text: String) in text.split(separator: "\n").filter { $0.hasPrefix("  = ") || $0.hasPrefix(" = ") } }
      #expect(notes(chinese).count == notes(english).count, "\(code.rawValue): \(chinese) against \(english)")
      for note in notes(chinese) { #expect(ChineseWords.hasChinese(String(note)), "\(code.rawValue): \(note)") }
      checked += 1
    }
    #expect(checked > 40)
  }

  /// Messages made outside the examples, in both languages: a parser fragment, a type, a
  /// system error, a JSON syntax error, a regular expression's.
  @Test func fragmentsOfMessagesAreChineseToo() {
    let zh = { (text: String) in runScript(text) { $0.settings.language = .zh }.err }
    #expect(zh("events | sort name").contains("这里应该是 'sort' 后面的 'by'，实际是 'name'"))
    #expect(zh("events | where name = 1").contains("'=' 不能拿文本和整数比较"))
    #expect(zh(".read /no/such/file.kx").contains("读不了 '/no/such/file.kx'：没有这个文件或目录"))
    #expect(zh("events where name matches \"(?=a)\"").contains("不支持向前查找"))
    #expect(zh("events | take 1 | select length(name, 2)").contains("length() 要 1 个参数，这里有 2 个参数"))
    #expect(zh("events | select upper(county)").contains("'county' 是文本列表，而 upper() 只接受一个值"))
    // A Chinese message never shows a Phrase's debug form.
    #expect(!zh("events | nope").contains("Phrase("))
  }

  @Test func footersAndHelpInChinese() {
    let zh = { (text: String) in runScript(text) { $0.settings.language = .zh }.out }
    #expect(zh("events | count").hasSuffix("共 1 行\n"))
    #expect(zh(".help E0203").hasPrefix("E0203: 当前的记录没有这个字段\n\n字段名区分大小写"))
    #expect(zh(".help codes").contains(" W0101  字符串和所比较字段的任何值都对不上"))
    #expect(zh(".lang en\nevents | count").hasSuffix("1 row\n"))
    #expect(Language.fromLocale { ["LANG": "zh_CN.UTF-8"][$0] } == .zh)
    #expect(Language.fromLocale { ["LC_ALL": "C", "LANG": "zh_CN.UTF-8"][$0] } == .en)
    #expect(Language.fromLocale { ["LC_ALL": "", "LC_MESSAGES": "zh_TW", "LANG": "en_US"][$0] } == .zh)
    #expect(Language.fromLocale { _ in nil } == .en)
  }

  /// Every command, clause, function and format has its help in Chinese too, and nothing in
  /// the Chinese tables names what does not exist.
  @Test func everyHelpEntryHasItsChineseText() {
    let commands = Set(Session.commands.map(\.name))
    let clauses = Set(ClauseHelp.all.map(\.keyword))
    let functions = Set(Builtins.all.map(\.name))
    let formats = Set(OutputFormat.allCases.map(\.rawValue))
    #expect(Set(ChineseHelp.commands.keys) == commands, "\(commands.symmetricDifference(ChineseHelp.commands.keys))")
    #expect(Set(ChineseHelp.clauses.keys) == clauses, "\(clauses.symmetricDifference(ChineseHelp.clauses.keys))")
    #expect(Set(ChineseHelp.functions.keys) == functions, "\(functions.symmetricDifference(ChineseHelp.functions.keys))")
    #expect(Set(ChineseHelp.formats.keys) == formats)
    for text in [ChineseHelp.commands, ChineseHelp.clauses, ChineseHelp.functions, ChineseHelp.formats].flatMap(\.values) {
      #expect(ChineseWords.hasChinese(text), "\(text)")
    }
    let help = runScript(".help\n.help where\n.help functions") { $0.settings.language = .zh }.out
    #expect(help.contains("命令：") && help.contains(" .sets ") && help.contains("列出所有集合"), "\(help)")
    #expect(help.contains("保留条件为真的记录") && help.contains("  活动\n") == false)
    #expect(help.contains("  活动 | 筛选 县 = \"淅川\"") || help.contains("  活动 筛选"), "\(help)")
  }

  /// Every set and field of the report says what it holds in Chinese too.
  @Test func everySetAndFieldIsDescribedInChinese() {
    for set in EntitySet.all {
      #expect(EntitySet.chineseSetSummaries[set.name].map(ChineseWords.hasChinese) == true, "\(set.name)")
      for field in set.fields {
        #expect(EntitySet.chineseSummary(set: set.name, field: field.name).map(ChineseWords.hasChinese) == true, "\(set.name).\(field.name)")
      }
      let described = Set((EntitySet.chineseFieldSummaries[set.name] ?? [:]).keys)
      #expect(described.isSubset(of: set.fields.map(\.name)), "\(set.name)")
    }
    let schema = runScript(".schema 活动") { $0.settings.language = .zh }.out
    #expect(schema.hasPrefix("events (活动): 2021 年举办或参加的每项活动"), "\(schema)")
    #expect(schema.contains(" 字段 ") && schema.contains(" county               县        list of text        是      在哪些县开展"), "\(schema)")
  }
}
