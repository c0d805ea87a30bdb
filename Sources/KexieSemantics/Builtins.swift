import KexieData
import KexieDiagnostics

/// Why a builtin refused its arguments.
public enum TypeProblem: Sendable {
  /// Argument `index` (0-based) should have been `expected`.
  case argument(Int, expected: Phrase)
}

/// A runtime failure inside a builtin, turned into E0505 by the engine.
public struct BuiltinError: Error, Sendable {
  public var message: Phrase
  public var argument: Int?
  public init(_ message: Phrase, argument: Int? = nil) {
    self.message = message
    self.argument = argument
  }
}

/// A function kexie knows: its name, arity, types, implementation and one line of help.
/// The one registry `Builtins.all` drives the checker, the engine, `.help functions`,
/// completion and the language reference.
public struct Builtin: Sendable {
  public let name: String
  public let signature: String
  public let summary: String
  /// A query that uses it on the report dataset (shown by `.help functions`, run by a test).
  public let example: String
  public let arity: ClosedRange<Int>
  public let aggregate: AggregateFunction?
  /// The result type for these argument types, or what is wrong with them.
  let resultType: @Sendable ([DataType]) -> Result<DataType, TypeProblemBox>
  /// Computes one value. Null arguments give null without calling it, unless `acceptsNull`.
  public let evaluate: @Sendable ([Value]) throws(BuiltinError) -> Value
  public let acceptsNull: Bool
  /// Whether it takes a list as an argument (`size`, `to_text`); other functions refuse one,
  /// with a hint to `expand` it first.
  public var takesLists = false
  /// A function of one text, for the engine to run over a text column's dictionary (each
  /// distinct value once) instead of per row through `evaluate`.
  public var textKernel: TextKernel?

  public func type(for arguments: [DataType]) -> Result<DataType, TypeProblemBox> {
    resultType(arguments)
  }
}

/// How a function of one text runs over a column (DuckDB's UnaryExecutor, per distinct value):
/// `count` from a value's UTF-8 bytes (length, width: no String is made for ASCII text),
/// `value` for anything else (lower, upper, trim). A null gives null.
public enum TextKernel: Sendable {
  case count(@Sendable (UnsafeBufferPointer<UInt8>) -> Int64)
  case value(@Sendable (String) -> Value)
}

/// `TypeProblem` as an `Error`, so it fits in a `Result`.
public struct TypeProblemBox: Error, Sendable {
  public var problem: TypeProblem
}

public enum Builtins {
  public static func named(_ name: String) -> Builtin? {
    let lowered = name.lowercased()
    return all.first { $0.name == lowered }
  }

  public static var names: [String] { all.map(\.name) }

  static func fail(_ index: Int, _ expected: Phrase) -> Result<DataType, TypeProblemBox> {
    .failure(TypeProblemBox(problem: .argument(index, expected: expected)))
  }

  static func expect(_ types: [DataType], _ index: Int, _ allowed: Set<DataType>, _ expected: Phrase) -> TypeProblemBox? {
    guard index < types.count else { return nil }
    if types[index] == .null || allowed.contains(types[index]) { return nil }
    return TypeProblemBox(problem: .argument(index, expected: expected))
  }

  static func textFunction(
    _ name: String, _ summary: String, example: String, result: DataType = .text,
    counting: (@Sendable (UnsafeBufferPointer<UInt8>) -> Int64)? = nil,
    _ body: @escaping @Sendable (String) -> Value
  ) -> Builtin {
    var builtin = Builtin(
      name: name, signature: "\(name)(text) → \(result.rawValue)", summary: summary, example: example,
      arity: 1...1, aggregate: nil,
      resultType: { types in
        if let problem = expect(types, 0, [.text], DataType.text.phrase) { return .failure(problem) }
        return .success(result)
      },
      evaluate: { arguments throws(BuiltinError) in
        guard case .text(let text) = arguments[0] else { return .null }
        return body(text)
      },
      acceptsNull: false)
    builtin.textKernel = counting.map(TextKernel.count) ?? .value(body)
    return builtin
  }

  /// Characters (grapheme clusters) in UTF-8 bytes, without making a String when every
  /// scalar stands alone as a character — ASCII but CR, Latin-1 letters, CJK ideographs and
  /// punctuation, full-width forms: then the count is the scalars'. Anything that may join
  /// its neighbour (a combining mark, CR LF, an emoji sequence, Hangul jamo) is counted by
  /// Swift's grapheme breaking.
  @Sendable static func characterCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64 {
    guard let base = bytes.baseAddress else { return 0 }
    let end = bytes.count
    var index = 0
    var count: Int64 = 0
    func slow() -> Int64 { Int64(String(decoding: bytes, as: UTF8.self).count) }
    while index < end {
      // Eight ASCII bytes without a CR are eight characters (CR may join the LF after it).
      if index + 8 <= end {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        let carriageReturns = word ^ 0x0D0D_0D0D_0D0D_0D0D
        let hasCarriageReturn = (carriageReturns &- 0x0101_0101_0101_0101) & ~carriageReturns & 0x8080_8080_8080_8080 != 0
        if word & 0x8080_8080_8080_8080 == 0, !hasCarriageReturn {
          count += 8
          index += 8
          continue
        }
      }
      let lead = base[index]
      switch lead {
      case 0..<0x80:
        if lead == 0x0D { return slow() }
        index += 1
      case 0xC2..<0xE0:
        // Two bytes: U+0080…U+07FF; Latin-1 and the spacing modifiers (to U+02FF) stand alone.
        guard index + 1 < end, base[index + 1] & 0xC0 == 0x80 else { return slow() }
        let value = UInt32(lead & 0x1F) << 6 | UInt32(base[index + 1] & 0x3F)
        if value > 0x2FF { return slow() }
        index += 2
      case 0xE0..<0xF0:
        guard index + 2 < end, base[index + 1] & 0xC0 == 0x80, base[index + 2] & 0xC0 == 0x80 else { return slow() }
        let value = UInt32(lead & 0x0F) << 12 | UInt32(base[index + 1] & 0x3F) << 6 | UInt32(base[index + 2] & 0x3F)
        switch value {
        case 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF60: break
        default: return slow()
        }
        index += 3
      default:
        return slow()
      }
      count += 1
    }
    return count
  }

  /// Display width of a dictionary value's UTF-8 bytes (always well formed: they came from
  /// Strings or checked files), as `DisplayWidth.of` measures a String.
  @Sendable static func displayWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64 {
    Int64(DisplayWidth.of(utf8: bytes))
  }

  static func aggregate(_ function: AggregateFunction, signature: String, summary: String, example: String) -> Builtin {
    Builtin(
      name: function.rawValue, signature: signature, summary: summary, example: example,
      arity: function == .count ? 0...1 : 1...1, aggregate: function,
      resultType: { types in
        switch function {
        case .count, .countDistinct: return .success(.integer)
        case .sum:
          if let problem = expect(types, 0, [.integer, .decimal], .aNumber) { return .failure(problem) }
          return .success(types.first == .decimal ? .decimal : .integer)
        case .avg:
          if let problem = expect(types, 0, [.integer, .decimal], .aNumber) { return .failure(problem) }
          return .success(.decimal)
        case .min, .max:
          return .success(types.first ?? .null)
        }
      },
      evaluate: { _ throws(BuiltinError) in .null },
      acceptsNull: true)
  }

  public static let all: [Builtin] = [
    // Aggregates (only in summarize).
    aggregate(.count, signature: "count([x]) → integer", summary: "number of rows, or of non-null values of x", example: "events | summarize count() by kind"),
    aggregate(.countDistinct, signature: "count_distinct(x) → integer", summary: "number of distinct non-null values of x", example: "events | summarize count_distinct(county)"),
    aggregate(.sum, signature: "sum(number) → number", summary: "total of the non-null values (null when there are none)", example: "figures where unit = \"人\" | summarize sum(value)"),
    aggregate(.avg, signature: "avg(number) → decimal", summary: "mean of the non-null values", example: "events | summarize avg(participants)"),
    aggregate(.min, signature: "min(x) → x", summary: "smallest non-null value (text in binary order)", example: "figures | summarize min(value), max(value)"),
    aggregate(.max, signature: "max(x) → x", summary: "largest non-null value", example: "figures | summarize max(value) by unit"),

    // Text.
    textFunction("length", "number of characters (淅川 is 2)", example: "places | select name, length(name)", result: .integer, counting: characterCount) { .integer(Int64($0.count)) },
    textFunction("width", "display width in terminal columns (a Chinese character is 2)", example: "places | select name, width(name)", result: .integer, counting: displayWidth) { .integer(Int64(DisplayWidth.of($0))) },
    textFunction("lower", "lower-case letters", example: "places | select lower(pinyin)") { .text($0.lowercased()) },
    textFunction("upper", "upper-case letters", example: "places | select upper(pinyin)") { .text($0.uppercased()) },
    textFunction("trim", "without white space at either end", example: "people | select trim(name)") { .text(trimmed($0)) },
    Builtin(
      name: "substr", signature: "substr(text, start[, length]) → text",
      summary: "characters from start (1-based), up to length of them", example: "events | select substr(name, 1, 4)",
      arity: 2...3, aggregate: nil,
      resultType: { types in
        if let problem = expect(types, 0, [.text], DataType.text.phrase) ?? expect(types, 1, [.integer], DataType.integer.phrase) ?? expect(types, 2, [.integer], DataType.integer.phrase) {
          return .failure(problem)
        }
        return .success(.text)
      },
      evaluate: { arguments throws(BuiltinError) in
        guard case .text(let text) = arguments[0], case .integer(let start) = arguments[1] else { return .null }
        var length = Int64.max
        if arguments.count > 2 {
          guard case .integer(let given) = arguments[2] else { return .null }
          guard given >= 0 else { throw BuiltinError(Phrase("length must not be negative", zh: "长度不能是负数"), argument: 2) }
          length = given
        }
        let characters = Array(text)
        let from = max(0, Int(clamping: start) - 1)
        guard from < characters.count, length > 0 else { return .text("") }
        let to = min(characters.count, from + Int(clamping: min(length, Int64(characters.count))))
        return .text(String(characters[from..<to]))
      },
      acceptsNull: false),
    Builtin(
      name: "replace", signature: "replace(text, from, to) → text",
      summary: "text with every from replaced by to", example: "events | select replace(name, \"科普\", \"KP\")",
      arity: 3...3, aggregate: nil,
      resultType: { types in
        for index in 0..<3 { if let problem = expect(types, index, [.text], DataType.text.phrase) { return .failure(problem) } }
        return .success(.text)
      },
      evaluate: { arguments throws(BuiltinError) in
        guard case .text(let text) = arguments[0], case .text(let from) = arguments[1], case .text(let to) = arguments[2] else { return .null }
        if from.isEmpty { return .text(text) }
        return .text(text.replacing(from, with: to))
      },
      acceptsNull: false),
    Builtin(
      name: "concat", signature: "concat(x, …) → text",
      summary: "the values as text, one after another (nulls are skipped; a list reads 淅川、南召)", example: "places | select concat(short, \" (\", pinyin, \")\")",
      arity: 1...64, aggregate: nil,
      resultType: { _ in .success(.text) },
      evaluate: { arguments throws(BuiltinError) in
        .text(arguments.filter { !$0.isNull }.map(\.description).joined())
      },
      acceptsNull: true, takesLists: true),

    // Conversions.
    Builtin(
      name: "to_text", signature: "to_text(x) → text", summary: "the value as text (a list as its values joined by 、)",
      example: "figures | select to_text(value)", arity: 1...1, aggregate: nil,
      resultType: { _ in .success(.text) },
      evaluate: { arguments throws(BuiltinError) in .text(arguments[0].description) },
      acceptsNull: false, takesLists: true),
    Builtin(
      name: "size", signature: "size(list) → integer", summary: "how many values a list field holds (0 for none)",
      example: "events | where size(county) > 1 | select label, size(county)", arity: 1...1, aggregate: nil,
      resultType: { _ in .success(.integer) },
      evaluate: { arguments throws(BuiltinError) in
        switch arguments[0] {
        case .null: .integer(0)
        case .list(let values): .integer(Int64(values.count))
        default: .integer(1)
        }
      },
      acceptsNull: true, takesLists: true),
    Builtin(
      name: "to_int", signature: "to_int(x) → integer",
      summary: "the value as an integer: decimals are truncated, text is parsed (null when it is not a number)",
      example: "contacts where kind = \"QQ\" | select to_int(value)", arity: 1...1, aggregate: nil,
      resultType: { _ in .success(.integer) },
      evaluate: { arguments throws(BuiltinError) in
        switch arguments[0] {
        case .integer(let value): return .integer(value)
        case .decimal(let value):
          guard value.isFinite, let truncated = Int64(exactly: value.rounded(.towardZero)) else {
            throw BuiltinError(Phrase("\(Value.format(value)) does not fit in an integer", zh: "\(Value.format(value)) 超出了整数的范围"), argument: 0)
          }
          return .integer(truncated)
        case .bool(let flag): return .integer(flag ? 1 : 0)
        case .text(let text): return Int64(trimmed(text)).map(Value.integer) ?? .null
        case .null, .list: return .null
        }
      },
      acceptsNull: false),
    Builtin(
      name: "to_decimal", signature: "to_decimal(x) → decimal",
      summary: "the value as a decimal (text is parsed; null when it is not a number)",
      example: "figures | select to_decimal(value) / 10000", arity: 1...1, aggregate: nil,
      resultType: { _ in .success(.decimal) },
      evaluate: { arguments throws(BuiltinError) in
        switch arguments[0] {
        case .integer(let value): return .decimal(Double(value))
        case .decimal(let value): return .decimal(value)
        case .bool(let flag): return .decimal(flag ? 1 : 0)
        case .text(let text):
          // A finite number only: "nan", "inf" and 1e400 are not numbers kexie holds.
          guard let value = Double(trimmed(text)), value.isFinite else { return .null }
          return .decimal(value)
        case .null, .list: return .null
        }
      },
      acceptsNull: false),

    // Numbers.
    Builtin(
      name: "round", signature: "round(number[, digits]) → number",
      summary: "rounded half away from zero to digits (0–15) decimal places",
      example: "events | summarize round(avg(participants), 1)", arity: 1...2, aggregate: nil,
      resultType: { types in
        if let problem = expect(types, 0, [.integer, .decimal], .aNumber) ?? expect(types, 1, [.integer], DataType.integer.phrase) {
          return .failure(problem)
        }
        return .success(types[0] == .integer ? .integer : .decimal)
      },
      evaluate: { arguments throws(BuiltinError) in
        var digits: Int64 = 0
        if arguments.count > 1 {
          guard case .integer(let given) = arguments[1] else { return .null }
          guard (0...15).contains(given) else { throw BuiltinError(Phrase("digits must be between 0 and 15, found \(given)", zh: "位数应该在 0 到 15 之间，这里是 \(given)"), argument: 1) }
          digits = given
        }
        switch arguments[0] {
        case .integer(let value): return .integer(value)
        case .decimal(let value):
          var scale = 1.0
          for _ in 0..<digits { scale *= 10 }
          // A value so large that it has no digits after the point to round (beyond 2^52) is
          // already round, and scaling it could overflow: round(1e300, 15) is 1e300.
          let scaled = value * scale
          guard scaled.isFinite, scaled.magnitude < 0x1p52 else { return .decimal(value) }
          return .decimal(scaled.rounded(.toNearestOrAwayFromZero) / scale)
        default: return .null
        }
      },
      acceptsNull: false),
    Builtin(
      name: "abs", signature: "abs(number) → number", summary: "the value without its sign",
      example: "figures | select abs(value - 100)", arity: 1...1, aggregate: nil,
      resultType: { types in
        if let problem = expect(types, 0, [.integer, .decimal], .aNumber) { return .failure(problem) }
        return .success(types[0] == .null ? .integer : types[0])
      },
      evaluate: { arguments throws(BuiltinError) in
        switch arguments[0] {
        case .integer(let value):
          guard value != Int64.min else { throw BuiltinError(Phrase("abs(\(value)) does not fit in an integer", zh: "abs(\(value)) 超出了整数的范围"), argument: 0) }
          return .integer(Swift.abs(value))
        case .decimal(let value): return .decimal(Swift.abs(value))
        default: return .null
        }
      },
      acceptsNull: false),
    Builtin(
      name: "coalesce", signature: "coalesce(x, y, …) → x",
      summary: "the first argument that is not null (like x ?? y ?? …)",
      example: "events | select label, coalesce(organizer.name, \"(未说明)\")", arity: 1...64, aggregate: nil,
      resultType: { types in
        var result = DataType.null
        for (index, type) in types.enumerated() {
          guard let unified = result.unified(with: type) else {
            return .failure(TypeProblemBox(problem: .argument(index, expected: result.phrase)))
          }
          result = unified
        }
        return .success(result)
      },
      evaluate: { arguments throws(BuiltinError) in arguments.first { !$0.isNull } ?? .null },
      acceptsNull: true),
  ]

  static func trimmed(_ text: String) -> String {
    var characters = Substring(text)
    while let first = characters.first, first.isWhitespace { characters.removeFirst() }
    while let last = characters.last, last.isWhitespace { characters.removeLast() }
    return String(characters)
  }
}

extension Phrase {
  static let aNumber = Phrase("a number", zh: "数字")
}
