/// The values of one column, stored as a typed array: integers as `[Int64]`, decimals as
/// `[Double]`, booleans as `[Bool]`, text as dictionary codes. Never an array of enum values.
public enum ColumnData: Sendable {
  case bool([Bool])
  case integer([Int64])
  case decimal([Double])
  /// Codes into the dictionary; `TextDictionary.nullCode` is null.
  case text([UInt32], TextDictionary)
}

/// A column: typed values plus a null bitmap (none when nothing is null; text marks nulls in
/// its codes instead).
public struct Column: Sendable {
  public var data: ColumnData
  public var nulls: NullMask?

  public init(_ data: ColumnData, nulls: NullMask? = nil) {
    self.data = data
    self.nulls = (nulls?.nullCount ?? 0) > 0 ? nulls : nil
  }

  public var type: DataType {
    switch data {
    case .bool: .bool
    case .integer: .integer
    case .decimal: .decimal
    case .text: .text
    }
  }

  public var count: Int {
    switch data {
    case .bool(let values): values.count
    case .integer(let values): values.count
    case .decimal(let values): values.count
    case .text(let codes, _): codes.count
    }
  }

  @inline(__always)
  public func isNull(_ row: Int) -> Bool {
    if case .text(let codes, _) = data { return codes[row] == TextDictionary.nullCode }
    return nulls?.isNull(row) ?? false
  }

  /// One cell as a `Value` (for rendering; the engine works on the typed arrays).
  public func value(at row: Int) -> Value {
    if isNull(row) { return .null }
    switch data {
    case .bool(let values): return .bool(values[row])
    case .integer(let values): return .integer(values[row])
    case .decimal(let values): return .decimal(values[row])
    case .text(let codes, let dictionary): return .text(dictionary.string(codes[row]))
    }
  }

  /// The rows at `rows`, in that order (a selection made concrete).
  public func gather(_ rows: [Int32]) -> Column {
    var mask: NullMask?
    if let nulls {
      var gathered = NullMask(count: rows.count)
      for (index, row) in rows.enumerated() where nulls.isNull(Int(row)) { gathered.set(index) }
      mask = gathered
    }
    switch data {
    case .bool(let values): return Column(.bool(rows.map { values[Int($0)] }), nulls: mask)
    case .integer(let values):
      return Column(.integer(values.withUnsafeBufferPointer { v in rows.map { v[Int($0)] } }), nulls: mask)
    case .decimal(let values):
      return Column(.decimal(values.withUnsafeBufferPointer { v in rows.map { v[Int($0)] } }), nulls: mask)
    case .text(let codes, let dictionary):
      return Column(.text(codes.withUnsafeBufferPointer { c in rows.map { c[Int($0)] } }, dictionary))
    }
  }

  /// A column of `count` nulls of a type.
  public static func nulls(_ type: DataType, count: Int) -> Column {
    let mask = NullMask.all(count: count)
    switch type {
    case .bool: return Column(.bool([Bool](repeating: false, count: count)), nulls: mask)
    case .integer: return Column(.integer([Int64](repeating: 0, count: count)), nulls: mask)
    case .decimal: return Column(.decimal([Double](repeating: 0, count: count)), nulls: mask)
    case .text, .null:
      return Column(.text([UInt32](repeating: TextDictionary.nullCode, count: count), TextDictionary.empty))
    }
  }

  /// Builds a column from values of one type (`.null` values become nulls).
  public static func from(_ values: [Value], type: DataType) -> Column {
    var builder = ColumnBuilder(type: type)
    for value in values { builder.append(value) }
    return builder.build()
  }
}

/// Builds a column value by value (for small tables: the dataset, results of aggregation).
public struct ColumnBuilder {
  public let type: DataType
  var bools: [Bool] = []
  var integers: [Int64] = []
  var decimals: [Double] = []
  var codes: [UInt32] = []
  var dictionary = TextDictionaryBuilder()
  var nullFlags: [Bool] = []
  var hasNull = false

  public init(type: DataType) {
    self.type = type
  }

  public mutating func append(_ value: Value) {
    let isNull = value.isNull
    nullFlags.append(isNull)
    hasNull = hasNull || isNull
    switch type {
    case .bool:
      if case .bool(let v) = value { bools.append(v) } else { bools.append(false) }
    case .integer:
      if case .integer(let v) = value { integers.append(v) } else { integers.append(0) }
    case .decimal:
      switch value {
      case .decimal(let v): decimals.append(v)
      case .integer(let v): decimals.append(Double(v))
      default: decimals.append(0)
      }
    case .text, .null:
      if case .text(let v) = value { codes.append(dictionary.intern(v)) } else {
        codes.append(TextDictionary.nullCode)
      }
    }
  }

  public func build() -> Column {
    let mask = hasNull ? NullMask(nullFlags) : nil
    switch type {
    case .bool: return Column(.bool(bools), nulls: mask)
    case .integer: return Column(.integer(integers), nulls: mask)
    case .decimal: return Column(.decimal(decimals), nulls: mask)
    case .text, .null: return Column(.text(codes, dictionary.build()))
    }
  }
}
