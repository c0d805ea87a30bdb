import KexieData

/// The value of an expression over some rows: a constant, or one value per row.
enum Vector {
  case constant(Value, count: Int)
  case column(Column)

  var count: Int {
    switch self {
    case .constant(_, let count): count
    case .column(let column): column.count
    }
  }

  /// The type of the values (a null constant is `.null`).
  var type: DataType {
    switch self {
    case .constant(let value, _): value.type
    case .column(let column): column.type
    }
  }

  func value(at row: Int) -> Value {
    switch self {
    case .constant(let value, _): value
    case .column(let column): column.value(at: row)
    }
  }

  func isNull(_ row: Int) -> Bool {
    switch self {
    case .constant(let value, _): value.isNull
    case .column(let column): column.isNull(row)
    }
  }

  /// As a column of `type` (constants are repeated).
  func column(type: DataType) -> Column {
    switch self {
    case .column(let column): return column
    case .constant(let value, let count):
      if case .text(let text) = value {
        var builder = TextDictionaryBuilder()
        let code = builder.intern(text)
        return Column(.text([UInt32](repeating: code, count: count), builder.build()))
      }
      if value.isNull { return Column.nulls(type, count: count) }
      switch value {
      case .bool(let flag): return Column(.bool([Bool](repeating: flag, count: count)))
      case .integer(let number):
        if type == .decimal { return Column(.decimal([Double](repeating: Double(number), count: count))) }
        return Column(.integer([Int64](repeating: number, count: count)))
      case .decimal(let number): return Column(.decimal([Double](repeating: number, count: count)))
      default: return Column.nulls(type, count: count)
      }
    }
  }

  /// Booleans for a condition: null counts as false.
  func truths() -> [Bool] {
    switch self {
    case .constant(let value, let count):
      if case .bool(true) = value { return [Bool](repeating: true, count: count) }
      return [Bool](repeating: false, count: count)
    case .column(let column):
      guard case .bool(let flags) = column.data else { return [Bool](repeating: false, count: column.count) }
      guard let nulls = column.nulls else { return flags }
      return flags.indices.map { flags[$0] && !nulls.isNull($0) }
    }
  }
}

/// Numbers from a vector, widened as needed: integers stay exact, decimals are doubles.
enum Numbers {
  case integers([Int64], NullMask?)
  case decimals([Double], NullMask?)

  init(_ vector: Vector, asDecimal: Bool) {
    let column = vector.column(type: asDecimal ? .decimal : .integer)
    switch column.data {
    case .integer(let values):
      self = asDecimal ? .decimals(values.map(Double.init), column.nulls) : .integers(values, column.nulls)
    case .decimal(let values):
      self = .decimals(values, column.nulls)
    default:
      self = asDecimal
        ? .decimals([Double](repeating: 0, count: column.count), NullMask.all(count: column.count))
        : .integers([Int64](repeating: 0, count: column.count), NullMask.all(count: column.count))
    }
  }

  var nulls: NullMask? {
    switch self {
    case .integers(_, let nulls), .decimals(_, let nulls): nulls
    }
  }

  var decimals: [Double] {
    switch self {
    case .integers(let values, _): values.map(Double.init)
    case .decimals(let values, _): values
    }
  }
}
