import KexieData
import KexieSyntax

/// The one kernel for `column op constant`, with kexie's null rules (`=` null-safe, `<` and
/// friends false with a null), used both where a condition narrows rows (`where`, yielding the
/// positions that pass) and where it is a value (`select x = 1`, `in`, yielding a boolean per
/// row) — after DuckDB's binary executor, which is one loop generic over where results go.
///
/// Text compares dictionary codes for `=` and `!=` (one hash lookup for the constant), and
/// each distinct value once for `<`; numbers run a tight loop per operator when nothing is
/// null. `Output` is a generic parameter, not a closure, so each use is specialised.
enum ComparisonKernel {
  /// Runs `column op value` over `rows` into `output`; false when no kernel applies (the caller
  /// then compares value by value).
  @inline(__always)
  static func run<Output: KernelOutput>(
    _ op: BinaryOperator, _ column: Column, _ value: Value, over rows: RowSet, into output: inout Output
  ) -> Bool {
    if value.isNull {
      rows.forEach(&output) { Comparison.withNulls(op, leftNull: column.isNull($0), rightNull: true) }
      return true
    }
    let nullResult = Comparison.withNulls(op, leftNull: true, rightNull: false)
    switch (column.data, value) {
    case (.text(let codes, let dictionary), .text(let text)):
      if op == .equal || op == .notEqual {
        // A value the dictionary lacks equals no row.
        let target = dictionary.code(of: text) ?? TextDictionary.nullCode - 1
        let equal = op == .equal
        codes.withUnsafeBufferPointer { codes in
          rows.forEach(&output) { row in
            let code = codes[row]
            return code == TextDictionary.nullCode ? nullResult : ((code == target) == equal)
          }
        }
        return true
      }
      let perCode = dictionary.compareAll(with: text).map { Comparison.holds(op, $0) }
      codes.withUnsafeBufferPointer { codes in
        perCode.withUnsafeBufferPointer { perCode in
          rows.forEach(&output) { row in
            let code = codes[row]
            return code == TextDictionary.nullCode ? nullResult : perCode[Int(code)]
          }
        }
      }
      return true
    case (.integer(let values), .integer(let number)):
      numbers(values, op, number, nulls: column.nulls, nullResult: nullResult, rows, &output)
      return true
    case (.integer(let values), .decimal(let number)):
      rows.forEach(&output) { row in
        column.isNull(row) ? nullResult : Comparison.holds(op, Comparison.orderDoubles(Double(values[row]), number))
      }
      return true
    case (.decimal(let values), .integer), (.decimal(let values), .decimal):
      guard let number = value.asDouble else { return false }
      numbers(values, op, number, nulls: column.nulls, nullResult: nullResult, rows, &output)
      return true
    default:
      return false
    }
  }

  /// `values op number` over a typed array: a tight loop per operator when nothing is null.
  @inline(__always)
  static func numbers<T: Comparable, Output: KernelOutput>(
    _ values: [T], _ op: BinaryOperator, _ number: T, nulls: NullMask?, nullResult: Bool, _ rows: RowSet,
    _ output: inout Output
  ) {
    values.withUnsafeBufferPointer { values in
      guard let nulls else {
        switch op {
        case .greater: rows.forEach(&output) { values[$0] > number }
        case .greaterEqual: rows.forEach(&output) { values[$0] >= number }
        case .less: rows.forEach(&output) { values[$0] < number }
        case .lessEqual: rows.forEach(&output) { values[$0] <= number }
        case .equal: rows.forEach(&output) { values[$0] == number }
        default: rows.forEach(&output) { values[$0] != number }
        }
        return
      }
      rows.forEach(&output) { row in
        nulls.isNull(row) ? nullResult : Comparison.holds(op, values[row] < number ? -1 : (values[row] > number ? 1 : 0))
      }
    }
  }
}

/// Where a kernel's results go.
protocol KernelOutput {
  /// The result for the row at `position` (positions come in ascending order).
  mutating func put(_ position: Int32, _ passes: Bool)
}

/// One boolean per position: a condition used as a value.
struct BooleanOutput: KernelOutput {
  var flags: [Bool]
  init(count: Int) { flags = [Bool](repeating: false, count: count) }
  @inline(__always) mutating func put(_ position: Int32, _ passes: Bool) { flags[Int(position)] = passes }
}

/// The positions that pass: a condition narrowing rows. Written through a pointer into room
/// for every row (no capacity check per row), handed over as an array.
struct SelectionOutput: KernelOutput {
  private let storage: UnsafeMutablePointer<Int32>
  private var count = 0

  init(capacity: Int) { storage = .allocate(capacity: max(capacity, 1)) }

  @inline(__always) mutating func put(_ position: Int32, _ passes: Bool) {
    storage[count] = position
    count &+= passes ? 1 : 0
  }

  /// The positions kept; the storage is freed.
  consuming func take() -> [Int32] {
    defer { storage.deallocate() }
    return Array(UnsafeBufferPointer(start: storage, count: count))
  }
}

/// Which rows a kernel reads: positions of a relation (some of them, or all), each mapped
/// through the relation's selection to the row of its stored columns.
struct RowSet {
  /// Positions to visit (ascending); nil: every position.
  let positions: [Int32]?
  /// The relation's selection: the stored row of each position; nil: the position itself.
  let selection: [Int32]?
  /// How many positions there are when `positions` is nil.
  let count: Int

  /// Every row of a column, in order.
  static func all(_ count: Int) -> RowSet { RowSet(positions: nil, selection: nil, count: count) }

  @inline(__always)
  func forEach<Output: KernelOutput>(_ output: inout Output, _ test: (Int) -> Bool) {
    if let positions {
      positions.withUnsafeBufferPointer { positions in
        if let selection {
          selection.withUnsafeBufferPointer { selection in
            for position in positions { output.put(position, test(Int(selection[Int(position)]))) }
          }
        } else {
          for position in positions { output.put(position, test(Int(position))) }
        }
      }
    } else if let selection {
      selection.withUnsafeBufferPointer { selection in
        for position in 0..<selection.count { output.put(Int32(position), test(Int(selection[position]))) }
      }
    } else {
      for row in 0..<count { output.put(Int32(row), test(row)) }
    }
  }
}
