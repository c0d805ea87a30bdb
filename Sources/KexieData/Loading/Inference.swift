import KexieDiagnostics

/// What a field's text looks like, for type inference.
enum FieldClass: UInt8 {
  case empty, integer, decimal, boolean, text
  /// A number no kexie type holds exactly: a whole number beyond 64 bits, or a decimal
  /// beyond ±1.8e308. Its column stays text, so the value keeps its digits (W0103).
  case unrepresentable
  /// A JSON array of strings, numbers or booleans (`["淅川","南召"]`): how kexie writes a list
  /// field to CSV, so the file loads back as a list.
  case list

  /// Classifies the bytes of one field.
  static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> FieldClass {
    let count = bytes.count
    if count == 0 { return .empty }
    let first = bytes[0]
    if first == UInt8(ascii: "[") { return ListCell.parse(bytes) != nil ? .list : .text }
    if first == UInt8(ascii: "t") || first == UInt8(ascii: "T") || first == UInt8(ascii: "f") || first == UInt8(ascii: "F") {
      return Numbers.isBoolean(bytes) ? .boolean : .text
    }
    var index = 0
    if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { index = 1 }
    let digitsStart = index
    while index < count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
    let integerDigits = index - digitsStart
    if index == count {
      guard integerDigits > 0 else { return .text }
      // Leading zeros make codes (007, 0377), not numbers.
      if integerDigits > 1, bytes[digitsStart] == UInt8(ascii: "0") { return .text }
      return Numbers.integer(bytes) != nil ? .integer : .unrepresentable
    }
    if integerDigits > 1, bytes[digitsStart] == UInt8(ascii: "0"), bytes[index] != UInt8(ascii: ".") { return .text }
    var fractionDigits = 0
    if bytes[index] == UInt8(ascii: ".") {
      index += 1
      let fractionStart = index
      while index < count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
      fractionDigits = index - fractionStart
    }
    guard integerDigits + fractionDigits > 0 else { return .text }
    if index < count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
      let exponentStart = index
      while index < count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
      guard index > exponentStart else { return .text }
      // An exponent can take a decimal past the largest double (1e400).
      guard index == count else { return .text }
      return Numbers.decimal(bytes)?.isFinite == true ? .decimal : .unrepresentable
    }
    return index == count ? .decimal : .text
  }
}

/// What a column's fields were: the type is the narrowest that fits them all
/// (`DataType.widened`, the lattice JSON uses too), and whether every field was a list.
struct ColumnClasses {
  var seen: DataType = .null
  var sawList = false
  var sawScalar = false
  /// The first value that keeps the column text although it looks like a number, and why.
  var unrepresentable: Kept?
  /// The first integer beyond 2^53 (which a double cannot hold exactly): if the column turns
  /// out decimal, it stays text instead.
  var wideInteger: Kept?

  struct Kept {
    var value: String
    var line: Int
    var why: Phrase
  }

  var sawText: Bool { seen == .text }

  /// No value of the column has been seen but empty ones: its type is not known yet.
  var isUndecided: Bool { seen == .null && !sawList }

  /// Why the column is text although its values are numbers (W0103), if it is.
  var keptAsText: Kept? {
    if let unrepresentable, seen == .text, !sawOtherText { return unrepresentable }
    if let wideInteger, seen == .decimal { return wideInteger }
    return nil
  }
  /// Whether text that is not a number was seen (then the column is just text, no warning).
  var sawOtherText = false

  mutating func add(_ kind: FieldClass) {
    let type: DataType
    switch kind {
    case .empty: return
    case .integer: type = .integer
    case .decimal: type = .decimal
    case .boolean: type = .bool
    case .unrepresentable: type = .text
    case .text:
      sawOtherText = true
      type = .text
    case .list:
      sawList = true
      return
    }
    sawScalar = true
    seen = seen.widened(with: type)
  }

  /// A list column: every non-empty field is a JSON array (its element type is found when the
  /// column is built).
  var isList: Bool { sawList && !sawScalar }

  var type: DataType {
    if sawList && sawScalar { return .text }
    // Integers beyond 2^53 beside decimals: as decimals they would change, so text.
    if seen == .decimal, wideInteger != nil { return .text }
    return seen == .null ? .text : seen
  }
}

/// A CSV or TSV cell that holds a list: a JSON array of scalars.
enum ListCell {
  /// The array's values, or nil when the bytes are not a JSON array of scalars.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> [JSONValue]? {
    var parser = JSONParser(bytes)
    guard case .array(let items)? = try? parser.parseDocument() else { return nil }
    for item in items where JSONLoader.KindKey(item) == nil && !item.isNull { return nil }
    return items
  }
}

/// Exact number parsing from bytes.
enum Numbers {
  static func isBoolean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { boolean(bytes) != nil }

  static func boolean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    func matches(_ word: StaticString) -> Bool {
      guard bytes.count == word.utf8CodeUnitCount else { return false }
      let pointer = word.utf8Start
      for index in 0..<bytes.count where bytes[index] | 0x20 != pointer[index] { return false }
      return true
    }
    if matches("true") { return true }
    if matches("false") { return false }
    return nil
  }

  /// A whole number that fits in 64 bits.
  @inline(__always)
  static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
    var index = 0
    var negative = false
    if bytes.count > 0, bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
      negative = bytes[0] == UInt8(ascii: "-")
      index = 1
    }
    guard index < bytes.count else { return nil }
    var value: Int64 = 0
    while index < bytes.count {
      let digit = bytes[index] &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = negative ? times.subtractingReportingOverflow(Int64(digit)) : times.addingReportingOverflow(Int64(digit))
      if overflow1 || overflow2 { return nil }
      value = sum
      index += 1
    }
    return value
  }

  static let powers: [Double] = (0...22).map { exponent in
    var value = 1.0
    for _ in 0..<exponent { value *= 10 }
    return value
  }

  /// A decimal: exactly rounded for up to 15 significant digits (one exact division), else
  /// through the standard library's parser.
  @inline(__always)
  static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    var index = 0
    var negative = false
    if bytes.count > 0, bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
      negative = bytes[0] == UInt8(ascii: "-")
      index = 1
    }
    var mantissa: Int64 = 0
    var digits = 0
    var scale = 0
    var seenPoint = false
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: ".") && !seenPoint {
        seenPoint = true
      } else if byte &- UInt8(ascii: "0") < 10 {
        if digits < 15 {
          mantissa = mantissa * 10 + Int64(byte &- UInt8(ascii: "0"))
          if mantissa > 0 { digits += 1 }
          if seenPoint { scale += 1 }
        } else {
          return slow(bytes)
        }
      } else {
        return slow(bytes)
      }
      index += 1
    }
    guard scale < powers.count else { return slow(bytes) }
    let value = Double(mantissa) / powers[scale]
    return negative ? -value : value
  }

  static func slow(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    Double(String(decoding: bytes, as: UTF8.self))
  }
}

/// Type inference: the header, each column's classes, and the number of rows — of the first
/// `limit` rows, or of all.
struct InferenceVisitor: RecordVisitor {
  let limit: Int?
  let validates = true
  var lineEnds = LineEnds.lf
  var header: [String]?
  var classes: [ColumnClasses] = []
  var rows = 0
  var bytesRead = 0
  /// Whether every row was seen (the file ended before the limit).
  var sawEverything = true
  var scratch: [UInt8] = []

  init(limit: Int?) {
    self.limit = limit
  }

  mutating func record(_ buffer: UnsafeBufferPointer<UInt8>, fields: FieldList, header isHeader: Bool, bytesSoFar: Int, line: Int) -> Bool {
    bytesRead = bytesSoFar
    if isHeader {
      header = (0..<fields.count).map { index in
        fields.withField(index, in: buffer, scratch: &scratch) { String(decoding: $0, as: UTF8.self) }
      }
      classes = [ColumnClasses](repeating: ColumnClasses(), count: fields.count)
      return true
    }
    if let limit, rows >= limit {
      sawEverything = false
      return false
    }
    rows += 1
    for index in 0..<fields.count where !classes[index].sawOtherText {
      // Once a column has text that is not a number it is text: its other values need no look.
      let kind = fields.withField(index, in: buffer, scratch: &scratch) { FieldClass.of($0) }
      classes[index].add(kind)
      if kind == .unrepresentable, classes[index].unrepresentable == nil {
        let value = fields.withField(index, in: buffer, scratch: &scratch) { String(decoding: $0, as: UTF8.self) }
        let why: Phrase = value.contains(where: { $0 == "e" || $0 == "E" || $0 == "." }) ? .beyondDecimals : .beyondIntegers
        classes[index].unrepresentable = ColumnClasses.Kept(value: value, line: line, why: why)
      } else if kind == .integer, classes[index].wideInteger == nil,
        let number = fields.withField(index, in: buffer, scratch: &scratch, Numbers.integer), number.magnitude > 1 << 53
      {
        classes[index].wideInteger = ColumnClasses.Kept(
          value: String(number), line: line, why: .wouldLoseDigits)
      }
    }
    return true
  }
}

/// Storage for one column being built, written through a pointer (no copy-on-write checks
/// in the hot loop), growing when the rows outnumber the estimate, handed over as an array (`takeArray`).
final class ColumnStore<Element: BitwiseCopyable> {
  private(set) var pointer: UnsafeMutablePointer<Element>
  private(set) var capacity: Int
  let initial: Element
  var nullRows: [Int32] = []

  init(capacity: Int, initial: Element) {
    self.capacity = max(capacity, 16)
    self.initial = initial
    pointer = UnsafeMutablePointer<Element>.allocate(capacity: self.capacity)
    pointer.initialize(repeating: initial, count: self.capacity)
  }

  deinit {
    pointer.deinitialize(count: capacity)
    pointer.deallocate()
  }

  /// Makes room for `row`.
  @inline(__always)
  func reserve(_ row: Int) {
    guard row >= capacity else { return }
    let grown = capacity * 2
    let fresh = UnsafeMutablePointer<Element>.allocate(capacity: grown)
    fresh.moveInitialize(from: pointer, count: capacity)
    (fresh + capacity).initialize(repeating: initial, count: grown - capacity)
    pointer.deallocate()
    pointer = fresh
    capacity = grown
  }

  /// The first `count` values, as `moveAll` gives them: the store is left empty.
  func takeArray(count: Int) -> [Element] {
    var values: [Element] = []
    moveAll(count: count, into: &values)
    return values
  }

  /// The first `count` values appended to `values`, in steps that give back the pages
  /// behind (`Pages`): the store is read for the last time, and copying it never holds a
  /// column twice. The store is empty afterwards and must only be freed.
  func moveAll(count: Int, into values: inout [Element]) {
    Pages.append(UnsafeMutableBufferPointer(start: pointer, count: capacity), count: count, to: &values)
  }

  func nulls(count: Int) -> NullMask? {
    guard !nullRows.isEmpty else { return nil }
    var mask = NullMask(count: count)
    for row in nullRows { mask.set(Int(row)) }
    return mask
  }
}

/// The building pass: typed columns. With `checking`, each value is also checked against its
/// column's guessed type; a misfit sets `mismatch` and stops the pass.
struct BuildVisitor: RecordVisitor {
  enum Slot {
    case integer(ColumnStore<Int64>)
    case decimal(ColumnStore<Double>)
    case boolean(ColumnStore<Bool>)
    case text(ColumnStore<UInt32>)
    /// A list column: each row's array, typed when the column is built.
    case list(ListStore)
  }

  final class ListStore {
    var rows: [[JSONValue]] = []
  }

  /// The slots' stores as the per-field loop reads them: without reference counting (a
  /// retain and a release per field were a tenth of a load). `slots` owns the stores, and
  /// `record` is never called once the columns are taken or joined.
  enum Borrowed {
    case integer(Unmanaged<ColumnStore<Int64>>)
    case decimal(Unmanaged<ColumnStore<Double>>)
    case boolean(Unmanaged<ColumnStore<Bool>>)
    case text(Unmanaged<ColumnStore<UInt32>>)
    case list(Unmanaged<ListStore>)

    init(_ slot: Slot) {
      switch slot {
      case .integer(let store): self = .integer(.passUnretained(store))
      case .decimal(let store): self = .decimal(.passUnretained(store))
      case .boolean(let store): self = .boolean(.passUnretained(store))
      case .text(let store): self = .text(.passUnretained(store))
      case .list(let store): self = .list(.passUnretained(store))
      }
    }
  }

  let types: [DataType]
  let lists: [Bool]
  let checking: Bool
  var validates: Bool { checking }
  var lineEnds = LineEnds.lf
  var slots: [Slot]
  private let borrowed: [Borrowed]
  var dictionaries: [TextDictionaryBuilder]
  var row = 0
  var mismatch = false
  var scratch: [UInt8] = []

  init(types: [DataType], lists: [Bool], capacity: Int, checking: Bool) {
    self.types = types
    self.lists = lists
    self.checking = checking
    slots = types.indices.map { column -> Slot in
      if lists[column] { return .list(ListStore()) }
      switch types[column] {
      case .integer: return .integer(ColumnStore(capacity: capacity, initial: 0))
      case .decimal: return .decimal(ColumnStore(capacity: capacity, initial: 0))
      case .bool: return .boolean(ColumnStore(capacity: capacity, initial: false))
      case .text, .null: return .text(ColumnStore(capacity: capacity, initial: TextDictionary.nullCode))
      }
    }
    borrowed = slots.map(Borrowed.init)
    dictionaries = types.map { _ in TextDictionaryBuilder() }
  }

  mutating func record(_ buffer: UnsafeBufferPointer<UInt8>, fields: FieldList, header: Bool, bytesSoFar: Int, line: Int) -> Bool {
    if header { return true }
    let row = self.row
    let checking = self.checking
    for column in 0..<fields.count {
      let field = fields[column]
      let isEmpty = field.end == field.start
      switch borrowed[column] {
      case .text(let store):
        store._withUnsafeGuaranteedRef { store in
          store.reserve(row)
          if !isEmpty {
            store.pointer[row] = fields.withField(column, in: buffer, scratch: &scratch) { dictionaries[column].intern($0) }
          }
        }
      case .integer(let store):
        let filled = store._withUnsafeGuaranteedRef { store in
          fill(store, row: row, column: column, isEmpty: isEmpty, buffer: buffer, fields: fields) { bytes in
            checking && !BuildVisitor.isPlainInteger(bytes) ? nil : Numbers.integer(bytes)
          }
        }
        guard filled else { return false }
      case .decimal(let store):
        let filled = store._withUnsafeGuaranteedRef { store in
          fill(store, row: row, column: column, isEmpty: isEmpty, buffer: buffer, fields: fields) { bytes in
            if checking {
              let kind = FieldClass.of(bytes)
              guard kind == .decimal || kind == .integer else { return nil }
              // An integer a double cannot hold exactly: the column must be text (a full pass says so).
              if kind == .integer, let number = Numbers.integer(bytes), number.magnitude > 1 << 53 { return nil }
            }
            return Numbers.decimal(bytes)
          }
        }
        guard filled else { return false }
      case .boolean(let store):
        let filled = store._withUnsafeGuaranteedRef { store in
          fill(store, row: row, column: column, isEmpty: isEmpty, buffer: buffer, fields: fields) { Numbers.boolean($0) }
        }
        guard filled else { return false }
      case .list(let store):
        let appended = store._withUnsafeGuaranteedRef { store in
          guard !isEmpty else {
            store.rows.append([])
            return true
          }
          guard let items = fields.withField(column, in: buffer, scratch: &scratch, ListCell.parse) else { return false }
          store.rows.append(items)
          return true
        }
        guard appended else {
          mismatch = true
          return false
        }
      }
    }
    self.row = row + 1
    return true
  }

  /// Stores one typed field (null when empty). A value that does not parse as the column's
  /// type is a mismatch: returns false, and the pass stops.
  @inline(__always)
  mutating func fill<Element>(
    _ store: ColumnStore<Element>, row: Int, column: Int, isEmpty: Bool, buffer: UnsafeBufferPointer<UInt8>,
    fields: FieldList, parse: (UnsafeBufferPointer<UInt8>) -> Element?
  ) -> Bool {
    store.reserve(row)
    if isEmpty {
      store.nullRows.append(Int32(row))
      return true
    }
    guard let value = fields.withField(column, in: buffer, scratch: &scratch, parse) else {
      mismatch = true
      return false
    }
    store.pointer[row] = value
    return true
  }

  /// An integer as inference would class it: digits, an optional sign, no leading zero.
  @inline(__always)
  static func isPlainInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    if bytes.count > 0, bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") { index = 1 }
    guard index < bytes.count else { return false }
    if bytes[index] == UInt8(ascii: "0"), bytes.count - index > 1 { return false }
    return true
  }

  /// A list column from each row's array: elements typed as a JSON loader types them.
  static func listColumn(_ rows: [[JSONValue]]) -> Column {
    let type = JSONLoader.KindKey.type(of: JSONLoader.Kinds(rows.joined().compactMap(JSONLoader.KindKey.init).map(JSONLoader.Kinds.init)))
    var builder = ColumnBuilder(type: type, list: true)
    for items in rows { builder.append(.list(items.map { $0.cell(as: type, lenient: true) ?? .null })) }
    return builder.build()
  }

  /// The columns of parts built apart, joined in order: numbers and flags copied after one
  /// another, null rows moved by the rows before them, and each later part's dictionary
  /// merged into the first one's (each distinct value interned once, its codes mapped
  /// through an array). One column at a time, each part's store freed once copied.
  static func join(_ parts: inout [BuildVisitor]) -> [Column] {
    guard let types = parts.first?.types else { return [] }
    guard parts.count > 1 else { return parts[0].takeColumns() }
    let rows = parts.map(\.row)
    let pieces = types.indices.map { column in
      ColumnPieces(slots: parts.map { $0.slots[column] }, dictionaries: parts.map { $0.dictionaries[column] }, rows: rows)
    }
    // The pieces hold the only references to the stores now, so the joins move them.
    parts = []
    // The columns are joined on every processor: each job reads and frees its own pieces.
    Parallel.run(pieces.count, threads: Parallel.processors) { column in pieces[column].join() }
    // (`Parallel.run` runs every job before it returns: each column is there.)
    return pieces.map { $0.column ?? Column(.text([], TextDictionaryBuilder().build())) }
  }

  /// One column of every part of a load, taken out of the parts to be joined (on a thread of
  /// its own; nothing else reads it).
  final class ColumnPieces: @unchecked Sendable {
    var slots: [Slot]
    var dictionaries: [TextDictionaryBuilder]
    let rows: [Int]
    var column: Column?

    init(slots: [Slot], dictionaries: [TextDictionaryBuilder], rows: [Int]) {
      self.slots = slots
      self.dictionaries = dictionaries
      self.rows = rows
    }

    func join() {
      let total = rows.reduce(0, +)
      switch slots[0] {
      case .integer:
        let (values, nulls) = joined(total) { if case .integer(let store) = $0 { store } else { nil } }
        column = Column(.integer(values), nulls: nulls)
      case .decimal:
        let (values, nulls) = joined(total) { if case .decimal(let store) = $0 { store } else { nil } }
        column = Column(.decimal(values), nulls: nulls)
      case .boolean:
        let (values, nulls) = joined(total) { if case .boolean(let store) = $0 { store } else { nil } }
        column = Column(.bool(values), nulls: nulls)
      case .text:
        // Taken out of part 0, so interning into it copies nothing; the later parts' hash
        // slots are not needed to read their values, so they go first. Each later part's
        // dictionary is read once, front to back, and gives back its pages as it goes
        // (`absorb`): the values are never held twice.
        var dictionary = dictionaries[0]
        dictionaries[0] = TextDictionaryBuilder()
        for index in dictionaries.indices.dropFirst() { dictionaries[index].slots = [] }
        dictionary.reserve(
          values: dictionaries.reduce(0) { $0 + $1.count } + dictionary.count,
          bytes: dictionaries.reduce(0) { $0 + $1.bytes.count } + dictionary.bytes.count)
        var codes: [UInt32] = []
        codes.reserveCapacity(total)
        for index in slots.indices {
          guard case .text(let store) = slots[index] else { continue }
          let part = UnsafeBufferPointer(start: store.pointer, count: rows[index])
          if index == 0 {
            codes.append(contentsOf: part)
          } else {
            let mapped = dictionary.absorb(&dictionaries[index])
            for code in part { codes.append(code == TextDictionary.nullCode ? code : mapped[Int(code)]) }
          }
          slots[index] = .text(ColumnStore(capacity: 0, initial: 0))
          dictionaries[index] = TextDictionaryBuilder()
        }
        column = Column(.text(codes, dictionary.take()))
      case .list:
        var lists: [[JSONValue]] = []
        lists.reserveCapacity(total)
        for index in slots.indices {
          if case .list(let store) = slots[index] { lists.append(contentsOf: store.rows) }
          slots[index] = .list(ListStore())
        }
        column = BuildVisitor.listColumn(lists)
      }
      slots = []
      dictionaries = []
    }

    /// The typed store of every part, one after another, and its null rows.
    private func joined<Element: BitwiseCopyable>(_ total: Int, _ store: (Slot) -> ColumnStore<Element>?) -> ([Element], NullMask?) {
      var values: [Element] = []
      values.reserveCapacity(total)
      var nulls: NullMask?
      for index in slots.indices {
        guard let part = store(slots[index]) else { continue }
        let base = values.count
        part.moveAll(count: rows[index], into: &values)
        if !part.nullRows.isEmpty {
          if nulls == nil { nulls = NullMask(count: total) }
          for row in part.nullRows { nulls?.set(base + Int(row)) }
        }
        slots[index] = .text(ColumnStore(capacity: 0, initial: 0))
      }
      return (values, nulls)
    }
  }

  /// The finished columns. Each store is copied into its array and freed before the next, so
  /// the copy never doubles the memory of the whole table.
  mutating func takeColumns() -> [Column] {
    var columns: [Column] = []
    let count = row
    for column in types.indices {
      switch slots[column] {
      case .integer(let store): columns.append(Column(.integer(store.takeArray(count: count)), nulls: store.nulls(count: count)))
      case .decimal(let store): columns.append(Column(.decimal(store.takeArray(count: count)), nulls: store.nulls(count: count)))
      case .boolean(let store): columns.append(Column(.bool(store.takeArray(count: count)), nulls: store.nulls(count: count)))
      case .text(let store): columns.append(Column(.text(store.takeArray(count: count), dictionaries[column].take())))
      case .list(let store): columns.append(BuildVisitor.listColumn(store.rows))
      }
      slots[column] = .text(ColumnStore(capacity: 0, initial: 0))
      dictionaries[column] = TextDictionaryBuilder()
    }
    slots = []
    return columns
  }
}

extension Phrase {
  /// Why a column of numbers is kept as text (the end of a keptAsText message).
  static let wouldLoseDigits = Phrase(
    "would lose digits as a decimal, which other values of the column are",
    zh: "当作小数会丢掉位数，而这一列的其他值是小数")
  static let beyondDecimals = Phrase("is beyond the largest decimal (±1.8e308)", zh: "超出了小数的范围（±1.8e308）")
  static let beyondIntegers = Phrase("does not fit a 64-bit integer", zh: "超出了 64 位整数的范围")
}
