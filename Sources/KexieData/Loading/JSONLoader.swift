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
  public let bytes: [UInt8]

  public init(name: String, bytes: [UInt8]) {
    self.name = name
    self.bytes = bytes
  }

  public func load(tableName: String) -> Result<Table, LoadFailure> {
    do throws(LoadFailure) {
      let invalid = bytes.withUnsafeBufferPointer { JSONParser.firstInvalidUTF8($0) }
      if invalid < bytes.count {
        throw LoadFailure.diagnostic(place(.invalidUTF8InData(byteOffset: invalid), at: invalid))
      }
      var records: [(offset: Int, members: [(String, JSONValue)])] = []
      let first = bytes.firstIndex { !(($0 == 0x20) || ($0 == 0x0A) || ($0 == 0x0D) || ($0 == 0x09)) }
      if first != nil, bytes[first ?? 0] == UInt8(ascii: "[") {
        records = try arrayRecords()
      } else {
        records = try lineRecords()
      }
      guard !records.isEmpty else {
        throw LoadFailure.diagnostic(.emptyData(file: name, "there are no records to learn the columns from"))
      }
      // Columns in order of first appearance, and what each holds.
      var names: [String] = []
      var index: [String: Int] = [:]
      var kinds: [Set<KindKey>] = []
      var lists: [Bool] = []
      for record in records {
        for (member, (key, value)) in record.members.enumerated() {
          let column: Int
          if let known = index[key] {
            column = known
          } else {
            column = names.count
            index[key] = column
            names.append(key)
            kinds.append([])
            lists.append(false)
          }
          if case .array(let items) = value {
            lists[column] = true
            for item in items where !item.isNull {
              guard let kind = KindKey(item) else {
                throw LoadFailure.diagnostic(place(.jsonShape(
                  "the array of '\(key)' holds \(item.kindName); a list field holds strings, numbers or booleans"),
                  at: valueOffset(inRecordAt: record.offset, member: member)))
              }
              kinds[column].insert(kind)
            }
            continue
          }
          if case .object = value {
            throw LoadFailure.diagnostic(place(.jsonShape(
              "the value of '\(key)' is an object; kexie loads flat objects (strings, numbers, booleans, null, or arrays of them)"),
              at: valueOffset(inRecordAt: record.offset, member: member)))
          }
          if let kind = KindKey(value) { kinds[column].insert(kind) }
        }
      }
      let types: [DataType] = kinds.map(KindKey.type)
      var builders = types.indices.map { ColumnBuilder(type: types[$0], list: lists[$0]) }
      for record in records {
        var row = [Value](repeating: .null, count: names.count)
        for (key, value) in record.members {
          guard let column = index[key] else { continue }
          if case .array(let items) = value {
            row[column] = .list(items.map { cell($0, as: types[column]) })
          } else {
            row[column] = cell(value, as: types[column])
          }
        }
        for (column, value) in row.enumerated() { builders[column].append(value) }
      }
      let fields = names.indices.map { Field(names[$0], types[$0], list: lists[$0], summary: "loaded from \(name)") }
      return .success(Table(name: tableName, fields: fields, columns: builders.map { $0.build() }, rowCount: records.count))
    } catch {
      return .failure(error)
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
    bytes[..<min(offset, bytes.count)].reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
  }

  func syntaxError(_ error: JSONError) -> LoadFailure {
    .diagnostic(place(.jsonSyntax(error.message), at: error.offset))
  }

  func shapeError(at offset: Int, _ message: String) -> LoadFailure {
    .diagnostic(place(.jsonShape(message), at: offset))
  }

  /// `[ {…}, {…} ]`
  func arrayRecords() throws(LoadFailure) -> [(offset: Int, members: [(String, JSONValue)])] {
    try bytes.withUnsafeBufferPointer { buffer throws(LoadFailure) in
      var parser = JSONParser(buffer)
      var records: [(offset: Int, members: [(String, JSONValue)])] = []
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
            throw shapeError(at: start, "each element of the array must be an object, found \(value.kindName)")
          }
          records.append((start, members))
          parser.skipWhitespace()
          guard parser.position < buffer.count else { throw syntaxError(JSONError(message: "the array is not closed", offset: parser.position)) }
          if buffer[parser.position] == UInt8(ascii: ",") {
            parser.position += 1
            continue
          }
          if buffer[parser.position] == UInt8(ascii: "]") {
            parser.position += 1
            break
          }
          throw syntaxError(JSONError(message: "expected ',' or ']' in the array", offset: parser.position))
        }
      }
      parser.skipWhitespace()
      if parser.position < buffer.count { throw syntaxError(JSONError(message: "unexpected text after the array", offset: parser.position)) }
      return records
    }
  }

  /// One object per line; blank lines are skipped.
  public func lineRecords() throws(LoadFailure) -> [(offset: Int, members: [(String, JSONValue)])] {
    try bytes.withUnsafeBufferPointer { buffer throws(LoadFailure) in
      var records: [(offset: Int, members: [(String, JSONValue)])] = []
      var start = 0
      while start < buffer.count {
        var end = start
        while end < buffer.count, buffer[end] != UInt8(ascii: "\n") { end += 1 }
        var parser = JSONParser(buffer, from: start, to: end)
        parser.skipWhitespace()
        if parser.offset < end {
          let at = parser.offset
          let value: JSONValue
          do throws(JSONError) { value = try parser.parseDocument() } catch { throw syntaxError(error) }
          guard case .object(let members) = value else {
            throw shapeError(at: at, "each line must be a JSON object, found \(value.kindName)")
          }
          records.append((at, members))
        }
        start = end + 1
      }
      return records
    }
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

  var kindName: String {
    switch self {
    case .null: "null"
    case .bool: "a boolean"
    case .integer, .decimal: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }
}
