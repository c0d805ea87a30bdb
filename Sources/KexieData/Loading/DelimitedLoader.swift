import KexieDiagnostics

/// Loads CSV (RFC 4180: a header row, `,` between fields, `"` quoting with `""` for a quote,
/// CRLF or LF line ends, an optional BOM) and TSV into a table.
///
/// Two passes over the file, read in chunks: the first checks every record (ragged rows,
/// unclosed quotes, invalid UTF-8 — each reported with its line and column) and infers each
/// column's type; the second builds typed columns with their final size. Nothing is added to
/// the catalog unless the whole file loads.
///
/// Types: a column is integer when every non-empty value is a whole number (without leading
/// zeros, so codes like 007 stay text), decimal when every one is a number, boolean when every
/// one is true or false, and text otherwise. An empty field is null.
public struct DelimitedLoader {
  public let input: ByteInput
  public let separator: UInt8
  public var progress: ((Int, Int) -> Void)?
  /// How much of a file is read at a time (small in tests, to cross chunk boundaries).
  public var chunkSize = ChunkReader.defaultChunkSize

  public init(input: ByteInput, separator: UInt8, progress: ((Int, Int) -> Void)? = nil) {
    self.input = input
    self.separator = separator
    self.progress = progress
  }

  public func load(name: String) -> Result<Table, LoadFailure> {
    do throws(LoadFailure) {
      let reader = try ChunkReader(input, chunkSize: chunkSize)
      var inference = InferenceVisitor()
      try scan(reader, visitor: &inference)
      guard let header = inference.header else {
        throw LoadFailure.diagnostic(.emptyData(file: input.name, "the file is empty: a CSV file needs a header row"))
      }
      var names: [String] = []
      for (index, raw) in header.enumerated() {
        let name = raw.isEmpty ? "column_\(index + 1)" : raw
        if names.contains(name) { throw LoadFailure.diagnostic(.duplicateHeader(name, file: input.name)) }
        names.append(name)
      }
      let types = inference.classes.map(\.type)
      try reader.rewind()
      var builder = BuildVisitor(types: types, rows: inference.rows)
      try scan(reader, visitor: &builder)
      let fields = zip(names, types).map { Field($0, $1, summary: "loaded from \(input.name)") }
      return .success(Table(name: name, fields: fields, columns: builder.columns(), rowCount: inference.rows))
    } catch {
      return .failure(error)
    }
  }

  /// Parses every record, handing fields to the visitor. The first record is the header.
  func scan<V: RecordVisitor>(_ reader: ChunkReader, visitor: inout V) throws(LoadFailure) {
    var position = 0
    var line = 1
    var lineStart = 0  // absolute offset of the current line
    var firstRecord = true
    var fields = FieldList()
    if !(try reader.refill(keeping: 0)) && reader.count == 0 && !reader.finished { return }
    // Skip a UTF-8 byte-order mark.
    if reader.count >= 3, reader.buffer[0] == 0xEF, reader.buffer[1] == 0xBB, reader.buffer[2] == 0xBF { position = 3 }
    var width = -1
    while true {
      // Parse one record from `position`; if the window ends inside it, read more and retry.
      let outcome = reader.buffer.withUnsafeBufferPointer { buffer in
        parseRecord(buffer, count: reader.count, from: position, atEnd: reader.finished, fields: &fields)
      }
      switch outcome {
      case .needMore:
        let start = position
        guard try reader.refill(keeping: start) else {
          return  // nothing left
        }
        position = 0
        progress?(reader.base, reader.totalSize)
        continue
      case .endOfInput:
        return
      case .unclosedQuote(let quoteAt):
        throw LoadFailure.diagnostic(place(.unclosedQuote(), reader, at: quoteAt, line: line, lineStart: lineStart))
      case .record(let next, let newlines, let lastNewline):
        let recordLine = line
        // Blank lines are skipped.
        let blank = fields.count == 1 && fields.ends[0] == fields.starts[0] && !fields.quoted[0]
        if !blank {
          if let bad = reader.buffer.withUnsafeBufferPointer({ firstInvalidUTF8($0, fields: fields) }) {
            throw LoadFailure.diagnostic(place(.invalidUTF8InData(byteOffset: reader.base + bad), reader, at: bad, line: line, lineStart: lineStart))
          }
          if firstRecord {
            width = fields.count
          } else if fields.count != width {
            // Point at the first field too many, or at the end of a row that is too short.
            let at = fields.count > width ? fields.starts[width] : fields.ends[fields.count - 1]
            let length = fields.count > width ? fields.ends[fields.count - 1] - at : 0
            throw LoadFailure.diagnostic(place(.raggedRow(expected: width, found: fields.count), reader, at: at, length: length, line: recordLine, lineStart: lineStart))
          }
          reader.buffer.withUnsafeBufferPointer { buffer in
            visitor.record(buffer, fields: fields, header: firstRecord)
          }
          firstRecord = false
        }
        line += newlines
        if newlines > 0 { lineStart = reader.base + lastNewline + 1 }
        position = next
      }
    }
  }

  /// The diagnostic placed on the line of `offset` (an offset into the read window).
  func place(_ diagnostic: Diagnostic, _ reader: ChunkReader, at offset: Int, length: Int = 1, line: Int, lineStart: Int) -> Diagnostic {
    // The record may span lines: count the line breaks between its line's start and offset.
    let from = max(lineStart - reader.base, 0)
    var errorLine = line
    if from < offset {
      for index in from..<min(offset, reader.count) where reader.buffer[index] == UInt8(ascii: "\n") { errorLine += 1 }
    }
    return reader.buffer.withUnsafeBufferPointer { buffer in
      DataPosition(file: input.name, line: errorLine, bytes: UnsafeBufferPointer(rebasing: buffer[0..<reader.count]), offset: offset, length: length)
        .attach(diagnostic)
    }
  }

  enum Outcome {
    case record(next: Int, newlines: Int, lastNewline: Int)
    case needMore
    case endOfInput
    case unclosedQuote(at: Int)
  }

  /// One record starting at `start`: its fields' ranges go into `fields`.
  func parseRecord(_ buffer: UnsafeBufferPointer<UInt8>, count: Int, from start: Int, atEnd: Bool, fields: inout FieldList) -> Outcome {
    if start >= count { return atEnd ? .endOfInput : .needMore }
    fields.removeAll()
    var index = start
    var newlines = 0
    var lastNewline = -1
    let quote = UInt8(ascii: "\"")
    let newline = UInt8(ascii: "\n")
    let carriage = UInt8(ascii: "\r")
    while true {
      // One field.
      if index < count, buffer[index] == quote {
        let open = index
        index += 1
        var escaped = false
        while true {
          guard index < count else { return atEnd ? .unclosedQuote(at: open) : .needMore }
          let byte = buffer[index]
          if byte == quote {
            if index + 1 < count, buffer[index + 1] == quote {
              escaped = true
              index += 2
              continue
            }
            if index + 1 >= count, !atEnd { return .needMore }
            break
          }
          if byte == newline {
            newlines += 1
            lastNewline = index
          }
          index += 1
        }
        fields.append(open + 1, index, quoted: true, escaped: escaped)
        index += 1  // closing quote
        // Lenient: anything up to the separator after a closing quote is ignored.
        while index < count, buffer[index] != separator, buffer[index] != newline, buffer[index] != carriage { index += 1 }
      } else {
        let fieldStart = index
        while index < count, buffer[index] != separator, buffer[index] != newline { index += 1 }
        if index >= count, !atEnd { return .needMore }
        var fieldEnd = index
        if fieldEnd > fieldStart, buffer[fieldEnd - 1] == carriage, index >= count || buffer[index] == newline { fieldEnd -= 1 }
        fields.append(fieldStart, fieldEnd, quoted: false, escaped: false)
      }
      if index >= count {
        if !atEnd { return .needMore }
        return .record(next: count, newlines: newlines, lastNewline: lastNewline)
      }
      let byte = buffer[index]
      if byte == separator {
        index += 1
        continue
      }
      if byte == carriage, index + 1 < count, buffer[index + 1] == newline { index += 1 }
      if byte == carriage, index + 1 >= count, !atEnd { return .needMore }
      if buffer[index] == newline || byte == carriage {
        newlines += 1
        lastNewline = index
        return .record(next: index + 1, newlines: newlines, lastNewline: lastNewline)
      }
      index += 1
    }
  }

  /// The offset of the first invalid UTF-8 byte in any field, if any.
  func firstInvalidUTF8(_ buffer: UnsafeBufferPointer<UInt8>, fields: FieldList) -> Int? {
    for index in 0..<fields.count {
      let start = fields.starts[index]
      let end = fields.ends[index]
      var ascii = true
      for offset in start..<end where buffer[offset] >= 0x80 {
        ascii = false
        break
      }
      if ascii { continue }
      let slice = UnsafeBufferPointer(rebasing: buffer[start..<end])
      let bad = JSONParser.firstInvalidUTF8(slice)
      if bad < slice.count { return start + bad }
    }
    return nil
  }
}

/// The fields of one record, as ranges into the read window (reused between records).
struct FieldList {
  var starts: [Int] = []
  var ends: [Int] = []
  var quoted: [Bool] = []
  var escaped: [Bool] = []
  var count = 0

  mutating func removeAll() { count = 0 }

  mutating func append(_ start: Int, _ end: Int, quoted isQuoted: Bool, escaped isEscaped: Bool) {
    if count < starts.count {
      starts[count] = start
      ends[count] = end
      quoted[count] = isQuoted
      escaped[count] = isEscaped
    } else {
      starts.append(start)
      ends.append(end)
      quoted.append(isQuoted)
      escaped.append(isEscaped)
    }
    count += 1
  }

  /// Calls `body` with a field's bytes, `""` turned into `"` for escaped quoted fields.
  @inline(__always)
  func withField<R>(
    _ index: Int, in buffer: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8],
    _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) -> R {
    let slice = UnsafeBufferPointer(rebasing: buffer[starts[index]..<ends[index]])
    guard escaped[index] else { return body(slice) }
    scratch.removeAll(keepingCapacity: true)
    var skip = false
    for byte in slice {
      if skip {
        skip = false
        continue
      }
      scratch.append(byte)
      if byte == UInt8(ascii: "\"") { skip = true }
    }
    return scratch.withUnsafeBufferPointer(body)
  }
}

protocol RecordVisitor {
  mutating func record(_ buffer: UnsafeBufferPointer<UInt8>, fields: FieldList, header: Bool)
}
