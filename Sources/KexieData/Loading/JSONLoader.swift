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
  /// Told how far the load is (every 65,536 records of an array, every megabyte of JSON
  /// Lines); false stops it (E0504).
  public var progress: ((Int, Int) -> Bool)?
  /// How many parts JSON Lines may be read in at once (the processors, at most 8), and the
  /// least bytes a part has: a smaller input is read in one. Tests set both small.
  public var parallelism = Parallel.processors
  public var minimumPartBytes = 4 << 20

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

    /// Gives back a mapped file's pages from `released` to `offset` during a pass, and checks
    /// the file was not shortened (nothing for an array); where the next call starts
    /// (`MappedFile.release(from:before:)`).
    func release(from released: Int, before offset: Int) throws(LoadFailure) -> Int {
      if case .mapped(let file) = self { return try file.release(from: released, before: offset) }
      return released
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
  /// 900 MB file of 10,000,000 lines.) JSON Lines of at least two parts' worth is read in
  /// parts on the processors, both passes (`inParts`): a newline always ends a record
  /// there (a string cannot hold one), so every seam is a record's end.
  public func load(tableName: String) -> Result<Table, LoadFailure> {
    do throws(LoadFailure) {
      let isArray = bytes.withUnsafeBufferPointer { buffer in
        buffer[start...].first { !(($0 == 0x20) || ($0 == 0x0A) || ($0 == 0x0D) || ($0 == 0x09)) } == UInt8(ascii: "[")
      }
      var learnt = LearntColumns()
      /// Columns built by the first pass on a guess of the types (JSON Lines), when right.
      var built: [[ColumnBuilder]]?
      if isArray {
        let invalid = try firstInvalidUTF8()
        if invalid < bytes.count {
          throw LoadFailure.diagnostic(place(.invalidUTF8InData(byteOffset: invalid), at: invalid))
        }
        try forEachArrayRecord(reporter(pass: 0)) { offset, members, number throws(LoadFailure) in
          try learnt.learn(offset, members, number, self)
        }
      } else {
        let guess = self.guess()
        (learnt, built) = try learnLines(guess: guess)
        if let guess, guess.columns.names != learnt.names || guess.types != learnt.types || guess.columns.lists != learnt.lists { built = nil }
      }
      guard learnt.records > 0 else {
        throw LoadFailure.diagnostic(.emptyData(file: name, Phrase("there are no records to learn the columns from", zh: "一条记录也没有，看不出有哪些列")))
      }
      let names = learnt.names
      let types = learnt.types
      var notes: [Diagnostic] = []
      // Integers beyond 2^53 beside decimals: as decimals they would change, so the column is text.
      for (column, (number, offset)) in learnt.wideIntegers.sorted(by: { $0.key < $1.key }) where KindKey.type(of: learnt.kinds[column]) == .decimal {
        notes.append(.keptAsText(
          column: names[column], file: name, value: String(number), line: line(at: offset),
          why: .wouldLoseDigits))
      }
      // Numbers kept as their text: said once per column.
      for (column, number) in learnt.unrepresentable.sorted(by: { $0.key < $1.key })
      where !notes.contains(where: { $0.message.contains("column '\(names[column])'") }) {
        let why: Phrase = number.text.contains(where: { $0 == "e" || $0 == "E" || $0 == "." }) ? .beyondDecimals : .beyondIntegers
        notes.append(.keptAsText(column: names[column], file: name, value: number.text, line: line(at: number.offset), why: why))
      }
      let columns: [Column]
      if isArray {
        var rows = JSONRowBuilder(learnt, types: types)
        try forEachArrayRecord(reporter(pass: 1)) { _, members, _ in rows.append(members) }
        columns = rows.builders.map { $0.build() }
      } else if var built = built.take() {
        // Taken, not copied: each part's stores are the only reference to them, so the join
        // moves them rather than copying them (a copy held the table twice).
        columns = JSONLoader.joined(&built, types)
      } else {
        columns = try buildLines(learnt, types: types)
      }
      let fields = names.indices.map { Field(names[$0], types[$0], list: learnt.lists[$0], summary: "loaded from \(name)") }
      return .success(Table(name: tableName, fields: fields, columns: columns, rowCount: learnt.records, notes: notes))
    } catch {
      return .failure(error)
    }
  }

  /// How far one part of a pass over JSON Lines got.
  enum PartLearning {
    /// What the part learnt, and its rows built on the guess, if there was one.
    case learnt(LearntColumns, [ColumnBuilder]?)
    /// The first byte in the part that is not UTF-8.
    case invalid(Int)
    case failed(LoadFailure)
  }

  /// What the first megabyte of JSON Lines says the columns are, for a first pass that
  /// builds them too (as a CSV load guesses from its first rows); nil when it has an error
  /// (the pass from the start reports it, after checking the whole file's UTF-8).
  func guess() -> (columns: LearntColumns, types: [DataType])? {
    let end = afterNewline(from: start + (1 << 20), before: bytes.count)
    guard case .learnt(let sample, _) = learn(start..<end, { _ in true }, guess: nil), sample.records > 0 else { return nil }
    return (sample, sample.types)
  }

  /// The first pass over JSON Lines, in parts: each part checks its bytes are UTF-8 and
  /// learns its records a piece at a time, and the parts are merged in order. Given a guess
  /// of the columns, each part also builds its rows on it: when the merged columns are the
  /// guess, those are the table's and no second pass is needed. The error of one pass from
  /// the start is kept exactly: invalid UTF-8 anywhere comes first (the earliest, as a
  /// whole-file check finds it), then part 0's error; an error in a later part, or more
  /// columns than the limit once merged, is found again by one pass from the start, which
  /// names the first (a limit on keys counts the parts before it too).
  func learnLines(guess: (columns: LearntColumns, types: [DataType])?) throws(LoadFailure) -> (LearntColumns, [[ColumnBuilder]]?) {
    let whole = start..<bytes.count
    let passes = guess == nil ? 2 : 1
    let outcomes = try inParts(parts(), pass: 0, of: passes) { range, report in learn(range, report, guess: guess) }
    let invalid = outcomes.compactMap { outcome -> Int? in if case .invalid(let offset) = outcome { offset } else { nil } }
    if let first = invalid.min() {
      throw LoadFailure.diagnostic(place(.invalidUTF8InData(byteOffset: first), at: first))
    }
    var merged = LearntColumns()
    var built: [[ColumnBuilder]]? = guess == nil ? nil : []
    for (index, outcome) in outcomes.enumerated() {
      switch outcome {
      case .learnt(let part, let rows):
        if index == 0 { merged = part } else { merged.merge(part) }
        if let rows { built?.append(rows) } else { built = nil }
      case .failed(let failure) where index == 0: throw failure
      case .failed, .invalid:  // (any invalid UTF-8 was thrown above)
        throw again(whole)
      }
    }
    if merged.names.count > Limits.columns.value { throw again(whole) }
    return (merged, built)
  }

  /// The error of the first pass from the start, in one part (called when a part failed,
  /// which one pass then does too, at the same place or before; were it to succeed, the
  /// load is stopped as if cancelled rather than given columns it did not check).
  private func again(_ whole: Range<Int>) -> LoadFailure {
    switch learn(whole, reporter(pass: 0), guess: nil) {
    case .failed(let failure): return failure
    case .invalid(let offset): return .diagnostic(place(.invalidUTF8InData(byteOffset: offset), at: offset))
    case .learnt: return .diagnostic(.cancelled())
    }
  }

  /// One part of the first pass: each piece of about 1 MB (whole lines) checked for UTF-8,
  /// then learnt (and built on the guess) while it is in the cache. After an error the rest
  /// of the part is only checked: invalid UTF-8 later in it still comes first.
  func learn(_ range: Range<Int>, _ report: (Int) -> Bool, guess: (columns: LearntColumns, types: [DataType])?) -> PartLearning {
    var learnt = LearntColumns()
    var rows = guess.map { JSONRowBuilder($0.columns, types: $0.types) }
    var failure: LoadFailure?
    var invalid: Int?
    do throws(LoadFailure) {
      try forEachPiece(of: range, report) { buffer, piece throws(LoadFailure) in
        let bad = JSONParser.firstInvalidUTF8(UnsafeBufferPointer(rebasing: buffer[piece]))
        if piece.lowerBound + bad < piece.upperBound {
          invalid = piece.lowerBound + bad
          throw LoadFailure.diagnostic(.cancelled())  // caught below: the part stops here
        }
        guard failure == nil else { return }
        do throws(LoadFailure) {
          try forEachLine(in: piece) { buffer, from, to throws(LoadFailure) in
            switch try learnt.learnLine(buffer, from: from, to: to, self) {
            case .scanned:
              // A value that does not fit the guess: through the parser, as a second pass would.
              if rows?.appendScanned(learnt.scanner.learnt, names: learnt.names, buffer) == false {
                if let (members, _) = try? parseLine(buffer, from: from, to: to) { rows?.append(members) } else { rows = nil }
              }
            case .parsed(let members):
              rows?.append(members)
            }
          }
        } catch {
          failure = error
          rows = nil
        }
      }
    } catch {
      if let invalid { return .invalid(invalid) }
      return .failed(error)
    }
    if let failure { return .failed(failure) }
    return .learnt(learnt, rows?.builders)
  }

  /// The second pass over JSON Lines, in the first pass's parts: each part appends its lines
  /// to builders of its own, joined in order (`ColumnBuilder.joined`).
  func buildLines(_ learnt: LearntColumns, types: [DataType]) throws(LoadFailure) -> [Column] {
    var outcomes = try inParts(parts(), pass: 1) { range, report -> Result<[ColumnBuilder], LoadFailure> in
      var rows = JSONRowBuilder(learnt, types: types)
      do throws(LoadFailure) {
        try forEachPiece(of: range, report) { _, piece in
          forEachLine(in: piece) { buffer, from, to in rows.appendLine(buffer, from: from, to: to, self) }
        }
      } catch {
        return .failure(error)
      }
      return .success(rows.builders)
    }
    var parts: [[ColumnBuilder]] = []
    for index in outcomes.indices {
      parts.append(try outcomes[index].get())
      outcomes[index] = .success([])  // the parts' stores referenced once, so the join moves them
    }
    return JSONLoader.joined(&parts, types)
  }

  /// The parts' builders joined column by column (`ColumnBuilder.joined`), each column's
  /// taken out of the parts first so that the join moves its stores; `parts` is left empty.
  static func joined(_ parts: inout [[ColumnBuilder]], _ types: [DataType]) -> [Column] {
    let pieces = types.indices.map { column in ColumnPieces(parts.map { $0[column] }) }
    parts = []  // the pieces hold the only references to the stores now
    // The columns are joined on every processor: each job reads and frees its own pieces.
    Parallel.run(pieces.count, threads: Parallel.processors) { column in
      pieces[column].column = ColumnBuilder.joined(&pieces[column].builders)
    }
    // (`Parallel.run` runs every job before it returns: each column is there.)
    return pieces.map { $0.column ?? ColumnBuilder(type: .text).build() }
  }

  /// One column's builders from every part, to be joined on a thread of its own.
  final class ColumnPieces: @unchecked Sendable {
    var builders: [ColumnBuilder]
    var column: Column?
    init(_ builders: [ColumnBuilder]) { self.builders = builders }
  }

  /// Where JSON Lines is split for a load in parts: after the first newline past each
  /// 1/n-th of it, for n parts of at least `minimumPartBytes` (one part when it is smaller,
  /// or one processor).
  func parts() -> [Range<Int>] {
    let total = bytes.count
    let count = min(parallelism, (total - start) / max(1, minimumPartBytes))
    guard count > 1 else { return [start..<total] }
    var starts = [start]
    for index in 1..<count {
      let from = start + (total - start) / count * index
      guard from > starts[starts.count - 1] else { continue }
      let next = afterNewline(from: from, before: total)
      if next < total, next > starts[starts.count - 1] { starts.append(next) }
    }
    return starts.indices.map { index in starts[index]..<(index + 1 < starts.count ? starts[index + 1] : total) }
  }

  /// What one part's thread leaves behind.
  final class PartOutcome<Outcome>: @unchecked Sendable {
    var outcome: Outcome?
  }

  /// Runs `body` over each part at once (`Parallel.run`; one part on the calling thread
  /// alone), and then gives back the pages read and checks the file before the next pass.
  /// `body` is told how far it is with the offset its reading has reached: progress counts
  /// pass 0 as the first half of the load and pass 1 as the second, and is reported — and
  /// Ctrl-C heard — on the calling thread only (part 0, and the waiting loop); a stop there
  /// stops every part, and the pass fails with E0504.
  func inParts<Outcome>(
    _ ranges: [Range<Int>], pass: Int, of passes: Int = 2, _ body: @escaping (Range<Int>, (Int) -> Bool) -> Outcome
  ) throws(LoadFailure) -> [Outcome] {
    let results = ranges.map { _ in PartOutcome<Outcome>() }
    let report = reporter(pass: pass, of: passes)
    let finished = Parallel.parts(ranges.map(\.lowerBound), report: { done in report(start + done) }) { index, progress in
      results[index].outcome = body(ranges[index], progress)
    }
    if !finished { throw LoadFailure.diagnostic(.cancelled()) }
    try bytes.releaseAll()
    return results.compactMap(\.outcome)
  }

  /// Pieces of about 1 MB of `range`, each whole lines (it ends after a newline, or at the
  /// range's end); after each, progress is told and the pages behind given back. A false
  /// from `report` stops the pass (E0504).
  func forEachPiece(
    of range: Range<Int>, _ report: (Int) -> Bool,
    _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) throws(LoadFailure) -> Void
  ) throws(LoadFailure) {
    try bytes.withUnsafeBufferPointer { buffer throws(LoadFailure) in
      var from = range.lowerBound
      var released = from
      while from < range.upperBound {
        let to = afterNewline(from: from + (1 << 20), before: range.upperBound)
        try body(buffer, from..<to)
        if !report(to) { throw LoadFailure.diagnostic(.cancelled()) }
        released = try bytes.release(from: released, before: to)
        from = to
      }
    }
  }

  /// The offset after the first newline in `offset..<end`; `end` when there is none (the
  /// end of a part, or of a piece of about a megabyte, is always after a newline).
  func afterNewline(from offset: Int, before end: Int) -> Int {
    guard offset < end else { return end }
    return bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress, let found = memchr(base + offset, 0x0A, end - offset) else { return end }
      return UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
    }
  }

  enum KindKey: Int, CaseIterable {
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
    static func type(of kinds: Kinds) -> DataType {
      let widest = allCases.reduce(DataType.null) { kinds.contains(Kinds($1)) ? $0.widened(with: $1.type) : $0 }
      return widest == .null ? .text : widest
    }
  }

  /// The kinds a column holds, a bit each (a `Set` hashed every value: 8 % of a load).
  struct Kinds: OptionSet {
    let rawValue: UInt8
    init(rawValue: UInt8) { self.rawValue = rawValue }
    init(_ kind: KindKey) { rawValue = 1 << UInt8(kind.rawValue) }
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
      var released = 0
      while from < buffer.count {
        var to = min(from + (16 << 20), buffer.count)
        // Not inside a character: back to the start of the one the piece would cut.
        while to < buffer.count, to > from, buffer[to] & 0xC0 == 0x80 { to -= 1 }
        if to == from { to = buffer.count }
        let bad = JSONParser.firstInvalidUTF8(UnsafeBufferPointer(rebasing: buffer[from..<to]))
        if from + bad < to { return from + bad }
        released = try bytes.release(from: released, before: to)
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
      var released = 0
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
            released = try bytes.release(from: released, before: start)
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
    try forEachLine(in: start..<bytes.count) { buffer, from, to throws(LoadFailure) in
      records.append((from, try parseLine(buffer, from: from, to: to).0))
    }
    return records
  }

  /// Progress for pass 0 (the first half of a load) or pass 1 (the second): false stops it.
  /// (A first pass that also builds, on a guess of the columns, is the whole load: pass 0 of
  /// 1; a second pass after a wrong guess is then told as the second half.)
  func reporter(pass: Int, of passes: Int = 2) -> (Int) -> Bool {
    let total = bytes.count
    return { done in self.progress?((pass * total + done) / passes, total) ?? true }
  }

  /// The byte range of each line of JSON Lines in `range` that is not blank, from its first
  /// non-blank byte (a line starting in the range; `range` ends after a newline, or at the end).
  func forEachLine<E: Error>(in range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>, Int, Int) throws(E) -> Void) throws(E) {
    try bytes.withUnsafeBufferPointer { buffer throws(E) in
      guard let base = buffer.baseAddress else { return }
      var start = range.lowerBound
      while start < range.upperBound {
        // The line's end by memchr (vectorised) rather than a loop byte by byte.
        var end = buffer.count
        if let found = memchr(base + start, 0x0A, buffer.count - start) {
          end = UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
        var first = start
        while first < end, buffer[first] == 0x20 || buffer[first] == 0x09 || buffer[first] == 0x0D { first += 1 }
        if first < end { try body(buffer, first, end) }
        start = end + 1
      }
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
