import KexieDiagnostics
/// A parsed JSON value. Objects keep their keys in order.
public enum JSONValue: Equatable, Sendable {
  case null
  case bool(Bool)
  case integer(Int64)
  case decimal(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): true
    case (.bool(let a), .bool(let b)): a == b
    case (.integer(let a), .integer(let b)): a == b
    case (.decimal(let a), .decimal(let b)): a == b
    case (.string(let a), .string(let b)): a == b
    case (.array(let a), .array(let b)): a == b
    case (.object(let a), .object(let b)):
      a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: false
    }
  }

  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.0 == key }?.1
  }
}

/// A JSON syntax error at a byte offset.
public struct JSONError: Error, Equatable, Sendable {
  public var message: Phrase
  public var offset: Int
}

/// A small, strict JSON parser over UTF-8 bytes (RFC 8259), without Foundation.
/// It reports the byte offset of the first problem; callers turn it into line and column.
public struct JSONParser {
  let bytes: UnsafeBufferPointer<UInt8>
  var position: Int
  let end: Int
  var depth = 0
  static let maxDepth = Limits.jsonNesting.value
  /// The first number no kexie type holds exactly (a whole number beyond 64 bits, a decimal
  /// beyond ±1.8e308), which the parser keeps as its text (`.string`) so no digit changes.
  var unrepresentable: (text: String, offset: Int)?

  /// Over borrowed bytes, which must outlive the parser (the loaders' own buffers): internal,
  /// since nothing outside can promise that; `parse` is the public way in.
  init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, to end: Int? = nil) {
    self.bytes = bytes
    self.position = start
    self.end = end ?? bytes.count
  }

  /// Parses one whole JSON text from an array of bytes.
  public static func parse(_ bytes: [UInt8]) -> Result<JSONValue, JSONError> {
    bytes.withUnsafeBufferPointer { buffer in
      var parser = JSONParser(buffer)
      return Result { () throws(JSONError) in try parser.parseDocument() }
    }
  }

  public static func parse(_ text: String) -> Result<JSONValue, JSONError> {
    parse(Array(text.utf8))
  }

  /// A complete document: one value and nothing after it but white space.
  public mutating func parseDocument() throws(JSONError) -> JSONValue {
    let value = try parseValue()
    skipWhitespace()
    if position < end { throw fail("unexpected text after the JSON value", zh: "JSON 值的后面还有多余的文字") }
    return value
  }

  public var offset: Int { position }

  func fail(_ message: String, zh: String) -> JSONError { JSONError(message: Phrase(message, zh: zh), offset: position) }

  mutating func skipWhitespace() {
    while position < end {
      switch bytes[position] {
      case 0x20, 0x09, 0x0A, 0x0D: position += 1
      default: return
      }
    }
  }

  public mutating func parseValue() throws(JSONError) -> JSONValue {
    skipWhitespace()
    guard position < end else { throw fail("expected a JSON value, found the end of the input", zh: "这里应该是一个 JSON 值，输入却结束了") }
    switch bytes[position] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): try literal("true"); return .bool(true)
    case UInt8(ascii: "f"): try literal("false"); return .bool(false)
    case UInt8(ascii: "n"): try literal("null"); return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    default:
      throw fail("expected a JSON value, found '\(Self.describe(bytes[position]))'", zh: "这里应该是一个 JSON 值，实际是 '\(Self.describe(bytes[position]))'")
    }
  }

  static func describe(_ byte: UInt8) -> String {
    byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "0x" + String(byte, radix: 16)
  }

  mutating func literal(_ word: StaticString) throws(JSONError) {
    let count = word.utf8CodeUnitCount
    guard position + count <= end else { throw fail("expected '\(word)'", zh: "这里应该是 '\(word)'") }
    let pointer = word.utf8Start
    for index in 0..<count where bytes[position + index] != pointer[index] {
      throw fail("expected '\(word)'", zh: "这里应该是 '\(word)'")
    }
    position += count
  }

  mutating func parseObject() throws(JSONError) -> JSONValue {
    var offsets: [Int]? = nil
    return .object(try parseMembers(valueOffsets: &offsets))
  }

  /// The members of the object at `position`. When `valueOffsets` is not nil, the byte offset
  /// of each member's value is appended to it, so a loader can point at the value it rejects.
  public mutating func parseMembers(valueOffsets: inout [Int]?) throws(JSONError) -> [(String, JSONValue)] {
    depth += 1
    defer { depth -= 1 }
    if depth > JSONParser.maxDepth { throw fail("JSON nested too deeply", zh: "JSON 嵌套太深") }
    position += 1  // '{'
    var members: [(String, JSONValue)] = []
    skipWhitespace()
    if position < end, bytes[position] == UInt8(ascii: "}") {
      position += 1
      return members
    }
    while true {
      skipWhitespace()
      guard position < end, bytes[position] == UInt8(ascii: "\"") else {
        throw fail("expected a quoted key in the object", zh: "对象里这里应该是一个带引号的键")
      }
      let key = try parseString()
      skipWhitespace()
      guard position < end, bytes[position] == UInt8(ascii: ":") else {
        throw fail("expected ':' after the key \"\(key)\"", zh: "键 \"\(key)\" 的后面应该是 ':'")
      }
      position += 1
      skipWhitespace()
      valueOffsets?.append(position)
      let value = try parseValue()
      members.append((key, value))
      skipWhitespace()
      guard position < end else { throw fail("the object is not closed: expected ',' or '}'", zh: "对象没有闭合：这里应该是 ',' 或 '}'") }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
        continue
      }
      if bytes[position] == UInt8(ascii: "}") {
        position += 1
        return members
      }
      throw fail("expected ',' or '}' in the object", zh: "对象里这里应该是 ',' 或 '}'")
    }
  }

  mutating func parseArray() throws(JSONError) -> JSONValue {
    depth += 1
    defer { depth -= 1 }
    if depth > JSONParser.maxDepth { throw fail("JSON nested too deeply", zh: "JSON 嵌套太深") }
    position += 1  // '['
    var items: [JSONValue] = []
    skipWhitespace()
    if position < end, bytes[position] == UInt8(ascii: "]") {
      position += 1
      return .array(items)
    }
    while true {
      items.append(try parseValue())
      skipWhitespace()
      guard position < end else { throw fail("the array is not closed: expected ',' or ']'", zh: "数组没有闭合：这里应该是 ',' 或 ']'") }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
        continue
      }
      if bytes[position] == UInt8(ascii: "]") {
        position += 1
        return .array(items)
      }
      throw fail("expected ',' or ']' in the array", zh: "数组里这里应该是 ',' 或 ']'")
    }
  }

  /// A string starting at the opening quote. Validates UTF-8 and escapes.
  public mutating func parseString() throws(JSONError) -> String {
    position += 1  // '"'
    let start = position
    // Fast path: no escapes.
    while position < end {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        let text = UnsafeBufferPointer(rebasing: bytes[start..<position])
        guard let string = JSONParser.validatedString(text) else {
          position = start + JSONParser.firstInvalidUTF8(text)
          throw fail("invalid UTF-8 in a string", zh: "字符串里有无效的 UTF-8")
        }
        position += 1
        return string
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 { throw fail("control character in a string (escape it as \\u00XX)", zh: "字符串里有控制字符（要写成转义 \\u00XX）") }
      position += 1
    }
    var scalars: [UInt8] = Array(bytes[start..<position])
    while position < end {
      let byte = bytes[position]
      switch byte {
      case UInt8(ascii: "\""):
        position += 1
        guard let string = scalars.withUnsafeBufferPointer({ JSONParser.validatedString($0) }) else {
          throw fail("invalid UTF-8 in a string", zh: "字符串里有无效的 UTF-8")
        }
        return string
      case UInt8(ascii: "\\"):
        position += 1
        guard position < end else { break }
        let escape = bytes[position]
        position += 1
        switch escape {
        case UInt8(ascii: "\""): scalars.append(0x22)
        case UInt8(ascii: "\\"): scalars.append(0x5C)
        case UInt8(ascii: "/"): scalars.append(0x2F)
        case UInt8(ascii: "b"): scalars.append(0x08)
        case UInt8(ascii: "f"): scalars.append(0x0C)
        case UInt8(ascii: "n"): scalars.append(0x0A)
        case UInt8(ascii: "r"): scalars.append(0x0D)
        case UInt8(ascii: "t"): scalars.append(0x09)
        case UInt8(ascii: "u"):
          var value = try hex4()
          if (0xD800...0xDBFF).contains(value) {
            guard position + 1 < end, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
              throw fail("unpaired surrogate in a \\u escape", zh: "\\u 转义里的代理项不成对")
            }
            position += 2
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw fail("unpaired surrogate in a \\u escape", zh: "\\u 转义里的代理项不成对") }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
          }
          guard let scalar = Unicode.Scalar(value) else { throw fail("invalid \\u escape", zh: "\\u 转义无效") }
          scalars.append(contentsOf: Array(String(scalar).utf8))
        default:
          position -= 1
          throw fail("unknown escape '\\\(JSONParser.describe(escape))' in a string", zh: "字符串里有不认识的转义 '\\\(JSONParser.describe(escape))'")
        }
      default:
        if byte < 0x20 { throw fail("control character in a string (escape it as \\u00XX)", zh: "字符串里有控制字符（要写成转义 \\u00XX）") }
        scalars.append(byte)
        position += 1
      }
    }
    throw fail("the string is not closed", zh: "字符串没有闭合")
  }

  mutating func hex4() throws(JSONError) -> UInt32 {
    guard position + 4 <= end else { throw fail("expected four hex digits after \\u", zh: "\\u 后面应该是四位十六进制数字") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[position]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw fail("expected four hex digits after \\u", zh: "\\u 后面应该是四位十六进制数字")
      }
      value = value << 4 | digit
      position += 1
    }
    return value
  }

  mutating func parseNumber() throws(JSONError) -> JSONValue {
    let start = position
    var isInteger = true
    if bytes[position] == UInt8(ascii: "-") { position += 1 }
    guard position < end, isDigit(bytes[position]) else { throw fail("expected a digit", zh: "这里应该是数字") }
    if bytes[position] == UInt8(ascii: "0") {
      position += 1
    } else {
      while position < end, isDigit(bytes[position]) { position += 1 }
    }
    if position < end, bytes[position] == UInt8(ascii: ".") {
      isInteger = false
      position += 1
      guard position < end, isDigit(bytes[position]) else { throw fail("expected a digit after '.'", zh: "'.' 后面应该是数字") }
      while position < end, isDigit(bytes[position]) { position += 1 }
    }
    if position < end, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
      isInteger = false
      position += 1
      if position < end, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
        position += 1
      }
      guard position < end, isDigit(bytes[position]) else { throw fail("expected a digit in the exponent", zh: "指数里应该有数字") }
      while position < end, isDigit(bytes[position]) { position += 1 }
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    if isInteger, let value = Int64(text) { return .integer(value) }
    guard let value = Double(text) else { throw fail("invalid number '\(text)'", zh: "'\(text)' 不是有效的数字") }
    // A whole number beyond 64 bits would lose digits as a double, and 1e400 would be
    // infinity: both stay the text they were written as.
    if isInteger || !value.isFinite {
      if unrepresentable == nil { unrepresentable = (text, start) }
      return .string(text)
    }
    return .decimal(value)
  }

  @inline(__always)
  func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  /// The bytes as a String if they are valid UTF-8.
  static func validatedString(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var ascii = true
    for byte in bytes where byte >= 0x80 {
      ascii = false
      break
    }
    if ascii { return String(decoding: bytes, as: UTF8.self) }
    return String(validating: bytes, as: UTF8.self)
  }

  /// The offset of the first byte that is not valid UTF-8 (or the count when all are valid).
  /// Checks the well-formed byte sequences of Unicode's table 3-7 without decoding values.
  public static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let count = bytes.count
    var index = 0
    @inline(__always) func continuation(_ offset: Int) -> Bool { bytes[offset] & 0xC0 == 0x80 }
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
      } else if lead < 0xC2 {
        return index
      } else if lead < 0xE0 {
        guard index + 1 < count, continuation(index + 1) else { return index }
        index += 2
      } else if lead < 0xF0 {
        guard index + 2 < count, continuation(index + 2) else { return index }
        let second = bytes[index + 1]
        let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80
        let high: UInt8 = lead == 0xED ? 0x9F : 0xBF
        guard second >= low, second <= high else { return index }
        index += 3
      } else if lead < 0xF5 {
        guard index + 3 < count, continuation(index + 2), continuation(index + 3) else { return index }
        let second = bytes[index + 1]
        let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80
        let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
        guard second >= low, second <= high else { return index }
        index += 4
      } else {
        return index
      }
    }
    return count
  }
}

extension JSONValue {
  public var isNull: Bool { if case .null = self { true } else { false } }
}
