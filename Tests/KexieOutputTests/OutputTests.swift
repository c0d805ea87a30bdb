import KexieData
import KexieDiagnostics
import Testing

@testable import KexieOutput

func result(_ columns: [(String, DataType, [Value])], hidden: Set<String> = []) -> ResultTable {
  let table = Table(
    name: "r", fields: columns.map { Field($0.0, $0.1, hidden: hidden.contains($0.0)) },
    columns: columns.map { Column.from($0.2, type: $0.1) })
  return ResultTable(table: table)
}

let sample = result([
  ("name", .text, [.text("流动科技馆巡展"), .text("论坛"), .null]),
  ("county", .text, [.text("淅川"), .null, .text("a|b")]),
  ("n", .integer, [.integer(5), .integer(587_000), .null]),
  ("score", .decimal, [.decimal(0.35), .null, .decimal(2)]),
])

func render(_ result: ResultTable, _ format: OutputFormat, _ configure: (inout OutputOptions) -> Void = { _ in }) -> String {
  var options = OutputOptions(format: format, maxRows: nil)
  configure(&options)
  return OutputRenderer.render(result, options: options)
}

@Suite struct TableStyleTests {
  @Test func chineseLinesUpAndNumbersAlignRight() {
    #expect(render(sample, .table) == """
       name           | county | n      | score
      ----------------+--------+--------+-------
       流动科技馆巡展 | 淅川   |      5 |  0.35
       论坛           | null   | 587000 |  null
       null           | a|b    |   null |  2.0
      3 rows

      """)
  }

  @Test func boxAndAsciiGrids() {
    let box = render(result([("名称", .text, [.text("淅川")]), ("n", .integer, [.integer(1)])]), .box)
    #expect(box == """
      ┌──────┬───┐
      │ 名称 │ n │
      ├──────┼───┤
      │ 淅川 │ 1 │
      └──────┴───┘
      1 row

      """)
    let ascii = render(result([("名称", .text, [.text("淅川")])]), .ascii)
    #expect(ascii == "+------+\n| 名称 |\n+------+\n| 淅川 |\n+------+\n1 row\n")
  }

  @Test func everyLineOfATableHasTheSameDisplayWidth() {
    for format in [OutputFormat.box, .ascii, .markdown] {
      let lines = render(sample, format).split(separator: "\n").filter { !$0.hasSuffix("rows") }
      let widths = Set(lines.map { DisplayWidth.of($0) })
      #expect(widths.count == 1, "\(format): \(lines)")
    }
  }

  @Test func longResultsShowHeadAndTail() {
    let many = result([("i", .integer, (1...100).map { .integer(Int64($0)) })])
    let text = render(many, .table) { $0.maxRows = 6 }
    #expect(text == " i\n-----\n   1\n   2\n   3\n ...\n  98\n  99\n 100\n100 rows (6 shown)\n")
  }

  @Test func longCellsAreCutByDisplayWidth() {
    let long = result([("s", .text, [.text(String(repeating: "淅川", count: 40))])])
    let text = render(long, .table) { $0.maxCellWidth = 9 }
    #expect(text.contains(" 淅川淅川… \n") || text.contains(" 淅川淅川…\n"))
    let csv = render(long, .csv) { $0.maxCellWidth = 9 }
    #expect(csv.contains(String(repeating: "淅川", count: 40)))
  }

  @Test func wideTablesFitTheTerminal() {
    let wide = result((1...12).map { ("column_\($0)", .text, [.text(String(repeating: "值", count: 12))]) })
    let text = render(wide, .table) { $0.terminalWidth = 80 }
    let lines = text.split(separator: "\n")
    #expect(lines.dropLast().allSatisfy { DisplayWidth.of($0) <= 80 })
    #expect(lines.last?.contains("of 12 columns · .mode line shows all") == true, "\(text)")
    // Headers are never cut (so two never read alike), and a marker column stands for the rest.
    #expect(lines.first?.contains("column_1 ") == true && lines.first?.hasSuffix("| …") == true)
    #expect(!lines[0].contains("colu…"))
  }

  /// The widths go to the first columns whole before more columns are shown cut, and all-null
  /// columns and slug ids yield first: the first query's name is whole at 80 columns.
  @Test func contentColumnsComeFirst() {
    let row = result([
      ("id", .text, [.text("liudong-kejiguan-xunzhan")]), ("name", .text, [.text("流动科技馆巡展")]),
      ("participants", .integer, [.null]), ("participants_unit", .text, [.null]),
      ("kind", .text, [.text("展览")]), ("county", .text, [.text("淅川、南召、镇平、桐柏、内乡")]),
      ("organizer", .text, [.text("南阳市科协")]), ("involvement", .text, [.text("举办")]), ("year", .integer, [.integer(2021)]),
    ])
    let text = render(row, .table) { $0.terminalWidth = 80 }
    let lines = text.split(separator: "\n")
    #expect(lines.dropLast().allSatisfy { DisplayWidth.of($0) <= 80 }, "\(text)")
    #expect(lines[0].hasPrefix(" name           | kind | county"), "\(text)")
    #expect(lines[2].contains(" 流动科技馆巡展 |"), "\(text)")
    #expect(!lines[0].contains("participants") && !lines[0].contains(" id "), "\(text)")
  }

  @Test func numbersReadAsPeopleWriteThem() {
    let numbers = result([("n", .integer, [.integer(15_066_000), .integer(-1_234), .integer(20_248)]), ("d", .decimal, [.decimal(1234567.5), .decimal(2), .decimal(0.125)])])
    #expect(render(numbers, .table) { $0.numbers = .grouped }.contains(" 15,066,000 | 1,234,567.5  \n     -1,234 |         2.0  \n") == false)
    let grouped = render(numbers, .table) { $0.numbers = .grouped }
    #expect(grouped.contains(" 15,066,000 | 1,234,567.5"), "\(grouped)")
    // Four digits stay whole (a year is 2021, not 2,021).
    #expect(grouped.contains("      -1234 |         2.0"), "\(grouped)")
    #expect(grouped.contains("     20,248 |         0.125"), "\(grouped)")
    let wan = render(numbers, .table) { $0.numbers = .wan }
    #expect(wan.contains("1506.6万") && wan.contains("2.0248万") && wan.contains("-1234"), "\(wan)")
    // Data formats write numbers plainly whatever the style.
    #expect(render(numbers, .csv) { $0.numbers = .grouped }.contains("15066000,1234567.5"))
  }

  @Test func markdownEscapesPipesAndIsNeverCut() {
    let text = render(sample, .markdown) { $0.maxRows = 1 }
    #expect(text.contains("a\\|b"))
    #expect(text.contains("| 论坛"))
    #expect(text.split(separator: "\n")[1].hasSuffix("-:|"))
    #expect(!text.contains("rows"))
  }

  @Test func nullTextIsConfigurable() {
    #expect(render(sample, .table) { $0.nullText = "∅" }.contains(" ∅ "))
  }

  @Test func colourDimsNullsButNotTextThatReadsNull() {
    let table = result([("s", .text, [.text("null"), .null])])
    let text = render(table, .table) { $0.color = true }
    let lines = text.split(separator: "\n").map(String.init)
    // Row 1 is the text "null", row 2 a real null: only the second is dimmed.
    #expect(lines[2] == " null")
    #expect(lines[3] == " \u{1B}[2mnull\u{1B}[0m")
  }

  @Test func controlCharactersAreVisible() {
    let text = render(result([("s", .text, [.text("a\nb\tc")])]), .table)
    #expect(text.contains("a\\nb\\tc"))
  }

  @Test func citedRowsAreFollowedByTheirSentence() {
    var cited = result([("name", .text, [.text("x")]), ("source", .text, [.text("句子。")]), ("offset", .integer, [.integer(7)])], hidden: ["source", "offset"])
    cited.citation = ResultTable.Citation(source: 1, offset: 2)
    #expect(render(cited, .table).contains(" x\n    source: 句子。  [offset 7]\n"))
    #expect(render(cited, .csv) == "name,source,offset\nx,句子。,7\n")
  }
}

/// A cell's control characters and slugs are found from its bytes, eight at a time; the
/// answer is the scalar-by-scalar one, wherever in the text the character stands.
@Suite struct CellBytesTests {
  @Test func controlsAreFoundAnywhere() {
    for control in ["\u{0}", "\t", "\n", "\u{1F}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}"] {
      for prefix in ["", "abc", "abcdefgh", "淅川科技", "12345678901234567"] {
        let text = prefix + control + "尾"
        #expect(TableRenderer.hasControl(text), "\(prefix) + \(control.unicodeScalars.first?.value ?? 0)")
        #expect(text.unicodeScalars.contains(where: TableRenderer.isControl))
      }
    }
    for text in ["", "plain ASCII text here", "全民活动0026f2a74de4第0期", "\u{A0}\u{C0}¢£", "~ and \u{FF}ÿ"] {
      #expect(!TableRenderer.hasControl(text))
      #expect(!text.unicodeScalars.contains(where: TableRenderer.isControl))
    }
  }

  @Test func slugsAreLowerCaseASCII() {
    #expect(TableRenderer.isSlug("xichuan-kexie_2021"))
    for text in ["Xichuan", "淅川", "a b", "é", "a.b"] { #expect(!TableRenderer.isSlug(text)) }
  }
}

@Suite struct DataFormatTests {
  @Test func csvQuotesPerRFC4180() {
    let tricky = result([("a,b", .text, [.text("x,y"), .text("say \"hi\""), .text("two\nlines"), .null, .text("")]), ("n", .integer, [.integer(1), .null, .integer(-3), .integer(0), .null])])
    #expect(render(tricky, .csv) == "\"a,b\",n\n\"x,y\",1\n\"say \"\"hi\"\"\",\n\"two\nlines\",-3\n,0\n,\n")
  }

  @Test func tsvEscapesTabsAndNewlines() {
    let tricky = result([("a", .text, [.text("x\ty"), .text("l1\nl2\\")])])
    #expect(render(tricky, .tsv) == "a\nx\\ty\nl1\\nl2\\\\\n")
    // A Windows line break is two escapes, not one raw character (Swift reads "\r\n" as one).
    #expect(render(result([("a", .text, [.text("l1\r\nl2")])]), .tsv) == "a\nl1\\r\\nl2\n")
    for text in ["x\ty", "l1\r\nl2\\", "\\t", "淅川\n"] {
      #expect(BackslashEscapes.decode(BackslashEscapes.encode(text)) == text)
    }
  }

  @Test func jsonKeepsTypes() {
    #expect(render(sample, .json) == """
      [
      {"name":"流动科技馆巡展","county":"淅川","n":5,"score":0.35},
      {"name":"论坛","county":null,"n":587000,"score":null},
      {"name":null,"county":"a|b","n":null,"score":2.0}
      ]

      """)
    #expect(render(result([("x", .integer, [])]), .json) == "[]\n")
    #expect(render(result([("q", .text, [.text("\"\\\n\u{1}")]), ("b", .bool, [.bool(true)])]), .jsonl) == "{\"q\":\"\\\"\\\\\\n\\u0001\",\"b\":true}\n")
  }

  @Test func lineMode() {
    #expect(render(result([("name", .text, [.text("a"), .text("b")]), ("n", .integer, [.integer(1), .null])]), .line) == "name = a\n   n = 1\n\nname = b\n   n = null\n")
  }
}

/// CSV and TSV are written as bytes straight from the columns; they must be what writing each
/// cell's text through `field` gives, for every kind of value.
@Suite struct DelimitedBytesTests {
  @Test(arguments: [OutputFormat.csv, .tsv])
  func theByteWriterWritesWhatTheCellsSay(_ format: OutputFormat) {
    let texts: [Value] = [
      .text("plain"), .text("a,b"), .text("say \"hi\""), .text("two\nlines"), .text("cr\r\nlf"), .text("tab\there"),
      .text("back\\slash"), .text(""), .null, .text("淅川、南召"), .text("🧑🏽‍🔬"),
    ]
    let count = texts.count
    let integers: [Value] = [.integer(0), .integer(-1), .integer(Int64.min), .integer(Int64.max), .null, .integer(42)]
    let decimals: [Value] = [.decimal(0.5), .decimal(-0.0), .decimal(1e300), .null, .decimal(2), .decimal(0.1)]
    let bools: [Value] = [.bool(true), .bool(false), .null]
    let lists: [Value] = [.list([.text("淅川"), .text("南召")]), .null, .list([.text("a,\"b")])]
    func cycle(_ values: [Value]) -> [Value] { (0..<count).map { values[$0 % values.count] } }
    let table = result([
      ("t", .text, texts), ("i", .integer, cycle(integers)), ("d", .decimal, cycle(decimals)),
      ("b", .bool, cycle(bools)),
    ])
    let withList = ResultTable(table: Table(
      name: "r", fields: table.table.fields + [Field("l", .text, list: true)],
      columns: table.table.columns + [Column.from(cycle(lists), type: .text, list: true)]))
    let renderer = DelimitedRenderer(separator: format == .csv ? "," : "\t")
    var expected = "t\(renderer.separator)i\(renderer.separator)d\(renderer.separator)b\(renderer.separator)l\n"
    for row in 0..<count {
      let cells = withList.table.columns.map { column -> String in
        let value = column.value(at: row)
        if value.isNull { return "" }
        return renderer.field(value.isList ? JSONRenderer.value(value) : value.description)
      }
      expected += cells.joined(separator: String(renderer.separator)) + "\n"
    }
    #expect(render(withList, format) == expected)
  }
}

/// JSON and JSON Lines are written as bytes from the columns too; they must be what `value`
/// writes for each cell.
@Suite struct JSONBytesTests {
  @Test(arguments: [OutputFormat.json, .jsonl])
  func theByteWriterWritesWhatTheCellsSay(_ format: OutputFormat) {
    let texts: [Value] = [
      .text("plain"), .text("say \"hi\""), .text("back\\slash"), .text("two\nlines"), .text("\u{1}ctl"),
      .text("line\u{2028}sep"), .text("淅川"), .text(""), .null, .text("“引号”"),
    ]
    let count = texts.count
    func cycle(_ values: [Value]) -> [Value] { (0..<count).map { values[$0 % values.count] } }
    let table = result([
      ("t", .text, texts), ("i", .integer, cycle([.integer(Int64.min), .null, .integer(7)])),
      ("d", .decimal, cycle([.decimal(0.25), .null])), ("b", .bool, cycle([.bool(true), .null, .bool(false)])),
    ])
    var objects: [String] = []
    for row in 0..<count {
      let cells = table.table.columns.enumerated().map { index, column in
        JSONText.quote(table.table.fields[index].name) + ":" + JSONRenderer.value(column.value(at: row))
      }
      objects.append("{" + cells.joined(separator: ",") + "}")
    }
    let expected = format == .jsonl ? objects.map { $0 + "\n" }.joined() : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    #expect(render(table, format) == expected)
  }
}

/// Values asked for ahead (`ValuePrefetch`): only a text column whose codes jump about a
/// dictionary larger than the caches is; what is written is the same either way, up to
/// the last rows, where the rows asked for ahead run past the column's end.
@Suite struct PrefetchTests {
  @Test func aJumpingColumnPrintsWhatItHolds() {
    let count = 60_000
    var builder = TextDictionaryBuilder()
    for index in 0..<count { _ = builder.intern("南阳市科协科普活动第\(index)期·青少年科技创新大赛" + String(repeating: "长", count: index % 9)) }
    let dictionary = builder.build()
    #expect(dictionary.bytes.count > 4 << 20)
    // Codes in a scrambled order (a sorted result's), a null now and then; and the same
    // dictionary read in its own order.
    let jumping = (0..<UInt32(count)).map { $0 % 97 == 5 ? TextDictionary.nullCode : ($0 &* 7_919) % UInt32(count) }
    let ordered = (0..<UInt32(count)).map { $0 }
    let columns = [Column(.text(jumping, dictionary)), Column(.text(ordered, dictionary)), Column(.integer((0..<Int64(count)).map { $0 }))]
    let picked = ValuePrefetch.columns(columns)
    #expect(picked.count == 1 && picked.first?.codes == jumping)
    let table = ResultTable(table: Table(name: "r", fields: [Field("a", .text), Field("b", .text), Field("n", .integer)], columns: columns, rowCount: count))
    func text(_ code: UInt32) -> String { code == TextDictionary.nullCode ? "" : dictionary.string(code) }
    let csv = "a,b,n\n" + (0..<count).map { "\(text(jumping[$0])),\(text(ordered[$0])),\($0)\n" }.joined()
    #expect(render(table, .csv) == csv)
    let jsonl = (0..<count).map { row in
      let a = jumping[row] == TextDictionary.nullCode ? "null" : "\"\(text(jumping[row]))\""
      return "{\"a\":\(a),\"b\":\"\(text(ordered[row]))\",\"n\":\(row)}\n"
    }.joined()
    #expect(render(table, .jsonl) == jsonl)
  }
}
