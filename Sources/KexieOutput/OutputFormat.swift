import KexieData
import KexieDiagnostics

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
  /// How table styles and `line` write numbers (data formats write them plainly).
  public var numbers: NumberStyle = .plain
  /// The language of the footers (`29 rows (15 shown)`, `共 29 行（显示 15 行）`).
  public var language: Language = .en
  /// Asked every 256 rows while writing: true stops the writing there (Ctrl-C stops printing
  /// as it stops a query; 2,000,000 rows went on printing for 20 s).
  public var shouldStop: (@Sendable () -> Bool)?

  public init(
    format: OutputFormat = .table, maxRows: Int? = 40, terminalWidth: Int? = nil,
    maxCellWidth: Int = 48, nullText: String = "null", color: Bool = false, footer: Bool = true,
    numbers: NumberStyle = .plain, language: Language = .en
  ) {
    self.language = language
    self.numbers = numbers
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

  /// Writes the result; the rows written when `shouldStop` stopped it early, nil when whole.
  @discardableResult
  public static func render(_ result: ResultTable, options: OutputOptions, to out: inout some TextOutputStream) -> Int? {
    let stop = options.shouldStop
    switch options.format {
    case .table, .box, .ascii, .markdown:
      return TableRenderer(result: result, options: options).render(to: &out)
    case .csv:
      return DelimitedRenderer(separator: ",", shouldStop: stop).render(result, to: &out)
    case .tsv:
      return DelimitedRenderer(separator: "\t", shouldStop: stop).render(result, to: &out)
    case .json:
      return JSONRenderer.render(result, lines: false, shouldStop: stop, to: &out)
    case .jsonl:
      return JSONRenderer.render(result, lines: true, shouldStop: stop, to: &out)
    case .line:
      return LineRenderer.render(result, options: options, to: &out)
    }
  }
}

/// How table styles write numbers for people (`.numbers`): as stored (`15066000`), in groups
/// of three (`15,066,000`, the default on a terminal), or in 万 and 亿 as the report writes
/// them (`1506.6万`). Data formats (CSV, TSV, JSON) always write them plainly.
public enum NumberStyle: String, CaseIterable, Sendable {
  case plain, grouped, wan

  public var summary: String {
    switch self {
    case .plain: "as stored: 15066000"
    case .grouped: "in groups of three from five digits on: 15,066,000 and 2021 (the default on a terminal)"
    case .wan: "in 万 and 亿, as the report writes them: 1506.6万"
    }
  }

  /// The same in Chinese.
  public var chineseSummary: String {
    switch self {
    case .plain: "原样：15066000"
    case .grouped: "五位及以上每三位一组：15,066,000，2021 不分组（终端上的默认）"
    case .wan: "像报告一样用万和亿：1506.6万"
    }
  }

  /// An integer's text in this style.
  public func integer(_ value: Int64) -> String {
    switch self {
    case .plain: return String(value)
    case .grouped: return NumberStyle.grouped(String(value.magnitude), negative: value < 0)
    case .wan: return NumberStyle.wan(Double(value), exact: String(value))
    }
  }

  /// A decimal's text in this style (`Value.format` first, so digits are never invented).
  public func decimal(_ value: Double) -> String {
    let plain = Value.format(value)
    switch self {
    case .plain: return plain
    case .grouped:
      // Only the whole part is grouped; an exponent form (1e+300) stays as it is.
      guard !plain.contains("e"), !plain.contains("E") else { return plain }
      let negative = plain.hasPrefix("-")
      let body = negative ? String(plain.dropFirst()) : plain
      let parts = body.split(separator: ".", maxSplits: 1)
      let whole = NumberStyle.grouped(String(parts.first ?? ""), negative: negative)
      return parts.count > 1 ? whole + "." + parts[1] : whole
    case .wan: return NumberStyle.wan(value, exact: plain)
    }
  }

  /// Groups of three from five digits on (`groupedDigits`, which messages use too).
  static func grouped(_ digits: String, negative: Bool) -> String { groupedDigits(digits, negative: negative) }

  /// 万 (10^4) from ten thousand, 亿 (10^8) from a hundred million, with the digits the value
  /// has (at most four after the point: 20248 is 2.0248万); smaller numbers as they are.
  static func wan(_ value: Double, exact: String) -> String {
    let magnitude = value.magnitude
    let (unit, scale): (String, Double) = magnitude >= 1e8 ? ("亿", 1e8) : magnitude >= 1e4 ? ("万", 1e4) : ("", 1)
    guard !unit.isEmpty, magnitude < 1e17 else { return exact }
    var text = Value.format((value / scale * 10_000).rounded() / 10_000)
    if text.hasSuffix(".0") { text.removeLast(2) }
    return text + unit
  }
}

/// Text with control characters made visible, as a table cell shows it (for what kexie writes
/// about itself: help, .sets, .schema).
public func visibleText(_ text: String) -> String {
  TableRenderer(result: ResultTable(table: Table(name: "", fields: [], columns: [])), options: OutputOptions(format: .table)).visible(text)
}
