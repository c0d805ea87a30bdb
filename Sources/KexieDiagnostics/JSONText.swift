/// Writing JSON text without Foundation: string escaping, used by the diagnostics' JSON form
/// and by the json/jsonl output formats.
public enum JSONText {
  /// `text` as a JSON string literal, quotes included. Non-ASCII text is written as is (JSON
  /// is UTF-8); control characters are escaped.
  public static func quote(_ text: String) -> String {
    var out = "\""
    out.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      default:
        if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
          out += "\\u" + hex4(scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
    return out
  }

  static func hex4(_ value: UInt32) -> String {
    let digits = Array("0123456789abcdef")
    var text = ""
    for shift in stride(from: 12, through: 0, by: -4) {
      text.append(digits[Int((value >> UInt32(shift)) & 0xF)])
    }
    return text
  }
}

extension Diagnostic {
  /// The diagnostic as one JSON object, for `--error-format json` and editors.
  ///
  /// Fields: severity, code, message, file, line, column (1-based, characters), end_line,
  /// end_column, display_column, byte_start, byte_end (UTF-8 offsets, end exclusive), notes.
  public var json: String {
    var fields: [String] = [
      "\"severity\":" + JSONText.quote(severity.rawValue),
      "\"code\":" + JSONText.quote(code.rawValue),
      "\"message\":" + JSONText.quote(message),
    ]
    if let source {
      fields.append("\"file\":" + JSONText.quote(source.name))
      if let range {
        let start = source.location(of: range.start)
        let end = source.location(of: range.end)
        fields += [
          "\"line\":\(start.line)", "\"column\":\(start.column)",
          "\"end_line\":\(end.line)", "\"end_column\":\(end.column)",
          "\"display_column\":\(start.displayColumn)",
          "\"byte_start\":\(source.clamp(range.start))", "\"byte_end\":\(source.clamp(range.end))",
        ]
      }
    }
    fields.append("\"notes\":[" + notes.map(JSONText.quote).joined(separator: ",") + "]")
    return "{" + fields.joined(separator: ",") + "}"
  }
}
