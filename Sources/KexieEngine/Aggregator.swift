import KexieData
import KexieDiagnostics
import KexieSemantics

/// Grouping and aggregates: `count`, `count by`, `summarize … by`, `distinct`.
///
/// Each key becomes dense group codes in order of first appearance: text keys through their
/// dictionary codes (an array lookup, no hashing of strings), numbers through a hash table.
/// Several keys combine pairwise. Aggregates then run in one typed loop per aggregate.
struct Aggregator {
  let count: Int
  let context: RunContext

  /// Group of each row, how many groups, and the first row of each group.
  struct Groups {
    var ofRow: [Int32]
    var count: Int
    var firstRow: [Int32]
  }

  func groups(_ keys: [Vector]) -> Groups {
    guard let first = keys.first else {
      return Groups(ofRow: [Int32](repeating: 0, count: count), count: 1, firstRow: [0])
    }
    var (ofRow, groupCount) = Aggregator.denseCodes(first)
    for key in keys.dropFirst() {
      let (codes, _) = Aggregator.denseCodes(key)
      var ids: [Int64: Int32] = [:]
      var combined = [Int32](repeating: 0, count: count)
      for row in 0..<count {
        let pair = Int64(ofRow[row]) << 32 | Int64(codes[row])
        if let id = ids[pair] {
          combined[row] = id
        } else {
          let id = Int32(ids.count)
          ids[pair] = id
          combined[row] = id
        }
      }
      ofRow = combined
      groupCount = ids.count
    }
    var firstRow = [Int32](repeating: -1, count: groupCount)
    for row in 0..<count where firstRow[Int(ofRow[row])] < 0 {
      firstRow[Int(ofRow[row])] = Int32(row)
    }
    return Groups(ofRow: ofRow, count: groupCount, firstRow: firstRow)
  }

  /// Codes 0, 1, 2, … in order of first appearance, one per distinct value (null included).
  static func denseCodes(_ vector: Vector) -> ([Int32], Int) {
    switch vector {
    case .constant(_, let count):
      return ([Int32](repeating: 0, count: count), count > 0 ? 1 : 0)
    case .column(let column):
      var next: Int32 = 0
      switch column.data {
      case .text(let codes, let dictionary):
        var dense = [Int32](repeating: -1, count: dictionary.count + 1)
        let result = codes.map { code -> Int32 in
          let slot = code == TextDictionary.nullCode ? dictionary.count : Int(code)
          if dense[slot] < 0 {
            dense[slot] = next
            next += 1
          }
          return dense[slot]
        }
        return (result, Int(next))
      case .integer(let values):
        return hashCodes(values.count) { column.isNull($0) ? nil : UInt64(bitPattern: values[$0]) }
      case .decimal(let values):
        return hashCodes(values.count) { column.isNull($0) ? nil : (values[$0] == 0 ? 0 : values[$0].bitPattern) }
      case .bool(let flags):
        return hashCodes(flags.count) { column.isNull($0) ? nil : (flags[$0] ? 1 : 0) }
      case .list(let offsets, let elements):
        // Whole lists as values (grouping expands lists first; this serves anything else).
        guard case .ranks(let ranks, let nulls) = Sorter.listRanks(offsets, elements) else { return ([], 0) }
        return hashCodes(ranks.count) { nulls?.isNull($0) == true ? nil : UInt64(ranks[$0]) }
      }
    }
  }

  @inline(__always)
  static func hashCodes(_ count: Int, _ key: (Int) -> UInt64?) -> ([Int32], Int) {
    var ids: [UInt64: Int32] = [:]
    var nullID: Int32 = -1
    var result = [Int32](repeating: 0, count: count)
    for row in 0..<count {
      if let value = key(row) {
        if let id = ids[value] {
          result[row] = id
        } else {
          let id = Int32(ids.count + (nullID >= 0 ? 1 : 0))
          ids[value] = id
          result[row] = id
        }
      } else {
        if nullID < 0 { nullID = Int32(ids.count) }
        result[row] = nullID
      }
    }
    return (result, ids.count + (nullID >= 0 ? 1 : 0))
  }

  /// One aggregate over the groups, as a column with one value per group. The aggregate of a
  /// list runs over every value of the group's lists.
  func aggregate(
    _ aggregate: PlanAggregate, argument: Vector?, groups: Groups, file: SourceFile
  ) throws(RuntimeFailure) -> Column {
    if let argument, argument.isList {
      let (values, parents) = argument.expansion(keepingEmpty: false)
      let ofValue = parents.map { groups.ofRow[Int($0)] }
      let flattened = Aggregator(count: parents.count, context: context)
      return try flattened.aggregate(
        aggregate, argument: values, groups: Groups(ofRow: ofValue, count: groups.count, firstRow: groups.firstRow), file: file)
    }
    let g = groups.ofRow
    let n = groups.count
    switch aggregate.function {
    case .count:
      var counts = [Int64](repeating: 0, count: n)
      if let argument {
        for row in 0..<count where !argument.isNull(row) { counts[Int(g[row])] += 1 }
      } else {
        for row in 0..<count { counts[Int(g[row])] += 1 }
      }
      return Column(.integer(counts))
    case .countDistinct:
      guard let argument else { return Column(.integer([Int64](repeating: 0, count: n))) }
      let (codes, distinct) = Aggregator.denseCodes(argument)
      var counts = [Int64](repeating: 0, count: n)
      if n == 1 {
        // One group: a bitmap over the dense codes.
        var seen = [Bool](repeating: false, count: distinct)
        for row in 0..<count where !argument.isNull(row) && !seen[Int(codes[row])] {
          seen[Int(codes[row])] = true
          counts[0] += 1
        }
        return Column(.integer(counts))
      }
      var seen = Set<Int64>(minimumCapacity: min(count, 1 << 16))
      for row in 0..<count where !argument.isNull(row) {
        if seen.insert(Int64(g[row]) << 32 | Int64(codes[row])).inserted { counts[Int(g[row])] += 1 }
      }
      return Column(.integer(counts))
    case .sum, .avg:
      guard let argument else { return Column.nulls(aggregate.type, count: n) }
      return try sumOrAverage(aggregate, argument, groups: groups, file: file)
    case .min, .max:
      guard let argument else { return Column.nulls(aggregate.type, count: n) }
      return extreme(aggregate.function == .max, argument, groups: groups, type: aggregate.type)
    }
  }

  func sumOrAverage(_ aggregate: PlanAggregate, _ argument: Vector, groups: Groups, file: SourceFile) throws(RuntimeFailure) -> Column {
    let g = groups.ofRow
    let n = groups.count
    var seen = [Int64](repeating: 0, count: n)
    let column = argument.column(type: argument.type == .decimal ? .decimal : .integer)
    if aggregate.function == .sum, case .integer(let values) = column.data, n == 1 {
      // One group (no `by`): one running total, no group ids read, a null adds nothing.
      // Any overflow on the way is an error, as it is at the first overflowing row below.
      var total: Int64 = 0
      var overflowed = false
      values.withUnsafeBufferPointer { values in
        if let nulls = column.nulls {
          for row in 0..<count {
            let (sum, overflow) = total.addingReportingOverflow(nulls.isNull(row) ? 0 : values[row])
            total = sum
            overflowed = overflowed || overflow
          }
        } else {
          for row in 0..<count {
            let (sum, overflow) = total.addingReportingOverflow(values[row])
            total = sum
            overflowed = overflowed || overflow
          }
        }
      }
      if overflowed {
        throw RuntimeFailure(Diagnostic.integerOverflow(.sumOperation, at: aggregate.range).located(in: file))
      }
      let none = count - (column.nulls?.nullCount ?? 0) == 0
      return Column(.integer([total]), nulls: NullMask([none]))
    }
    if aggregate.function == .sum, case .integer(let values) = column.data {
      var sums = [Int64](repeating: 0, count: n)
      for row in 0..<count where !column.isNull(row) {
        let group = Int(g[row])
        let (total, overflow) = sums[group].addingReportingOverflow(values[row])
        if overflow {
          throw RuntimeFailure(Diagnostic.integerOverflow(.sumOperation, at: aggregate.range).located(in: file))
        }
        sums[group] = total
        seen[group] += 1
      }
      return Column(.integer(sums), nulls: NullMask(seen.map { $0 == 0 }))
    }
    // Decimal sums and every average add doubles in row order, as SQLite does.
    var sums = [Double](repeating: 0, count: n)
    switch column.data {
    case .integer(let values):
      for row in 0..<count where !column.isNull(row) {
        sums[Int(g[row])] += Double(values[row])
        seen[Int(g[row])] += 1
      }
    case .decimal(let values):
      for row in 0..<count where !column.isNull(row) {
        sums[Int(g[row])] += values[row]
        seen[Int(g[row])] += 1
      }
    default: break
    }
    // A decimal sum beyond ±1.8e308 is an error, as any decimal result is (never infinity).
    if sums.contains(where: { !$0.isFinite }) {
      throw RuntimeFailure(Diagnostic.decimalOverflow(Phrase(aggregate.function.rawValue, zh: aggregate.function.rawValue + "()"), at: aggregate.range).located(in: file))
    }
    if aggregate.function == .avg {
      for group in 0..<n where seen[group] > 0 { sums[group] /= Double(seen[group]) }
    }
    return Column(.decimal(sums), nulls: NullMask(seen.map { $0 == 0 }))
  }

  /// The row of the largest (or smallest) non-null number in each group; -1 for none.
  @inline(__always)
  func extremeRows<T: Comparable>(_ isMax: Bool, _ values: [T], _ column: Column, groups: Groups) -> [Int32] {
    let g = groups.ofRow
    var best = [Int32](repeating: -1, count: groups.count)
    for row in 0..<count where !column.isNull(row) {
      let group = Int(g[row])
      let current = best[group]
      if current < 0 || (isMax ? values[row] > values[Int(current)] : values[row] < values[Int(current)]) { best[group] = Int32(row) }
    }
    return best
  }

  func extreme(_ isMax: Bool, _ argument: Vector, groups: Groups, type: DataType) -> Column {
    let g = groups.ofRow
    // Numbers: a typed loop. (Text and booleans go through the general order below.)
    if case .column(let column) = argument {
      switch column.data {
      case .integer(let values): return column.gather(optionalRows: extremeRows(isMax, values, column, groups: groups))
      case .decimal(let values): return column.gather(optionalRows: extremeRows(isMax, values, column, groups: groups))
      default: break
      }
    }
    var best = [Int32](repeating: -1, count: groups.count)
    let sorter = Sorter([(argument, false)])
    for row in 0..<count where !argument.isNull(row) {
      let group = Int(g[row])
      let current = best[group]
      // Ties keep the first row seen.
      if current < 0 {
        best[group] = Int32(row)
      } else {
        let order = sorter.order(row, Int(current))
        if isMax ? order > 0 : order < 0 { best[group] = Int32(row) }
      }
    }
    return argument.column(type: type).gather(optionalRows: best)
  }
}
