import KexieData
import KexieDiagnostics

/// The table styles: `table`, `box`, `ascii` and `markdown`.
///
/// Columns line up by display width (a Chinese character takes two cells), numbers are
/// right-aligned, null shows as `nullText`. In table, box and ascii, a long result shows its
/// first and last rows around a `...` row with a footer like `537 rows (40 shown)`, an
/// over-long cell is cut with `…`, and a table wider than the terminal shrinks its widest
/// columns. Markdown is a document format: it is never cut.
struct TableRenderer {
  let result: ResultTable
  let options: OutputOptions

  var cuts: Bool { options.format != .markdown }

  /// Which rows to show, with nil where the elided rows are.
  func shownRows() -> [Int?] {
    let count = result.rowCount
    guard cuts, let maxRows = options.maxRows, count > maxRows, maxRows > 0 else {
      return (0..<count).map { $0 }
    }
    let head = (maxRows + 1) / 2
    let tail = maxRows - head
    return (0..<head).map { $0 } + [nil] + ((count - tail)..<count).map { $0 }
  }

  /// A cell's text and whether its value is null (colour dims nulls, not text that reads like
  /// the null text).
  struct Cell {
    var text: String
    var isNull = false
  }

  /// A cell, control characters made visible.
  func content(row: Int, column: Int) -> Cell {
    let value = result.displayValue(row: row, shown: column)
    if value.isNull { return Cell(text: options.nullText, isNull: true) }
    return Cell(text: visible(value.description))
  }

  /// Text with control characters made visible, and `|` escaped in markdown.
  func visible(_ text: String) -> String {
    var description = text
    if options.format == .markdown { description = description.replacing("|", with: "\\|") }
    guard description.unicodeScalars.contains(where: TableRenderer.isControl) else { return description }
    var visible = ""
    for scalar in description.unicodeScalars {
      switch scalar {
      case "\n": visible += "\\n"
      case "\r": visible += "\\r"
      case "\t": visible += "\\t"
      default:
        if TableRenderer.isControl(scalar) { visible += "?" } else { visible.unicodeScalars.append(scalar) }
      }
    }
    return visible
  }

  /// C0 and C1 controls and DEL (a terminal acts on them).
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  func isNumeric(_ column: Int) -> Bool { result.type(ofShown: column).isNumeric }

  /// Column widths that fit the cells (capped) and, if known, the terminal; and how many
  /// leading columns fit at all (the rest are left out and counted in the footer).
  func layout(headers: [String], cells: [[Cell]]) -> (widths: [Int], shown: Int) {
    var natural = headers.map { DisplayWidth.of($0) }
    for row in cells {
      for (index, cell) in row.enumerated() { natural[index] = max(natural[index], DisplayWidth.of(cell.text)) }
    }
    guard cuts else { return (natural, natural.count) }
    natural = natural.map { min($0, max(options.maxCellWidth, 1)) }
    guard let terminal = options.terminalWidth, !natural.isEmpty else { return (natural, natural.count) }
    func overhead(_ count: Int) -> Int { options.format == .table ? 3 * count - 1 : 3 * count + 1 }
    if natural.reduce(0, +) + overhead(natural.count) <= terminal { return (natural, natural.count) }
    // Shrink to a floor, leave out columns from the right that still do not fit, then give
    // the space left back to the columns that were shrunk most.
    let floors = natural.map { min($0, 10) }
    var shown = natural.count
    while shown > 1, floors.prefix(shown).reduce(0, +) + overhead(shown) > terminal { shown -= 1 }
    var widths = Array(floors.prefix(shown))
    var spare = terminal - widths.reduce(0, +) - overhead(shown)
    while spare > 0 {
      guard let index = widths.indices.max(by: { natural[$0] - widths[$0] < natural[$1] - widths[$1] }),
        natural[index] > widths[index]
      else { break }
      widths[index] += 1
      spare -= 1
    }
    return (widths, shown)
  }

  func render(to out: inout some TextOutputStream) {
    let allColumns = result.shownColumns.count
    // Headers come from files too (a CSV's first row): their control characters are made
    // visible like any cell's, so a header cannot set the terminal's title or clear it.
    let allHeaders = result.shownNames.map(visible)
    let rows = shownRows()
    let allCells = rows.map { row in row.map { r in (0..<allColumns).map { content(row: r, column: $0) } } ?? [] }
    let (widths, columnCount) = layout(headers: allHeaders, cells: allCells.filter { !$0.isEmpty })
    let headers = Array(allHeaders.prefix(columnCount))
    let cells = allCells.map { Array($0.prefix(columnCount)) }
    let numeric = (0..<columnCount).map(isNumeric)

    func cell(_ text: String, _ column: Int, header: Bool = false, null: Bool = false) -> String {
      let cut = cuts ? DisplayWidth.truncate(text, to: widths[column]) : text
      var padded = DisplayWidth.pad(cut, to: widths[column], alignRight: numeric[column] && !header)
      if options.color {
        if header {
          padded = "\u{1B}[1m" + padded + "\u{1B}[0m"
        } else if null {
          padded = "\u{1B}[2m" + padded + "\u{1B}[0m"
        }
      }
      return padded
    }
    func line(_ texts: [String], left: String, middle: String, right: String) -> String {
      left + texts.joined(separator: middle) + right + "\n"
    }
    func rule(_ fill: String, left: String, middle: String, right: String) -> String {
      line(widths.map { String(repeating: fill, count: $0 + 2) }, left: left, middle: middle, right: right)
    }
    let ellipsis = options.format == .box ? "…" : "..."

    switch options.format {
    case .box:
      out.write(rule("─", left: "┌", middle: "┬", right: "┐"))
      out.write(line(headers.indices.map { " " + cell(headers[$0], $0, header: true) + " " }, left: "│", middle: "│", right: "│"))
      out.write(rule("─", left: "├", middle: "┼", right: "┤"))
    case .ascii:
      out.write(rule("-", left: "+", middle: "+", right: "+"))
      out.write(line(headers.indices.map { " " + cell(headers[$0], $0, header: true) + " " }, left: "|", middle: "|", right: "|"))
      out.write(rule("-", left: "+", middle: "+", right: "+"))
    case .markdown:
      out.write(line(headers.indices.map { " " + cell(headers[$0], $0, header: true) + " " }, left: "|", middle: "|", right: "|"))
      out.write(line(widths.indices.map { String(repeating: "-", count: widths[$0] + 1) + (numeric[$0] ? ":" : "-") }, left: "|", middle: "|", right: "|"))
    default:
      out.write(line(headers.indices.map { " " + cell(headers[$0], $0, header: true) + " " }, left: "", middle: "|", right: "").trailingSpacesTrimmed)
      out.write(line(widths.map { String(repeating: "-", count: $0 + 2) }, left: "", middle: "+", right: ""))
    }
    let (left, middle, right): (String, String, String) =
      switch options.format {
      case .box: ("│", "│", "│")
      case .ascii, .markdown: ("|", "|", "|")
      default: ("", "|", "")
      }
    for (index, row) in rows.enumerated() {
      var texts: [String]
      if row == nil {
        texts = (0..<columnCount).map { " " + DisplayWidth.pad(ellipsis, to: widths[$0]) + " " }
      } else {
        texts = (0..<columnCount).map { " " + cell(cells[index][$0].text, $0, null: cells[index][$0].isNull) + " " }
      }
      var text = line(texts, left: left, middle: middle, right: right)
      if options.format == .table { text = text.trailingSpacesTrimmed }
      out.write(text)
      if let row, let citation = result.citation {
        out.write(citationLine(row: row, citation: citation))
      }
    }
    switch options.format {
    case .box: out.write(rule("─", left: "└", middle: "┴", right: "┘"))
    case .ascii: out.write(rule("-", left: "+", middle: "+", right: "+"))
    default: break
    }
    if options.footer, cuts {
      let count = result.rowCount
      let shown = rows.compactMap { $0 }.count
      var footer = "\(count) row\(count == 1 ? "" : "s")"
      if shown < count { footer += " (\(shown) shown)" }
      if columnCount < allColumns {
        footer += ", \(allColumns) columns (\(columnCount) shown; select the others by name)"
      }
      out.write(footer + "\n")
    }
  }

  /// The report sentence under a cited row.
  func citationLine(row: Int, citation: ResultTable.Citation) -> String {
    let source = result.table.columns[citation.source].value(at: row)
    var text = "    source: " + (source.isNull ? options.nullText : source.description)
    if let offset = citation.offset {
      text += "  [offset \(result.table.columns[offset].value(at: row))]"
    }
    if options.color { text = "\u{1B}[2m" + text + "\u{1B}[0m" }
    return text + "\n"
  }
}

extension String {
  /// Without spaces before the final newline (so aligned output has no trailing blanks).
  var trailingSpacesTrimmed: String {
    var text = self
    let hadNewline = text.hasSuffix("\n")
    if hadNewline { text.removeLast() }
    while text.hasSuffix(" ") { text.removeLast() }
    return hadNewline ? text + "\n" : text
  }
}
