import KexieData
import KexieDiagnostics

/// JSON: numbers as numbers, booleans as booleans, null as null, text as strings; keys in
/// column order. `json` is one array (one object per line inside it); `jsonl` one object
/// per line.
enum JSONRenderer {
  static func render(_ result: ResultTable, lines: Bool, shouldStop: (@Sendable () -> Bool)?, to out: inout some TextOutputStream) -> Int? {
    let columns = DelimitedRenderer.columns(of: result)
    let keys = columns.map { JSONText.quote($0.name) + ":" }
    if !lines { out.write(result.rowCount == 0 ? "[]\n" : "[\n") }
    // As CSV: bytes straight from the columns into a 64 KB buffer (a text cell is its
    // dictionary bytes when nothing in it needs escaping, an integer its digits); decimals,
    // lists and text that needs escaping take `value`. A test compares the two.
    let keyBytes = keys.map { Array($0.utf8) }
    let data = columns.map { result.table.columns[$0.index] }
    var buffer: [UInt8] = []
    buffer.reserveCapacity(1 << 16 + 4096)
    let ahead = ValuePrefetch.columns(data)
    for row in 0..<result.rowCount {
      if row & 0xFF == 0, shouldStop?() == true {
        if !buffer.isEmpty { out.write(String(decoding: buffer, as: UTF8.self)) }
        return row
      }
      ahead.ahead(of: row)
      buffer.append(UInt8(ascii: "{"))
      for (index, column) in data.enumerated() {
        if index > 0 { buffer.append(UInt8(ascii: ",")) }
        buffer += keyBytes[index]
        JSONRenderer.append(column, row: row, to: &buffer)
      }
      buffer.append(UInt8(ascii: "}"))
      if !lines, row + 1 < result.rowCount { buffer.append(UInt8(ascii: ",")) }
      buffer.append(UInt8(ascii: "\n"))
      if buffer.count >= 1 << 16 {
        out.write(String(decoding: buffer, as: UTF8.self))
        buffer.removeAll(keepingCapacity: true)
      }
    }
    if !buffer.isEmpty { out.write(String(decoding: buffer, as: UTF8.self)) }
    if !lines, result.rowCount > 0 { out.write("]\n") }
    return nil
  }

  static let nullBytes = Array("null".utf8)

  /// One cell as `value(column.value(at: row))` writes it.
  @inline(__always)
  static func append(_ column: Column, row: Int, to buffer: inout [UInt8]) {
    switch column.data {
    case .text(let codes, let dictionary):
      let code = codes[row]
      if code == TextDictionary.nullCode { return buffer += nullBytes }
      let plain = dictionary.bytes.withUnsafeBufferPointer { all -> Bool in
        let text = dictionary.value(Int(code), in: all)
        // Control characters, quotes, backslashes, and U+2028/2029 (E2 80 A8/A9) are escaped.
        guard !text.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) else { return false }
        buffer.append(0x22)
        buffer.append(contentsOf: text)
        buffer.append(0x22)
        return true
      }
      if !plain { buffer += Array(value(column.value(at: row)).utf8) }
    case .integer(let values):
      if let nulls = column.nulls, nulls.isNull(row) { return buffer += nullBytes }
      DelimitedRenderer.appendDigits(values[row], to: &buffer)
    case .bool(let flags):
      if let nulls = column.nulls, nulls.isNull(row) { return buffer += nullBytes }
      buffer += flags[row] ? DelimitedRenderer.trueBytes : DelimitedRenderer.falseBytes
    case .decimal, .list:
      buffer += Array(value(column.value(at: row)).utf8)
    }
  }

  /// A value as JSON: a list as an array of its values.
  static func value(_ value: Value) -> String {
    switch value {
    case .null: "null"
    case .bool(let flag): flag ? "true" : "false"
    case .integer(let number): String(number)
    case .decimal(let number): number.isFinite ? Value.format(number) : "null"
    case .text(let text): JSONText.quote(text)
    case .list(let values): "[" + values.map(JSONRenderer.value).joined(separator: ",") + "]"
    }
  }
}

/// sqlite3's line mode: `column = value`, names right-aligned, a blank line between rows.
enum LineRenderer {
  static func render(_ result: ResultTable, options: OutputOptions, to out: inout some TextOutputStream) -> Int? {
    let columns = DelimitedRenderer.columns(of: result)
    let width = columns.map { DisplayWidth.of($0.name) }.max() ?? 0
    let visible = TableRenderer(result: result, options: options)
    for row in 0..<result.rowCount {
      if row & 0xFF == 0, options.shouldStop?() == true { return row }
      if row > 0 { out.write("\n") }
      for column in columns {
        let value = result.labels[column.index].map { $0.value(at: row) } ?? result.table.columns[column.index].value(at: row)
        let text: String
        switch value {
        case .null: text = options.nullText
        case .integer(let number): text = options.numbers.integer(number)
        case .decimal(let number): text = options.numbers.decimal(number)
        default: text = visible.visible(value.description)
        }
        out.write(DisplayWidth.pad(visible.visible(column.name), to: width, alignRight: true) + " = " + text + "\n")
      }
    }
    return nil
  }
}
