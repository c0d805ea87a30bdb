import Glibc
import KexieDiagnostics

/// Loads a JSON array of flat objects, or JSON Lines (one object per line), into a table.
///
/// Columns are the keys in the order they first appear; a missing key is null. A column of
/// integers is integer, of numbers decimal, of booleans boolean; strings, or a mix with
/// strings, make text. A key whose values are arrays of such values is a list field (an empty
/// array is null, nulls inside an array are left out, and a single value among arrays is a
/// list of one). Nested objects, and arrays
/// inside arrays, are refused (E0605) with their position, as are syntax errors (E0604) and
/// invalid UTF-8 (E0603).
public struct JSONLoader {
  public let name: String
  /// The bytes: an array, or a file mapped whole (`MappedFile`).
  let bytes: Bytes
  /// Where the JSON starts: after a UTF-8 byte-order mark, if the file has one (as CSV skips it).
  let start: Int
  /// Told how far the load is every 65,536 records; false stops it (E0504).
  public var progress: ((Int, Int) -> Bool)?

  enum Bytes {
    case array([UInt8])
    case mapped(MappedFile)

    var count: Int {
      switch self {
      case .array(let bytes): bytes.count
      case .mapped(let file): file.count
      }
    }

    func withUnsafeBufferPointer<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R {
      switch self {
      case .array(let bytes):
        return try bytes.withUnsafeBufferPointer(body)
      case .mapped(let file):
        return try body(file.buffer)
      }
    }

    /// Gives back a mapped file's pages before `offset` during a pass, and checks the file
    /// was not shortened (nothing for an array).
    func release(before offset: Int) throws(LoadFailure) {
      if case .mapped(let file) = self { try file.release(before: offset) }
    }

    /// Gives back every page, and checks the file before the next pass reads it again.
    func releaseAll() throws(LoadFailure) {
      if case .mapped(let file) = self {
        file.releaseAll()
        try file.check()
      }
    }
  }

  public init(name: String, bytes: [UInt8]) {
    self.init(name: name, storage: .array(bytes))
  }

  /// A file mapped whole (`MappedFile.map`).
  public init(name: String, file: MappedFile) {
    self.init(name: name, storage: .mapped(file))
  }

  init(name: String, storage: Bytes) {
    self.name = name
    self.bytes = storage
    start = storage.withUnsafeBufferPointer { bytes in
      bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }
  }

  /// Two passes over the records, keeping none of them: the first learns the columns and
  /// their types, the second parses each record again straight into the column builders.
  /// (Holding every record as parsed values took 5 times the file's size: 4.7 GB for a
  /// 900 MB file of 10,000,000 lines.)
  public func load(tableName: String) -> Result<Table, LoadFailure> {
    do throws(LoadFailure) {
      let invalid = try firstInvalidUTF8()
      if invalid < bytes.count {
        throw LoadFailure.diagnostic(place(.invalidUTF8InData(byteOffset: invalid), at: invalid))
      }
      let isArray = bytes.withUnsafeBufferPointer { buffer in
        buffer[start...].first { !(($0 == 0x20) || ($0 == 0x0A) || ($0 == 0x0D) || ($0 == 0x09)) } == UInt8(ascii: "[")
      }
      // Columns in order of first appearance, and what each holds.
      var names: [String] = []
      var index: [String: Int] = [:]
      var kinds: [Set<KindKey>] = []
      var lists: [Bool] = []
      /// Per column, the first integer beyond 2^53, which a decimal column would round.
      var wideIntegers: [Int: (Int64, Int)] = [:]
      /// Numbers no type holds, kept as their text: the first of each column.
      var unrepresentable: [Int: (text: String, offset: Int)] = [:]
      var seenKeys = Set<String>()
      var recordCount = 0
      /// A column for a key seen for the first time.
      func newColumn(_ key: String, offset: Int, member: Int) throws(LoadFailure) -> Int {
        let column = names.count
        guard column < Limits.columns.value else {
          throw LoadFailure.diagnostic(place(
            .tooManyColumns(Phrase("the records have more than \(Limits.columns.shown) different keys", zh: "记录里不同的键超过了 \(Limits.columns.shown) 个"), file: name),
            at: valueOffset(inRecordAt: offset, member: member)))
        }
        index[key] = column
        names.append(key)
        kinds.append([])
        lists.append(false)
        return column
      }
      func learn(_ offset: Int, _ members: [(String, JSONValue)], _ number: (text: String, offset: Int)?) throws(LoadFailure) {
        recordCount += 1
        if members.count > 1 {
          seenKeys.removeAll(keepingCapacity: true)
          for (member, (key, _)) in members.enumerated() where !seenKeys.insert(key).inserted {
            throw LoadFailure.diagnostic(place(.duplicateKey(key), at: valueOffset(inRecordAt: offset, member: member)))
          }
        }
        for (member, (key, value)) in members.enumerated() {
          let column: Int
          if let known = index[key] { column = known } else { column = try newColumn(key, offset: offset, member: member) }
          if case .integer(let number) = value, number.magnitude > 1 << 53, wideIntegers[column] == nil {
            wideIntegers[column] = (number, valueOffset(inRecordAt: offset, member: member))
          }
          if let number, case .string(let text) = value, text == number.text, unrepresentable[column] == nil {
            unrepresentable[column] = number
          }
          if case .array(let items) = value {
            lists[column] = true
            for item in items where !item.isNull {
              guard let kind = KindKey(item) else {
                throw LoadFailure.diagnostic(place(.jsonShape(Phrase(
                  "the array of '\(key)' holds \(item.kindName.en); a list field holds strings, numbers or booleans",
                  zh: Phrase.chinese("'\(key)' 的数组里有", item.kindName.zh, "；列表字段只能放字符串、数字或布尔值"))),
                  at: valueOffset(inRecordAt: offset, member: member)))
              }
              kinds[column].insert(kind)
            }
            continue
          }
          if case .object = value {
            throw LoadFailure.diagnostic(place(.jsonShape(Phrase(
              "the value of '\(key)' is an object; kexie loads flat objects (strings, numbers, booleans, null, or arrays of them)",
              zh: "'\(key)' 的值是一个对象；kexie 只读扁平的对象（值是字符串、数字、布尔值、null 或由它们组成的数组）")),
              at: valueOffset(inRecordAt: offset, member: member)))
          }
          if let kind = KindKey(value) { kinds[column].insert(kind) }
        }
      }
      if isArray {
        try forEachRecord(array: true, pass: 0, learn)
      } else {
        // JSON Lines: a line the strict scanner reads whole (a flat object of plain values,
        // every token checked as the parser checks it) is learnt from its bytes; any other
        // line, and every line with an error, goes through the parser, which reports it.
        var scanner = FlatLineScanner(keys: [], types: [], lists: [])
        try forEachLine(reporter(pass: 0)) { buffer, from, to throws(LoadFailure) in
          if scanner.learn(buffer, from: from, to: to) {
            recordCount += 1
            for (member, found) in scanner.learnt.enumerated() {
              var column = found.column
              if column < 0 {
                let key = String(decoding: UnsafeBufferPointer(rebasing: buffer[found.keyStart..<found.keyEnd]), as: UTF8.self)
                if let known = index[key] { column = known } else { column = try newColumn(key, offset: from, member: member) }
                scanner.register(Array(buffer[found.keyStart..<found.keyEnd]))
              }
              switch found.kind {
              case .integer(let number):
                kinds[column].insert(.integer)
                if number.magnitude > 1 << 53, wideIntegers[column] == nil { wideIntegers[column] = (number, found.valueStart) }
              case .decimal: kinds[column].insert(.decimal)
              case .bool: kinds[column].insert(.bool)
              case .text: kinds[column].insert(.text)
              case .null: break
              }
            }
            return
          }
          let (members, number) = try parseLine(buffer, from: from, to: to)
          let before = names.count
          try learn(from, members, number)
          for column in before..<names.count { scanner.register(Array(names[column].utf8)) }
        }
      }
      guard recordCount > 0 else {
        throw LoadFailure.diagnostic(.emptyData(file: name, Phrase("there are no records to learn the columns from", zh: "一条记录也没有，看不出有哪些列")))
      }
      var types: [DataType] = kinds.map(KindKey.type)
      var notes: [Diagnostic] = []
      // Integers beyond 2^53 beside decimals: as decimals they would change, so the column is text.
      for (column, (number, offset)) in wideIntegers.sorted(by: { $0.key < $1.key }) where types[column] == .decimal {
        types[column] = .text
        notes.append(.keptAsText(
          column: names[column], file: name, value: String(number), line: line(at: offset),
          why: .wouldLoseDigits))
      }
      // Numbers kept as their text: said once per column.
      for (column, number) in unrepresentable.sorted(by: { $0.key < $1.key })
      where !notes.contains(where: { $0.message.contains("column '\(names[column])'") }) {
        let why: Phrase = number.text.contains(where: { $0 == "e" || $0 == "E" || $0 == "." }) ? .beyondDecimals : .beyondIntegers
        notes.append(.keptAsText(column: names[column], file: name, value: number.text, line: line(at: number.offset), why: why))
      }
      var builders = types.indices.map { ColumnBuilder(type: types[$0], list: lists[$0]) }
      var row = [Value](repeating: .null, count: names.count)
      func append(_ members: [(String, JSONValue)]) {
        for column in row.indices { row[column] = .null }
        for (key, value) in members {
          guard let column = index[key] else { continue }
          if case .array(let items) = value {
            row[column] = .list(items.map { cell($0, as: types[column]) })
          } else {
            row[column] = cell(value, as: types[column])
          }
        }
        for (column, value) in row.enumerated() { builders[column].append(value) }
      }
      if isArray {
        try forEachRecord(array: true, pass: 1) { _, members, _ in append(members) }
      } else {
        // JSON Lines, already checked by the first pass: a flat line of plain values goes
        // straight from its bytes into the builders; anything else (escapes, arrays, a value
        // of another type than its column's) through the parser.
        var scanner = FlatLineScanner(keys: names.map { Array($0.utf8) }, types: types, lists: lists)
        try forEachLine(reporter(pass: 1)) { buffer, from, to throws(LoadFailure) in
          if scanner.learn(buffer, from: from, to: to), scanner.fits() {
            scanner.apply(to: &builders, buffer)
            return
          }
          // Checked by the first pass: it parses.
          guard let (members, _) = try? parseLine(buffer, from: from, to: to) else { return }
          append(members)
        }
      }
      let fields = names.indices.map { Field(names[$0], types[$0], list: lists[$0], summary: "loaded from \(name)") }
      return .success(Table(name: tableName, fields: fields, columns: builders.map { $0.build() }, rowCount: recordCount, notes: notes))
    } catch {
      return .failure(error)
    }
  }

  /// Each record in turn — the elements of `[ {…}, {…} ]`, or the objects of JSON Lines —
  /// with its offset, its members and a number in it that no type holds (kept as its text).
  /// Progress counts pass 0 as the first half of the load and pass 1 as the second.
  func forEachRecord(
    array: Bool, pass: Int,
    _ body: (Int, [(String, JSONValue)], (text: String, offset: Int)?) throws(LoadFailure) -> Void
  ) throws(LoadFailure) {
    let report = reporter(pass: pass)
    if array {
      try forEachArrayRecord(report, body)
    } else {
      try forEachLineRecord(report, body)
    }
  }

  enum KindKey: Hashable {
    case bool, integer, decimal, text

    /// The kind of a scalar; nil for null, arrays and objects.
    init?(_ value: JSONValue) {
      switch value {
      case .bool: self = .bool
      case .integer: self = .integer
      case .decimal: self = .decimal
      case .string: self = .text
      case .null, .array, .object: return nil
      }
    }

    var type: DataType {
      switch self {
      case .bool: .bool
      case .integer: .integer
      case .decimal: .decimal
      case .text: .text
      }
    }

    /// The narrowest type that holds every kind seen (`DataType.widened`); text when none.
    static func type(of kinds: Set<KindKey>) -> DataType {
      let widest = kinds.reduce(DataType.null) { $0.widened(with: $1.type) }
      return widest == .null ? .text : widest
    }
  }

  /// A value for an inferred column: a value that does not fit the column's type is its text.
  func cell(_ value: JSONValue, as type: DataType) -> Value {
    value.cell(as: type, lenient: true) ?? .null
  }

  /// Where the value of a record's member starts. Only an error needs it, so the record is
  /// parsed again here rather than every offset kept for every record.
  func valueOffset(inRecordAt offset: Int, member: Int) -> Int {
    bytes.withUnsafeBufferPointer { buffer in
      var parser = JSONParser(buffer, from: offset)
      var offsets: [Int]? = []
      _ = try? parser.parseMembers(valueOffsets: &offsets)
      return offsets.flatMap { member < $0.count ? $0[member] : nil } ?? offset
    }
  }

  /// The diagnostic placed on the line of a byte offset.
  public func place(_ diagnostic: Diagnostic, at offset: Int) -> Diagnostic {
    bytes.withUnsafeBufferPointer { DataPosition(file: name, line: line(at: offset), bytes: $0, offset: offset).attach(diagnostic) }
  }

  /// The 1-based line a byte offset is on.
  public func line(at offset: Int) -> Int {
    bytes.withUnsafeBufferPointer { buffer in
      buffer[..<min(offset, buffer.count)].reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }
  }

  /// The offset of the first byte that is not UTF-8 (the count when all are), checked 16 MB
  /// at a time so a mapped file's pages are given back behind the check.
  func firstInvalidUTF8() throws(LoadFailure) -> Int {
    try bytes.withUnsafeBufferPointer { buffer throws(LoadFailure) in
      var from = 0
      while from < buffer.count {
        var to = min(from + (16 << 20), buffer.count)
        // Not inside a character: back to the start of the one the piece would cut.
        while to < buffer.count, to > from, buffer[to] & 0xC0 == 0x80 { to -= 1 }
        if to == from { to = buffer.count }
        let bad = JSONParser.firstInvalidUTF8(UnsafeBufferPointer(rebasing: buffer[from..<to]))
        if from + bad < to { return from + bad }
        try bytes.release(before: to)
        from = to
      }
      try bytes.releaseAll()
      return buffer.count
    }
  }

  func syntaxError(_ error: JSONError) -> LoadFailure {
    .diagnostic(place(.jsonSyntax(error.message), at: error.offset))
  }

  func shapeError(at offset: Int, _ message: Phrase) -> LoadFailure {
    .diagnostic(place(.jsonShape(message), at: offset))
  }

  /// `[ {…}, {…} ]`
  func forEachArrayRecord(
    _ report: (Int) -> Bool, _ body: (Int, [(String, JSONValue)], (text: String, offset: Int)?) throws(LoadFailure) -> Void
  ) throws(LoadFailure) {
    try bytes.withUnsafeBufferPointer { buffer throws(LoadFailure) in
      var parser = JSONParser(buffer, from: start)
      var count = 0
      parser.skipWhitespace()
      parser.position += 1  // '['
      parser.skipWhitespace()
      if parser.position < buffer.count, buffer[parser.position] == UInt8(ascii: "]") {
        parser.position += 1
      } else {
        while true {
          parser.skipWhitespace()
          let start = parser.offset
          let value: JSONValue
          do throws(JSONError) { value = try parser.parseValue() } catch { throw syntaxError(error) }
          guard case .object(let members) = value else {
            throw shapeError(at: start, Phrase("each element of the array must be an object, found \(value.kindName.en)", zh: Phrase.chinese("数组的每个元素都应该是对象，这里是", value.kindName.zh)))
          }
          let number = parser.unrepresentable
          parser.unrepresentable = nil
          try body(start, members, number)
          count += 1
          if count & 0xFFFF == 0 {
            if !report(parser.position) { throw LoadFailure.diagnostic(.cancelled()) }
            try bytes.release(before: start)
          }
          parser.skipWhitespace()
          guard parser.position < buffer.count else { throw syntaxError(JSONError(message: Phrase("the array is not closed", zh: "数组没有闭合"), offset: parser.position)) }
          if buffer[parser.position] == UInt8(ascii: ",") {
            parser.position += 1
            continue
          }
          if buffer[parser.position] == UInt8(ascii: "]") {
            parser.position += 1
            break
          }
          throw syntaxError(JSONError(message: Phrase("expected ',' or ']' in the array", zh: "数组里这里应该是 ',' 或 ']'"), offset: parser.position))
        }
      }
      parser.skipWhitespace()
      if parser.position < buffer.count { throw syntaxError(JSONError(message: Phrase("unexpected text after the array", zh: "数组后面还有多余的文字"), offset: parser.position)) }
      // As after a pass over lines: the pages given back, the file checked before the next.
      try bytes.releaseAll()
    }
  }

  /// One object per line (numbers no type holds are kept as their text), for a caller that
  /// checks records against a schema of its own (the report's sets).
  public func lineRecords() throws(LoadFailure) -> [(offset: Int, members: [(String, JSONValue)])] {
    var records: [(offset: Int, members: [(String, JSONValue)])] = []
    try forEachLineRecord({ _ in true }) { offset, members, _ throws(LoadFailure) in records.append((offset, members)) }
    return records
  }

  /// Progress for pass 0 (the first half of a load) or pass 1 (the second): false stops it.
  func reporter(pass: Int) -> (Int) -> Bool {
    let total = bytes.count
    return { done in self.progress?((pass * total + done) / 2, total) ?? true }
  }

  /// The byte range of each line of JSON Lines that is not blank, from its first non-blank byte.
  func forEachLine(_ report: (Int) -> Bool, _ body: (UnsafeBufferPointer<UInt8>, Int, Int) throws(LoadFailure) -> Void) throws(LoadFailure) {
    try bytes.withUnsafeBufferPointer { buffer throws(LoadFailure) in
      var count = 0
      var start = self.start
      while start < buffer.count {
        // The line's end by memchr (vectorised) rather than a loop byte by byte.
        var end = buffer.count
        if let base = buffer.baseAddress, let found = memchr(base + start, 0x0A, buffer.count - start) {
          end = UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
        var first = start
        while first < end, buffer[first] == 0x20 || buffer[first] == 0x09 || buffer[first] == 0x0D { first += 1 }
        if first < end {
          try body(buffer, first, end)
          count += 1
          if count & 0xFFFF == 0 {
            if !report(end) { throw LoadFailure.diagnostic(.cancelled()) }
            try bytes.release(before: first)
          }
        }
        start = end + 1
      }
      try bytes.releaseAll()
    }
  }

  /// One object per line; blank lines are skipped.
  func forEachLineRecord(
    _ report: (Int) -> Bool, _ body: (Int, [(String, JSONValue)], (text: String, offset: Int)?) throws(LoadFailure) -> Void
  ) throws(LoadFailure) {
    try forEachLine(report) { buffer, from, to throws(LoadFailure) in
      let (members, number) = try parseLine(buffer, from: from, to: to)
      try body(from, members, number)
    }
  }

  /// A line parsed whole: its members, and a number in it that no type holds.
  func parseLine(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) throws(LoadFailure) -> ([(String, JSONValue)], (text: String, offset: Int)?) {
    var parser = JSONParser(buffer, from: from, to: to)
    let value: JSONValue
    do throws(JSONError) { value = try parser.parseDocument() } catch { throw syntaxError(error) }
    guard case .object(let members) = value else {
      throw shapeError(at: from, Phrase("each line must be a JSON object, found \(value.kindName.en)", zh: Phrase.chinese("每一行都应该是一个 JSON 对象，这里是", value.kindName.zh)))
    }
    return (members, parser.unrepresentable)
  }
}

extension JSONValue {
  /// The one conversion of a scalar JSON value into a cell of a column of `type`: null is
  /// null; an integer in a decimal column is a decimal. Anything else that does not fit is its
  /// text when `lenient` (columns inferred from the data, which text holds), else nil (a
  /// declared schema, such as the report's, that the value breaks). Arrays and objects: nil.
  public func cell(as type: DataType, lenient: Bool) -> Value? {
    switch (self, type) {
    case (.null, _): return .null
    case (.bool(let flag), .bool): return .bool(flag)
    case (.integer(let number), .integer): return .integer(number)
    case (.integer(let number), .decimal): return .decimal(Double(number))
    case (.decimal(let number), .decimal): return .decimal(number)
    case (.string(let text), .text): return .text(text)
    case (.array, _), (.object, _): return nil
    case _ where !lenient: return nil
    case (.string(let text), _): return .text(text)
    case (.bool(let flag), _): return .text(flag ? "true" : "false")
    case (.integer(let number), _): return .text(String(number))
    case (.decimal(let number), _): return .text(Value.format(number))
    }
  }

  var isArray: Bool { if case .array = self { true } else { false } }

  var kindName: Phrase {
    switch self {
    case .null: .same("null")
    case .bool: Phrase("a boolean", zh: "布尔值")
    case .integer, .decimal: Phrase("a number", zh: "数字")
    case .string: Phrase("a string", zh: "字符串")
    case .array: Phrase("an array", zh: "数组")
    case .object: Phrase("an object", zh: "对象")
    }
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
  }

  private(set) var keys: [[UInt8]] = []
  /// The columns by a hash of their key's bytes (`TextDictionary.hash`; a new key on every
  /// line must not make each lookup search every key: 10,000 keys took 15 s).
  private var byHash: [UInt64: [Int]] = [:]
  let types: [DataType]
  let lists: [Bool]
  /// What `learn` read of a line: each member's column (-1 for a key not seen before, with
  /// the key's bytes), its kind, and where its value starts.
  var learnt: [(column: Int, keyStart: Int, keyEnd: Int, kind: Cell, valueStart: Int)] = []
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
    byHash[TextDictionary.hash(key)]?.first { keys[$0].elementsEqual(key) }
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
            guard let value = Double(String(decoding: digits, as: UTF8.self)), value.isFinite else { return false }
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

  /// The column of a key already known, if it is.
  mutating func known(_ key: UnsafeBufferPointer<UInt8>, member: Int) -> Int? {
    if member < lastOrder.count, lastOrder[member] < keys.count, keys[lastOrder[member]].elementsEqual(key) { return lastOrder[member] }
    guard let found = lookup(key) else { return nil }
    if member < lastOrder.count { lastOrder[member] = found } else { lastOrder.append(found) }
    return found
  }

  /// Whether every value `learn` read fits its column as the parser's cell would be: a
  /// known key, not a list column, the column's kind (an integer in a decimal column too).
  func fits() -> Bool {
    learnt.allSatisfy { entry in
      guard entry.column >= 0, !lists[entry.column] else { return false }
      switch (entry.kind, types[entry.column]) {
      case (.null, _), (.integer, .integer), (.integer, .decimal), (.decimal, .decimal), (.bool, .bool), (.text, .text): return true
      default: return false
      }
    }
  }

  /// Appends the line `learn` read and `fits` passed: its values, and null for every column
  /// it did not name.
  mutating func apply(to builders: inout [ColumnBuilder], _ buffer: UnsafeBufferPointer<UInt8>) {
    for entry in learnt {
      let column = entry.column
      switch entry.kind {
      case .null: builders[column].appendNull()
      case .integer(let value) where types[column] == .decimal: builders[column].append(decimal: Double(value))
      case .integer(let value): builders[column].append(integer: value)
      case .decimal(let value): builders[column].append(decimal: value)
      case .bool(let value): builders[column].append(bool: value)
      case .text(let start, let end): builders[column].append(text: UnsafeBufferPointer(rebasing: buffer[start..<end]))
      }
    }
    // `learn` marked the columns this line named in `seen`.
    for column in builders.indices where seen[column] != line { builders[column].appendNull() }
  }
}
