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
  /// Told how far the load is (bytes done, bytes in all) after each chunk; false stops it
  /// (Ctrl-C): the load fails with E0504 and creates nothing.
  public var progress: ((Int, Int) -> Bool)?
  /// How much of a file is read at a time (small in tests, to cross chunk boundaries).
  public var chunkSize = ChunkReader.defaultChunkSize
  /// How many parts the building pass may run at once (the processors, at most 8), and the
  /// least bytes a part has: a smaller input is built in one pass. Tests set both small.
  public var parallelism = Parallel.processors
  public var minimumPartBytes = 4 << 20

  public init(input: ByteInput, separator: UInt8, progress: ((Int, Int) -> Bool)? = nil) {
    self.input = input
    self.separator = separator
    self.progress = progress
  }

  /// Rows read to guess the column types before the building pass.
  static let sampleRows = 10_000

  public func load(name: String) -> Result<Table, LoadFailure> {
    do throws(LoadFailure) {
      let reader = try ChunkReader(input, chunkSize: chunkSize)
      // Guess the types from a sample, then build in one checked pass. If a value later in
      // the file does not fit its guessed type, start again with a full inference pass.
      var sample = InferenceVisitor(limit: DelimitedLoader.sampleRows)
      try scan(reader, visitor: &sample)
      guard let header = sample.header else {
        throw LoadFailure.diagnostic(.emptyData(file: input.name, Phrase("the file is empty: a CSV file needs a header row", zh: "文件是空的：CSV 文件至少要有一行表头")))
      }
      guard header.count <= Limits.columns.value else {
        throw LoadFailure.diagnostic(.tooManyColumns(Phrase("the header has \(header.count) columns", zh: "表头有 \(header.count) 列"), file: input.name))
      }
      var names: [String] = []
      var seen = Set<String>()
      for (index, raw) in header.enumerated() {
        let name = raw.isEmpty ? "column_\(index + 1)" : raw
        guard seen.insert(name).inserted else { throw LoadFailure.diagnostic(.duplicateHeader(name, file: input.name)) }
        names.append(name)
      }
      var classes = sample.classes
      var rows = sample.rows
      var checking = !sample.sawEverything
      // A column the sample saw only empty in has no type yet: its values later in the file
      // decide it, so read them all before building (a guess of text would keep integers as
      // text).
      if checking, classes.contains(where: \.isUndecided) {
        try reader.rewind()
        var full = InferenceVisitor(limit: nil)
        try scan(reader, visitor: &full)
        classes = full.classes
        rows = full.rows
        checking = false
      }
      var types = classes.map(\.type)
      var lists = classes.map(\.isList)
      if checking {
        // Room for the rows the sample suggests the file has; the stores grow if it is more.
        let perRow = max(1, sample.bytesRead / max(1, sample.rows + 1))
        rows = reader.totalSize / perRow + 64
      }
      var built: (columns: [Column], count: Int)
      while true {
        if let done = try build(reader, types: types, lists: lists, capacity: rows, checking: checking, width: header.count, lineEnds: sample.lineEnds) {
          built = done
          break
        }
        // A guess was wrong: infer from every row, then build without checks.
        try reader.rewind()
        var full = InferenceVisitor(limit: nil)
        try scan(reader, visitor: &full)
        classes = full.classes
        types = full.classes.map(\.type)
        lists = full.classes.map(\.isList)
        rows = full.rows
        checking = false
      }
      let (columns, count) = built
      let fields = names.indices.map { Field(names[$0], columns[$0].type, list: lists[$0], summary: "loaded from \(input.name)") }
      // Columns of numbers kept as text so that no value changes, each said once.
      let notes = names.indices.compactMap { index -> Diagnostic? in
        guard let kept = classes[index].keptAsText else { return nil }
        return .keptAsText(column: names[index], file: input.name, value: kept.value, line: kept.line, why: kept.why)
      }
      return .success(Table(name: name, fields: fields, columns: columns, rowCount: count, notes: notes))
    } catch {
      return .failure(error)
    }
  }

  /// The building pass: typed columns, or nil when a value does not fit its column's
  /// guessed type. A file of at least two parts' worth is built in parts on the processors
  /// (`buildInParts`); one that cannot be is built in one pass here.
  func build(
    _ reader: ChunkReader, types: [DataType], lists: [Bool], capacity: Int, checking: Bool, width: Int, lineEnds: LineEnds
  ) throws(LoadFailure) -> (columns: [Column], count: Int)? {
    let parts = self.parts(of: reader, width: width, lineEnds: lineEnds)
    if parts.count > 1 {
      switch try buildInParts(parts, reader: reader, types: types, lists: lists, capacity: capacity, checking: checking) {
      case .built(let columns, let count): return (columns, count)
      case .mismatch: return nil
      case .again: break
      }
    }
    try reader.rewind()
    var builder = BuildVisitor(types: types, lists: lists, capacity: capacity, checking: checking)
    try scan(reader, visitor: &builder)
    if builder.mismatch { return nil }
    let count = builder.row
    return (builder.takeColumns(), count)
  }

  /// Where a parallel load splits the input: after the first line end past each
  /// 1/n-th of it, for n parts of at least `minimumPartBytes` (one part when the input is
  /// smaller, or one processor). A split may fall inside a quoted field that spans lines:
  /// the part before it then does not end where the next begins, and the load is done again
  /// in one pass (`buildInParts` checks every seam).
  func parts(of reader: ChunkReader, width: Int, lineEnds: LineEnds) -> [Part] {
    let total = reader.totalSize
    let count = min(parallelism, total / max(1, minimumPartBytes))
    guard count > 1 else { return [Part(start: 0, end: Int.max, width: width, lineEnds: lineEnds)] }
    var starts = [0]
    for index in 1..<count {
      guard let start = reader.afterNewline(from: total / count * index, newline: lineEnds.newline), start < total, start > starts[starts.count - 1] else {
        continue
      }
      starts.append(start)
    }
    return starts.indices.map { index in
      Part(start: starts[index], end: index + 1 < starts.count ? starts[index + 1] : Int.max, width: width, lineEnds: lineEnds)
    }
  }

  enum PartsOutcome {
    case built([Column], Int)
    /// A value does not fit its column's guessed type.
    case mismatch
    /// A seam fell inside a record, or a later part found an error (whose line only a pass
    /// from the start can name): build again in one pass.
    case again
  }

  /// What one part's thread leaves behind.
  final class PartResult: @unchecked Sendable {
    var visitor: BuildVisitor?
    var end = 0
    var failure: LoadFailure?
  }

  /// Builds the parts at once, each into columns and dictionaries of its own, checks that
  /// each part ended where the next began, and joins them (`BuildVisitor.join`). Progress is
  /// reported, and Ctrl-C heard, on the calling thread only.
  func buildInParts(
    _ parts: [Part], reader: ChunkReader, types: [DataType], lists: [Bool], capacity: Int, checking: Bool
  ) throws(LoadFailure) -> PartsOutcome {
    let total = max(1, reader.totalSize)
    var readers = [reader]
    for _ in 1..<parts.count { readers.append(try reader.another()) }
    let results = parts.map { _ in PartResult() }
    let report = progress.map { report in { (done: Int) in report(min(done, total), total) } }
    let finished = Parallel.parts(parts.map(\.start), report: report) { index, progress in
      let part = parts[index]
      var loader = self
      loader.progress = { done, _ in progress(done) }
      let bytes = (part.end == Int.max ? total : part.end) - part.start
      var visitor = BuildVisitor(types: types, lists: lists, capacity: Int(Double(capacity) * Double(bytes) / Double(total)) + 64, checking: checking)
      do throws(LoadFailure) {
        try readers[index].rewind(to: part.start)
        results[index].end = try loader.scan(readers[index], visitor: &visitor, part: part)
        results[index].visitor = visitor
      } catch {
        results[index].failure = error
      }
    }
    if !finished { throw LoadFailure.diagnostic(.cancelled()) }
    var visitors: [BuildVisitor] = []
    for index in parts.indices {
      let result = results[index]
      // Part 0 starts where a pass from the start does: its error is that pass's error.
      if let failure = result.failure { if index == 0 { throw failure } else { return .again } }
      guard let visitor = result.visitor else { return .again }
      // Each part's start was checked by the part before it, so a misfit here is real.
      if visitor.mismatch { return .mismatch }
      if index + 1 < parts.count, result.end != parts[index + 1].start { return .again }
      visitors.append(visitor)
      result.visitor = nil
    }
    let count = visitors.reduce(0) { $0 + $1.row }
    return .built(BuildVisitor.join(&visitors), count)
  }

  /// A byte range of the file for one part of a parallel load: the records that start in
  /// `start..<end` (the last may run past `end`), of a file whose header has `width` fields.
  struct Part {
    var start: Int
    var end: Int
    var width: Int
    var lineEnds: LineEnds
  }

  /// Parses every record, handing fields to the visitor. The first record is the header;
  /// given a `part`, only the part's records, none of them a header. Returns the offset
  /// after the last record read (a part checks it ends where the next part starts).
  @discardableResult
  func scan<V: RecordVisitor>(_ reader: ChunkReader, visitor: inout V, part: Part? = nil) throws(LoadFailure) -> Int {
    var position = 0
    var line = 1
    var lineStart = 0  // absolute offset of the current line
    // The first part (or the whole file) starts with the header.
    let first = (part?.start ?? 0) == 0
    var firstRecord = first
    var fields = FieldList()
    if !(try reader.refill(keeping: 0, file: input.name)) && reader.count == 0 && !reader.finished { return reader.base }
    if let part, !first {
      position = part.start - reader.base
      lineStart = part.start
    } else if reader.count >= 3, reader.buffer[0] == 0xEF, reader.buffer[1] == 0xBB, reader.buffer[2] == 0xBF {
      position = 3  // a UTF-8 byte-order mark
    }
    // Lines end with LF or CRLF; a file whose first chunk has carriage returns and no line
    // feed ends its lines with CR alone (old Mac files).
    let lineEnds = part?.lineEnds ?? LineEnds.of(reader.buffer.prefix(reader.count))
    visitor.lineEnds = lineEnds
    var width = first ? -1 : part?.width ?? -1
    let end = part?.end ?? Int.max
    while true {
      // Every record the window holds, read inside one access to it: an access per record
      // (three) cost a retain and a release each, a tenth of a load.
      let stop = try reader.buffer.withUnsafeBufferPointer { buffer throws(LoadFailure) -> WindowEnd in
        while true {
          if reader.base + position >= end { return .done(reader.base + position) }
          // Parse one record from `position`; if the window ends inside it, read more and retry.
          switch parseRecord(buffer, count: reader.count, from: position, atEnd: reader.finished, fields: &fields, lineEnds: lineEnds) {
          case .needMore:
            return .needMore
          case .endOfInput:
            return .done(reader.base + position)
          case .unclosedQuote(let quoteAt):
            throw LoadFailure.diagnostic(place(.unclosedQuote(), reader, at: quoteAt, line: line, lineStart: lineStart, lineEnds: lineEnds))
          case .textAfterQuote(let at):
            throw LoadFailure.diagnostic(place(.textAfterQuote(), reader, at: at, line: line, lineStart: lineStart, lineEnds: lineEnds))
          case .record(let next, let newlines, let lastNewline):
            let recordLine = line
            // Blank lines are skipped.
            let blank = fields.count == 1 && fields[0].end == fields[0].start && !fields[0].quoted
            if !blank {
              if visitor.validates, let bad = firstInvalidUTF8(buffer, from: position, to: next) {
                throw LoadFailure.diagnostic(place(.invalidUTF8InData(byteOffset: reader.base + bad), reader, at: bad, line: line, lineStart: lineStart, lineEnds: lineEnds))
              }
              if firstRecord {
                width = fields.count
              } else if fields.count != width {
                // Point at the first field too many, or at the end of a row that is too short.
                let at = fields.count > width ? fields[width].start : fields[fields.count - 1].end
                let length = fields.count > width ? fields[fields.count - 1].end - at : 0
                throw LoadFailure.diagnostic(place(.raggedRow(expected: width, found: fields.count), reader, at: at, length: length, line: recordLine, lineStart: lineStart, lineEnds: lineEnds))
              }
              let more = visitor.record(buffer, fields: fields, header: firstRecord, bytesSoFar: reader.base + next, line: recordLine)
              firstRecord = false
              if !more { return .done(reader.base + next) }
            }
            line += newlines
            if newlines > 0 { lineStart = reader.base + lastNewline + 1 }
            position = next
          }
        }
      }
      if case .done(let offset) = stop { return offset }
      let start = position
      guard try reader.refill(keeping: start, line: line, file: input.name) else {
        return reader.base + reader.count  // nothing left
      }
      position = 0
      if progress?(reader.base, reader.totalSize) == false { throw LoadFailure.diagnostic(.cancelled()) }
    }
  }

  /// How reading a window of records ended: more bytes are needed for the next record, or
  /// the scan is over at an offset.
  enum WindowEnd {
    case needMore
    case done(Int)
  }

  /// The diagnostic placed on the line of `offset` (an offset into the read window).
  func place(_ diagnostic: Diagnostic, _ reader: ChunkReader, at offset: Int, length: Int = 1, line: Int, lineStart: Int, lineEnds: LineEnds) -> Diagnostic {
    // The record may span lines: count the line breaks between its line's start and offset.
    let from = max(lineStart - reader.base, 0)
    var errorLine = line
    if from < offset {
      for index in from..<min(offset, reader.count) where reader.buffer[index] == lineEnds.newline { errorLine += 1 }
    }
    return reader.buffer.withUnsafeBufferPointer { buffer in
      DataPosition(
        file: input.name, line: errorLine, bytes: UnsafeBufferPointer(rebasing: buffer[0..<reader.count]), offset: offset, length: length,
        newline: lineEnds.newline)
        .attach(diagnostic)
    }
  }

  enum Outcome {
    case record(next: Int, newlines: Int, lastNewline: Int)
    case needMore
    case endOfInput
    case unclosedQuote(at: Int)
    case textAfterQuote(at: Int)
  }

  /// One record starting at `start`: its fields' ranges go into `fields`.
  func parseRecord(
    _ buffer: UnsafeBufferPointer<UInt8>, count: Int, from start: Int, atEnd: Bool, fields: inout FieldList, lineEnds: LineEnds
  ) -> Outcome {
    if start >= count { return atEnd ? .endOfInput : .needMore }
    fields.removeAll()
    var index = start
    var newlines = 0
    var lastNewline = -1
    let quote = UInt8(ascii: "\"")
    let newline = lineEnds.newline
    // The byte before a newline that belongs to it (CR of CRLF); none when CR is the newline.
    let carriage = lineEnds.carriage
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
        // After the closing quote: the separator or the end of the line, nothing else (text
        // there would be dropped: `"p"q` is not a field).
        if index < count, buffer[index] != separator, buffer[index] != newline, Int(buffer[index]) != carriage {
          return .textAfterQuote(at: index)
        }
      } else {
        let fieldStart = index
        index = scanField(buffer, from: index, count: count, newline: newline)
        if index >= count, !atEnd { return .needMore }
        var fieldEnd = index
        if fieldEnd > fieldStart, Int(buffer[fieldEnd - 1]) == carriage, index >= count || buffer[index] == newline { fieldEnd -= 1 }
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
      if Int(byte) == carriage, index + 1 < count, buffer[index + 1] == newline { index += 1 }
      if Int(byte) == carriage, index + 1 >= count, !atEnd { return .needMore }
      if buffer[index] == newline || Int(byte) == carriage {
        newlines += 1
        lastNewline = index
        return .record(next: index + 1, newlines: newlines, lastNewline: lastNewline)
      }
      index += 1
    }
  }

  /// The end of an unquoted field: the first separator or line feed at or after `start`.
  /// Eight bytes at a time: a byte equal to either makes a zero byte after the XOR, which the
  /// classic has-zero-byte test finds.
  @inline(__always)
  func scanField(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, count: Int, newline: UInt8) -> Int {
    guard let base = buffer.baseAddress else { return start }
    var index = start
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let separators = UInt64(separator) &* ones
    let newlines = UInt64(newline) &* ones
    while index + 8 <= count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      let a = word ^ separators
      let b = word ^ newlines
      let found = ((a &- ones) & ~a & highs) | ((b &- ones) & ~b & highs)
      if found != 0 { return index + found.trailingZeroBitCount / 8 }
      index += 8
    }
    while index < count, base[index] != separator, base[index] != newline { index += 1 }
    return index
  }

  /// The offset of the first invalid UTF-8 byte of a record, if any. ASCII is skipped eight
  /// bytes at a time; only records with other bytes are decoded.
  func firstInvalidUTF8(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
    guard let base = buffer.baseAddress, start < end else { return nil }
    var index = start
    while index + 8 <= end {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      if word & 0x8080_8080_8080_8080 != 0 { break }
      index += 8
    }
    while index < end, base[index] < 0x80 { index += 1 }
    guard index < end else { return nil }
    let slice = UnsafeBufferPointer(start: base + index, count: end - index)
    let bad = JSONParser.firstInvalidUTF8(slice)
    return bad < slice.count ? index + bad : nil
  }
}

/// One field of a record: a byte range of the read window.
struct FieldRange {
  var start: Int
  var end: Int
  var quoted: Bool
  var escaped: Bool
}

/// The fields of one record (reused between records, so parsing allocates nothing).
struct FieldList {
  private(set) var items: [FieldRange] = []
  private(set) var count = 0

  mutating func removeAll() { count = 0 }

  @inline(__always)
  mutating func append(_ start: Int, _ end: Int, quoted: Bool, escaped: Bool) {
    let field = FieldRange(start: start, end: end, quoted: quoted, escaped: escaped)
    if count < items.count {
      items[count] = field
    } else {
      items.append(field)
    }
    count += 1
  }

  @inline(__always) subscript(index: Int) -> FieldRange { items[index] }

  /// Calls `body` with a field's bytes, `""` turned into `"` for escaped quoted fields.
  @inline(__always)
  func withField<R>(
    _ index: Int, in buffer: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8],
    _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) -> R {
    let field = items[index]
    let slice = UnsafeBufferPointer(rebasing: buffer[field.start..<field.end])
    guard field.escaped else { return body(slice) }
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
  /// Whether this pass checks UTF-8 (a pass that follows a full checking pass need not).
  var validates: Bool { get }
  /// How the file ends its lines (set before the first record).
  var lineEnds: LineEnds { get set }
  /// Takes one record (starting on `line`); returns false to stop reading.
  mutating func record(_ buffer: UnsafeBufferPointer<UInt8>, fields: FieldList, header: Bool, bytesSoFar: Int, line: Int) -> Bool
}

/// How a file ends its lines: LF or CRLF (the newline is LF, a CR before it belongs to it),
/// or CR alone.
struct LineEnds {
  var newline: UInt8
  /// The byte that may stand before the newline as part of it, as an Int; -1 for none.
  var carriage: Int

  static let lf = LineEnds(newline: UInt8(ascii: "\n"), carriage: Int(UInt8(ascii: "\r")))
  static let cr = LineEnds(newline: UInt8(ascii: "\r"), carriage: -1)

  /// CR alone when the bytes have carriage returns and no line feed, else LF.
  static func of(_ bytes: ArraySlice<UInt8>) -> LineEnds {
    guard bytes.contains(UInt8(ascii: "\r")), !bytes.contains(UInt8(ascii: "\n")) else { return .lf }
    return .cr
  }
}
