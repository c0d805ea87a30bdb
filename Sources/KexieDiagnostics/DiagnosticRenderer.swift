/// Renders diagnostics for people: a header, the source line with a line-number gutter, a
/// caret line under the exact characters (padded by display width, so it lands right after
/// Chinese text), and the notes.
///
/// ```
/// saved.kx:3:14: error[E0203]: unknown field 'countyy' in events
///   |
/// 3 | events where countyy = "淅川"
///   |              ^^^^^^^
///   = did you mean 'county'?
/// ```
///
/// The renderer is total: a range past the end of the text is clamped, never trapped on.
public struct DiagnosticRenderer: Sendable {
  public var color: Bool
  /// The terminal's width, when the output is a terminal: notes longer than it are wrapped at
  /// spaces with a hanging indent, rather than broken mid-word by the terminal.
  public var width: Int?

  public init(color: Bool = false, width: Int? = nil) {
    self.color = color
    self.width = width
  }

  public func render(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map(render).joined()
  }

  /// One diagnostic, ending with a newline.
  public func render(_ diagnostic: Diagnostic) -> String {
    var out = header(diagnostic)
    out += "\n"
    guard let source = diagnostic.source, let range = diagnostic.range else {
      for note in diagnostic.notes { out += self.note(note, gutter: " ") }
      return out
    }
    let start = source.clamp(range.start)
    let lineIndex = source.lineIndex(of: start)
    let bounds = source.lineBounds(lineIndex)
    let lineNumber = String(lineIndex + source.firstLine)
    let gutter = String(repeating: " ", count: lineNumber.count)
    if !source.namesItself {
      let location = source.location(of: start)
      out += gutter + paint("-->", .gutter) + " \(location.line):\(location.column)\n"
    }
    out += gutter + " " + paint("|", .gutter) + "\n"
    let (shownLine, pad, caretWidth) = layout(
      source: source, line: bounds, from: start, to: source.clamp(range.end))
    out += paint(lineNumber, .gutter) + " " + paint("|", .gutter) + " " + shownLine + "\n"
    let carets = String(repeating: "^", count: max(1, caretWidth))
    out += gutter + " " + paint("|", .gutter) + " " + pad + paint(carets, .severity(diagnostic.severity)) + "\n"
    for note in diagnostic.notes { out += self.note(note, gutter: gutter) }
    return out
  }

  /// ` = note`, wrapped to the width when there is one.
  func note(_ text: String, gutter: String) -> String {
    let lead = gutter + " " + paint("=", .gutter) + " "
    let hanging = String(repeating: " ", count: gutter.count + 3)
    var lines: [String] = []
    if let width {
      lines = DiagnosticRenderer.wrap(text, width: width - hanging.count)
    } else {
      lines = [text]
    }
    return lines.enumerated().map { ($0.offset == 0 ? lead : hanging) + $0.element + "\n" }.joined()
  }

  /// Splits text at spaces into lines of at most `width` display columns; a word wider than
  /// that stands on a line of its own.
  static func wrap(_ text: String, width: Int) -> [String] {
    guard width >= 20, DisplayWidth.of(text) > width else { return [text] }
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      if line.isEmpty {
        line = String(word)
      } else if DisplayWidth.of(line) + 1 + DisplayWidth.of(String(word)) <= width {
        line += " " + word
      } else {
        lines.append(line)
        line = String(word)
      }
    }
    lines.append(line)
    return lines
  }

  /// `file:line:col: error[E0203]: message`, or without the position when there is none.
  public func header(_ diagnostic: Diagnostic) -> String {
    var prefix = ""
    if let source = diagnostic.source, source.namesItself {
      prefix = source.name
      if let range = diagnostic.range {
        prefix += ":\(source.location(of: range.start))"
      }
      prefix += ": "
    }
    let label = "\(diagnostic.severity.rawValue)[\(diagnostic.code.rawValue)]"
    return prefix + paint(label, .severity(diagnostic.severity)) + paint(": \(diagnostic.message)", .bold)
  }

  /// The line as shown (control characters made visible), the caret's left padding, and the
  /// caret's width, all computed from the same walk so they cannot disagree.
  func layout(source: SourceFile, line: Range<Int>, from start: Int, to end: Int)
    -> (String, String, Int)
  {
    let text = String(decoding: source.bytes[line], as: UTF8.self)
    var shown = ""
    var pad = ""
    var caretWidth = 0
    var offset = line.lowerBound
    let caretEnd = min(max(end, start), line.upperBound)
    for scalar in text.unicodeScalars {
      let scalarBytes = String(scalar).utf8.count
      var visible = String(scalar)
      var width = DisplayWidth.of(scalar)
      if scalar == "\t" {
        width = 1
      } else if scalar.value < 0x20 || scalar.value == 0x7F {
        visible = "\u{FFFD}"
        width = 1
      }
      shown += visible
      if offset < start {
        pad += scalar == "\t" ? "\t" : String(repeating: " ", count: width)
      } else if offset < caretEnd {
        caretWidth += width
      }
      offset += scalarBytes
    }
    return (shown, pad, caretWidth)
  }

  enum Paint {
    case gutter, bold
    case severity(Severity)
  }

  func paint(_ text: String, _ paint: Paint) -> String {
    guard color else { return text }
    let code: String
    switch paint {
    case .gutter: code = "1;34"
    case .bold: code = "1"
    case .severity(.error): code = "1;31"
    case .severity(.warning): code = "1;33"
    case .severity(.note): code = "1;36"
    }
    return "\u{1B}[\(code)m\(text)\u{1B}[0m"
  }
}
