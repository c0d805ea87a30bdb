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
  func shownRows() -> ShownRows {
    let count = result.rowCount
    guard cuts, let maxRows = options.maxRows, count > maxRows, maxRows > 0 else {
      return ShownRows(total: count, head: count, tail: 0)
    }
    let head = (maxRows + 1) / 2
    return ShownRows(total: count, head: head, tail: maxRows - head)
  }

  /// The rows a table shows, in order: the first `head` rows, then (when some are left out)
  /// nil for the `...` row and the last `tail` rows. Computed, not stored: printing every row
  /// of 10,000,000 kept 160 MB of row numbers. `endIndex` is moved back when Ctrl-C stops
  /// the measuring pass.
  struct ShownRows: RandomAccessCollection {
    let total: Int
    let head: Int
    let tail: Int
    var endIndex: Int
    var startIndex: Int { 0 }
    var elides: Bool { head + tail < total }

    init(total: Int, head: Int, tail: Int) {
      self.total = total
      self.head = head
      self.tail = tail
      endIndex = head + tail < total ? head + 1 + tail : total
    }

    subscript(index: Int) -> Int? {
      guard elides, index >= head else { return index }
      return index == head ? nil : total - tail + (index - head - 1)
    }

    /// How many real rows are among them (the `...` row is not one).
    var rowCount: Int { endIndex - (elides && endIndex > head ? 1 : 0) }
  }

  /// A cell's text and whether its value is null (colour dims nulls, not text that reads like
  /// the null text).
  struct Cell {
    var text: String
    var isNull = false
  }

  /// A cell, control characters made visible, numbers in the chosen style.
  func content(row: Int, column: Int) -> Cell {
    let value = result.displayValue(row: row, shown: column)
    switch value {
    case .null: return Cell(text: options.nullText, isNull: true)
    case .integer(let number): return Cell(text: options.numbers.integer(number))
    case .decimal(let number): return Cell(text: options.numbers.decimal(number))
    default: return Cell(text: visible(value.description))
    }
  }

  /// A column of decimals has its points one above the other: each value is padded on the
  /// right to the most digits after the point in the column (`widest`, found in the measuring
  /// pass). Digits after the point of a decimal's text, nil when it is not a plain number.
  static func fractionDigits(_ text: String) -> Int? {
    guard text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," || $0 == "-" }) else { return nil }
    guard let point = text.lastIndex(of: ".") else { return -1 }
    return text.distance(from: point, to: text.endIndex) - 1
  }

  /// A decimal cell padded so its point lines up under the column's `widest` fraction.
  static func aligned(_ cell: Cell, widest: Int) -> Cell {
    guard widest > 0, !cell.isNull, let digits = fractionDigits(cell.text) else { return cell }
    var padded = cell
    padded.text += String(repeating: " ", count: widest - digits)
    return padded
  }

  /// Text with control characters made visible, and `|` escaped in markdown.
  func visible(_ text: String) -> String {
    var description = text
    if options.format == .markdown { description = description.replacing("|", with: "\\|") }
    guard TableRenderer.hasControl(description) else { return description }
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

  /// An id of slugs: lower-case ASCII letters, digits, `-` and `_`.
  static func isSlug(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { isSlug($0) }
  }

  static func isSlug(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.allSatisfy { byte in
      (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }
  }

  /// Whether text has a control character, from its bytes: C0 and DEL are single bytes, a
  /// C1 control is 0xC2 followed by 0x80…0x9F.
  static func hasControl(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { hasControl($0) }
  }

  static func hasControl(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    var index = 0
    // Eight bytes at a time while none is below 0x20, DEL or 0xC2 (the classic tests for a
    // byte less than n and a byte equal to n).
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    while index + 8 <= bytes.count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      let below = (word &- ones &* 0x20) & ~word & highs
      let del = word ^ (ones &* 0x7F)
      let c2 = word ^ (ones &* 0xC2)
      let equal = ((del &- ones) & ~del & highs) | ((c2 &- ones) & ~c2 & highs)
      if below | equal != 0 { break }
      index += 8
    }
    var previous: UInt8 = index > 0 ? base[index - 1] : 0
    while index < bytes.count {
      let byte = base[index]
      if byte < 0x20 || byte == 0x7F || (previous == 0xC2 && byte >= 0x80 && byte < 0xA0) { return true }
      previous = byte
      index += 1
    }
    return false
  }

  /// A value `width` columns wide, padded with spaces to `padded` columns: on the left for a
  /// number (`right`), on the right for the rest.
  @inline(__always)
  static func append(_ value: UnsafeBufferPointer<UInt8>, width: Int, padded: Int, right: Bool, to bytes: inout [UInt8]) {
    let missing = max(0, padded - width)
    if right { bytes.append(contentsOf: repeatElement(0x20, count: missing)) }
    bytes.append(contentsOf: value)
    if !right { bytes.append(contentsOf: repeatElement(0x20, count: missing)) }
  }

  /// C0 and C1 controls and DEL (a terminal acts on them).
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  func isNumeric(_ column: Int) -> Bool { result.type(ofShown: column).isNumeric }

  /// Which columns to show and how wide: all of them at their natural widths when they fit
  /// the terminal; else, in order, as many as fit at their smallest (a header is never cut,
  /// so two never read alike), columns with nothing to show yielding first — all null, or an
  /// id of slugs — and the width left given to the shown columns in order, so the first
  /// columns are whole (the `name` of the first query is whole at 80 columns). A cell that
  /// is still too long is cut with `…`.
  struct Layout {
    /// The shown columns (indices of the result's shown columns), in order.
    var columns: [Int]
    /// Their widths.
    var widths: [Int]
    /// Where the marker column of hidden columns goes (an index into `columns`), if any.
    var marker: Int?
    var hidden: Int { total - columns.count }
    var total: Int
  }

  /// What the measuring pass learns of each column: its widest cell, whether every shown
  /// value is null, whether every one is a slug (`liudong-kejiguan`), and for decimals the
  /// most digits after a point.
  struct ColumnStats {
    var natural = 0
    var allNull = true
    var allSlugs = true
    var widestFraction = 0
    /// For decimals: the widest text before the fraction (so the aligned width is known
    /// before the cells are padded).
    var widestWhole = 0
  }

  func layout(headers: [String], stats: [ColumnStats], hasRows: Bool) -> Layout {
    let all = Array(headers.indices)
    var natural = headers.indices.map { max(DisplayWidth.of(headers[$0]), stats[$0].natural) }
    guard cuts else { return Layout(columns: all, widths: natural, marker: nil, total: all.count) }
    // No cell wider than the terminal leaves room for (nor than maxCellWidth without one).
    let cellLimit = options.terminalWidth.map { max(12, $0 - 4) } ?? options.maxCellWidth
    natural = natural.map { min($0, max(cellLimit, 1)) }
    guard let terminal = options.terminalWidth, !natural.isEmpty else {
      return Layout(columns: all, widths: natural, marker: nil, total: all.count)
    }
    func overhead(_ count: Int) -> Int { options.format == .table ? 3 * count - 1 : 3 * count + 1 }
    if natural.reduce(0, +) + overhead(natural.count) <= terminal {
      return Layout(columns: all, widths: natural, marker: nil, total: all.count)
    }
    // The smallest a column is shown at: its header whole, and at least 10 columns of its
    // values (or all of them when they are narrower).
    let headerWidths = headers.map { min(DisplayWidth.of($0), cellLimit) }
    let smallest = all.map { min(natural[$0], max(headerWidths[$0], 10)) }
    // Columns with nothing to read yield first: every shown value null, or an id of slugs.
    let empty = all.filter { hasRows && stats[$0].allNull }
    let slugs = all.filter { headers[$0] == "id" && stats[$0].allSlugs }
    let yielding = Set(empty + slugs)
    var candidates = all.filter { !yielding.contains($0) }
    if candidates.isEmpty { candidates = all }
    // Whole columns first, in order, while they fit (with room for a marker column, 1 wide,
    // for the rest); then the next one at its smallest if that fits. Fewer columns read whole
    // beat more columns cut.
    var shown: [Int] = []
    var widths: [Int] = []
    func fits(_ width: Int) -> Bool {
      let next = shown.count + 1
      return widths.reduce(0, +) + width + overhead(next) + (next < all.count ? 4 : 0) <= terminal
    }
    for column in candidates {
      if fits(natural[column]) {
        shown.append(column)
        widths.append(natural[column])
        continue
      }
      if fits(smallest[column]) {
        shown.append(column)
        widths.append(smallest[column])
      } else if shown.isEmpty {
        // Not even one column fits at its smallest: the first, cut to the terminal.
        shown.append(column)
        widths.append(max(1, terminal - overhead(1) - (all.count > 1 ? 4 : 0)))
      }
      break
    }
    let markerRoom = shown.count < all.count ? 4 : 0
    var spare = terminal - widths.reduce(0, +) - overhead(shown.count) - markerRoom
    // Any width left goes to the shown columns in order, each up to its natural width.
    for index in widths.indices where spare > 0 {
      let grow = min(spare, natural[shown[index]] - widths[index])
      widths[index] += grow
      spare -= grow
    }
    // The marker of hidden columns stands after the shown ones.
    let marker: Int? = shown.count < all.count ? shown.count : nil
    return Layout(columns: shown, widths: widths, marker: marker, total: all.count)
  }

  /// Two passes over the rows, so memory does not grow with them: the first measures every
  /// shown cell (widths, nulls, slugs, decimal points) and keeps nothing else; the second
  /// makes each row's cells again and writes the row. (`.maxrows 0` and `.last` print every
  /// row of a large result, which held a String for every cell at once: 4.2 GB at 10M rows.)
  func render(to out: inout some TextOutputStream) -> Int? {
    let allColumns = result.shownColumns.count
    // Headers come from files too (a CSV's first row): their control characters are made
    // visible like any cell's, so a header cannot set the terminal's title or clear it.
    let allHeaders = result.shownNames.map(visible)
    var rows = shownRows()
    let decimal = (0..<allColumns).map { result.type(ofShown: $0) == .decimal }
    var stats = [ColumnStats](repeating: ColumnStats(), count: allColumns)
    var hasRows = false
    // Text columns whose cells are read as bytes (not in markdown, which escapes `|`).
    let texts = (0..<allColumns).map { column in options.format == .markdown ? nil : result.textColumn(shown: column) }
    // Every row shown, in order: their values are asked for ahead where they jump about a
    // large dictionary (a sorted result).
    let ahead = rows.elides ? [] : texts.compactMap { $0.flatMap { ValuePrefetch(codes: $0.codes, dictionary: $0.dictionary) } }
    // The measuring pass; Ctrl-C stops this too (`.maxrows 0` shows every row).
    for (index, row) in rows.enumerated() {
      if index & 0xFF == 0, options.shouldStop?() == true {
        rows.endIndex = index
        break
      }
      guard let row else { continue }
      ahead.ahead(of: row)
      hasRows = true
      for column in 0..<allColumns {
        // A text cell without control characters is measured from its dictionary bytes.
        if let text = texts[column] {
          let code = text.codes[row]
          if code != TextDictionary.nullCode {
            let plain = text.dictionary.bytes.withUnsafeBufferPointer { all -> Bool in
              let bytes = text.dictionary.value(Int(code), in: all)
              guard !TableRenderer.hasControl(bytes) else { return false }
              stats[column].natural = max(stats[column].natural, DisplayWidth.of(utf8: bytes))
              stats[column].allNull = false
              if stats[column].allSlugs, !TableRenderer.isSlug(bytes) { stats[column].allSlugs = false }
              return true
            }
            if plain { continue }
          }
        }
        let cell = content(row: row, column: column)
        let width = DisplayWidth.of(cell.text)
        stats[column].natural = max(stats[column].natural, width)
        if !cell.isNull {
          stats[column].allNull = false
          if stats[column].allSlugs, !TableRenderer.isSlug(cell.text) { stats[column].allSlugs = false }
          if decimal[column], let digits = TableRenderer.fractionDigits(cell.text) {
            stats[column].widestFraction = max(stats[column].widestFraction, digits)
            stats[column].widestWhole = max(stats[column].widestWhole, width - digits)
          }
        }
      }
    }
    // Decimal points aligned: such a column is as wide as its widest whole part and fraction.
    for column in 0..<allColumns where decimal[column] && stats[column].widestFraction > 0 {
      stats[column].natural = max(stats[column].natural, stats[column].widestWhole + stats[column].widestFraction)
    }
    let layout = layout(headers: allHeaders, stats: stats, hasRows: hasRows)
    // The marker column of hidden columns is a column of its own, `…` all the way down.
    var order: [Int?] = layout.columns.map { $0 }
    var widths = layout.widths
    if let marker = layout.marker {
      order.insert(nil, at: marker)
      widths.insert(1, at: marker)
    }
    let headers = order.map { $0.map { allHeaders[$0] } ?? "…" }
    let numeric = order.map { $0.map(isNumeric) ?? false }
    // A row's cell in the shown order (`…` in the marker column), decimals aligned.
    func cell(of row: Int, _ shown: Int) -> Cell {
      guard let column = order[shown] else { return Cell(text: "…") }
      let cell = content(row: row, column: column)
      return decimal[column] ? TableRenderer.aligned(cell, widest: stats[column].widestFraction) : cell
    }
    var cutCells = false
    let columnCount = order.count

    // A cell cut and padded to its column, measured once (this runs for every cell printed);
    // a value wider than its column is noted for the footer.
    func cell(_ text: String, _ column: Int, header: Bool = false, null: Bool = false) -> String {
      var shown = text
      var width = DisplayWidth.of(text)
      if width > widths[column] {
        if !header { cutCells = true }
        if cuts {
          shown = DisplayWidth.truncate(text, to: widths[column])
          width = DisplayWidth.of(shown)
        }
      }
      let missing = widths[column] - width
      var padded = shown
      if missing > 0 {
        let spaces = String(repeating: " ", count: missing)
        padded = numeric[column] && !header ? spaces + shown : shown + spaces
      }
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
    // A data row is put together as bytes, each cell measured from its bytes and padded
    // with spaces, and written as one string: what `cell` and `line` make for the header,
    // without a string for every padded cell and every joint (printing 1,000,000 rows as a
    // table spent most of its time there).
    var bytes: [UInt8] = []
    let (leftBytes, middleBytes, rightBytes) = (Array(left.utf8), Array(middle.utf8), Array(right.utf8))
    func append(_ text: String, _ column: Int, null: Bool) {
      var text = text
      var width = DisplayWidth.of(text)
      if width > widths[column] {
        cutCells = true
        if cuts {
          text = DisplayWidth.truncate(text, to: widths[column])
          width = DisplayWidth.of(text)
        }
      }
      let colour = options.color && null
      if colour { bytes.append(contentsOf: [0x1B, 0x5B, 0x32, 0x6D]) }  // ESC [2m
      text.withUTF8 { TableRenderer.append($0, width: width, padded: widths[column], right: numeric[column], to: &bytes) }
      if colour { bytes.append(contentsOf: [0x1B, 0x5B, 0x30, 0x6D]) }  // ESC [0m
    }
    // A text cell straight from its dictionary's bytes when it needs no cut and has no
    // control character; false leaves it to `append`.
    func appendText(row: Int, _ column: Int) -> Bool {
      guard let source = order[column], let text = texts[source] else { return false }
      let code = text.codes[row]
      guard code != TextDictionary.nullCode else { return false }
      return text.dictionary.bytes.withUnsafeBufferPointer { all -> Bool in
        let value = text.dictionary.value(Int(code), in: all)
        let width = DisplayWidth.of(utf8: value)
        guard width <= widths[column], !TableRenderer.hasControl(value) else { return false }
        TableRenderer.append(value, width: width, padded: widths[column], right: numeric[column], to: &bytes)
        return true
      }
    }
    // Rows are written some 64 KB at a time (as CSV is), and before Ctrl-C is asked.
    func flush() {
      if !bytes.isEmpty { out.write(String(decoding: bytes, as: UTF8.self)) }
      bytes.removeAll(keepingCapacity: true)
    }
    for (index, row) in rows.enumerated() {
      if index & 0xFF == 0, index > 0 {
        flush()
        if options.shouldStop?() == true { return index }
      }
      if bytes.count >= 1 << 16 { flush() }
      if let row { ahead.ahead(of: row) }
      let lineStart = bytes.count
      bytes.append(contentsOf: leftBytes)
      for column in 0..<columnCount {
        if column > 0 { bytes.append(contentsOf: middleBytes) }
        bytes.append(0x20)
        if let row {
          if !appendText(row: row, column) {
            let shown = cell(of: row, column)
            append(shown.text, column, null: shown.isNull)
          }
        } else {
          // A column narrower than "..." (the marker column of hidden columns) gets "…".
          bytes.append(contentsOf: DisplayWidth.pad(widths[column] < 3 ? "…" : ellipsis, to: widths[column]).utf8)
        }
        bytes.append(0x20)
      }
      bytes.append(contentsOf: rightBytes)
      if options.format == .table { while bytes.count > lineStart, bytes.last == 0x20 { bytes.removeLast() } }
      bytes.append(0x0A)
      if let row, let citation = result.citation {
        bytes.append(contentsOf: citationLine(row: row, citation: citation).utf8)
      }
    }
    flush()
    switch options.format {
    case .box: out.write(rule("─", left: "└", middle: "┴", right: "┘"))
    case .ascii: out.write(rule("-", left: "+", middle: "+", right: "+"))
    default: break
    }
    if options.footer, cuts {
      let count = result.rowCount
      let shown = rows.rowCount
      let number = options.numbers == .plain ? String(count) : NumberStyle.grouped.integer(Int64(count))
      var footer: String
      if options.language == .zh {
        footer = "共 \(number) 行"
        if shown < count { footer += "（显示 \(shown) 行）" }
        if layout.hidden > 0 {
          footer += " · 显示 \(allColumns) 列中的 \(layout.columns.count) 列 · .mode line 显示全部"
        } else if cutCells {
          footer += " · 截断的值以 … 标出 · .mode line 显示完整的值"
        }
      } else {
        footer = "\(number) row\(count == 1 ? "" : "s")"
        if shown < count { footer += " (\(shown) shown)" }
        if layout.hidden > 0 {
          footer += " · \(layout.columns.count) of \(allColumns) columns · .mode line shows all"
        } else if cutCells {
          footer += " · values cut with … · .mode line shows them whole"
        }
      }
      out.write(footer + "\n")
    }
    return rows.count < shownRows().count ? rows.count : nil
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
  public var trailingSpacesTrimmed: String {
    var text = self
    let hadNewline = text.hasSuffix("\n")
    if hadNewline { text.removeLast() }
    while text.hasSuffix(" ") { text.removeLast() }
    return hadNewline ? text + "\n" : text
  }
}
