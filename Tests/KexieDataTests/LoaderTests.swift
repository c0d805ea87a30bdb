import Glibc
import Foundation
import KexieDiagnostics
import Testing

@testable import KexieData

func loadCSV(_ text: String, separator: Character = ",", chunkSize: Int = ChunkReader.defaultChunkSize) -> Result<Table, LoadFailure> {
  var loader = DelimitedLoader(input: .bytes(Array(text.utf8)), separator: UInt8(ascii: separator.unicodeScalars.first!))
  loader.chunkSize = chunkSize
  return loader.load(name: "t")
}

func rows(_ table: Table) -> [[Value]] {
  (0..<table.rowCount).map { row in table.columns.indices.map { table.value(row: row, column: $0) } }
}

func failure(_ result: Result<Table, LoadFailure>) -> Diagnostic? {
  if case .failure(let failure) = result { return failure.diagnostic }
  return nil
}

@Suite struct CSVLoaderTests {
  @Test func typesAreInferred() throws {
    let table = try loadCSV("名称,人数,score,ok,code,mixed\n淅川,12,1.5,true,007,1\n南召,,2.25,FALSE,0377,x\n,3,-1e3,,12,2.5\n").get()
    #expect(table.fields.map(\.type) == [.text, .integer, .decimal, .bool, .text, .text])
    #expect(rows(table) == [
      [.text("淅川"), .integer(12), .decimal(1.5), .bool(true), .text("007"), .text("1")],
      [.text("南召"), .null, .decimal(2.25), .bool(false), .text("0377"), .text("x")],
      [.null, .integer(3), .decimal(-1000), .null, .text("12"), .text("2.5")],
    ])
  }

  @Test func rfc4180Quoting() throws {
    let table = try loadCSV("a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",\"\"\r\n").get()
    #expect(rows(table) == [[.text("x,y"), .text("say \"hi\"")], [.text("two\nlines"), .null]])
  }

  @Test func bomBlankLinesAndNoFinalNewline() throws {
    let table = try loadCSV("\u{FEFF}a,b\n1,2\n\n3,4").get()
    #expect(table.fields.map(\.name) == ["a", "b"])
    #expect(rows(table) == [[.integer(1), .integer(2)], [.integer(3), .integer(4)]])
  }

  @Test func tsv() throws {
    let table = try loadCSV("a\tb c\n1\tx y\n", separator: "\t").get()
    #expect(table.fields.map(\.name) == ["a", "b c"])
    #expect(rows(table) == [[.integer(1), .text("x y")]])
  }

  @Test func chunkBoundariesDoNotChangeTheResult() throws {
    var text = "id,name,note,n\n"
    for row in 0..<300 {
      text += "\(row),\"名称\(row),逗号\",\"第\(row)行\n\"\"引号\"\"\",\(row % 7 == 0 ? "" : String(row * 3))\r\n"
    }
    let whole = try loadCSV(text).get()
    #expect(whole.rowCount == 300)
    for size in [16, 17, 31, 64, 100, 1000] {
      let chunked = try loadCSV(text, chunkSize: size).get()
      #expect(rows(chunked) == rows(whole), "chunk size \(size)")
    }
  }

  @Test func aMisfitAfterTheSampleStartsAgainWithFullInference() throws {
    let sample = DelimitedLoader.sampleRows
    var text = "n,code,d\n"
    for row in 0..<(sample + 50) { text += "\(row),\(row % 9 + 1),\(row)\n" }
    text += "x,007,1.5\n"  // after the sample: n becomes text, code text, d decimal
    let table = try loadCSV(text).get()
    #expect(table.fields.map(\.type) == [.text, .text, .decimal])
    #expect(table.rowCount == sample + 51)
    #expect(rows(table).last == [.text("x"), .text("007"), .decimal(1.5)])
    #expect(rows(table).first == [.text("0"), .text("1"), .decimal(0)])
  }

  @Test func rowsBeyondTheSampleEstimateMakeTheStoresGrow() throws {
    let sample = DelimitedLoader.sampleRows
    var text = "id,note\n"
    // Long rows in the sample, short ones after: the estimate of the row count is far too low.
    for row in 0..<sample { text += "\(row),\(String(repeating: "很长的备注", count: 20))\n" }
    for row in sample..<(sample * 3) { text += "\(row),x\n" }
    let table = try loadCSV(text).get()
    #expect(table.rowCount == sample * 3)
    #expect(table.value(row: sample * 3 - 1, column: 0) == .integer(Int64(sample * 3 - 1)))
  }

  @Test func raggedRowsAreErrorsWithTheirLineAndColumn() {
    let found = failure(loadCSV("a,b\n1,2\n淅川,4,5\n"))
    #expect(found?.code == .raggedRow)
    #expect(found?.message == "row has 3 fields, the header has 2")
    #expect(found.map { DiagnosticRenderer().render($0) }?.hasPrefix("<input>:3:6: error[E0601]") == true)
    #expect(failure(loadCSV("a,b\n1\n"))?.code == .raggedRow)
  }

  @Test func unclosedQuote() {
    let found = failure(loadCSV("a,b\n1,2\n3,\"open\n4,5\n"))
    #expect(found?.code == .unclosedQuote)
    #expect(found.map { DiagnosticRenderer().render($0) }?.hasPrefix("<input>:3:3: error[E0602]") == true)
  }

  @Test func invalidUTF8NamesItsByte() {
    let bytes = Array("a,b\n1,ok\n2,".utf8) + [0xE6, 0x28] + Array("\n".utf8)
    let result = DelimitedLoader(input: .bytes(bytes), separator: UInt8(ascii: ",")).load(name: "t")
    let found = failure(result)
    #expect(found?.code == .invalidUTF8InData)
    #expect(found?.message == "invalid UTF-8 at byte offset 11")
  }

  @Test func headersMustBeUniqueAndPresent() {
    #expect(failure(loadCSV("a,a\n1,2\n"))?.code == .duplicateHeader)
    #expect(failure(loadCSV(""))?.code == .emptyData)
    #expect((try? loadCSV("a,,c\n1,2,3\n").get())?.fields.map(\.name) == ["a", "column_2", "c"])
  }

  @Test func numbersAreExact() throws {
    let table = try loadCSV("i,d\n9223372036854775807,0.1\n-9223372036854775808,123456.789\n").get()
    #expect(rows(table) == [[.integer(Int64.max), .decimal(0.1)], [.integer(Int64.min), .decimal(123456.789)]])
    // One value beyond 64 bits: the column stays text, every digit kept, and a warning says why.
    let big = try loadCSV("i\n1\n9223372036854775808\n").get()
    #expect(big.fields[0].type == .text)
    #expect(rows(big) == [[.text("1")], [.text("9223372036854775808")]])
    #expect(big.notes.map(\.code) == [.keptAsText])
    #expect(big.notes.first?.message.contains("9223372036854775808 (line 3) does not fit a 64-bit integer") == true)
  }

  @Test func noNumberChangesItsDigits() throws {
    // An integer beyond 2^53 beside a decimal would round as a decimal: text.
    let wide = try loadCSV("n\n9007199254740993\n1.5\n").get()
    #expect(rows(wide) == [[.text("9007199254740993")], [.text("1.5")]])
    #expect(wide.notes.first?.message.contains("would lose digits as a decimal") == true)
    // Alone, such integers are exact integers.
    #expect(rows(try loadCSV("n\n9007199254740993\n").get()) == [[.integer(9_007_199_254_740_993)]])
    // 1e400 is no decimal: text, not infinity.
    let huge = try loadCSV("x\n1e400\n2\n").get()
    #expect(rows(huge) == [[.text("1e400")], [.text("2")]])
    #expect(huge.notes.first?.message.contains("beyond the largest decimal") == true)
    // Ordinary text columns say nothing.
    #expect(try loadCSV("x\nabc\n99999999999999999999\n").get().notes.isEmpty)
  }

  @Test func textAfterAClosingQuoteIsAnErrorNotDropped() {
    let found = failure(loadCSV("a,b\n\"p\"q,1\n"))
    #expect(found?.code == .textAfterQuote)
    #expect(found?.source?.location(of: found?.range?.start ?? 0).column == 4)
    // A quoted field followed by the separator, CRLF or the end is fine.
    #expect(rows(try! loadCSV("a,b\r\n\"p\",\"q\"\r\n").get()) == [[.text("p"), .text("q")]])
  }

  @Test func carriageReturnsAloneEndLines() throws {
    let table = try loadCSV("a,b\r1,x\r2,\"y\rz\"\r").get()
    #expect(table.fields.map(\.name) == ["a", "b"])
    #expect(rows(table) == [[.integer(1), .text("x")], [.integer(2), .text("y\rz")]])
  }

  @Test func aColumnEmptyThroughTheSampleIsTypedByItsLaterValues() throws {
    var text = "id,late\n"
    for row in 0..<(DelimitedLoader.sampleRows + 10) { text += "\(row),\(row < DelimitedLoader.sampleRows ? "" : String(row))\n" }
    let table = try loadCSV(text).get()
    #expect(table.fields[1].type == .integer)
    #expect(table.value(row: DelimitedLoader.sampleRows + 1, column: 1) == .integer(Int64(DelimitedLoader.sampleRows + 1)))
  }

  @Test func aWideHeaderLoadsInLinearTime() throws {
    // 9,000 columns: a quadratic duplicate check made 100,000 take 11 s.
    let header = (0..<9_000).map { "c\($0)" }.joined(separator: ",")
    let table = try loadCSV(header + "\n" + (0..<9_000).map(String.init).joined(separator: ",") + "\n").get()
    #expect(table.fields.count == 9_000)
    let tooWide = (0..<(Limits.columns.value + 1)).map { "c\($0)" }.joined(separator: ",")
    #expect(failure(loadCSV(tooWide + "\n"))?.code == .inputTooLarge)
  }

  @Test func aFIFOLoadsWhole() throws {
    // A FIFO cannot be read twice; before, the second pass lost the rows the first read.
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kexie-fifo-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("rows.csv").path
    #expect(mkfifo(path, 0o600) == 0)
    var written = "n,name\n"
    for row in 0..<50_000 { written += "\(row),名\(row)\n" }
    let data = Data(written.utf8)
    let writer = Thread {
      if let handle = FileHandle(forWritingAtPath: path) {
        handle.write(data)
        try? handle.close()
      }
    }
    writer.start()
    let table = try DelimitedSource.csv.load(.file(path), name: "t", progress: nil).get()
    #expect(table.rowCount == 50_000)
    #expect(table.value(row: 0, column: 0) == .integer(0))
  }

  @Test func aFileThatNeverEndsStopsAtALimit() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kexie-zero-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("zero.csv").path
    try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero")
    let found = failure(DelimitedSource.csv.load(.file(path), name: "t", progress: nil))
    #expect(found?.code == .inputTooLarge)
    // A regular file with one endless line stops at the record limit, naming its line.
    var line = [UInt8](repeating: UInt8(ascii: "a"), count: Limits.recordBytes.value + 10)
    line.insert(contentsOf: Array("h\n".utf8), at: 0)
    let file = directory.appendingPathComponent("long.csv")
    try Data(line).write(to: file)
    let record = failure(DelimitedSource.csv.load(.file(file.path), name: "t", progress: nil))
    #expect(record?.code == .inputTooLarge)
    #expect(record?.message.contains("line 2") == true)
  }

  @Test func anErrorOnALongLineHasTheLinesColumn() {
    // Before, the column was counted from a 2,000-byte window, not the line's start.
    let found = failure(loadCSV("a,b\n" + String(repeating: "x", count: 5_000) + ",\"p\"q\n"))
    #expect(found?.code == .textAfterQuote)
    #expect(found?.source?.location(of: found?.range?.start ?? 0).column == 5_005)
  }

  @Test func aFileOnDisk() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("kexie-\(UUID()).csv")
    try "a,b\n1,淅川\n".write(to: url, atomically: true, encoding: .utf8)
    let table = try DelimitedSource.csv.load(.file(url.path), name: "t", progress: nil).get()
    #expect(rows(table) == [[.integer(1), .text("淅川")]])
    #expect(failure(DelimitedSource.csv.load(.file("/no/such.csv"), name: "t", progress: nil))?.code == .unreadableFile)
  }

  @Test func defaultNames() {
    #expect(TableSources.defaultName(for: "/data/contest results.csv") == "contest_results")
    #expect(TableSources.defaultName(for: "参赛名单.jsonl") == "参赛名单")
    #expect(TableSources.defaultName(for: "2021.csv") == "t_2021")
    #expect(TableSources.forPath("x.NDJSON")?.format == "json")
    #expect(TableSources.forPath("x.tab")?.format == "tsv")
    #expect(TableSources.forPath("x.xlsx") == nil)
    #expect(TableSources.sniff(Array("{\"a\": 1}".utf8)[...]).format == "json")
    #expect(TableSources.sniff(Array("a\tb\n1\t2".utf8)[...]).format == "tsv")
    #expect(TableSources.sniff(Array("a,b\n1,2".utf8)[...]).format == "csv")
  }
}

@Suite struct JSONLoaderTests {
  @Test func aKeyTwiceIsAnError() {
    let found = failure(JSONLoader(name: "t.jsonl", bytes: Array("{\"a\":1,\"b\":2,\"a\":3}\n".utf8)).load(tableName: "t"))
    #expect(found?.code == .duplicateKey)
    #expect(found?.message == "the object names 'a' twice")
  }

  @Test func aByteOrderMarkIsSkipped() throws {
    let table = try JSONLoader(name: "t.json", bytes: [0xEF, 0xBB, 0xBF] + Array("[{\"a\":1}]".utf8)).load(tableName: "t").get()
    #expect(rows(table) == [[.integer(1)]])
  }

  @Test func numbersNoTypeHoldsKeepTheirText() throws {
    let table = try JSONLoader(name: "t.jsonl", bytes: Array("{\"a\":12345678901234567890}\n{\"a\":1}\n{\"b\":1e400}\n".utf8)).load(tableName: "t").get()
    #expect(rows(table) == [[.text("12345678901234567890"), .null], [.text("1"), .null], [.null, .text("1e400")]])
    #expect(table.notes.map(\.code) == [.keptAsText, .keptAsText])
    let wide = try JSONLoader(name: "t.jsonl", bytes: Array("{\"a\":9007199254740993}\n{\"a\":0.5}\n".utf8)).load(tableName: "t").get()
    #expect(rows(wide) == [[.text("9007199254740993")], [.text("0.5")]])
  }

  @Test func aNewKeyOnEveryLineStopsAtTheColumnLimit() {
    let text = (0...Limits.columns.value).map { "{\"k\($0)\": \($0)}" }.joined(separator: "\n")
    #expect(failure(JSONLoader(name: "t.jsonl", bytes: Array(text.utf8)).load(tableName: "t"))?.code == .inputTooLarge)
  }

  func load(_ text: String) -> Result<Table, LoadFailure> {
    JSONLoader(name: "t.json", bytes: Array(text.utf8)).load(tableName: "t")
  }

  @Test func arrayOfObjects() throws {
    let table = try load(#"[{"k": "淅川", "n": 1, "x": 1.5}, {"n": 2, "k": null, "y": true}]"#).get()
    #expect(table.fields.map(\.name) == ["k", "n", "x", "y"])
    #expect(table.fields.map(\.type) == [.text, .integer, .decimal, .bool])
    #expect(rows(table) == [[.text("淅川"), .integer(1), .decimal(1.5), .null], [.null, .integer(2), .null, .bool(true)]])
  }

  @Test func jsonLines() throws {
    let table = try load("{\"a\": 1}\n\n{\"a\": 2.5, \"b\": \"x\"}\n{\"a\": \"text\"}\n").get()
    #expect(table.fields.map(\.type) == [.text, .text])
    #expect(rows(table).map { $0[0] } == [.text("1"), .text("2.5"), .text("text")])
  }

  @Test func errorsArePlaced() {
    let syntax = failure(load("{\"a\": 1}\n{\"a\": }\n"))
    #expect(syntax?.code == .jsonSyntax)
    #expect(syntax.map { DiagnosticRenderer().render($0) }?.hasPrefix("t.json:2:7: error[E0604]") == true)
    #expect(failure(load("[1, 2]"))?.code == .jsonShape)
    #expect(failure(load(#"{"a": [[1]]}"#))?.code == .jsonShape)
    #expect(failure(load(#"{"a": [{"b": 1}]}"#))?.code == .jsonShape)
    // A nested value is pointed at, not the record that holds it: column 21 in characters, the
    // caret under it in display columns (县淅川 are two each, so 23 columns precede the '{').
    let nested = failure(load("{\"a\": 1}\n{\"县\": \"淅川\", \"tags\": {\"x\": 1}}\n"))
    #expect(nested?.code == .jsonShape)
    let rendered = nested.map { DiagnosticRenderer().render($0) } ?? ""
    #expect(rendered.hasPrefix("t.json:2:21: error[E0605]"), "\(rendered)")
    #expect(rendered.contains("\n  | " + String(repeating: " ", count: 23) + "^\n"), "\(rendered)")
    #expect(failure(load("[]"))?.code == .emptyData)
    #expect(failure(load("[{\"a\": 1}"))?.code == .jsonSyntax)
  }
}

/// No file can crash a loader: random bytes built from CSV and JSON pieces, and raw bytes.
/// JSON arrays become list fields, and a list written to CSV as a JSON array loads back.
@Suite struct ListLoadingTests {
  @Test func jsonArraysAreListFields() throws {
    let json = #"[{"n": "a", "c": ["淅川", "南召"]}, {"n": "b", "c": []}, {"n": "c", "c": "社旗"}, {"n": "d"}, {"n": "e", "c": [1, null]}]"#
    let table = try JSONLoader(name: "t.json", bytes: Array(json.utf8)).load(tableName: "t").get()
    #expect(table.fields.map(\.isList) == [false, true])
    #expect(table.fields[1].type == .text)
    #expect(rows(table).map { $0[1] } == [
      .list([.text("淅川"), .text("南召")]), .null, .list([.text("社旗")]), .null, .list([.text("1")]),
    ])
    let numbers = try JSONLoader(name: "t.json", bytes: Array(#"{"x": [1, 2]}"#.utf8)).load(tableName: "t").get()
    #expect(numbers.fields[0].type == .integer && numbers.fields[0].isList)
  }

  @Test func csvCellsHoldingJSONArraysAreLists() throws {
    let table = try loadCSV("n,c,t\na,\"[\"\"淅川\"\",\"\"南召\"\"]\",[x\nb,,[1]\nc,[3],y\n").get()
    #expect(table.fields.map(\.isList) == [false, true, false])
    #expect(table.fields[1].type == .integer || table.fields[1].type == .text)
    #expect(rows(table).map { $0[1] } == [.list([.text("淅川"), .text("南召")]), .null, .list([.text("3")])])
    // Not every cell is an array: the column stays text.
    #expect(rows(table).map { $0[2] } == [.text("[x"), .text("[1]"), .text("y")])
  }
}

@Suite struct LoaderRobustnessTests {
  @Test func randomInputsLoadOrFailCleanly() {
    var state: UInt64 = 99
    func next() -> UInt64 {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return state >> 33
    }
    let pieces = ["a", ",", "\"", "\"\"", "\n", "\r\n", "1", "-2.5", "淅川", "true", "{", "}", "[", "]", ":", "null", "\t", "\u{FEFF}", "\\", "e9"]
    for round in 0..<2_000 {
      var bytes: [UInt8]
      if round % 3 == 0 {
        bytes = (0..<Int(next() % 60)).map { _ in UInt8(truncatingIfNeeded: next()) }
      } else {
        bytes = Array((0..<Int(next() % 40)).map { _ in pieces[Int(next() % UInt64(pieces.count))] }.joined().utf8)
      }
      var results: [Result<Table, LoadFailure>] = []
      for separator in [UInt8(ascii: ","), UInt8(ascii: "\t")] {
        var loader = DelimitedLoader(input: .bytes(bytes), separator: separator)
        loader.chunkSize = 16
        results.append(loader.load(name: "t"))
      }
      results.append(JSONLoader(name: "t.json", bytes: bytes).load(tableName: "t"))
      for result in results {
        switch result {
        case .success(let table):
          // A loaded table is whole: every column as long as the table.
          #expect(table.columns.count == table.fields.count)
          #expect(table.columns.allSatisfy { $0.count == table.rowCount })
        case .failure(let failure):
          // A refusal is a diagnostic that renders with its code.
          #expect(DiagnosticRenderer().render(failure.diagnostic).contains("[E0"))
        }
      }
    }
  }
}

/// JSON Lines' second pass reads plain lines straight from their bytes and gives the rest to
/// the parser: the table is the one the parser alone builds (the same records as a JSON
/// array, which always goes through it), line kinds mixed every way.
@Suite struct JSONLinesFastPathTests {
  static let lines = [
    #"{"id": 1, "name": "淅川", "n": 3, "x": 1.5, "ok": true, "tags": ["a"]}"#,
    #"{"name":"a\"b","id":2,"n":null,"x":2,"ok":false}"#,
    #"  {"id": 3, "x": -0.25e2, "name": "南阳\u8fd9", "n": -9223372036854775808}"#,
    #"{}"#,
    #"{"n": 12, "id": 4, "name": "", "ok": null, "tags": []}"#,
    #"{"id": 5, "name": "x", "wide": 9007199254740993, "mixed": 1}"#,
    #"{"id": 6, "wide": 0.5, "mixed": "one", "x": 3}"#,
    #"{"id": 7, "name": "tab\there", "big": 123456789012345678901234567890}"#,
    "",
    #"{"id":8,"name":"末","x":1e2,"n":0}"#,
  ]

  @Test func theFastPathBuildsTheParsersTable() throws {
    let jsonl = JSONLinesFastPathTests.lines.joined(separator: "\n") + "\n"
    let array = "[" + JSONLinesFastPathTests.lines.filter { !$0.isEmpty }.joined(separator: ",\n") + "]"
    let fast = try JSONLoader(name: "t.jsonl", bytes: Array(jsonl.utf8)).load(tableName: "t").get()
    let parsed = try JSONLoader(name: "t.json", bytes: Array(array.utf8)).load(tableName: "t").get()
    #expect(fast.rowCount == 9)
    #expect(fast.fields.map(\.name) == parsed.fields.map(\.name))
    #expect(fast.fields.map(\.type) == parsed.fields.map(\.type))
    for column in fast.fields.indices {
      for row in 0..<fast.rowCount {
        #expect(fast.columns[column].value(at: row) == parsed.columns[column].value(at: row), "\(fast.fields[column].name) row \(row)")
      }
    }
    #expect(fast.notes.map(\.message) == parsed.notes.map { $0.message.replacing("t.json:", with: "t.jsonl:") })
  }

  /// The first pass's scanner accepts only what the parser accepts: a line that is almost
  /// right gets the parser's own error, at the parser's place (after a good line, so the
  /// scanner has seen the key).
  @Test(arguments: [
    #"{"a": 01}"#, #"{"a": 1.}"#, #"{"a": -}"#, #"{"a": 1e}"#, #"{"a": tru}"#, #"{"a": nul}"#, #"{"a": falsey}"#,
    "{\"a\": \"x\u{01}y\"}", #"{"a": 1} x"#, #"{"a": 1,}"#, #"{"a" 1}"#, #"{"a": 1, "a": 2}"#, #"{"a": "b"]"#, #"{"a": .5}"#,
  ])
  func almostRightLinesGetTheParsersError(_ line: String) throws {
    let loaded = JSONLoader(name: "t.jsonl", bytes: Array(("{\"a\": 1}\n" + line + "\n").utf8)).load(tableName: "t")
    let found = try #require(failure(loaded), "\(line) loaded")
    switch JSONParser.parse(line) {
    case .failure(let error):
      #expect(found.code == .jsonSyntax, "\(line): \(found.code)")
      #expect(found.message == error.message.en, "\(line)")
    case .success:
      // The one bad line that parses: a key twice.
      #expect(found.code == .duplicateKey, "\(line): \(found.code)")
    }
  }
}

/// The building pass in parts on several threads (`DelimitedLoader.buildInParts`) makes the
/// table one pass makes: every type, nulls, quoting, values repeated across parts (their
/// dictionaries merged), lists, CRLF; from bytes and from a file. A seam that falls inside
/// a quoted field spanning lines, an error or a misfit in a later part are done again in
/// one pass and say what one pass says.
@Suite struct ParallelCSVTests {
  static let counties = ["淅川", "南召", "卧龙", "宛城", "西峡", "内乡", "镇平", "方城"]

  static func csv(rows: Int, newline: String = "\n", misfitAt: Int? = nil, spanning: Set<Int> = []) -> String {
    var text = "id,name,county,n,x,ok,tags" + newline
    for row in 0..<rows {
      let county = counties[row % counties.count]
      let name = spanning.contains(row) ? "\"第\(row)期\n" + String(repeating: "长\n", count: 40) + "\"" : row % 7 == 0 ? "\"活动, \"\"\(row)\"\"\"" : "活动\(row % 500)"
      let n = row == misfitAt ? "x" : row % 5 == 0 ? "" : "\(row * 3)"
      let x = row % 4 == 0 ? "" : "\(Double(row) / 8)"
      let ok = row % 3 == 0 ? "" : row % 2 == 0 ? "true" : "false"
      let tags = row % 6 == 0 ? "" : "\"[\"\"a\"\", \(row % 3)]\""
      text += "\(row),\(name),\(county),\(n),\(x),\(ok),\(tags)" + newline
    }
    return text
  }

  static func loader(_ input: ByteInput, parts: Int) -> DelimitedLoader {
    var loader = DelimitedLoader(input: input, separator: UInt8(ascii: ","))
    loader.parallelism = parts
    loader.minimumPartBytes = 512
    loader.chunkSize = 4096
    return loader
  }

  /// `text` loaded in one pass and in `parts` parts, checked to be the same table: the one
  /// built in parts.
  @discardableResult
  static func loadedBothWays(_ text: String, parts: Int) throws -> Table {
    let one = try loader(.bytes(Array(text.utf8)), parts: 1).load(name: "t").get()
    let many = try loader(.bytes(Array(text.utf8)), parts: parts).load(name: "t").get()
    same(one, many)
    return many
  }

  static func same(_ a: Table, _ b: Table) {
    #expect(a.fields.map(\.name) == b.fields.map(\.name))
    #expect(a.fields.map(\.type) == b.fields.map(\.type))
    #expect(a.rowCount == b.rowCount)
    #expect(rows(a) == rows(b))
  }

  /// The seams of `text` with `parts` parts, and what building in parts there gives.
  /// (The types a sample of the first rows of `csv` guesses.)
  static func outcome(_ text: String, parts: Int) throws -> DelimitedLoader.PartsOutcome {
    let loader = loader(.bytes(Array(text.utf8)), parts: parts)
    let reader = try ChunkReader(.bytes(Array(text.utf8)))
    let seams = loader.parts(of: reader, width: 7, lineEnds: .lf)
    #expect(seams.count == parts)
    let types: [DataType] = [.integer, .text, .text, .integer, .decimal, .bool, .text]
    return try loader.buildInParts(seams, reader: reader, types: types, lists: [false, false, false, false, false, false, true], capacity: 16, checking: true)
  }

  @Test(arguments: [2, 3, 5])
  func partsMakeTheTableOnePassMakes(_ parts: Int) throws {
    for newline in ["\n", "\r\n"] {
      let text = ParallelCSVTests.csv(rows: 3_000, newline: newline)
      let many = try ParallelCSVTests.loadedBothWays(text, parts: parts)
      #expect(many.fields.map(\.type) == [.integer, .text, .text, .integer, .decimal, .bool, .text])
      #expect(many.fields[6].isList)
      // One code per distinct value after the merge: `county` has its eight.
      if case .text(_, let dictionary) = many.columns[2].data { #expect(dictionary.count == 8) } else { Issue.record("county is not text") }
    }
    // The seams were used: building in parts succeeded, it did not fall back.
    guard case .built(let columns, let count) = try ParallelCSVTests.outcome(ParallelCSVTests.csv(rows: 3_000), parts: parts) else {
      Issue.record("the parts were not built")
      return
    }
    #expect(count == 3_000)
    #expect(columns.count == 7)
  }

  @Test func aFileIsReadInPartsToo() throws {
    let text = ParallelCSVTests.csv(rows: 2_000)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("kexie-parts-\(getpid()).csv").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    defer { unlink(path) }
    let one = try ParallelCSVTests.loader(.bytes(Array(text.utf8)), parts: 1).load(name: "t").get()
    let many = try ParallelCSVTests.loader(.file(path), parts: 4).load(name: "t").get()
    ParallelCSVTests.same(one, many)
    let reader = try ChunkReader(.file(path))
    #expect(ParallelCSVTests.loader(.file(path), parts: 4).parts(of: reader, width: 7, lineEnds: .lf).count == 4)
  }

  @Test func aSeamInsideAQuotedFieldIsBuiltAgainInOnePass() throws {
    // Quoted names of 41 lines all through the file: some seam falls inside one of them.
    let text = ParallelCSVTests.csv(rows: 400, spanning: Set(stride(from: 0, to: 400, by: 3)))
    guard case .again = try ParallelCSVTests.outcome(text, parts: 4) else {
      Issue.record("a seam inside a quoted field was not noticed")
      return
    }
    #expect(try ParallelCSVTests.loadedBothWays(text, parts: 4).rowCount == 400)
  }

  @Test func errorsInALaterPartNameTheLineOnePassNames() throws {
    let good = ParallelCSVTests.csv(rows: 3_000)
    var lines = good.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    lines[2_700] += ",extra"
    let ragged = lines.joined(separator: "\n")
    var bytes = Array(good.utf8)
    bytes.insert(0xFF, at: bytes.count - 500)
    for input in [Array(ragged.utf8), bytes] {
      let one = ParallelCSVTests.loader(.bytes(input), parts: 1).load(name: "t")
      let many = ParallelCSVTests.loader(.bytes(input), parts: 4).load(name: "t")
      let expected = try #require(failure(one))
      let got = try #require(failure(many))
      #expect(DiagnosticRenderer().render(got) == DiagnosticRenderer().render(expected))
    }
  }

  @Test func aMisfitInALaterPartIsFoundAsInOnePass() throws {
    // Past the sample of 10,000 rows, `n` has a word: the column becomes text.
    let text = ParallelCSVTests.csv(rows: 12_000, misfitAt: 11_500)
    guard case .mismatch = try ParallelCSVTests.outcome(text, parts: 3) else {
      Issue.record("the misfit was not seen")
      return
    }
    #expect(try ParallelCSVTests.loadedBothWays(text, parts: 3).fields[3].type == .text)
  }

  @Test func progressIsToldOnTheCallingThreadAndCtrlCStops() throws {
    // From a file: bytes in memory are never read in chunks, so they tell no progress.
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("kexie-progress-\(getpid()).csv").path
    try ParallelCSVTests.csv(rows: 3_000).write(toFile: path, atomically: true, encoding: .utf8)
    defer { unlink(path) }
    try progressIsToldOnTheCallingThreadAndStops { progress in
      var loader = ParallelCSVTests.loader(.file(path), parts: 3)
      loader.progress = progress
      return loader.load(name: "t")
    }
  }
}

/// A load in parts told its progress (never beyond the total) on the calling thread only, and
/// stopped (E0504) by a progress that says stop.
func progressIsToldOnTheCallingThreadAndStops(_ load: (@escaping (Int, Int) -> Bool) -> Result<Table, LoadFailure>) throws {
  let caller = pthread_self()
  var calls = 0
  var onOtherThreads = 0
  var beyond = 0
  _ = try load { done, total in
    calls += 1
    if pthread_equal(pthread_self(), caller) == 0 { onOtherThreads += 1 }
    if done > total { beyond += 1 }
    return true
  }.get()
  #expect(calls > 0)
  #expect(onOtherThreads == 0)
  #expect(beyond == 0)
  #expect(failure(load { _, _ in false })?.code == .cancelled)
}

/// JSON Lines read in parts on the processors, both passes: the table, its notes and its
/// errors are those of one pass from the start.
@Suite struct ParallelJSONLinesTests {
  /// Lines of every shape the loader reads: plain lines (read from their bytes), escapes
  /// and arrays (through the parser), keys in another order, a key that first appears in the
  /// last third, integers in a decimal column, and in the last third an integer a decimal
  /// would round and a number no type holds (each a note).
  static func jsonl(rows: Int, lateKey: Bool = true, lateTypes: Bool = true) -> String {
    var text = ""
    for row in 0..<rows {
      var members = [#""id": \#(row)"#]
      members.append(row % 7 == 0 ? #""name": "活动\"\#(row)\"""# : #""name": "活动\#(row % 500)""#)
      members.append(#""county": "\#(ParallelCSVTests.counties[row % 8])""#)
      members.append(#""n": \#(row % 5 == 0 ? "null" : String(row * 3))"#)
      if row % 4 != 0 { members.append(#""x": \#(row % 3 == 0 ? String(row) : String(Double(row) / 8))"#) }
      members.append(row % 6 == 0 ? #""tags": []"# : #""tags": ["a", \#(row % 3)]"#)
      if row >= rows * 2 / 3, lateKey { members.append(#""late": "晚\#(row % 3)""#) }
      if row % 2 == 0 { members.append(#""wide": \#(row == rows - 10 && lateTypes ? "9007199254740993" : "1.5")"#) }
      members.append(#""big": \#(row == rows - 20 && lateTypes ? "1e999" : String(row))"#)
      if row % 11 == 5 { members.reverse() }
      text += (row % 13 == 0 ? "  " : "") + "{" + members.joined(separator: ", ") + "}" + (row % 17 == 0 ? "\r\n\n" : "\n")
    }
    return text
  }

  static func loader(_ bytes: [UInt8], parts: Int) -> JSONLoader {
    var loader = JSONLoader(name: "t.jsonl", bytes: bytes)
    loader.parallelism = parts
    loader.minimumPartBytes = 1024
    return loader
  }

  static func same(_ a: Table, _ b: Table) {
    ParallelCSVTests.same(a, b)
    #expect(a.fields.map(\.isList) == b.fields.map(\.isList))
    #expect(a.notes.map { DiagnosticRenderer().render($0) } == b.notes.map { DiagnosticRenderer().render($0) })
  }

  @Test(arguments: [2, 3, 5])
  func partsMakeTheTableOnePassMakes(_ parts: Int) throws {
    let bytes = Array(ParallelJSONLinesTests.jsonl(rows: 3_000).utf8)
    #expect(ParallelJSONLinesTests.loader(bytes, parts: parts).parts().count == parts)
    let one = try ParallelJSONLinesTests.loader(bytes, parts: 1).load(tableName: "t").get()
    let many = try ParallelJSONLinesTests.loader(bytes, parts: parts).load(tableName: "t").get()
    ParallelJSONLinesTests.same(one, many)
    #expect(many.rowCount == 3_000)
    // Row 0 has no `x`: it comes after row 0's keys; `late` first appears in the last part.
    #expect(many.fields.map(\.name) == ["id", "name", "county", "n", "tags", "wide", "big", "x", "late"])
    #expect(many.fields.map(\.type) == [.integer, .text, .text, .integer, .text, .text, .text, .decimal, .text])
    #expect(many.fields.map(\.isList) == [false, false, false, false, true, false, false, false, false])
    #expect(many.notes.count == 2)
    // One code per distinct value after the merge: `county` has its eight.
    if case .text(_, let dictionary) = many.columns[2].data { #expect(dictionary.count == 8) } else { Issue.record("county is not text") }
  }

  /// Past the first megabyte, from which the first pass guesses the columns to build them
  /// at once: columns that stay as guessed are built in that one pass; a key first seen
  /// later, an integer a decimal would round and a number no type holds make the guess
  /// wrong, and a second pass builds the table. Either way it is the table the same records
  /// make as a JSON array (read by the parser alone, in one part, without a guess).
  @Test(arguments: [1, 2, 3])
  func aGuessOfTheColumnsIsKeptOnlyWhenRight(_ parts: Int) throws {
    for (lateKey, lateTypes) in [(false, false), (false, true), (true, false)] {
      let changing = lateKey || lateTypes
      let text = ParallelJSONLinesTests.jsonl(rows: 20_000, lateKey: lateKey, lateTypes: lateTypes)
      #expect(text.utf8.count > 2 << 20)
      let loader = ParallelJSONLinesTests.loader(Array(text.utf8), parts: parts)
      let guess = try #require(loader.guess())
      let (learnt, built) = try loader.learnLines(guess: guess)
      #expect((guess.columns.names == learnt.names && guess.types == learnt.types) == !changing)
      #expect(built?.count == parts)
      let lines = text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
      let array = "[" + lines.joined(separator: ",\n") + "]\n"
      let expected = try JSONLoader(name: "t.jsonl", bytes: Array(array.utf8)).load(tableName: "t").get()
      ParallelJSONLinesTests.same(expected, try loader.load(tableName: "t").get())
    }
  }

  @Test func aFileIsReadInPartsToo() throws {
    let text = ParallelJSONLinesTests.jsonl(rows: 2_000)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("kexie-parts-\(getpid()).jsonl").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    defer { unlink(path) }
    let mapped = try #require(try MappedFile.map(path, limit: Limits.documentBytes, what: Phrase("a JSON file", zh: "JSON 文件")))
    var loader = JSONLoader(name: path, file: mapped)
    loader.parallelism = 4
    loader.minimumPartBytes = 1024
    #expect(loader.parts().count == 4)
    var oneLoader = JSONLoader(name: path, bytes: Array(text.utf8))
    oneLoader.parallelism = 1
    ParallelJSONLinesTests.same(try oneLoader.load(tableName: "t").get(), try loader.load(tableName: "t").get())
  }

  @Test func errorsInALaterPartAreTheErrorsOfOnePass() throws {
    let good = ParallelJSONLinesTests.jsonl(rows: 3_000)
    var lines = good.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    func with(_ line: Int, _ text: String) -> [UInt8] {
      var changed = lines
      changed[line] = text
      return Array(changed.joined(separator: "\n").utf8)
    }
    // Invalid UTF-8 late in the file comes before a syntax error early in it, as a check of
    // the whole file first finds it.
    lines[100] = #"{"id": 1,}"#
    var invalid = Array(lines.joined(separator: "\n").utf8)
    invalid.insert(0xFF, at: invalid.count - 300)
    lines = good.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // More different keys than the limit, though no part alone has that many.
    let keys = (0..<(Limits.columns.value + 500)).map { #"{"k\#($0)": \#($0)}"# }.joined(separator: "\n")
    let inputs: [[UInt8]] = [
      with(2_500, #"{"id": 1, "name": }"#),
      with(2_500, #"{"id": 1, "id": 2}"#),
      with(2_500, #"{"id": 1, "name": {"a": 1}}"#),
      with(2_500, #"{"id": 1, "tags": [[1]]}"#),
      with(2_500, "[1, 2]"),
      invalid,
      Array(keys.utf8),
    ]
    for input in inputs {
      let one = try #require(failure(ParallelJSONLinesTests.loader(input, parts: 1).load(tableName: "t")))
      let many = try #require(failure(ParallelJSONLinesTests.loader(input, parts: 4).load(tableName: "t")))
      #expect(DiagnosticRenderer().render(many) == DiagnosticRenderer().render(one))
    }
    let limit = try #require(failure(ParallelJSONLinesTests.loader(Array(keys.utf8), parts: 4).load(tableName: "t")))
    #expect(limit.code == .inputTooLarge)
    #expect(DiagnosticRenderer().render(limit).contains(":\(Limits.columns.value + 1):"))
  }

  @Test func progressIsToldOnTheCallingThreadAndCtrlCStops() throws {
    // About 3 MB: more than one piece of a megabyte in each part.
    let bytes = Array(ParallelJSONLinesTests.jsonl(rows: 20_000).utf8)
    try progressIsToldOnTheCallingThreadAndStops { progress in
      var loader = ParallelJSONLinesTests.loader(bytes, parts: 3)
      loader.progress = progress
      return loader.load(tableName: "t")
    }
  }
}

/// A JSON file is mapped, not read into memory, and each pass gives back the pages behind
/// it: the table is the one its bytes make, and an error past the given-back pages names
/// its line (counted over pages read again from the file).
@Suite struct MappedJSONTests {
  @Test func aMappedFileLoadsAsItsBytesDo() throws {
    // About 11 MB: more than one 8 MB step of pages given back, in more than 65,536 lines.
    var text = ""
    for row in 0..<70_000 { text += #"{"id": \#(row), "name": "活动\#(row % 977)第\#(row)期", "n": \#(row % 11 == 0 ? "null" : String(row * 7)), "pad": "\#(String(repeating: "x", count: 100))"}"# + "\n" }
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("kexie-mapped-\(getpid()).jsonl").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    defer { unlink(path) }
    let mapped = try #require(try MappedFile.map(path, limit: Limits.documentBytes, what: Phrase("a JSON file", zh: "JSON 文件")))
    #expect(mapped.count == text.utf8.count)
    let fromFile = try JSONSource().load(.file(path), name: "j", progress: nil).get()
    let fromBytes = try JSONLoader(name: path, bytes: Array(text.utf8)).load(tableName: "j").get()
    #expect(fromFile.rowCount == 70_000)
    #expect(rows(fromFile) == rows(fromBytes))

    // A broken last line: the message names line 70,001 of the file.
    try (text + #"{"id": 1, "name": }"# + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    let broken = try #require(failure(JSONSource().load(.file(path), name: "j", progress: nil)))
    #expect(DiagnosticRenderer().render(broken).contains(":70001:"))
    // Invalid UTF-8 after the first 16 MB piece of the check is found where it is.
    var bytes = Array(text.utf8) + Array(text.utf8)
    bytes[bytes.count - 10] = 0xFF
    #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
    let invalid = try #require(failure(JSONSource().load(.file(path), name: "j", progress: nil)))
    #expect(invalid.code == .invalidUTF8InData)
    #expect(DiagnosticRenderer().render(invalid).contains(":140000:"))
  }

  @Test func anEmptyFileIsNotMapped() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("kexie-empty-\(getpid()).json").path
    #expect(FileManager.default.createFile(atPath: path, contents: Data()))
    defer { unlink(path) }
    #expect(try MappedFile.map(path, limit: Limits.documentBytes, what: Phrase("a JSON file", zh: "JSON 文件"))?.count == 0)
    #expect(failure(JSONSource().load(.file(path), name: "j", progress: nil)) != nil)
  }
}

/// A JSON Lines file shortened while it loads stops the load with an error, and nothing is
/// loaded (reading a page past its new end would end the process): the file is truncated
/// from the progress callback, which runs between two records.
@Suite struct ShortenedFileTests {
  @Test func aFileShortenedWhileItLoadsIsAnError() throws {
    var text = ""
    for row in 0..<70_000 { text += #"{"id": \#(row), "name": "活动\#(row)"}"# + "\n" }
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("kexie-shortened-\(getpid()).jsonl").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    defer { unlink(path) }
    var calls = 0
    let result = JSONSource().load(.file(path), name: "j") { _, _ in
      calls += 1
      if calls == 1 { _ = truncate(path, 100) }
      return true
    }
    let found = try #require(failure(result))
    #expect(calls >= 1)
    #expect(DiagnosticRenderer().render(found).contains("shortened while it loaded"))
  }
}
