import KexieData
import KexieSyntax

/// Comparisons with kexie's two-valued null logic: `x = null` is true exactly when x is null,
/// `!=` is the negation of `=`, and `<`, `<=`, `>`, `>=` are false when either side is null.
/// Text compares by UTF-8 bytes; integers and decimals compare as numbers.
enum Comparison {
  /// Whether `op` holds for a three-way comparison result.
  @inline(__always)
  static func holds(_ op: BinaryOperator, _ order: Int) -> Bool {
    switch op {
    case .equal: order == 0
    case .notEqual: order != 0
    case .less: order < 0
    case .lessEqual: order <= 0
    case .greater: order > 0
    case .greaterEqual: order >= 0
    default: false
    }
  }

  /// The operator with its sides swapped (`a < b` is `b > a`).
  static func flipped(_ op: BinaryOperator) -> BinaryOperator {
    switch op {
    case .less: .greater
    case .lessEqual: .greaterEqual
    case .greater: .less
    case .greaterEqual: .lessEqual
    default: op
    }
  }

  /// The result when one or both sides are null.
  @inline(__always)
  static func withNulls(_ op: BinaryOperator, leftNull: Bool, rightNull: Bool) -> Bool {
    switch op {
    case .equal: leftNull && rightNull
    case .notEqual: !(leftNull && rightNull)
    default: false
    }
  }

  static func compare(_ op: BinaryOperator, _ l: Vector, _ r: Vector, count: Int) -> [Bool] {
    switch (l, r) {
    case (.constant(let a, _), .constant(let b, _)):
      return [Bool](repeating: compareValues(op, a, b), count: count)
    case (.constant, .column):
      return compare(flipped(op), r, l, count: count)
    case (.column(let column), .constant(let value, _)):
      return compareColumn(op, column, value)
    case (.column(let a), .column(let b)):
      return compareColumns(op, a, b)
    }
  }

  /// Two single values.
  static func compareValues(_ op: BinaryOperator, _ a: Value, _ b: Value) -> Bool {
    if a.isNull || b.isNull { return withNulls(op, leftNull: a.isNull, rightNull: b.isNull) }
    guard let order = order(a, b) else { return false }
    return holds(op, order)
  }

  /// Three-way order of two non-null values of comparable types.
  static func order(_ a: Value, _ b: Value) -> Int? {
    switch (a, b) {
    case (.integer(let x), .integer(let y)): return x < y ? -1 : (x > y ? 1 : 0)
    case (.integer(let x), .decimal(let y)): return orderDoubles(Double(x), y)
    case (.decimal(let x), .integer(let y)): return orderDoubles(x, Double(y))
    case (.decimal(let x), .decimal(let y)): return orderDoubles(x, y)
    case (.text(let x), .text(let y)): return String.compareUTF8(x, y)
    case (.bool(let x), .bool(let y)): return x == y ? 0 : (x ? 1 : -1)
    default: return nil
    }
  }

  @inline(__always)
  static func orderDoubles(_ x: Double, _ y: Double) -> Int { x < y ? -1 : (x > y ? 1 : 0) }

  /// A column against one value (the one comparison kernel), else value by value.
  static func compareColumn(_ op: BinaryOperator, _ column: Column, _ value: Value) -> [Bool] {
    var output = BooleanOutput(count: column.count)
    if ComparisonKernel.run(op, column, value, over: .all(column.count), into: &output) { return output.flags }
    return (0..<column.count).map { compareValues(op, column.value(at: $0), value) }
  }

  /// Two columns, row by row.
  static func compareColumns(_ op: BinaryOperator, _ a: Column, _ b: Column) -> [Bool] {
    let count = a.count
    switch (a.data, b.data) {
    case (.text(let x, let dx), .text(let y, let dy)):
      if dx === dy {
        let ranks = op == .equal || op == .notEqual ? nil : dx.ranks
        return (0..<count).map { row in
          let (cx, cy) = (x[row], y[row])
          if cx == TextDictionary.nullCode || cy == TextDictionary.nullCode {
            return withNulls(op, leftNull: cx == TextDictionary.nullCode, rightNull: cy == TextDictionary.nullCode)
          }
          guard let ranks else { return holds(op, cx == cy ? 0 : 1) }
          let (rx, ry) = (ranks[Int(cx)], ranks[Int(cy)])
          return holds(op, rx < ry ? -1 : (rx > ry ? 1 : 0))
        }
      }
      return (0..<count).map { compareValues(op, a.value(at: $0), b.value(at: $0)) }
    case (.integer(let x), .integer(let y)):
      return (0..<count).map { row in
        let (nx, ny) = (a.isNull(row), b.isNull(row))
        if nx || ny { return withNulls(op, leftNull: nx, rightNull: ny) }
        return holds(op, x[row] < y[row] ? -1 : (x[row] > y[row] ? 1 : 0))
      }
    default:
      return (0..<count).map { compareValues(op, a.value(at: $0), b.value(at: $0)) }
    }
  }
}
