import CSupport
/// The values of one column, stored as a typed array: integers as `[Int64]`, decimals as
/// `[Double]`, booleans as `[Bool]`, text as dictionary codes. Never an array of enum values.
public enum ColumnData: Sendable {
  case bool([Bool])
  case integer([Int64])
  case decimal([Double])
  /// Codes into the dictionary; `TextDictionary.nullCode` is null.
  case text([UInt32], TextDictionary)
  /// A list field: row `r` holds `elements[offsets[r]..<offsets[r + 1]]` (Arrow's list
  /// layout). A row with no elements is null; elements are never null.
  indirect case list(offsets: [Int32], elements: Column)
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

  /// The type of the values (for a list column, of its elements).
  public var type: DataType {
    switch data {
    case .bool: .bool
    case .integer: .integer
    case .decimal: .decimal
    case .text: .text
    case .list(_, let elements): elements.type
    }
  }

  public var isList: Bool { if case .list = data { true } else { false } }

  public var count: Int {
    switch data {
    case .bool(let values): values.count
    case .integer(let values): values.count
    case .decimal(let values): values.count
    case .text(let codes, _): codes.count
    case .list(let offsets, _): offsets.count - 1
    }
  }

  @inline(__always)
  public func isNull(_ row: Int) -> Bool {
    switch data {
    case .text(let codes, _): return codes[row] == TextDictionary.nullCode
    case .list(let offsets, _): return offsets[row] == offsets[row + 1]
    default: return nulls?.isNull(row) ?? false
    }
  }

  /// One cell as a `Value` (for rendering; the engine works on the typed arrays).
  public func value(at row: Int) -> Value {
    if isNull(row) { return .null }
    switch data {
    case .bool(let values): return .bool(values[row])
    case .integer(let values): return .integer(values[row])
    case .decimal(let values): return .decimal(values[row])
    case .text(let codes, let dictionary): return .text(dictionary.string(codes[row]))
    case .list(let offsets, let elements):
      return .list((Int(offsets[row])..<Int(offsets[row + 1])).map { elements.value(at: $0) })
    }
  }

  /// The element rows of each row of a list column (for a column that is not a list: each
  /// row is its own single element).
  public func elementRanges() -> [Range<Int>] {
    guard case .list(let offsets, _) = data else { return (0..<count).map { $0..<($0 + 1) } }
    return (0..<offsets.count - 1).map { Int(offsets[$0])..<Int(offsets[$0 + 1]) }
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
    case .bool(let values): return Column(.bool(Column.gathered(values, rows)), nulls: mask)
    case .integer(let values): return Column(.integer(Column.gathered(values, rows)), nulls: mask)
    case .decimal(let values): return Column(.decimal(Column.gathered(values, rows)), nulls: mask)
    case .text(let codes, let dictionary): return Column(.text(Column.gathered(codes, rows), dictionary))
    case .list(let offsets, let elements):
      var gatheredOffsets: [Int32] = [0]
      gatheredOffsets.reserveCapacity(rows.count + 1)
      var elementRows: [Int32] = []
      for row in rows {
        let (start, end) = (offsets[Int(row)], offsets[Int(row) + 1])
        elementRows.append(contentsOf: start..<end)
        gatheredOffsets.append(Int32(elementRows.count))
      }
      return Column(.list(offsets: gatheredOffsets, elements: elements.gather(elementRows)))
    }
  }

  /// `values` at `rows`, in that order. Rows in a sorted or shuffled order read a large
  /// column at random, a cache miss each: the value 16 rows on is asked for ahead
  /// (`kx_prefetch`) so that the misses overlap (a whole sort of 10,000,000 rows spent most
  /// of its time here, waiting on one read after another).
  static func gathered<Element: BitwiseCopyable>(_ values: [Element], _ rows: [Int32]) -> [Element] {
    values.withUnsafeBufferPointer { values in
      rows.withUnsafeBufferPointer { rows in
        [Element](unsafeUninitializedCapacity: rows.count) { out, initialized in
          let ahead = 16
          for index in 0..<rows.count {
            if index + ahead < rows.count { kx_prefetch(values.baseAddress?.advanced(by: Int(rows[index + ahead]))) }
            out[index] = values[Int(rows[index])]
          }
          initialized = rows.count
        }
      }
    }
  }

  /// A column of `count` nulls of a type (a list column of empty lists when `list`).
  public static func nulls(_ type: DataType, count: Int, list: Bool = false) -> Column {
    if list {
      return Column(.list(offsets: [Int32](repeating: 0, count: count + 1), elements: Column.nulls(type, count: 0)))
    }
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
  public static func from(_ values: [Value], type: DataType, list: Bool = false) -> Column {
    var builder = ColumnBuilder(type: type, list: list)
    for value in values { builder.append(value) }
    return builder.build()
  }
}

/// Builds a column value by value (for small tables: the dataset, results of aggregation).
/// A list builder takes `.list` values (a scalar is a list of one; null an empty list) and
/// drops null elements.
public struct ColumnBuilder {
  public let type: DataType
  public let isList: Bool
  /// For a list column: where each row's elements end, and the elements.
  var offsets: [Int32] = [0]
  var elements: [ColumnBuilder] = []
  var bools: [Bool] = []
  var integers: [Int64] = []
  var decimals: [Double] = []
  var codes: [UInt32] = []
  var dictionary = TextDictionaryBuilder()
  var nullFlags: [Bool] = []
  var hasNull = false

  public init(type: DataType, list: Bool = false) {
    self.type = type
    self.isList = list
    if list { elements = [ColumnBuilder(type: type)] }
  }

  public mutating func append(_ value: Value) {
    if isList {
      switch value {
      case .null: break
      case .list(let values): for element in values where !element.isNull { elements[0].append(element) }
      default: elements[0].append(value)
      }
      offsets.append(Int32(clamping: elements[0].count))
      return
    }
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

  // Typed appends for a loader that knows the column's type (values: not for list columns;
  // a null: any column).

  public mutating func appendNull() {
    if isList {
      // An empty list is null.
      offsets.append(Int32(clamping: elements[0].count))
      return
    }
    nullFlags.append(true)
    hasNull = true
    switch type {
    case .bool: bools.append(false)
    case .integer: integers.append(0)
    case .decimal: decimals.append(0)
    case .text, .null: codes.append(TextDictionary.nullCode)
    }
  }

  public mutating func append(integer value: Int64) {
    nullFlags.append(false)
    integers.append(value)
  }

  public mutating func append(decimal value: Double) {
    nullFlags.append(false)
    decimals.append(value)
  }

  public mutating func append(bool value: Bool) {
    nullFlags.append(false)
    bools.append(value)
  }

  /// A text value as its UTF-8 bytes, interned without making a String.
  public mutating func append(text bytes: UnsafeBufferPointer<UInt8>) {
    nullFlags.append(false)
    codes.append(dictionary.intern(bytes))
  }

  /// The rows appended so far.
  public var count: Int { isList ? offsets.count - 1 : nullFlags.count }

  /// The builders of one column from the parts of a load, one after another, as one column.
  /// The first part's stores get room for every row at once; each later part is freed as it
  /// is copied in, and its dictionary drained into the first's (`TextDictionaryBuilder.absorb`),
  /// so the values are never held twice whole.
  public static func joined(_ parts: inout [ColumnBuilder]) -> Column {
    guard var first = parts.first else { return ColumnBuilder(type: .text).build() }
    parts[0] = ColumnBuilder(type: first.type, list: first.isList)
    first.reserve(for: parts)
    for index in parts.indices.dropFirst() { first.append(moving: &parts[index]) }
    parts = []
    return first.take()
  }

  /// Room for the rows (and, for text, the values) of `parts` besides these.
  mutating func reserve(for parts: [ColumnBuilder]) {
    if isList {
      offsets.reserveCapacity(parts.reduce(offsets.count) { $0 + $1.offsets.count })
      elements[0].reserve(for: parts.map { $0.elements.first ?? ColumnBuilder(type: type) })
      return
    }
    let rows = parts.reduce(count) { $0 + $1.count }
    nullFlags.reserveCapacity(rows)
    switch type {
    case .bool: bools.reserveCapacity(rows)
    case .integer: integers.reserveCapacity(rows)
    case .decimal: decimals.reserveCapacity(rows)
    case .text, .null:
      codes.reserveCapacity(rows)
      dictionary.reserve(
        values: parts.reduce(dictionary.count) { $0 + $1.dictionary.count },
        bytes: parts.reduce(dictionary.bytes.count) { $0 + $1.dictionary.bytes.count })
    }
  }

  /// The rows of `other` (a builder of the same column) after these; `other` is left empty.
  mutating func append(moving other: inout ColumnBuilder) {
    defer { other = ColumnBuilder(type: type, list: isList) }
    if isList {
      let base = Int(elements[0].count)
      for end in other.offsets.dropFirst() { offsets.append(Int32(clamping: base + Int(end))) }
      elements[0].append(moving: &other.elements[0])
      return
    }
    nullFlags.append(contentsOf: other.nullFlags)
    hasNull = hasNull || other.hasNull
    switch type {
    case .bool: bools.append(contentsOf: other.bools)
    case .integer: integers.append(contentsOf: other.integers)
    case .decimal: decimals.append(contentsOf: other.decimals)
    case .text, .null:
      let mapped = dictionary.absorb(&other.dictionary)
      for code in other.codes { codes.append(code == TextDictionary.nullCode ? code : mapped[Int(code)]) }
    }
  }

  public func build() -> Column {
    if isList { return Column(.list(offsets: offsets, elements: elements[0].build())) }
    let mask = hasNull ? NullMask(nullFlags) : nil
    switch type {
    case .bool: return Column(.bool(bools), nulls: mask)
    case .integer: return Column(.integer(integers), nulls: mask)
    case .decimal: return Column(.decimal(decimals), nulls: mask)
    case .text, .null: return Column(.text(codes, dictionary.build()))
    }
  }

  /// `build`, leaving this builder empty: a text column's dictionary is taken
  /// (`TextDictionaryBuilder.take`), its wide hash slots given back as the narrow ones are
  /// made rather than kept beside them (a load's join, which owns the builder).
  public mutating func take() -> Column {
    guard !isList, type == .text || type == .null else {
      defer { self = ColumnBuilder(type: type, list: isList) }
      return build()
    }
    let column = Column(.text(codes, dictionary.take()))
    self = ColumnBuilder(type: type)
    return column
  }
}

extension Column {
  /// The dictionary of a text column, or of a list column's text elements.
  public var textDictionary: TextDictionary? {
    switch data {
    case .text(_, let dictionary): dictionary
    case .list(_, let elements): elements.textDictionary
    default: nil
    }
  }
}
