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
    for row in 0..<result.rowCount {
      if row & 0xFF == 0, shouldStop?() == true { return row }
      var line = ""
      for (index, column) in columns.enumerated() {
        if index > 0 { line.append(separator) }
        let value = result.table.columns[column.index].value(at: row)
        if value.isList {
          line += field(JSONRenderer.value(value))
        } else if !value.isNull {
          line += field(value.description)
        }
      }
      line += "\n"
      out.write(line)
    }
    return nil
  }

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
