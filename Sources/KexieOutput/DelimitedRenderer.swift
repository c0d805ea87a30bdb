import KexieData

/// CSV (RFC 4180: a field with a comma, quote, CR or LF is quoted, quotes doubled) and TSV
/// (tab, newline, CR and backslash escaped as \t \n \r \\). Null is an empty field; a list
/// is a JSON array (`["淅川","南召"]`), which `.load` reads back as a list. Links are written
/// as the ids they hold. When the result is cited, the source sentence and its offset are
/// ordinary columns.
struct DelimitedRenderer {
  let separator: Character
  var shouldStop: (@Sendable () -> Bool)?

  func render(_ result: ResultTable, to out: inout some TextOutputStream) -> Int? {
    let columns = DelimitedRenderer.columns(of: result)
    out.write(columns.map { field($0.name) }.joined(separator: String(separator)))
    out.write("\n")
    // Rows are written as bytes into a buffer of about 64 KB, straight from the columns: a
    // text cell is its dictionary bytes, an integer its digits — no `Value`, no `String` per
    // cell (1,000,000 rows printed in 2.9 s through Values and Strings). Lists, which write
    // as JSON, take the general path.
    let sep = separator.asciiValue ?? UInt8(ascii: ",")
    let tsv = separator == "\t"
    var buffer: [UInt8] = []
    buffer.reserveCapacity(1 << 16 + 4096)
    let data = columns.map { result.table.columns[$0.index] }
    let ahead = ValuePrefetch.columns(data)
    for row in 0..<result.rowCount {
      ahead.ahead(of: row)
      if row & 0xFF == 0, shouldStop?() == true {
        if !buffer.isEmpty { out.write(String(decoding: buffer, as: UTF8.self)) }
        return row
      }
      for (index, column) in data.enumerated() {
        if index > 0 { buffer.append(sep) }
        DelimitedRenderer.append(column, row: row, to: &buffer, separator: sep, tsv: tsv) { value in
          Array(field(value.isList ? JSONRenderer.value(value) : value.description).utf8)
        }
      }
      buffer.append(UInt8(ascii: "\n"))
      if buffer.count >= 1 << 16 {
        out.write(String(decoding: buffer, as: UTF8.self))
        buffer.removeAll(keepingCapacity: true)
      }
    }
    if !buffer.isEmpty { out.write(String(decoding: buffer, as: UTF8.self)) }
    return nil
  }

  /// One cell's bytes, as `field(value.description)` writes it (a test compares the two).
  @inline(__always)
  static func append(
    _ column: Column, row: Int, to buffer: inout [UInt8], separator: UInt8, tsv: Bool, general: (Value) -> [UInt8]
  ) {
    switch column.data {
    case .text(let codes, let dictionary):
      let code = codes[row]
      if code == TextDictionary.nullCode { return }
      dictionary.bytes.withUnsafeBufferPointer { all in
        let text = dictionary.value(Int(code), in: all)
        if tsv {
          for byte in text {
            switch byte {
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\\"):
              buffer.append(UInt8(ascii: "\\"))
              buffer.append(byte == UInt8(ascii: "\t") ? UInt8(ascii: "t") : byte == UInt8(ascii: "\n") ? UInt8(ascii: "n") : byte == UInt8(ascii: "\r") ? UInt8(ascii: "r") : byte)
            default: buffer.append(byte)
            }
          }
          return
        }
        let quote = UInt8(ascii: "\"")
        guard text.contains(where: { $0 == separator || $0 == quote || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) else {
          buffer.append(contentsOf: text)
          return
        }
        buffer.append(quote)
        for byte in text {
          buffer.append(byte)
          if byte == quote { buffer.append(quote) }
        }
        buffer.append(quote)
      }
    case .integer(let values):
      if let nulls = column.nulls, nulls.isNull(row) { return }
      appendDigits(values[row], to: &buffer)
    case .bool(let flags):
      if let nulls = column.nulls, nulls.isNull(row) { return }
      buffer.append(contentsOf: flags[row] ? trueBytes : falseBytes)
    case .decimal, .list:
      let value = column.value(at: row)
      if !value.isNull { buffer += general(value) }
    }
  }

  /// An integer's decimal digits, as `String(value)` writes them.
  @inline(__always)
  static func appendDigits(_ value: Int64, to buffer: inout [UInt8]) {
    if value == 0 {
      buffer.append(UInt8(ascii: "0"))
      return
    }
    if value < 0 { buffer.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { scratch in
      var position = 20
      while magnitude > 0 {
        position -= 1
        scratch[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      }
      buffer.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[position..<20]))
    }
  }

  static let trueBytes = Array("true".utf8)
  static let falseBytes = Array("false".utf8)

  func field(_ text: String) -> String {
    if separator == "\t" { return BackslashEscapes.encode(text) }
    guard text.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
      return text
    }
    return "\"" + text.replacing("\"", with: "\"\"") + "\""
  }

  /// The shown columns, plus source and offset when cited.
  static func columns(of result: ResultTable) -> [(index: Int, name: String)] {
    var columns = zip(result.shownColumns, result.shownNames).map { (index: $0, name: $1) }
    if let citation = result.citation {
      if !columns.contains(where: { $0.index == citation.source }) {
        columns.append((citation.source, result.table.fields[citation.source].name))
      }
      if let offset = citation.offset, !columns.contains(where: { $0.index == offset }) {
        columns.append((offset, result.table.fields[offset].name))
      }
    }
    return columns
  }
}

/// Tab, line feed, carriage return and backslash written as `\t` `\n` `\r` `\\`, so text
/// fits on one line of one field: TSV cells and the REPL's history file use it.
public enum BackslashEscapes {
  public static func encode(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\\" }) else { return text }
    var escaped = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\t": escaped += "\\t"
      case "\n": escaped += "\\n"
      case "\r": escaped += "\\r"
      case "\\": escaped += "\\\\"
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }

  /// The text `encode` was given (an unknown escape keeps its character).
  public static func decode(_ line: String) -> String {
    var decoded = ""
    var escaping = false
    for scalar in line.unicodeScalars {
      if escaping {
        switch scalar {
        case "t": decoded += "\t"
        case "n": decoded += "\n"
        case "r": decoded += "\r"
        default: decoded.unicodeScalars.append(scalar)
        }
        escaping = false
      } else if scalar == "\\" {
        escaping = true
      } else {
        decoded.unicodeScalars.append(scalar)
      }
    }
    return decoded
  }
}
