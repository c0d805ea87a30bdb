/// The clauses of kexie, one entry each: the single table that the lexer's keywords, the
/// parser's clause starts, `.help`, Tab completion and the "expected a clause" diagnostics all
/// read (after swift-syntax's `KeywordSpec` and DuckDB's `functions.json`).
///
/// Adding a clause: a case here and its spec below; a case of `Clause` (AST.swift) and its
/// parse function; then the compiler flags every switch that must learn it — the checker, the
/// plan, the executor, the SQL compiler, the formatter and the AST printer. `ClauseSpecTests`
/// run every spec's example and keep the grammar's clause rule in step.
public enum ClauseKind: String, CaseIterable, Sendable {
  case `where`, select, extend, sort, limit, top, count, summarize, distinct, expand, join, cite

  public var spec: ClauseSpec { ClauseSpec.all[ClauseKind.allCases.firstIndex(of: self) ?? 0] }
}

/// One clause: how it is written, what it does, and what other languages call it.
public struct ClauseSpec: Sendable {
  public let kind: ClauseKind
  /// The keywords that start it (`sort` and `order`, `join` and `left`).
  public let keywords: [Keyword]
  /// Whether a statement may end right after its first keyword (`… | count`, `… | cite`).
  public let canEndAfterKeyword: Bool
  /// The clause as `.help` shows it.
  public let syntax: String
  public let summary: String
  /// A query using it on the report dataset (a test runs each one).
  public let example: String
  /// What Tab offers where a clause can start.
  public let completions: [String]
  /// Words from other query languages meaning this clause, each with what to write instead
  /// when it is not simply the clause's name ("group" → "summarize … by").
  public let habits: [(word: String, write: String)]

  public var name: String { kind.rawValue }

  public static let all: [ClauseSpec] = [
    ClauseSpec(
      kind: .where, keywords: [.where], canEndAfterKeyword: false,
      syntax: "where CONDITION", summary: "keeps the rows for which CONDITION is true (null counts as false)",
      example: #"events where county = "淅川""#, completions: ["where"],
      habits: [("filter", "where"), ("having", "where"), ("find", "where"), ("search", "where")]),
    ClauseSpec(
      kind: .select, keywords: [.select], canEndAfterKeyword: false,
      syntax: "select EXPR [as NAME], …  |  select *", summary: "keeps only these columns, computed from each row; * is every visible column",
      example: "events | select name, kind, county", completions: ["select"],
      habits: [("project", "select"), ("fields", "select"), ("keep", "select"), ("rename", "select … as")]),
    ClauseSpec(
      kind: .extend, keywords: [.extend], canEndAfterKeyword: false,
      syntax: "extend EXPR as NAME, …", summary: "adds computed columns (or replaces a column of the same name)",
      example: "figures | extend value / 10000 as wan | select subject, wan", completions: ["extend"],
      habits: [("derive", "extend"), ("mutate", "extend")]),
    ClauseSpec(
      kind: .sort, keywords: [.sort, .order], canEndAfterKeyword: false,
      syntax: "sort by EXPR [asc|desc], …   (also: order by)", summary: "orders the rows; ascending by default, nulls last, ties keep their order",
      example: "figures | sort by value desc | take 3", completions: ["sort by", "order by"],
      habits: [("arrange", "sort by"), ("orderby", "sort by"), ("sortby", "sort by")]),
    ClauseSpec(
      kind: .limit, keywords: [.limit, .take], canEndAfterKeyword: false,
      syntax: "limit N   (also: take N)", summary: "keeps the first N rows",
      example: "events | limit 3", completions: ["limit", "take"],
      habits: [("head", "take"), ("sample", "take"), ("first", "take")]),
    ClauseSpec(
      kind: .top, keywords: [.top], canEndAfterKeyword: false,
      syntax: "top N by EXPR [asc|desc], …", summary: "the N rows with the largest keys (descending by default)",
      example: "figures where unit = \"人\" | top 3 by value", completions: ["top"], habits: []),
    ClauseSpec(
      kind: .count, keywords: [.count], canEndAfterKeyword: true,
      syntax: "count [by EXPR [as NAME], …]", summary: "counts the rows (one row with a count column), or the rows per group, largest first",
      example: "events | count by kind", completions: ["count"], habits: [("tally", "count by")]),
    ClauseSpec(
      kind: .summarize, keywords: [.summarize], canEndAfterKeyword: false,
      syntax: "summarize AGG [as NAME], … [by EXPR [as NAME], …]", summary: "aggregates the rows, per group when 'by' is given; groups keep their first-seen order",
      example: "events | summarize count() as n, sum(participants) as people by section.title", completions: ["summarize"],
      habits: [("aggregate", "summarize"), ("group", "summarize … by"), ("groupby", "summarize … by")]),
    ClauseSpec(
      kind: .distinct, keywords: [.distinct], canEndAfterKeyword: false,
      syntax: "distinct EXPR [as NAME], …", summary: "one row per distinct combination, in first-seen order",
      example: "events | distinct kind", completions: ["distinct"], habits: [("uniq", "distinct"), ("unique", "distinct")]),
    ClauseSpec(
      kind: .expand, keywords: [.expand], canEndAfterKeyword: false,
      syntax: "expand LIST_FIELD [as NAME], …", summary: "one row per value of a list field (a row with none stays, with null)",
      example: "events where kind = \"展览\" | expand county | select label, county", completions: ["expand"],
      habits: [("mv-expand", "expand"), ("mvexpand", "expand"), ("unnest", "expand"), ("explode", "expand"), ("flatten", "expand")]),
    ClauseSpec(
      kind: .join, keywords: [.join, .left], canEndAfterKeyword: false,
      syntax: "[left] join TABLE on LEFT_FIELD = RIGHT_FIELD", summary: "adds the fields of the matching rows of TABLE; 'left join' keeps rows without a match",
      example: "events | join orgs on organizer = id | select events.name, orgs.name", completions: ["join", "left join"], habits: []),
    ClauseSpec(
      kind: .cite, keywords: [.cite], canEndAfterKeyword: true,
      syntax: "cite", summary: "shows each row followed by the report sentence it was read from",
      example: #"events where county = "淅川" | cite"#, completions: ["cite"], habits: []),
  ]

  /// The clause a keyword starts, if it starts one.
  public static func starting(with keyword: Keyword) -> ClauseSpec? {
    all.first { $0.keywords.contains(keyword) }
  }

  /// Every keyword that starts a clause.
  public static let startingKeywords: [Keyword] = all.flatMap(\.keywords)

  /// Every word Tab offers where a clause can start, in the table's order.
  public static let completionWords: [String] = all.flatMap(\.completions)

  /// "where, select, extend, sort by, …": the clauses as a message lists them.
  public static let listed: String = all.map { $0.completions[0] }.joined(separator: ", ")

  /// What to write instead of a word from another language, if it means a clause (or, for
  /// `from`, how a kexie query starts).
  public static func habit(_ word: String) -> String? {
    let lowered = word.lowercased()
    if lowered == "from" { return "a source first: 'events | …'" }
    for spec in all {
      if let habit = spec.habits.first(where: { $0.word == lowered }) { return habit.write }
    }
    return nil
  }
}
