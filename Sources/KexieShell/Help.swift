import KexieData
import KexieDiagnostics
import KexieOutput
import KexieSemantics
import KexieSyntax

/// Help on one clause: its grammar rule, what it does, an example on the report dataset.
public struct ClauseHelp: Sendable {
  public let keyword: String
  public let syntax: String
  public let summary: String
  public let example: String

  public static let all: [ClauseHelp] = [
    ClauseHelp(keyword: "where", syntax: "where CONDITION", summary: "keeps the rows for which CONDITION is true (null counts as false)", example: #"events where county = "淅川""#),
    ClauseHelp(keyword: "select", syntax: "select EXPR [as NAME], …  |  select *", summary: "keeps only these columns, computed from each row; * is every visible column", example: "events | select name, kind, county"),
    ClauseHelp(keyword: "extend", syntax: "extend EXPR as NAME, …", summary: "adds computed columns (or replaces a column of the same name)", example: "figures | extend value / 10000 as wan | select subject, wan"),
    ClauseHelp(keyword: "sort", syntax: "sort by EXPR [asc|desc], …   (also: order by)", summary: "orders the rows; ascending by default, nulls last, ties keep their order", example: "figures | sort by value desc | take 3"),
    ClauseHelp(keyword: "limit", syntax: "limit N   (also: take N)", summary: "keeps the first N rows", example: "events | limit 3"),
    ClauseHelp(keyword: "top", syntax: "top N by EXPR [asc|desc], …", summary: "the N rows with the largest keys (descending by default)", example: "figures where unit = \"人\" | top 3 by value"),
    ClauseHelp(keyword: "count", syntax: "count [by EXPR [as NAME], …]", summary: "counts the rows (one row with a count column), or the rows per group, largest first", example: "events | count by kind"),
    ClauseHelp(keyword: "summarize", syntax: "summarize AGG [as NAME], … [by EXPR [as NAME], …]", summary: "aggregates the rows, per group when 'by' is given; groups keep their first-seen order", example: "events | summarize count() as n, sum(participants) as people by section.title"),
    ClauseHelp(keyword: "distinct", syntax: "distinct EXPR [as NAME], …", summary: "one row per distinct combination, in first-seen order", example: "events | distinct kind"),
    ClauseHelp(keyword: "expand", syntax: "expand LIST_FIELD [as NAME], …", summary: "one row per value of a list field (a row with none stays, with null)", example: "events where kind = \"展览\" | expand county | select label, county"),
    ClauseHelp(keyword: "join", syntax: "[left] join TABLE on LEFT_FIELD = RIGHT_FIELD", summary: "adds the fields of the matching rows of TABLE; 'left join' keeps rows without a match", example: "events | join orgs on organizer = id | select events.name, orgs.name"),
    ClauseHelp(keyword: "cite", syntax: "cite", summary: "shows each row followed by the report sentence it was read from", example: #"events where county = "淅川" | cite"#),
    ClauseHelp(keyword: "let", syntax: "let NAME = QUERY", summary: "names a query; later statements can start from NAME", example: "let big = figures where value > 10000\nbig | count"),
  ]
}

extension Session {
  func help(_ call: CommandCall) -> Bool {
    guard let topic = call.words.first else {
      helpOverview()
      return true
    }
    let lowered = topic.lowercased().trimmingPrefix(".")
    if let code = DiagnosticCode.named(topic) {
      output.write("\(code.rawValue): \(code.title)\n\n\(code.explanation)\n")
      if let example = code.example { output.write("\nExample:\n" + indent(example) + "\n") }
      return true
    }
    if lowered == "functions" {
      writeTable(
        [("function", .text), ("does", .text)],
        Builtins.all.map { [.text($0.signature), .text($0.summary)] })
      output.write("Aggregates (count, count_distinct, sum, avg, min, max) go in 'summarize'.\n")
      return true
    }
    if let builtin = Builtins.named(String(lowered)) {
      output.write("\(builtin.signature)\n  \(builtin.summary)\n\nExample:\n" + indent(builtin.example) + "\n")
      return true
    }
    if let clause = ClauseHelp.all.first(where: { $0.keyword == lowered || (lowered == "order" && $0.keyword == "sort") || (lowered == "take" && $0.keyword == "limit") }) {
      output.write("\(clause.syntax)\n  \(clause.summary)\n\nExample:\n" + indent(clause.example) + "\n")
      return true
    }
    switch lowered {
    case "commands":
      helpCommands()
      return true
    case "clauses", "language", "syntax":
      writeTable([("clause", .text), ("does", .text)], ClauseHelp.all.map { [.text($0.syntax), .text($0.summary)] })
      return true
    case "operators", "precedence":
      output.write(Session.operatorHelp)
      return true
    case "formats", "modes":
      writeTable([("format", .text), ("what", .text)], OutputFormat.allCases.map { [.text($0.rawValue), .text($0.summary)] })
      return true
    case "codes", "errors", "diagnostics":
      writeTable([("code", .text), ("about", .text)], DiagnosticCode.allCases.map { [.text($0.rawValue), .text($0.title)] })
      return true
    case "sets", "data":
      return listSets()
    default:
      break
    }
    if case .found(let command) = Session.resolveCommand(String(lowered)) {
      output.write(".\(command.name)\(command.arguments.isEmpty ? "" : " " + command.arguments)\n  \(command.summary)\n")
      return true
    }
    report(call.problem(
      "no help on '\(topic)'",
      notes: (Suggestion.didYouMean(Suggestion.closest(to: String(lowered), among: Session.helpTopics)).map { [$0] } ?? [])
        + ["try .help, .help functions, .help where, .help E0203"]))
    return false
  }

  /// What `.help` takes a word about (suggested after a typo, offered by Tab).
  static var helpTopics: [String] {
    commands.map(\.name) + ClauseHelp.all.map(\.keyword) + ["functions", "clauses", "operators", "formats", "codes", "commands"]
      + Builtins.names
  }

  func indent(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
  }

  func helpOverview() {
    output.write("""
      kexie queries start from a set and flow through clauses:

        events where county = "淅川" | select name, kind | sort by name

      Sets: \(catalog.names.joined(separator: ", ")) (.sets, .schema SET)
      Clauses: where, select, extend, sort by, limit, top, count, summarize, distinct, expand, join, cite
      Help topics: .help where, .help functions, .help operators, .help formats, .help E0203

      Commands:

      """)
    helpCommands()
  }

  func helpCommands() {
    writeTable(
      [("command", .text), ("does", .text)],
      Session.commands.map { [.text(".\($0.name)\($0.arguments.isEmpty ? "" : " " + $0.arguments)"), .text($0.summary)] })
  }

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
