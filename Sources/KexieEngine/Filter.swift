import KexieData
import KexieSemantics
import KexieSyntax

/// `where`: turns a condition into the positions of the rows that satisfy it (a selection
/// vector), without copying any column.
///
/// `and` narrows: its right side is only tested on the rows the left side kept. Comparisons
/// of a column with a constant read the column in place; on text they compare dictionary
/// codes, and `contains` tests each distinct value once. Everything else is evaluated as a
/// boolean vector.
extension Evaluator {
  /// The positions (ascending) among `positions` (nil: all rows) where `condition` is true.
  func filter(_ condition: TypedExpr, _ positions: [Int32]?) throws(RuntimeFailure) -> [Int32] {
    try checkCancelled()
    switch condition.kind {
    case .binary(.and, let left, let right):
      let kept = try filter(left, positions)
      return kept.isEmpty ? [] : try filter(right, kept)
    case .binary(.or, let left, let right):
      return Filter.union(try filter(left, positions), try filter(right, positions))
    case .unary(.not, let operand):
      return Filter.complement(try filter(operand, positions), within: positions, count: relation.count)
    case .binary(let op, let left, let right) where op.isComparison:
      if case .column(let index) = left.kind, case .literal(let value) = right.kind,
        let kept = scanComparison(op, column: index, value, positions)
      {
        return kept
      }
      if case .literal(let value) = left.kind, case .column(let index) = right.kind,
        let kept = scanComparison(Comparison.flipped(op), column: index, value, positions)
      {
        return kept
      }
    case .text(let predicate, let left, let right, let negated):
      if case .column(let index) = left.kind, case .literal(.text(let needle)) = right.kind,
        case .text(let codes, let dictionary) = relation.base(index).data
      {
        let perCode = try textTestPerValue(predicate, dictionary: dictionary, needle: needle, range: right.range)
        return scan(positions) { row in
          let code = codes[row]
          return code == TextDictionary.nullCode ? negated : perCode[Int(code)] != negated
        }
      }
    case .between(let value, let low, let high, let negated):
      if case .column(let index) = value.kind, case .literal(let lowValue) = low.kind, case .literal(let highValue) = high.kind,
        let above = scanComparison(.greaterEqual, column: index, lowValue, positions)
      {
        let inside = scanComparison(.lessEqual, column: index, highValue, above) ?? []
        return negated ? Filter.complement(inside, within: positions, count: relation.count) : inside
      }
    case .isNull(let value, let negated):
      if case .column(let index) = value.kind {
        let column = relation.base(index)
        return scan(positions) { column.isNull($0) != negated }
      }
    default:
      break
    }
    let truths = try evaluate(condition, positions).truths()
    var kept: [Int32] = []
    if let positions {
      for (index, position) in positions.enumerated() where truths[index] { kept.append(position) }
    } else {
      for index in truths.indices where truths[index] { kept.append(Int32(index)) }
    }
    return kept
  }

  /// The positions whose base row passes `test`, reading the relation's columns in place.
  @inline(__always)
  func scan(_ positions: [Int32]?, _ test: (Int) -> Bool) -> [Int32] {
    var kept: [Int32] = []
    let selection = relation.selection
    if let positions {
      for position in positions {
        let row = selection.map { Int($0[Int(position)]) } ?? Int(position)
        if test(row) { kept.append(position) }
      }
    } else if let selection {
      for (position, row) in selection.enumerated() where test(Int(row)) { kept.append(Int32(position)) }
    } else {
      for row in 0..<relation.baseCount where test(row) { kept.append(Int32(row)) }
    }
    return kept
  }

  /// `column op constant` on a stored column (the one comparison kernel), or nil when no
  /// kernel applies.
  func scanComparison(_ op: BinaryOperator, column index: Int, _ value: Value, _ positions: [Int32]?) -> [Int32]? {
    let rows = RowSet(positions: positions, selection: relation.selection, count: relation.selection?.count ?? relation.baseCount)
    var output = SelectionOutput(capacity: positions?.count ?? rows.count)
    guard ComparisonKernel.run(op, relation.base(index), value, over: rows, into: &output) else {
      _ = output.take()
      return nil
    }
    return output.take()
  }
}

enum Filter {
  /// The union of two ascending position lists, ascending.
  static func union(_ a: [Int32], _ b: [Int32]) -> [Int32] {
    var result: [Int32] = []
    result.reserveCapacity(a.count + b.count)
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if j >= b.count || (i < a.count && a[i] < b[j]) {
        result.append(a[i])
        i += 1
      } else if i >= a.count || b[j] < a[i] {
        result.append(b[j])
        j += 1
      } else {
        result.append(a[i])
        i += 1
        j += 1
      }
    }
    return result
  }

  /// The positions of `within` (nil: 0..<count) that are not in `kept` (both ascending).
  static func complement(_ kept: [Int32], within positions: [Int32]?, count: Int) -> [Int32] {
    var result: [Int32] = []
    var k = 0
    func visit(_ position: Int32) {
      while k < kept.count, kept[k] < position { k += 1 }
      if k < kept.count, kept[k] == position { return }
      result.append(position)
    }
    if let positions {
      for position in positions { visit(position) }
    } else {
      for position in 0..<Int32(clamping: count) { visit(position) }
    }
    return result
  }
}

extension Value {
  var asDouble: Double? {
    switch self {
    case .integer(let number): Double(number)
    case .decimal(let number): number
    default: nil
    }
  }
}
