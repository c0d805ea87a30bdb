import KexieDiagnostics

/// The type of a column or an expression.
public enum DataType: String, Hashable, Sendable, CaseIterable {
  case bool
  case integer
  case decimal
  case text
  /// The type of the literal `null`: it fits anywhere.
  case null

  public var isNumeric: Bool { self == .integer || self == .decimal }

  /// How the type is named in messages: "text", "an integer", …
  public var article: String {
    switch self {
    case .bool: "a boolean"
    case .integer: "an integer"
    case .decimal: "a decimal"
    case .text: "text"
    case .null: "null"
    }
  }

  /// The same in both languages, for messages: 布尔值, 整数, 小数, 文本, null.
  public var phrase: Phrase {
    switch self {
    case .bool: Phrase(article, zh: "布尔值")
    case .integer: Phrase(article, zh: "整数")
    case .decimal: Phrase(article, zh: "小数")
    case .text: Phrase(article, zh: "文本")
    case .null: .same("null")
    }
  }

  /// Whether values of the two types can be compared with = and <.
  public func isComparable(with other: DataType) -> Bool {
    if self == .null || other == .null { return true }
    if isNumeric && other.isNumeric { return true }
    return self == other
  }

  /// The type of a value combining both (for `??`, lists, arithmetic results).
  public func unified(with other: DataType) -> DataType? {
    if self == other { return self }
    if self == .null { return other }
    if other == .null { return self }
    if isNumeric && other.isNumeric { return .decimal }
    return nil
  }

  /// The narrowest type that holds values of both, for inferring a column from data: the one
  /// type lattice of every loader (`null` < `bool`, `integer` < `decimal` < `text`; whatever
  /// does not unify is text).
  public func widened(with other: DataType) -> DataType {
    unified(with: other) ?? .text
  }
}

/// A single value: a literal, or one cell of a table when it is rendered.
public enum Value: Hashable, Sendable, CustomStringConvertible {
  case null
  case bool(Bool)
  case integer(Int64)
  case decimal(Double)
  case text(String)
  /// The values of a list field (never empty: a list without values is `.null`; never holding
  /// a null or another list).
  case list([Value])

  public var isNull: Bool { if case .null = self { true } else { false } }

  /// The type of the value; for a list, the type of its elements.
  public var type: DataType {
    switch self {
    case .null: .null
    case .bool: .bool
    case .integer: .integer
    case .decimal: .decimal
    case .text: .text
    case .list(let elements): elements.first?.type ?? .null
    }
  }

  public var isList: Bool { if case .list = self { true } else { false } }

  /// The value as people read it; `null` for null (the formatter decides how nulls show). A
  /// list reads as its elements joined by `、` when any of them is Chinese (淅川、南召), by
  /// `, ` otherwise.
  public var description: String {
    switch self {
    case .null: "null"
    case .bool(let value): value ? "true" : "false"
    case .integer(let value): String(value)
    case .decimal(let value): Value.format(value)
    case .text(let value): value
    case .list(let elements): Value.joined(elements.map(\.description))
    }
  }

  /// Texts joined as a list reads: with `、` between Chinese values, `, ` between others.
  public static func joined(_ texts: [String]) -> String {
    let wide = texts.contains { text in text.unicodeScalars.contains { $0.value >= 0x2E80 } }
    return texts.joined(separator: wide ? "、" : ", ")
  }

  /// Decimals print in their shortest round-trip form; whole decimals keep a ".0" so they
  /// still read as decimals (587000.0), and huge or tiny ones use an exponent.
  public static func format(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value < 0 ? "-Inf" : "Inf" }
    return value.description
  }
}
