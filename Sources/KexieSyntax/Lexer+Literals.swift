import KexieDiagnostics

extension Lexer {
  // MARK: - Strings

  /// string = ( '"' | "'" | "“" | "‘" ) { character | escape } closing-quote ;
  /// A string may span lines. Escapes: \" \' \\ \n \t \r \0 \u{hex} (and \” \’ in Chinese quotes).
  mutating func scanString(closing: Unicode.Scalar, openingSize: Int, chinese: Bool) {
    let start = position
    let opening = original(start, start + openingSize)
    position += openingSize
    var text = ""
    while position < bytes.count {
      guard let (scalar, size) = decode(at: position) else {
        report(.invalidUTF8(byte: bytes[position], at: SourceRange(position, position + 1)))
        position += 1
        continue
      }
      if scalar == closing || (!chinese && Lexer.fold(scalar) == closing && scalar.value > 0x7F) {
        position += size
        if chinese {
          report(.chineseQuote(opening: opening, at: SourceRange(start, position)))
        }
        let note = chinese ? "\(opening) → \"" : (opening == "\"" || opening == "'" ? nil : "\(opening) → \(closing)")
        append(
          Token(.string, SourceRange(start, position), text: text, normalization: note))
        return
      }
      if scalar == "\\" {
        text += scanEscape()
        continue
      }
      text.unicodeScalars.append(scalar)
      position += size
    }
    // The input ended first: point at the opening quote and the rest of its line.
    let lineEnd = source.lineBounds(source.lineIndex(of: start)).upperBound
    report(.unterminatedString(quote: opening, at: SourceRange(start, max(lineEnd, start + openingSize))))
    append(Token(.invalid, SourceRange(start, position), text: text))
  }

  /// Reads one escape sequence starting at a backslash and returns what it stands for.
  /// An unknown escape is reported and kept as written.
  mutating func scanEscape() -> String {
    let start = position
    position += 1
    guard let (scalar, size) = decode(at: position) else {
      return "\\"
    }
    position += size
    switch scalar {
    case "\"", "'", "\\", "\u{201D}", "\u{2019}", "`": return String(scalar)
    case "n": return "\n"
    case "t": return "\t"
    case "r": return "\r"
    case "0": return "\0"
    case "u":
      if let value = scanUnicodeEscapeBody(), let escaped = Unicode.Scalar(value) {
        return String(escaped)
      }
      report(.invalidEscape(original(start, position), at: SourceRange(start, position)))
      return original(start, position)
    default:
      report(.invalidEscape(original(start, position), at: SourceRange(start, position)))
      return original(start, position)
    }
  }

  /// `{hex}` after `\u`: 1 to 8 hex digits in braces.
  mutating func scanUnicodeEscapeBody() -> UInt32? {
    guard position < bytes.count, bytes[position] == UInt8(ascii: "{") else { return nil }
    var cursor = position + 1
    var value: UInt32 = 0
    var digits = 0
    while cursor < bytes.count, let digit = Lexer.hexValue(bytes[cursor]), digits < 8 {
      value = value << 4 | UInt32(digit)
      digits += 1
      cursor += 1
    }
    guard digits > 0, cursor < bytes.count, bytes[cursor] == UInt8(ascii: "}") else {
      position = cursor
      return nil
    }
    position = cursor + 1
    return value
  }

  static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }

  // MARK: - Numbers

  /// number = digits [ "." digits ] [ ( "e" | "E" ) [ "+" | "-" ] digits ] [ unit ] ;
  /// unit   = "万" | "亿" | "万亿" | "%" ;
  /// 58.7万 is the integer 587000 (a unit that leaves a whole number gives an integer);
  /// 35% is the decimal 0.35; a fraction or an exponent without a unit gives a decimal.
  mutating func scanNumber() {
    let start = position
    var digits = ""
    var fractionDigits = 0
    var exponent = 0
    var isDecimal = false
    scanDigits(into: &digits)
    if peek(position) == ".", let after = peek(position + length(at: position)), isDigit(after) {
      position += length(at: position)
      let before = digits.count
      scanDigits(into: &digits)
      fractionDigits = digits.count - before
      isDecimal = true
    }
    if let e = peek(position), e == "e" || e == "E" {
      var cursor = position + length(at: position)
      var sign = 1
      if let s = peek(cursor), s == "+" || s == "-" {
        sign = s == "-" ? -1 : 1
        cursor += length(at: cursor)
      }
      if let first = peek(cursor), isDigit(first) {
        position = cursor
        var exponentDigits = ""
        scanDigits(into: &exponentDigits)
        exponent = sign * (Int(exponentDigits.suffix(6)) ?? 0)
        isDecimal = true
      }
    }
    var unitScale = 0
    var unit = ""
    if let next = peek(position) {
      switch next {
      case "万":
        position += length(at: position)
        if peek(position) == "亿" {
          position += length(at: position)
          unitScale = 12
          unit = "万亿"
        } else {
          unitScale = 4
          unit = "万"
        }
      case "亿":
        position += length(at: position)
        unitScale = 8
        unit = "亿"
      case "%":
        position += length(at: position)
        unitScale = -2
        unit = "%"
      default: break
      }
    }
    // Letters glued to a number make it unreadable: report the whole run.
    if let next = peek(position), Lexer.isNameContinue(next) {
      while let scalar = peek(position), Lexer.isNameContinue(scalar) || scalar == "." {
        position += length(at: position)
      }
      let written = original(start, position)
      report(.invalidNumber(written, at: SourceRange(start, position)))
      emit(.invalid, from: start, text: written)
      return
    }
    let written = original(start, position)
    let folded = foldedText(start, position)
    let scale = exponent - fractionDigits + unitScale
    if let value = Lexer.exactInteger(digits: digits, scale: scale),
      !isDecimal || (unitScale > 0), unit != "%"
    {
      let note = unit.isEmpty ? (written == folded ? nil : "\(written) → \(folded)") : "\(written) → \(value)"
      emit(.integer, from: start, text: folded, number: .integer(value), normalization: note)
      return
    }
    if !isDecimal, unit.isEmpty || unitScale > 0 {
      // A whole number that does not fit in 64 bits.
      report(.numberTooLarge(written, at: SourceRange(start, position)))
      emit(.invalid, from: start, text: written)
      return
    }
    let value = Double("\(digits.isEmpty ? "0" : digits)e\(scale)") ?? .infinity
    guard value.isFinite else {
      report(.numberTooLarge(written, at: SourceRange(start, position)))
      emit(.invalid, from: start, text: written)
      return
    }
    let note = unit.isEmpty ? (written == folded ? nil : "\(written) → \(folded)") : "\(written) → \(value)"
    emit(.decimal, from: start, text: folded, number: .decimal(value), normalization: note)
  }

  func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

  mutating func scanDigits(into digits: inout String) {
    while let scalar = peek(position), isDigit(scalar) {
      digits.unicodeScalars.append(scalar)
      position += length(at: position)
    }
  }

  func foldedText(_ start: Int, _ end: Int) -> String {
    var text = ""
    var cursor = start
    while cursor < end, let (scalar, size) = decode(at: cursor) {
      text.unicodeScalars.append(Lexer.fold(scalar))
      cursor += size
    }
    return text
  }

  /// digits × 10^scale as an exact Int64, or nil when it is not a whole number or overflows.
  static func exactInteger(digits: String, scale: Int) -> Int64? {
    var digits = Substring(digits.drop { $0 == "0" })
    var scale = scale
    while scale < 0, digits.last == "0" {
      digits.removeLast()
      scale += 1
    }
    if digits.isEmpty { return 0 }
    guard scale >= 0, scale <= 19 else { return nil }
    var value: Int64 = 0
    for character in digits {
      guard let digit = character.wholeNumberValue else { return nil }
      let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
      let (plus, overflow2) = times.addingReportingOverflow(Int64(digit))
      if overflow1 || overflow2 { return nil }
      value = plus
    }
    for _ in 0..<scale {
      let (times, overflow) = value.multipliedReportingOverflow(by: 10)
      if overflow { return nil }
      value = times
    }
    return value
  }
}
