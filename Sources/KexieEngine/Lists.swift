import KexieData
import KexieSemantics

/// List fields in the engine. A list column stores each row's values as a range of one
/// element column (`ColumnData.list`), so every operation on lists is an operation on that
/// element column plus a map from element rows back to rows:
///
/// - a comparison or text test *expands* its list operands (one row per value; an empty list
///   takes part as one null), tests the values as single values, and a row holds when any of
///   its values does (XPath's general comparisons);
/// - grouping by a list expands the rows, so a row counts once in each of its values' groups;
/// - an aggregate of a list runs over all the values of the group's rows;
/// - `expand` makes the expansion the new rows.
struct Expansion {
  /// For each expanded row, the row it came from (ascending).
  var parents: [Int32]
  /// The value of each expanded row (null where a row's list was empty and kept).
  var elements: Column
}

extension Column {
  /// One row per value of a list column (or per row of any other column). A row with no
  /// values gives one null row when `keepingEmpty`, none otherwise.
  func expansion(keepingEmpty: Bool) -> Expansion {
    guard case .list(let offsets, let elements) = data else {
      return Expansion(parents: (0..<Int32(clamping: count)).map { $0 }, elements: self)
    }
    var parents: [Int32] = []
    var rows: [Int32] = []
    parents.reserveCapacity(elements.count)
    rows.reserveCapacity(elements.count)
    for row in 0..<(offsets.count - 1) {
      let (start, end) = (offsets[row], offsets[row + 1])
      if start == end {
        if keepingEmpty {
          parents.append(Int32(row))
          rows.append(-1)
        }
        continue
      }
      for element in start..<end {
        parents.append(Int32(row))
        rows.append(element)
      }
    }
    return Expansion(parents: parents, elements: elements.gather(optionalRows: rows))
  }

  /// A list column whose row `r` holds the non-null values of `values` at the element rows
  /// `ranges[r]` (values that are lists themselves are flattened into it).
  static func list(collecting values: Column, ranges: [Range<Int>]) -> Column {
    var offsets: [Int32] = [0]
    offsets.reserveCapacity(ranges.count + 1)
    var kept: [Int32] = []
    let inner = values.elementRanges()
    for range in ranges {
      for row in range where !values.isNull(row) {
        for element in inner[row] { kept.append(Int32(element)) }
      }
      offsets.append(Int32(clamping: kept.count))
    }
    let elements: Column
    if case .list(_, let innerElements) = values.data {
      elements = innerElements.gather(kept)
    } else {
      elements = values.gather(kept)
    }
    return Column(.list(offsets: offsets, elements: elements))
  }
}

extension Vector {
  var isList: Bool {
    switch self {
    case .constant(let value, _): value.isList
    case .column(let column): column.isList
    }
  }

  /// The values at `rows` (each a row of this vector).
  func gathered(_ rows: [Int32]) -> Vector {
    switch self {
    case .constant(let value, _): .constant(value, count: rows.count)
    case .column(let column): .column(column.gather(rows))
    }
  }

  /// One row per value, as `Column.expansion`.
  func expansion(keepingEmpty: Bool) -> (Vector, parents: [Int32]) {
    switch self {
    case .constant(let value, let count):
      guard case .list(let values) = value else { return (self, (0..<Int32(clamping: count)).map { $0 }) }
      let parents = (0..<Int32(clamping: count)).flatMap { row in [Int32](repeating: row, count: values.count) }
      let elements = Column.from((0..<count).flatMap { _ in values }, type: value.type)
      return (.column(elements), parents)
    case .column(let column):
      let expansion = column.expansion(keepingEmpty: keepingEmpty)
      return (.column(expansion.elements), expansion.parents)
    }
  }
}

extension Evaluator {
  /// A test over operands any of which may be lists: each list is expanded (an empty list
  /// takes part as one null), the test runs on single values, and a row's result is true
  /// when it is true for any combination of its values.
  func anyOf(_ operands: [Vector], count: Int, _ test: ([Vector], Int) throws(RuntimeFailure) -> [Bool]) throws(RuntimeFailure) -> [Bool] {
    guard operands.contains(where: \.isList) else { return try test(operands, count) }
    var current = operands
    var parents: [Int32]?
    for index in current.indices where current[index].isList {
      let (elements, rowOf) = current[index].expansion(keepingEmpty: true)
      for other in current.indices where other != index { current[other] = current[other].gathered(rowOf) }
      current[index] = elements
      parents = parents.map { outer in rowOf.map { outer[Int($0)] } } ?? rowOf
    }
    guard let parents else { return try test(current, count) }
    let flags = try test(current, parents.count)
    var result = [Bool](repeating: false, count: count)
    for (row, parent) in parents.enumerated() where flags[row] { result[Int(parent)] = true }
    return result
  }

  /// `list ?? default`: the default, as a list of one, where the list is empty.
  func coalesceList(_ list: Column, _ fallback: Vector, type: DataType) -> Column {
    var builder = ColumnBuilder(type: type, list: true)
    for row in 0..<list.count {
      builder.append(list.isNull(row) ? fallback.value(at: row) : list.value(at: row))
    }
    return builder.build()
  }
}
