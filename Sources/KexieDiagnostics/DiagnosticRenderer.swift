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
  /// The language of the labels (错误 / 警告 / 说明), the message and the notes: every
  /// diagnostic carries both (see Phrase).
  public var language: Language

  public init(color: Bool = false, width: Int? = nil, language: Language = .en) {
    self.color = color
    self.width = width
    self.language = language
  }

  public func render(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map(render).joined()
  }

  /// One diagnostic, ending with a newline.
  public func render(_ diagnostic: Diagnostic) -> String {
    let notes = diagnostic.notes(in: language)
    var out = header(diagnostic)
    out += "\n"
    guard let source = diagnostic.source, let range = diagnostic.range else {
      for note in notes { out += self.note(note, gutter: " ") }
      return out
    }
    let start = source.clamp(range.start)
    let lineIndex = source.lineIndex(of: start)
    let bounds = source.lineBounds(lineIndex)
    let lineNumber = String(lineIndex + source.firstLine)
    let gutter = String(repeating: " ", count: lineNumber.count)
    out += gutter + " " + paint("|", .gutter) + "\n"
    let (shownLine, pad, caretWidth) = layout(
      source: source, line: bounds, from: start, to: source.clamp(range.end))
    out += paint(lineNumber, .gutter) + " " + paint("|", .gutter) + " " + shownLine + "\n"
    let carets = String(repeating: "^", count: max(1, caretWidth))
    out += gutter + " " + paint("|", .gutter) + " " + pad + paint(carets, .severity(diagnostic.severity)) + "\n"
    for note in notes { out += self.note(note, gutter: gutter) }
    return out
  }

  /// ` = note`, wrapped to the width when there is one.
  func note(_ text: String, gutter: String) -> String {
    let text = DiagnosticRenderer.visible(text)
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

  /// Splits text into lines of at most `width` display columns: at spaces, and in Chinese
  /// text between any two characters (as Chinese is set), except before closing punctuation
  /// (，。、；：？！）」 never start a line) and after opening punctuation. A word of Latin text
  /// wider than the width stands on a line of its own.
  public static func wrap(_ text: String, width: Int) -> [String] {
    guard width >= 20, DisplayWidth.of(text) > width else { return [text] }
    // Pieces that can be broken between: words with their spaces, Chinese characters one by one.
    var pieces: [(text: String, space: Bool)] = []
    var current = ""
    var previous: Character?
    for character in text {
      if character == " " {
        if !current.isEmpty { pieces.append((current, false)) }
        pieces.append((" ", true))
        current = ""
      } else if let previous, previous != " ", breakAllowed(between: previous, and: character) {
        if !current.isEmpty { pieces.append((current, false)) }
        current = String(character)
      } else {
        current.append(character)
      }
      previous = character
    }
    if !current.isEmpty { pieces.append((current, false)) }
    var lines: [String] = []
    var line = ""
    for piece in pieces {
      if piece.space {
        if !line.isEmpty { line += " " }
        continue
      }
      if !line.isEmpty, DisplayWidth.of(line) + DisplayWidth.of(piece.text) > width {
        while line.hasSuffix(" ") { line.removeLast() }
        lines.append(line)
        line = ""
      }
      line += piece.text
    }
    while line.hasSuffix(" ") { line.removeLast() }
    lines.append(line)
    return lines
  }

  static let closing: Set<Character> = ["，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "”", "’", "》", "…", ")", ",", ".", ":", ";", "?", "'", "\""]
  static let opening: Set<Character> = ["（", "「", "『", "“", "‘", "《", "(", "'", "\""]

  /// Whether a line may break between `a` and `b`: one of them is a wide (Chinese) character,
  /// `b` does not close and `a` does not open.
  static func breakAllowed(between a: Character, and b: Character) -> Bool {
    guard wide(a) || wide(b) else { return false }
    return !closing.contains(b) && !opening.contains(a)
  }

  static func wide(_ character: Character) -> Bool {
    character.unicodeScalars.first.map { DisplayWidth.of($0) == 2 } ?? false
  }

  /// `file:line:col: error[E0203]: message` — one form everywhere. A REPL entry or a
  /// command's argument has no file name, so it is `line:col: error[…]`; without a place,
  /// only `error[…]`. Line and column count characters (a Chinese character is one column
  /// here; the caret below it is placed by display width).
  public func header(_ diagnostic: Diagnostic) -> String {
    var prefix = ""
    if let source = diagnostic.source {
      var parts: [String] = source.namesItself ? [source.name] : []
      if let range = diagnostic.range { parts.append("\(source.location(of: source.clamp(range.start)))") }
      if !parts.isEmpty { prefix = parts.joined(separator: ":") + ": " }
    }
    let word = language == .zh ? diagnostic.severity.chineseWord : diagnostic.severity.rawValue
    let label = "\(word)[\(diagnostic.code.rawValue)]"
    let colon = language == .zh ? "：" : ": "
    return prefix + paint(label, .severity(diagnostic.severity)) + paint(colon + DiagnosticRenderer.visible(diagnostic.message(in: language)), .bold)
  }

  /// The line as shown (control characters made visible), the caret's left padding, and the
  /// caret's width, all computed from the same walk so they cannot disagree. A line wider
  /// than `Limits.lineShown` is shown as the part around the caret, each cut end marked `…`
  /// (a 16,000-character line once printed whole under each of its 16,000 errors).
  func layout(source: SourceFile, line: Range<Int>, from start: Int, to end: Int)
    -> (String, String, Int)
  {
    let text = String(decoding: source.bytes[line], as: UTF8.self)
    let caretEnd = min(max(end, start), line.upperBound)
    var cells: [(visible: String, width: Int, tab: Bool)] = []
    var caretFrom = -1
    var caretTo = -1
    var offset = line.lowerBound
    for scalar in text.unicodeScalars {
      if offset >= start, caretFrom < 0 { caretFrom = cells.count }
      if offset >= caretEnd, caretTo < 0 { caretTo = cells.count }
      if scalar == "\t" {
        cells.append(("\t", 1, true))
      } else if DiagnosticRenderer.isControl(scalar) {
        cells.append(("\u{FFFD}", 1, false))
      } else {
        cells.append((String(scalar), DisplayWidth.of(scalar), false))
      }
      offset += String(scalar).utf8.count
    }
    if caretFrom < 0 { caretFrom = cells.count }
    if caretTo < 0 { caretTo = cells.count }
    // The window of cells shown: all of them, or `lineShown` columns around the caret.
    var first = 0
    var last = cells.count
    let total = cells.reduce(0) { $0 + $1.width }
    let limit = Limits.lineShown.value
    if total > limit {
      // Start a third of the window before the caret, then fill the window.
      let before = cells[..<caretFrom].reduce(0) { $0 + $1.width }
      var column = 0
      while first < caretFrom, before - column > limit / 3 {
        column += cells[first].width
        first += 1
      }
      var width = 0
      last = first
      while last < cells.count, width + cells[last].width <= limit {
        width += cells[last].width
        last += 1
      }
    }
    var shown = first > 0 ? "…" : ""
    var pad = first > 0 ? " " : ""
    var caretWidth = 0
    for index in first..<last {
      let cell = cells[index]
      shown += cell.visible
      if index < caretFrom {
        pad += cell.tab ? "\t" : String(repeating: " ", count: cell.width)
      } else if index < min(caretTo, last) {
        caretWidth += cell.width
      }
    }
    if last < cells.count { shown += "…" }
    return (shown, pad, caretWidth)
  }

  /// C0 and C1 control characters and DEL: a terminal would act on them (set its title, clear
  /// the screen), so they are never written as they are.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  /// Text with control characters made visible (`\u{1B}`), for messages and notes, which may
  /// quote a query's or a file's words.
  static func visible(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { isControl($0) && $0 != "\n" }) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      if isControl(scalar), scalar != "\n" {
        out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
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
