import KexieData

/// How results are written.
public enum OutputFormat: String, CaseIterable, Sendable {
  /// Aligned columns with ASCII separators (the default on a terminal).
  case table
  /// Aligned columns in Unicode box-drawing lines.
  case box
  /// A full ASCII grid, like sqlite3's `.mode table` (safe where box lines are double width).
  case ascii
  /// A GitHub-flavoured Markdown table (`|` in cells escaped).
  case markdown
  /// RFC 4180 comma-separated values with a header row.
  case csv
  /// Tab-separated values with a header row (tabs and newlines in cells escaped).
  case tsv
  /// One JSON array of objects.
  case json
  /// One JSON object per line.
  case jsonl
  /// One `column = value` line per cell, a blank line between rows.
  case line

  public var summary: String {
    switch self {
    case .table: "aligned columns, ASCII separators (default on a terminal)"
    case .box: "aligned columns in Unicode box lines"
    case .ascii: "a full ASCII grid"
    case .markdown: "a Markdown table"
    case .csv: "comma-separated values (RFC 4180)"
    case .tsv: "tab-separated values"
    case .json: "a JSON array of objects"
    case .jsonl: "JSON Lines: one object per line"
    case .line: "one 'column = value' line per cell"
    }
  }

  /// Table styles cut long results and long cells; data formats never do.
  public var isTableStyle: Bool {
    switch self {
    case .table, .box, .ascii, .markdown: true
    default: false
    }
  }
}

/// Settings for rendering a result.
public struct OutputOptions: Sendable {
  public var format: OutputFormat
  /// Table styles show at most this many rows (the first and last halves); nil shows all.
  public var maxRows: Int?
  /// The terminal's width, if known: wide tables shrink their widest columns to fit.
  public var terminalWidth: Int?
  /// The widest a cell may be in table styles before it is cut with `…`.
  public var maxCellWidth: Int
  public var nullText: String
  public var color: Bool
  /// Whether table styles end with a row count (`3 rows`).
  public var footer: Bool

  public init(
    format: OutputFormat = .table, maxRows: Int? = 40, terminalWidth: Int? = nil,
    maxCellWidth: Int = 48, nullText: String = "null", color: Bool = false, footer: Bool = true
  ) {
    self.format = format
    self.maxRows = maxRows
    self.terminalWidth = terminalWidth
    self.maxCellWidth = maxCellWidth
    self.nullText = nullText
    self.color = color
    self.footer = footer
  }
}

/// Writes results in any `OutputFormat`.
public enum OutputRenderer {
  public static func render(_ result: ResultTable, options: OutputOptions) -> String {
    var out = ""
    render(result, options: options, to: &out)
    return out
  }

  public static func render(_ result: ResultTable, options: OutputOptions, to out: inout some TextOutputStream) {
    switch options.format {
    case .table, .box, .ascii, .markdown:
      TableRenderer(result: result, options: options).render(to: &out)
    case .csv:
      DelimitedRenderer(separator: ",").render(result, to: &out)
    case .tsv:
      DelimitedRenderer(separator: "\t").render(result, to: &out)
    case .json:
      JSONRenderer.render(result, lines: false, to: &out)
    case .jsonl:
      JSONRenderer.render(result, lines: true, to: &out)
    case .line:
      LineRenderer.render(result, nullText: options.nullText, to: &out)
    }
  }
}
