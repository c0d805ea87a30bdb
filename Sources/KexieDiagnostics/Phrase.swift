/// A piece of kexie's own text in both of its languages: English, and Chinese written as a
/// Chinese reader writes it (docs/GLOSSARY.md's terms), never word for word.
///
/// Every message and note of a diagnostic is a Phrase, so a message cannot be written in one
/// language only: the compiler asks for both. Fragments that go into a message (a type's name,
/// what the parser expected) are Phrases too, so the Chinese message is built from Chinese
/// parts. Names, values and code a person typed stay as typed in both (`Phrase.same`).
/// It is deliberately not CustomStringConvertible: interpolated into a String by mistake it
/// shows as `Phrase(en: …, zh: …)` in a test's output, never as silent English.
public struct Phrase: Sendable, Hashable {
  public var en: String
  public var zh: String

  public init(_ en: String, zh: String) {
    self.en = en
    self.zh = zh
  }

  /// Text that reads the same in both languages: a name, a path, a piece of a query.
  public static func same(_ text: String) -> Phrase { Phrase(text, zh: text) }

  public func text(_ language: Language) -> String { language == .zh ? zh : en }

  public static func + (lhs: Phrase, rhs: Phrase) -> Phrase { Phrase(lhs.en + rhs.en, zh: lhs.zh + rhs.zh) }

  /// Chinese text put together from pieces, with a space where a Chinese character meets
  /// Latin text or code at a seam between two pieces (`字段 'name'`, `是 null`), as Chinese
  /// technical writing spaces them, and none next to Chinese punctuation (`是'x'` never
  /// happens, `，'x'` stays). Only the seams are looked at: text inside a piece is kept.
  public static func chinese(_ parts: String...) -> String {
    var out = ""
    for part in parts where !part.isEmpty {
      if let x = out.unicodeScalars.last, let y = part.unicodeScalars.first,
        (isHan(x) && isLatin(y)) || (isLatin(x) && isHan(y))
      {
        out += " "
      }
      out += part
    }
    return out
  }

  static func isHan(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: true
    default: false
    }
  }

  static func isLatin(_ scalar: Unicode.Scalar) -> Bool { scalar.value > 0x20 && scalar.value < 0x7F }
}

/// A count written as people read it: digits grouped by thousands from five digits on
/// (`2021`, `15,066`, `1,000,000`), as kexie's tables write numbers (`NumberStyle.grouped`).
public func groupedCount(_ value: Int) -> String {
  groupedDigits(String(value.magnitude), negative: value < 0)
}

/// Digits in groups of three from five digits on: a four-digit number stays whole (a year
/// reads 2021, not 2,021), as SI style and most Chinese typesetting write it.
public func groupedDigits(_ digits: String, negative: Bool) -> String {
  guard digits.count > 4 else { return (negative ? "-" : "") + digits }
  var out = ""
  for (index, digit) in digits.enumerated() {
    if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
    out.append(digit)
  }
  return (negative ? "-" : "") + out
}
