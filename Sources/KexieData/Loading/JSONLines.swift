import Glibc
import KexieDiagnostics

/// What the first pass of a JSON load learns of its records: the columns in the order their
/// keys first appear, the kinds of value each holds, whether it holds arrays (a list field),
/// and the first number of a column that decides its type against its kinds. A load in parts
/// learns each part alone and merges them in order (`merge`): a key's first appearance is in
/// the first part that has it, so the columns come in the order one pass gives.
struct LearntColumns {
  var names: [String] = []
  var index: [String: Int] = [:]
  var kinds: [JSONLoader.Kinds] = []
  var lists: [Bool] = []
  /// Per column, the first integer beyond 2^53, which a decimal column would round.
  var wideIntegers: [Int: (Int64, Int)] = [:]
  /// Numbers no type holds, kept as their text: the first of each column.
  var unrepresentable: [Int: (text: String, offset: Int)] = [:]
  var records = 0
  private var seenKeys = Set<String>()
  /// Reads the plain lines of JSON Lines from their bytes; it knows the keys seen so far.
  /// After `learnLine` read a line through it, `scanner.learnt` holds the line's values,
  /// each with its column here.
  private(set) var scanner = FlatLineScanner(keys: [], types: [], lists: [])

  /// A column for a key seen for the first time.
  mutating func newColumn(_ key: String, offset: Int, member: Int, _ loader: JSONLoader) throws(LoadFailure) -> Int {
    let column = names.count
    guard column < Limits.columns.value else {
      throw LoadFailure.diagnostic(loader.place(
        .tooManyColumns(Phrase("the records have more than \(Limits.columns.shown) different keys", zh: "记录里不同的键超过了 \(Limits.columns.shown) 个"), file: loader.name),
        at: loader.valueOffset(inRecordAt: offset, member: member)))
    }
    index[key] = column
    names.append(key)
    kinds.append([])
    lists.append(false)
    return column
  }

  /// A record the parser read: its members, and a number in it no type holds.
  mutating func learn(_ offset: Int, _ members: [(String, JSONValue)], _ number: (text: String, offset: Int)?, _ loader: JSONLoader) throws(LoadFailure) {
    records += 1
    if members.count > 1 {
      seenKeys.removeAll(keepingCapacity: true)
      for (member, (key, _)) in members.enumerated() where !seenKeys.insert(key).inserted {
        throw LoadFailure.diagnostic(loader.place(.duplicateKey(key), at: loader.valueOffset(inRecordAt: offset, member: member)))
      }
    }
    for (member, (key, value)) in members.enumerated() {
      let column: Int
      if let known = index[key] { column = known } else { column = try newColumn(key, offset: offset, member: member, loader) }
      if case .integer(let number) = value, number.magnitude > 1 << 53, wideIntegers[column] == nil {
        wideIntegers[column] = (number, loader.valueOffset(inRecordAt: offset, member: member))
      }
      if let number, case .string(let text) = value, text == number.text, unrepresentable[column] == nil {
        unrepresentable[column] = number
      }
      if case .array(let items) = value {
        lists[column] = true
        for item in items where !item.isNull {
          guard let kind = JSONLoader.KindKey(item) else {
            throw LoadFailure.diagnostic(loader.place(.jsonShape(Phrase(
              "the array of '\(key)' holds \(item.kindName.en); a list field holds strings, numbers or booleans",
              zh: Phrase.chinese("'\(key)' 的数组里有", item.kindName.zh, "；列表字段只能放字符串、数字或布尔值"))),
              at: loader.valueOffset(inRecordAt: offset, member: member)))
          }
          kinds[column].insert(JSONLoader.Kinds(kind))
        }
        continue
      }
      if case .object = value {
        throw LoadFailure.diagnostic(loader.place(.jsonShape(Phrase(
          "the value of '\(key)' is an object; kexie loads flat objects (strings, numbers, booleans, null, or arrays of them)",
          zh: "'\(key)' 的值是一个对象；kexie 只读扁平的对象（值是字符串、数字、布尔值、null 或由它们组成的数组）")),
          at: loader.valueOffset(inRecordAt: offset, member: member)))
      }
      if let kind = JSONLoader.KindKey(value) { kinds[column].insert(JSONLoader.Kinds(kind)) }
    }
  }

  /// How `learnLine` read a line: from its bytes (its values in `scanner.learnt`), or
  /// through the parser (its members).
  enum LineRead {
    case scanned
    case parsed([(String, JSONValue)])
  }

  /// A line of JSON Lines: one the strict scanner reads whole (a flat object of plain
  /// values, every token checked as the parser checks it) is learnt from its bytes; any
  /// other line, and every line with an error, goes through the parser, which reports it.
  @discardableResult
  mutating func learnLine(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int, _ loader: JSONLoader) throws(LoadFailure) -> LineRead {
    if scanner.learn(buffer, from: from, to: to) {
      records += 1
      for (member, found) in scanner.learnt.enumerated() {
        var column = found.column
        if column < 0 {
          let key = String(decoding: UnsafeBufferPointer(rebasing: buffer[found.keyStart..<found.keyEnd]), as: UTF8.self)
          if let known = index[key] { column = known } else { column = try newColumn(key, offset: from, member: member, loader) }
          scanner.register(Array(buffer[found.keyStart..<found.keyEnd]))
          scanner.learnt[member].column = column
        }
        switch found.kind {
        case .integer(let number):
          kinds[column].insert(JSONLoader.Kinds(.integer))
          if number.magnitude > 1 << 53, wideIntegers[column] == nil { wideIntegers[column] = (number, found.valueStart) }
        case .decimal: kinds[column].insert(JSONLoader.Kinds(.decimal))
        case .bool: kinds[column].insert(JSONLoader.Kinds(.bool))
        case .text: kinds[column].insert(JSONLoader.Kinds(.text))
        case .null: break
        }
      }
      return .scanned
    }
    let (members, number) = try loader.parseLine(buffer, from: from, to: to)
    let before = names.count
    try learn(from, members, number, loader)
    for column in before..<names.count { scanner.register(Array(names[column].utf8)) }
    return .parsed(members)
  }

  /// The type of each column by its kinds: the narrowest that holds them all, and text for
  /// integers a decimal column would round.
  var types: [DataType] {
    kinds.indices.map { column in
      let type = JSONLoader.KindKey.type(of: kinds[column])
      return type == .decimal && wideIntegers[column] != nil ? .text : type
    }
  }

  /// What a later part learnt, after this one's: its new keys are new columns, in its order.
  mutating func merge(_ later: LearntColumns) {
    for (theirs, name) in later.names.enumerated() {
      let column: Int
      if let known = index[name] {
        column = known
      } else {
        column = names.count
        index[name] = column
        names.append(name)
        kinds.append([])
        lists.append(false)
      }
      kinds[column].formUnion(later.kinds[theirs])
      lists[column] = lists[column] || later.lists[theirs]
      if wideIntegers[column] == nil, let wide = later.wideIntegers[theirs] { wideIntegers[column] = wide }
      if unrepresentable[column] == nil, let number = later.unrepresentable[theirs] { unrepresentable[column] = number }
    }
    records += later.records
  }
}

/// The second pass's appending of records to typed column builders: a flat line of plain
/// values straight from its bytes, anything else (escapes, arrays, a value of another type
/// than its column's) as the parser reads it. Each part of a load in parts has its own.
struct JSONRowBuilder {
  let index: [String: Int]
  let types: [DataType]
  let lists: [Bool]
  var builders: [ColumnBuilder]
  private var row: [Value]
  private var scanner: FlatLineScanner
  /// For `appendScanned`: the columns of the learner's part by their place here (-1 for a
  /// key these columns do not have), and the line each column last had a value in.
  private var places: [Int] = []
  private var named: [Int]
  private var line = 0

  init(_ columns: LearntColumns, types: [DataType]) {
    index = columns.index
    self.types = types
    lists = columns.lists
    builders = types.indices.map { ColumnBuilder(type: types[$0], list: columns.lists[$0]) }
    row = [Value](repeating: .null, count: types.count)
    scanner = FlatLineScanner(keys: columns.names.map { Array($0.utf8) }, types: types, lists: columns.lists)
    named = [Int](repeating: 0, count: types.count)
  }

  /// A line the first pass's scanner read (`LearntColumns.learnLine`, `.scanned`: its
  /// `scanner.learnt`), with the learner's columns (`names`): appended when every value fits its column here as the parser's cell
  /// would (a known key, not a list, the column's kind or an integer in a decimal column);
  /// false, appending nothing, when one does not.
  mutating func appendScanned(_ entries: [FlatLineScanner.Entry], names: [String], _ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    while places.count < names.count { places.append(index[names[places.count]] ?? -1) }
    for entry in entries {
      let column = places[entry.column]
      guard column >= 0, !lists[column], entry.kind.fits(types[column]) else { return false }
    }
    line += 1
    for entry in entries {
      let column = places[entry.column]
      named[column] = line
      entry.kind.append(to: &builders[column], buffer)
    }
    for column in builders.indices where named[column] != line { builders[column].appendNull() }
    return true
  }

  /// A record's members, as the parser read them; a value that does not fit its column's
  /// type is its text.
  mutating func append(_ members: [(String, JSONValue)]) {
    for column in row.indices { row[column] = .null }
    for (key, value) in members {
      guard let column = index[key] else { continue }
      if case .array(let items) = value {
        row[column] = .list(items.map { $0.cell(as: types[column], lenient: true) ?? .null })
      } else {
        row[column] = value.cell(as: types[column], lenient: true) ?? .null
      }
    }
    for (column, value) in row.enumerated() { builders[column].append(value) }
  }

  /// A line of JSON Lines, already checked by the first pass.
  mutating func appendLine(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int, _ loader: JSONLoader) {
    if scanner.learn(buffer, from: from, to: to), scanner.fits() {
      scanner.apply(to: &builders, buffer)
      return
    }
    // Checked by the first pass: it parses.
    guard let (members, _) = try? loader.parseLine(buffer, from: from, to: to) else { return }
    append(members)
  }
}

/// Reads a line of JSON Lines from its bytes when it is a flat object of plain values:
/// strings without escapes, numbers that fit a type, true, false, null. Both passes use the
/// one strict reader (`learn`): the first to learn the columns, the second (`fits`, `apply`)
/// to append the values when their kinds fit the columns. It collects without appending, so
/// a line it gives up on goes whole through the parser instead.
struct FlatLineScanner {
  enum Cell {
    case null, integer(Int64), decimal(Double), bool(Bool), text(Int, Int)

    /// Whether a column of `type` takes the value as the parser's cell would: null, its
    /// own kind, or an integer in a decimal column.
    @inline(__always)
    func fits(_ type: DataType) -> Bool {
      switch (self, type) {
      case (.null, _), (.integer, .integer), (.integer, .decimal), (.decimal, .decimal), (.bool, .bool), (.text, .text): true
      default: false
      }
    }

    /// The value appended to a builder whose column it `fits` (text from the line's bytes).
    @inline(__always)
    func append(to builder: inout ColumnBuilder, _ buffer: UnsafeBufferPointer<UInt8>) {
      switch self {
      case .null: builder.appendNull()
      case .integer(let value) where builder.type == .decimal: builder.append(decimal: Double(value))
      case .integer(let value): builder.append(integer: value)
      case .decimal(let value): builder.append(decimal: value)
      case .bool(let value): builder.append(bool: value)
      case .text(let start, let end): builder.append(text: UnsafeBufferPointer(rebasing: buffer[start..<end]))
      }
    }
  }

  private(set) var keys: [[UInt8]] = []
  /// The columns by a hash of their key's bytes (`TextDictionary.hash`; a new key on every
  /// line must not make each lookup search every key: 10,000 keys took 15 s).
  private var byHash: [UInt64: [Int]] = [:]
  let types: [DataType]
  let lists: [Bool]
  /// What `learn` read of a line: each member's column (-1 for a key not seen before, with
  /// the key's bytes), its kind, and where its value starts.
  var learnt: [Entry] = []
  typealias Entry = (column: Int, keyStart: Int, keyEnd: Int, kind: Cell, valueStart: Int)
  /// The column each member position had in the last line (keys usually come in one order).
  var lastOrder: [Int] = []
  var seen: [Int]
  var line = 0

  init(keys: [[UInt8]], types: [DataType], lists: [Bool]) {
    self.types = types
    self.lists = lists
    seen = []
    for key in keys { register(key) }
  }

  /// A key for the next column.
  mutating func register(_ key: [UInt8]) {
    byHash[key.withUnsafeBufferPointer(TextDictionary.hash), default: []].append(keys.count)
    keys.append(key)
    seen.append(-1)
  }

  /// The column of a key by its hash, if any.
  func lookup(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
    byHash[TextDictionary.hash(key)]?.first { FlatLineScanner.same(keys[$0], key) }
  }

  /// The first pass's reading of a line: true when the line is a flat object of plain values
  /// and every token is well formed exactly as the parser requires (strings without escapes
  /// or control characters, numbers by JSON's grammar that fit a type, the three literals,
  /// nothing after the `}`), no key twice; false sends the line to the parser.
  mutating func learn(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, to end: Int) -> Bool {
    learnt.removeAll(keepingCapacity: true)
    line += 1
    var position = from
    func skipSpace() {
      while position < end, buffer[position] == 0x20 || buffer[position] == 0x09 || buffer[position] == 0x0D { position += 1 }
    }
    /// A string without escapes from `position` (at its quote): its bytes' range.
    func plainString() -> (Int, Int)? {
      guard position < end, buffer[position] == UInt8(ascii: "\"") else { return nil }
      let start = position + 1
      var stop = start
      while stop < end {
        let byte = buffer[stop]
        if byte == UInt8(ascii: "\"") { break }
        if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
        stop += 1
      }
      guard stop < end else { return nil }
      position = stop + 1
      return (start, stop)
    }
    func isDigit(_ index: Int) -> Bool { index < end && buffer[index] >= UInt8(ascii: "0") && buffer[index] <= UInt8(ascii: "9") }
    func literal(_ word: StaticString) -> Bool {
      let count = word.utf8CodeUnitCount
      guard position + count <= end else { return false }
      for offset in 0..<count where buffer[position + offset] != word.utf8Start[offset] { return false }
      position += count
      return true
    }
    skipSpace()
    guard position < end, buffer[position] == UInt8(ascii: "{") else { return false }
    position += 1
    skipSpace()
    if position < end, buffer[position] == UInt8(ascii: "}") {
      position += 1
    } else {
      var member = 0
      while true {
        skipSpace()
        guard let (keyStart, keyEnd) = plainString() else { return false }
        let key = UnsafeBufferPointer(rebasing: buffer[keyStart..<keyEnd])
        let column = known(key, member: member) ?? -1
        if column >= 0 {
          guard seen[column] != line else { return false }  // a key twice: the parser says so
          seen[column] = line
        } else if learnt.contains(where: { $0.column < 0 && buffer[$0.keyStart..<$0.keyEnd].elementsEqual(key) }) {
          return false
        }
        skipSpace()
        guard position < end, buffer[position] == UInt8(ascii: ":") else { return false }
        position += 1
        skipSpace()
        guard position < end else { return false }
        let valueStart = position
        let kind: Cell
        switch buffer[position] {
        case UInt8(ascii: "\""):
          guard let (start, stop) = plainString() else { return false }
          kind = .text(start, stop)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
          // JSON's number grammar, exactly: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
          let start = position
          if buffer[position] == UInt8(ascii: "-") { position += 1 }
          guard isDigit(position) else { return false }
          if buffer[position] == UInt8(ascii: "0") { position += 1 } else { while isDigit(position) { position += 1 } }
          var integral = true
          if position < end, buffer[position] == UInt8(ascii: ".") {
            integral = false
            position += 1
            guard isDigit(position) else { return false }
            while isDigit(position) { position += 1 }
          }
          if position < end, buffer[position] == UInt8(ascii: "e") || buffer[position] == UInt8(ascii: "E") {
            integral = false
            position += 1
            if position < end, buffer[position] == UInt8(ascii: "+") || buffer[position] == UInt8(ascii: "-") { position += 1 }
            guard isDigit(position) else { return false }
            while isDigit(position) { position += 1 }
          }
          let digits = UnsafeBufferPointer(rebasing: buffer[start..<position])
          if integral {
            guard let value = Numbers.integer(digits) else { return false }  // kept as text: the parser's
            kind = .integer(value)
          } else {
            // Exactly rounded as the parser's `Double(text)` is (one exact division for up to
            // 15 digits, else that same parser).
            guard let value = Numbers.decimal(digits), value.isFinite else { return false }
            kind = .decimal(value)
          }
        case UInt8(ascii: "t"):
          guard literal("true") else { return false }
          kind = .bool(true)
        case UInt8(ascii: "f"):
          guard literal("false") else { return false }
          kind = .bool(false)
        case UInt8(ascii: "n"):
          guard literal("null") else { return false }
          kind = .null
        default:
          return false
        }
        learnt.append((column, keyStart, keyEnd, kind, valueStart))
        member += 1
        skipSpace()
        guard position < end else { return false }
        if buffer[position] == UInt8(ascii: ",") {
          position += 1
          continue
        }
        guard buffer[position] == UInt8(ascii: "}") else { return false }
        position += 1
        break
      }
    }
    skipSpace()
    return position == end
  }

  /// Whether a key's bytes are these (`memcmp`: the generic `elementsEqual` was 8 % of a load).
  @inline(__always)
  static func same(_ key: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard key.count == bytes.count else { return false }
    return key.withUnsafeBufferPointer { key in
      guard let left = key.baseAddress, let right = bytes.baseAddress else { return true }  // both empty
      return memcmp(left, right, key.count) == 0
    }
  }

  /// The column of a key already known, if it is.
  mutating func known(_ key: UnsafeBufferPointer<UInt8>, member: Int) -> Int? {
    if member < lastOrder.count, lastOrder[member] < keys.count, FlatLineScanner.same(keys[lastOrder[member]], key) { return lastOrder[member] }
    guard let found = lookup(key) else { return nil }
    if member < lastOrder.count { lastOrder[member] = found } else { lastOrder.append(found) }
    return found
  }

  /// Whether every value `learn` read fits its column as the parser's cell would be: a
  /// known key, not a list column, the column's kind (an integer in a decimal column too).
  func fits() -> Bool {
    learnt.allSatisfy { entry in entry.column >= 0 && !lists[entry.column] && entry.kind.fits(types[entry.column]) }
  }

  /// Appends the line `learn` read and `fits` passed: its values, and null for every column
  /// it did not name.
  mutating func apply(to builders: inout [ColumnBuilder], _ buffer: UnsafeBufferPointer<UInt8>) {
    for entry in learnt { entry.kind.append(to: &builders[entry.column], buffer) }
    // `learn` marked the columns this line named in `seen`.
    for column in builders.indices where seen[column] != line { builders[column].appendNull() }
  }
}
