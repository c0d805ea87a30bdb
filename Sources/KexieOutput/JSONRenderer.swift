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
    for row in 0..<result.rowCount {
      if row & 0xFF == 0, shouldStop?() == true { return row }
      var object = "{"
      for (index, column) in columns.enumerated() {
        if index > 0 { object += "," }
        object += keys[index]
        object += value(result.table.columns[column.index].value(at: row))
      }
      object += "}"
      if lines {
        out.write(object + "\n")
      } else {
        out.write(object + (row + 1 < result.rowCount ? ",\n" : "\n"))
      }
    }
    if !lines, result.rowCount > 0 { out.write("]\n") }
    return nil
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
