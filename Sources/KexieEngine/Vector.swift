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

  var isNullConstant: Bool {
    if case .constant(let value, _) = self { return value.isNull }
    return false
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

/// One side of an arithmetic operator: a column's numbers, or one number for every row.
enum Operand<Number: Numeric> {
  case each([Number], NullMask?)
  case same(Number)

  var nulls: NullMask? {
    if case .each(_, let nulls) = self { return nulls }
    return nil
  }

  subscript(row: Int) -> Number {
    switch self {
    case .each(let values, _): values[row]
    case .same(let value): value
    }
  }

  /// An operator over every row (one row when both sides are the same number): the values
  /// (null rows' slots zero), the first row not null on either side where it failed, and
  /// the null rows. One loop per shape, so the compiler sees two plain arrays or an array
  /// and a number; the loops only set a flag, and a failure is looked for again only when
  /// it is set. The operator is a type (DuckDB's OP template parameter), so both loops are
  /// specialised with it inlined (a closure used twice was not inlined: `extend` arithmetic
  /// took half as long again).
  static func run<Kernel: ArithmeticKernel>(
    _ count: Int, _ a: Operand, _ b: Operand, _ kernel: Kernel.Type
  ) -> (values: [Number], failed: Int?, nulls: NullMask?) where Kernel.Number == Number {
    let apply = Kernel.apply
    let nulls = NullMask.union(a.nulls, b.nulls, count: count)
    var failed: UInt8 = 0
    var values: [Number]
    switch (a, b) {
    case (.same(let x), .same(let y)):
      let (value, bad) = apply(x, y)
      return ([value], bad ? 0 : nil, nil)
    case (.each(let x, _), .each(let y, _)):
      values = [Number](unsafeUninitializedCapacity: count) { out, initialized in
        x.withUnsafeBufferPointer { x in
          y.withUnsafeBufferPointer { y in
            for row in 0..<count {
              let (value, bad) = apply(x[row], y[row])
              out[row] = value
              failed |= bad ? 1 : 0
            }
          }
        }
        initialized = count
      }
    case (.each(let x, _), .same(let y)):
      values = [Number](unsafeUninitializedCapacity: count) { out, initialized in
        x.withUnsafeBufferPointer { x in
          for row in 0..<count {
            let (value, bad) = apply(x[row], y)
            out[row] = value
            failed |= bad ? 1 : 0
          }
        }
        initialized = count
      }
    case (.same(let x), .each(let y, _)):
      values = [Number](unsafeUninitializedCapacity: count) { out, initialized in
        y.withUnsafeBufferPointer { y in
          for row in 0..<count {
            let (value, bad) = apply(x, y[row])
            out[row] = value
            failed |= bad ? 1 : 0
          }
        }
        initialized = count
      }
    }
    if failed != 0 {
      for row in 0..<count where !(nulls?.isNull(row) ?? false) && apply(a[row], b[row]).1 { return (values, row, nulls) }
    }
    if let nulls { zero(&values, at: nulls) }
    return (values, nil, nulls)
  }

  /// Zero in the slots of null rows.
  static func zero(_ values: inout [Number], at nulls: NullMask) {
    for (index, word) in nulls.words.enumerated() where word != 0 {
      var bits = word
      while bits != 0 {
        let row = index << 6 | bits.trailingZeroBitCount
        if row < values.count { values[row] = .zero }
        bits &= bits - 1
      }
    }
  }
}

extension Operand where Number == Int64 {
  /// An integer vector's numbers; nil for another type.
  init?(integers vector: Vector) {
    switch vector {
    case .constant(.integer(let number), _): self = .same(number)
    case .column(let column):
      guard case .integer(let values) = column.data else { return nil }
      self = .each(values, column.nulls)
    default: return nil
    }
  }
}

extension Operand where Number == Double {
  /// A number vector's numbers as doubles (integers widened); nil for another type.
  init?(decimals vector: Vector) {
    switch vector {
    case .constant(.integer(let number), _): self = .same(Double(number))
    case .constant(.decimal(let number), _): self = .same(number)
    case .column(let column):
      switch column.data {
      case .integer(let values): self = .each(values.map(Double.init), column.nulls)
      case .decimal(let values): self = .each(values, column.nulls)
      default: return nil
      }
    default: return nil
    }
  }
}

/// One arithmetic operator on two numbers: the result, and whether it failed (an integer's
/// overflow; a decimal that is not finite, which division by zero also gives).
protocol ArithmeticKernel {
  associatedtype Number: Numeric
  static func apply(_ a: Number, _ b: Number) -> (Number, Bool)
}

enum IntegerAdd: ArithmeticKernel {
  static func apply(_ a: Int64, _ b: Int64) -> (Int64, Bool) { a.addingReportingOverflow(b) }
}

enum IntegerSubtract: ArithmeticKernel {
  static func apply(_ a: Int64, _ b: Int64) -> (Int64, Bool) { a.subtractingReportingOverflow(b) }
}

enum IntegerMultiply: ArithmeticKernel {
  static func apply(_ a: Int64, _ b: Int64) -> (Int64, Bool) { a.multipliedReportingOverflow(by: b) }
}

enum DecimalAdd: ArithmeticKernel {
  static func apply(_ a: Double, _ b: Double) -> (Double, Bool) { let value = a + b; return (value, !value.isFinite) }
}

enum DecimalSubtract: ArithmeticKernel {
  static func apply(_ a: Double, _ b: Double) -> (Double, Bool) { let value = a - b; return (value, !value.isFinite) }
}

enum DecimalMultiply: ArithmeticKernel {
  static func apply(_ a: Double, _ b: Double) -> (Double, Bool) { let value = a * b; return (value, !value.isFinite) }
}

enum DecimalDivide: ArithmeticKernel {
  static func apply(_ a: Double, _ b: Double) -> (Double, Bool) { let value = a / b; return (value, !value.isFinite) }
}
