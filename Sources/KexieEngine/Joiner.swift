import KexieData
import KexieSemantics

/// `[left] join table on left = right`: a hash join. The joined table's key column is
/// indexed once; for text keys each distinct left value is looked up once (through its
/// dictionary code), not once per row. Null keys never match.
struct Joiner {
  let join: PlanJoin
  /// The rows of `join.table`.
  let table: Table

  /// Pairs of (left position, right row); the right row is -1 for an unmatched left row of a
  /// left join.
  func match(leftKeys: Vector, count: Int) -> (left: [Int32], right: [Int32]) {
    let stored = table.columns[join.rightKey]
    guard stored.isList else { return match(leftKeys: leftKeys, count: count, rightColumn: stored) }
    // A list field on the right joins by each of its values: match against the values, then
    // map each matched value back to its row.
    let expansion = stored.expansion(keepingEmpty: false)
    let (left, right) = match(leftKeys: leftKeys, count: count, rightColumn: expansion.elements)
    return (left, right.map { $0 < 0 ? -1 : expansion.parents[Int($0)] })
  }

  func match(leftKeys: Vector, count: Int, rightColumn: Column) -> (left: [Int32], right: [Int32]) {
    // The matches: left positions and right rows, pairwise.
    var left: [Int32] = []
    var right: [Int32] = []
    left.reserveCapacity(count)
    right.reserveCapacity(count)
    func emit(_ position: Int, _ rows: [Int32]?) {
      if let rows, !rows.isEmpty {
        for row in rows {
          left.append(Int32(position))
          right.append(row)
        }
      } else if join.kind == .left {
        left.append(Int32(position))
        right.append(-1)
      }
    }
    switch (leftKeys, rightColumn.data) {
    case (.column(let column), .text(let rightCodes, let rightDictionary)):
      guard case .text(let codes, let dictionary) = column.data else { break }
      var rowsOfRightCode = [[Int32]](repeating: [], count: rightDictionary.count)
      for (row, code) in rightCodes.enumerated() where code != TextDictionary.nullCode {
        rowsOfRightCode[Int(code)].append(Int32(row))
      }
      let rightCodeOfLeft = (0..<dictionary.count).map { rightDictionary.code(of: dictionary.string(UInt32($0))) }
      // Each left value matches at most one right row (a lookup table, the usual case): one
      // flat array from left code to right row, and a tight loop.
      if rowsOfRightCode.allSatisfy({ $0.count <= 1 }) {
        let rowOfLeftCode = rightCodeOfLeft.map { code in code.flatMap { rowsOfRightCode[Int($0)].first } ?? -1 }
        codes.withUnsafeBufferPointer { codes in
          rowOfLeftCode.withUnsafeBufferPointer { lookup in
            for position in 0..<codes.count {
              let code = codes[position]
              let match = code == TextDictionary.nullCode ? -1 : lookup[Int(code)]
              if match >= 0 {
                left.append(Int32(position))
                right.append(match)
              } else if join.kind == .left {
                left.append(Int32(position))
                right.append(-1)
              }
            }
          }
        }
        return (left, right)
      }
      for (position, code) in codes.enumerated() {
        guard code != TextDictionary.nullCode, let rightCode = rightCodeOfLeft[Int(code)] else {
          emit(position, nil)
          continue
        }
        emit(position, rowsOfRightCode[Int(rightCode)])
      }
      return (left, right)
    default:
      break
    }
    var index: [Value: [Int32]] = [:]
    for row in 0..<rightColumn.count where !rightColumn.isNull(row) {
      index[Joiner.key(rightColumn.value(at: row)), default: []].append(Int32(row))
    }
    for position in 0..<count {
      let value = leftKeys.value(at: position)
      emit(position, value.isNull ? nil : index[Joiner.key(value)])
    }
    return (left, right)
  }

  /// Numbers join by value whatever their type (1 matches 1.0).
  static func key(_ value: Value) -> Value {
    if case .integer(let number) = value { return .decimal(Double(number)) }
    return value
  }
}
