/// What a field's text looks like, for type inference.
enum FieldClass: UInt8 {
  case empty, integer, decimal, boolean, text

  /// Classifies the bytes of one field.
  static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> FieldClass {
    let count = bytes.count
    if count == 0 { return .empty }
    let first = bytes[0]
    if first == UInt8(ascii: "t") || first == UInt8(ascii: "T") || first == UInt8(ascii: "f") || first == UInt8(ascii: "F") {
      return Numbers.isBoolean(bytes) ? .boolean : .text
    }
    var index = 0
    if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { index = 1 }
    let digitsStart = index
    while index < count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
    let integerDigits = index - digitsStart
    if index == count {
      guard integerDigits > 0 else { return .text }
      // Leading zeros make codes (007, 0377), not numbers.
      if integerDigits > 1, bytes[digitsStart] == UInt8(ascii: "0") { return .text }
      return Numbers.integer(bytes) != nil ? .integer : .decimal
    }
    if integerDigits > 1, bytes[digitsStart] == UInt8(ascii: "0"), bytes[index] != UInt8(ascii: ".") { return .text }
    var fractionDigits = 0
    if bytes[index] == UInt8(ascii: ".") {
      index += 1
      let fractionStart = index
      while index < count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
      fractionDigits = index - fractionStart
    }
    guard integerDigits + fractionDigits > 0 else { return .text }
    if index < count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
      let exponentStart = index
      while index < count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
      guard index > exponentStart else { return .text }
    }
    return index == count ? .decimal : .text
  }
}

/// What a column's fields were: the type is the narrowest that fits them all.
struct ColumnClasses {
  var sawInteger = false
  var sawDecimal = false
  var sawBoolean = false
  var sawText = false

  mutating func add(_ kind: FieldClass) {
    switch kind {
    case .empty: break
    case .integer: sawInteger = true
    case .decimal: sawDecimal = true
    case .boolean: sawBoolean = true
    case .text: sawText = true
    }
  }

  var type: DataType {
    if sawText || (sawBoolean && (sawInteger || sawDecimal)) { return .text }
    if sawBoolean { return .bool }
    if sawDecimal { return .decimal }
    if sawInteger { return .integer }
    return .text
  }
}

/// Exact number parsing from bytes.
enum Numbers {
  static func isBoolean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { boolean(bytes) != nil }

  static func boolean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    func matches(_ word: StaticString) -> Bool {
      guard bytes.count == word.utf8CodeUnitCount else { return false }
      let pointer = word.utf8Start
      for index in 0..<bytes.count where bytes[index] | 0x20 != pointer[index] { return false }
      return true
    }
    if matches("true") { return true }
    if matches("false") { return false }
    return nil
  }

  /// A whole number that fits in 64 bits.
  @inline(__always)
  static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
    var index = 0
    var negative = false
    if bytes.count > 0, bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
      negative = bytes[0] == UInt8(ascii: "-")
      index = 1
    }
    guard index < bytes.count else { return nil }
    var value: Int64 = 0
    while index < bytes.count {
      let digit = bytes[index] &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = negative ? times.subtractingReportingOverflow(Int64(digit)) : times.addingReportingOverflow(Int64(digit))
      if overflow1 || overflow2 { return nil }
      value = sum
      index += 1
    }
    return value
  }

  static let powers: [Double] = (0...22).map { exponent in
    var value = 1.0
    for _ in 0..<exponent { value *= 10 }
    return value
  }

  /// A decimal: exactly rounded for up to 15 significant digits (one exact division), else
  /// through the standard library's parser.
  @inline(__always)
  static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    var index = 0
    var negative = false
    if bytes.count > 0, bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
      negative = bytes[0] == UInt8(ascii: "-")
      index = 1
    }
    var mantissa: Int64 = 0
    var digits = 0
    var scale = 0
    var seenPoint = false
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: ".") && !seenPoint {
        seenPoint = true
      } else if byte &- UInt8(ascii: "0") < 10 {
        if digits < 15 {
          mantissa = mantissa * 10 + Int64(byte &- UInt8(ascii: "0"))
          if mantissa > 0 { digits += 1 }
          if seenPoint { scale += 1 }
        } else {
          return slow(bytes)
        }
      } else {
        return slow(bytes)
      }
      index += 1
    }
    guard scale < powers.count else { return slow(bytes) }
    let value = Double(mantissa) / powers[scale]
    return negative ? -value : value
  }

  static func slow(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    Double(String(decoding: bytes, as: UTF8.self))
  }
}

/// Pass one: the header, each column's classes, and the number of rows.
struct InferenceVisitor: RecordVisitor {
  var header: [String]?
  var classes: [ColumnClasses] = []
  var rows = 0
  var scratch: [UInt8] = []

  mutating func record(_ buffer: UnsafeBufferPointer<UInt8>, fields: FieldList, header isHeader: Bool) {
    if isHeader {
      header = (0..<fields.count).map { index in
        fields.withField(index, in: buffer, scratch: &scratch) { String(decoding: $0, as: UTF8.self) }
      }
      classes = [ColumnClasses](repeating: ColumnClasses(), count: fields.count)
      return
    }
    rows += 1
    for index in 0..<fields.count {
      let kind = fields.withField(index, in: buffer, scratch: &scratch) { FieldClass.of($0) }
      // A quoted number is still a number; a quoted empty field is still null.
      classes[index].add(kind)
    }
  }
}

/// Pass two: typed columns of their final size.
struct BuildVisitor: RecordVisitor {
  let types: [DataType]
  var integers: [[Int64]]
  var decimals: [[Double]]
  var booleans: [[Bool]]
  var codes: [[UInt32]]
  var dictionaries: [TextDictionaryBuilder]
  var nulls: [NullMask?]
  var row = 0
  var scratch: [UInt8] = []

  init(types: [DataType], rows: Int) {
    self.types = types
    integers = types.map { $0 == .integer ? [Int64](repeating: 0, count: rows) : [] }
    decimals = types.map { $0 == .decimal ? [Double](repeating: 0, count: rows) : [] }
    booleans = types.map { $0 == .bool ? [Bool](repeating: false, count: rows) : [] }
    codes = types.map { $0 == .text ? [UInt32](repeating: TextDictionary.nullCode, count: rows) : [] }
    dictionaries = types.map { _ in TextDictionaryBuilder() }
    nulls = types.map { _ in nil }
  }

  mutating func markNull(_ column: Int) {
    if nulls[column] == nil { nulls[column] = NullMask(count: types.isEmpty ? 0 : max(integers[column].count, decimals[column].count, booleans[column].count)) }
    nulls[column]?.set(row)
  }

  mutating func record(_ buffer: UnsafeBufferPointer<UInt8>, fields: FieldList, header: Bool) {
    if header { return }
    for column in 0..<fields.count {
      let type = types[column]
      let isEmpty = fields.ends[column] == fields.starts[column]
      switch type {
      case .text:
        if !isEmpty {
          codes[column][row] = fields.withField(column, in: buffer, scratch: &scratch) { dictionaries[column].intern($0) }
        }
      case .integer:
        if isEmpty {
          markNull(column)
        } else {
          integers[column][row] = fields.withField(column, in: buffer, scratch: &scratch) { Numbers.integer($0) } ?? 0
        }
      case .decimal:
        if isEmpty {
          markNull(column)
        } else {
          decimals[column][row] = fields.withField(column, in: buffer, scratch: &scratch) { Numbers.decimal($0) } ?? 0
        }
      case .bool, .null:
        if isEmpty {
          markNull(column)
        } else {
          booleans[column][row] = fields.withField(column, in: buffer, scratch: &scratch) { Numbers.boolean($0) } ?? false
        }
      }
    }
    row += 1
  }

  func columns() -> [Column] {
    types.indices.map { column in
      switch types[column] {
      case .integer: Column(.integer(integers[column]), nulls: nulls[column])
      case .decimal: Column(.decimal(decimals[column]), nulls: nulls[column])
      case .bool, .null: Column(.bool(booleans[column]), nulls: nulls[column])
      case .text: Column(.text(codes[column], dictionaries[column].build()))
      }
    }
  }
}
