import KexieData
import KexieDiagnostics
import KexieOutput
import KexieSemantics
import KexieSyntax

/// Help on one clause: its grammar rule, what it does, an example on the report dataset. The
/// clauses come from the clause table (`ClauseSpec.all`); `let` is a statement, not a clause,
/// but people look for it in the same place.
public struct ClauseHelp: Sendable {
  public let keyword: String
  public let syntax: String
  public let summary: String
  public let example: String

  public static let all: [ClauseHelp] = ClauseSpec.all.map {
    ClauseHelp(keyword: $0.name, syntax: $0.syntax, summary: $0.summary, example: $0.example)
  } + [
    ClauseHelp(keyword: "let", syntax: "let NAME = QUERY", summary: "names a query; later statements can start from NAME", example: "let big = figures where value > 10000\nbig | count"),
  ]

  /// The help for a word: a clause's name or any keyword that starts it (`order`, `take`).
  public static func named(_ word: String) -> ClauseHelp? {
    let lowered = word.lowercased()
    let name = Keyword(word: lowered).flatMap(ClauseSpec.starting(with:))?.name ?? lowered
    return all.first { $0.keyword == name }
  }
}

extension Session {
  func help(_ call: CommandCall) -> Bool {
    guard let topic = call.words.first else {
      helpOverview()
      return true
    }
    let lowered = topic.lowercased().trimmingPrefix(".")
    if let code = DiagnosticCode.named(topic) {
      let zh = settings.language == .zh
      output.write("\(code.rawValue): \(zh ? code.chineseTitle : code.title)\n\n\(zh ? code.chineseExplanation : code.explanation)\n")
      if let example = code.example { output.write("\n" + (zh ? "例子：" : "Example:") + "\n" + indent(example) + "\n") }
      return true
    }
    if lowered == "functions" {
      writeTable(
        [("function", .text), ("does", .text)],
        Builtins.all.map { [.text($0.signature), .text(summary(of: $0))] }, header: false)
      output.write((chineseHelp ? ChineseHelp.aggregatesNote : "Aggregates (count, count_distinct, sum, avg, min, max) go in 'summarize'.") + "\n")
      return true
    }
    // A word can be both a clause and a function (`count`): the clause first.
    let clause = ClauseHelp.named(String(lowered))
    let builtin = Builtins.named(String(lowered))
    if let clause {
      output.write("\(clause.syntax)\n  \(summary(of: clause))\n\n\(chineseHelp ? "例子：" : "Example:")\n" + indent(clause.example) + "\n")
      // In Chinese, the example in Chinese words too.
      if chineseHelp {
        let (script, diagnostics) = Compiler.parse(SourceFile(name: "<help>", text: clause.example, namesItself: false))
        if !diagnostics.hasErrors {
          let chinese = formatted(script, in: .zh).replacing("\n| ", with: " | ")
          output.write(indent(String(chinese.dropLast())) + "\n")
        }
      }
    }
    if let builtin {
      if clause != nil { output.write("\n") }
      output.write("\(builtin.signature)\n  \(summary(of: builtin))\n\n\(chineseHelp ? "例子：" : "Example:")\n" + indent(builtin.example) + "\n")
    }
    if clause != nil || builtin != nil { return true }
    switch lowered {
    case "commands":
      helpCommands()
      return true
    case "clauses", "language", "syntax":
      writeTable([("clause", .text), ("does", .text)], ClauseHelp.all.map { [.text($0.syntax), .text(summary(of: $0))] }, header: false)
      return true
    case "operators", "precedence":
      output.write(settings.language == .zh ? Session.chineseOperatorHelp : Session.operatorHelp)
      return true
    case "formats", "modes":
      writeTable([("format", .text), ("what", .text)], OutputFormat.allCases.map { [.text($0.rawValue), .text(summary(of: $0))] }, header: false)
      return true
    case "codes", "errors", "diagnostics":
      let zh = settings.language == .zh
      writeTable([("code", .text), ("about", .text)], DiagnosticCode.allCases.map { [.text($0.rawValue), .text(zh ? $0.chineseTitle : $0.title)] }, header: false)
      return true
    case "sets", "data":
      return listSets()
    default:
      break
    }
    if case .found(let command) = Session.resolveCommand(String(lowered)) {
      output.write(".\(command.name)\(command.arguments.isEmpty ? "" : " " + command.arguments)\n  \(summary(of: command))\n")
      return true
    }
    report(call.problem(
      "no help on '\(topic)'", zh: "没有关于 '\(topic)' 的帮助",
      notes: (Suggestion.didYouMean(Suggestion.closest(to: String(lowered), among: Session.helpTopics)).map { [$0] } ?? [])
        + [Phrase("try .help, .help functions, .help where, .help E0203", zh: "试试 .help、.help functions、.help where、.help E0203")]))
    return false
  }

  /// What `.help` takes a word about (suggested after a typo, offered by Tab).
  package static var helpTopics: [String] {
    commands.map(\.name) + ClauseHelp.all.map(\.keyword) + ["functions", "clauses", "operators", "formats", "codes", "commands"]
      + Builtins.names
  }

  func indent(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
  }

  func helpOverview() {
    if chineseHelp {
      output.write("\(ChineseHelp.overviewIntro)\n\n  活动 | 筛选 县 = \"淅川\" | 选取 名称, 类型 | 排序 名称\n  events where county = \"淅川\" | select name, kind | sort by name\n\n")
      let sets = catalog.tables.map { table in table.ref.chineseName.map { "\($0) \(table.name)" } ?? table.name }
      for line in [
        "集合：\(sets.joined(separator: "、"))（.sets、.schema 集合名）",
        "子句：\(ClauseSpec.completionWords.compactMap(ChineseWords.phrase).joined(separator: "、"))（\(ClauseSpec.listed)）",
        "帮助：.help where、.help functions、.help operators、.help formats、.help E0203",
      ] {
        output.write(prose(line, hanging: 2))
      }
      output.write("\n命令：\n")
      helpCommands()
      return
    }
    output.write("""
      kexie queries start from a set and flow through clauses:

        events where county = "淅川" | select name, kind | sort by name


      """)
    for line in [
      "Sets: \(catalog.names.joined(separator: ", ")) (.sets, .schema SET)",
      "Clauses: \(ClauseSpec.listed)",
      "Help topics: .help where, .help functions, .help operators, .help formats, .help E0203",
    ] {
      output.write(prose(line, hanging: 2))
    }
    output.write("\nCommands:\n")
    helpCommands()
  }

  /// A line of help wrapped at spaces to the terminal's width (never inside a name), the
  /// lines after the first indented by `hanging`.
  func prose(_ text: String, hanging: Int) -> String {
    guard output.isTerminal, let width = Terminal.width() else { return text + "\n" }
    let pad = String(repeating: " ", count: hanging)
    let lines = DiagnosticRenderer.wrap(text, width: width - hanging - 1)
    return lines.enumerated().map { ($0.offset == 0 ? "" : pad) + $0.element + "\n" }.joined()
  }

  func helpCommands() {
    writeTable(
      [("command", .text), ("does", .text)],
      Session.commands.map { [.text(".\($0.name)\($0.arguments.isEmpty ? "" : " " + $0.arguments)"), .text(summary(of: $0))] }, header: false)
  }

  static let chineseOperatorHelp = """
    运算符，按结合从松到紧排列（grammar/precedence.md）：
      1  or 或
      2  and 且
      3  not 非                   （前缀）
      4  = == != <> < <= > >=  is [not] null  [not] in (…)
         [not] contains / startswith / endswith / matches   [not] between … and …
      5  ??                       （空值时取默认值，从右往左结合）
      6  + -
      7  * /                      （/ 的结果总是小数）
      8  -                        （前缀，取负数）
      9  .  f(…)                  （链接路径、函数调用）
    空值：x = null 只在 x 为空时为真；<、> 等和空值比较都为假；条件里的空值当作假。

    """

  static let operatorHelp = """
    Operators, loosest first (grammar/precedence.md):
      1  or
      2  and
      3  not                      (prefix)
      4  = == != <> < <= > >=  is [not] null  [not] in (…)
         [not] contains / startswith / endswith / matches   [not] between … and …
      5  ??                       (null default, right to left)
      6  + -
      7  * /                      (/ always gives a decimal)
      8  -                        (prefix)
      9  .  f(…)                  (link path, call)
    Null: x = null is true exactly when x is null; <, > and friends are false with a null;
    in a condition null counts as false.

    """
}
