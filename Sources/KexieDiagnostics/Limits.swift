/// kexie's limits, in one table (after SQLite's "Implementation Limits" page): each is checked
/// where it applies and reported with its own diagnostic, never a crash or a silent cut.
/// docs/LIMITS.md lists them, and a test keeps that page and this table in step.
public enum Limits {
  public struct Limit: Sendable {
    /// The limit's name in docs/LIMITS.md.
    public let name: String
    public let value: Int
    /// The value as people read it (`64 MiB`).
    public let shown: String
    /// What is limited and what happens at the limit.
    public let summary: String
  }

  /// One record (a CSV or TSV row, a JSON Lines line) of a data file.
  public static let recordBytes = Limit(
    name: "record size", value: 64 << 20, shown: "64 MiB",
    summary: "one row of a CSV or TSV file, one line of a JSON Lines file: E0612 with its line")
  /// Data read from something that cannot be read twice (a pipe, a FIFO, standard input, a
  /// device), which kexie holds in memory while it loads.
  public static let streamBytes = Limit(
    name: "data from a pipe", value: 512 << 20, shown: "512 MiB",
    summary: "a data file read from a pipe, a FIFO, a device or standard input is held whole: E0612 (a regular file has no such limit)")
  /// A whole JSON document (not JSON Lines), parsed in one piece.
  public static let documentBytes = Limit(
    name: "JSON document", value: 2 << 30, shown: "2 GiB",
    summary: "a JSON or JSON Lines file is mapped whole (its pages are the page cache's, not kexie's memory): E0612")
  /// A script file, standard input as a script, one REPL entry.
  public static let scriptBytes = Limit(
    name: "script size", value: 64 << 20, shown: "64 MiB",
    summary: "a script file or a script on standard input: E0002, and exit status 66")
  /// Clauses in one query (each clause is a step of the plan and a CTE of its SQL).
  public static let clauses = Limit(
    name: "clauses in a query", value: 500, shown: "500",
    summary: "clauses in one query, after its let bindings are counted in: E0309")
  /// How deep queries build on each other through let bindings and subqueries.
  public static let queryDepth = Limit(
    name: "query depth", value: 256, shown: "256",
    summary: "let bindings built on let bindings (or subqueries) in one query: E0310")
  /// Columns of one table or result.
  public static let columns = Limit(
    name: "columns", value: 10_000, shown: "10,000",
    summary: "fields of a loaded table (a CSV header, the keys of JSON records): E0612")
  /// Bracket and expression nesting within one query.
  public static let nesting = Limit(
    name: "nesting", value: 256, shown: "256",
    summary: "brackets and operators nested inside each other: E0304")
  /// Nesting of a JSON value (objects in arrays in objects …).
  public static let jsonNesting = Limit(
    name: "JSON nesting", value: 512, shown: "512",
    summary: "arrays and objects nested inside each other in a JSON file: E0604")
  /// A regular expression once its repeats are written out.
  public static let patternSteps = Limit(
    name: "pattern size", value: 20_000, shown: "20,000 steps",
    summary: "a `matches` pattern compiled (a repeat count is at most 1,000): E0503")
  /// Diagnostics shown for one input before the rest are counted.
  public static let diagnosticsShown = Limit(
    name: "errors shown", value: 20, shown: "20",
    summary: "messages shown for one input; the rest are counted in one line (… and 12 more messages)")
  /// Display columns of a source line shown under a diagnostic.
  public static let lineShown = Limit(
    name: "line shown", value: 160, shown: "160 columns",
    summary: "a long line in a diagnostic is shown as the part around the caret, marked with …")

  /// Rows of a database's table read to show labels, suggest values and match links by name.
  public static let lookupRows = Limit(
    name: "rows looked up", value: 100_000, shown: "100,000",
    summary: "a database table larger than this gets no value suggestions, and links to it match by id only (no error)")

  public static let all: [Limit] = [
    recordBytes, streamBytes, documentBytes, scriptBytes, clauses, queryDepth, columns, nesting, jsonNesting, patternSteps,
    lookupRows, diagnosticsShown, lineShown,
  ]
}
