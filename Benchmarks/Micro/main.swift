// kexie-bench: micro-benchmarks of the tokenizer, the parser and each engine operator.
//
//   kexie-bench [--markdown]
//
// Tokenizer and parser: MB/s on generated scripts of 1, 4 and 16 MB; the time per byte should
// stay flat as the input grows (linear time). Operators: median of 7 runs over 1,000,000
// generated rows held in memory. This is a benchmark, not a test.
import KexieData
import KexieDiagnostics
import KexieEngine
import KexieSemantics
import KexieDriver
import KexieREPL
import KexieSyntax

let markdown = CommandLine.arguments.contains("--markdown")

func milliseconds(_ duration: Duration) -> Double {
  let (seconds, attoseconds) = duration.components
  return Double(seconds) * 1000 + Double(attoseconds) / 1e15
}

func median(_ body: () -> Void, runs: Int = 7) -> Double {
  var samples: [Double] = []
  for _ in 0..<runs {
    let start = ContinuousClock.now
    body()
    samples.append(milliseconds(start.duration(to: .now)))
  }
  samples.sort()
  return samples[samples.count / 2]
}

func table(_ header: [String], _ rows: [[String]]) {
  if markdown {
    print("| " + header.joined(separator: " | ") + " |")
    print("|" + header.map { _ in "---" }.joined(separator: "|") + "|")
    for row in rows { print("| " + row.map { $0.replacingPipes }.joined(separator: " | ") + " |") }
  } else {
    let widths = header.indices.map { index in ([header] + rows).map { $0[index].count }.max() ?? 0 }
    func line(_ cells: [String]) -> String {
      zip(cells, widths).map { $0 + String(repeating: " ", count: max(0, $1 - $0.count)) }.joined(separator: "  ")
    }
    print(line(header))
    print(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
    for row in rows { print(line(row)) }
  }
  print("")
}

extension String {
  /// `|` escaped for a Markdown table cell.
  var replacingPipes: String {
    var escaped = ""
    for character in self { escaped += character == "|" ? "\\|" : String(character) }
    return escaped
  }
}

func format(_ value: Double, digits: Int = 1) -> String {
  var scale = 1.0
  for _ in 0..<digits { scale *= 10 }
  return String((value * scale).rounded() / scale)
}

// MARK: - Tokenizer and parser

let statements = [
  #"events where county = "淅川" and participants > 1000 | select name, kind, organizer.name | sort by name desc | limit 20"#,
  "let big = figures where value >= 58.7万 and unit in (“人”、“人次”) | extend value / 10000 as 万 | top 5 by 万",
  "events | summarize count() as n, sum(participants) as total, avg(score) by section.title, kind | where n > 2",
  "# a comment about 南阳市科协\nevents where name contains \"科普\" or (year between 2019 and 2021 and not (county is null))",
  "orgs | join places on county = short | select orgs.name, places.pinyin | distinct pinyin | cite",
]

func script(bytes target: Int) -> SourceFile {
  var text = ""
  var index = 0
  while text.utf8.count < target {
    text += statements[index % statements.count] + "\n"
    index += 1
  }
  return SourceFile(name: "bench", text: text)
}

var syntaxRows: [[String]] = []
for megabytes in [1, 4, 16] {
  let source = script(bytes: megabytes << 20)
  let size = Double(source.bytes.count)
  var tokens = 0
  let lexTime = median({ tokens = Lexer.tokenize(source).tokens.count }, runs: 3)
  let parseTime = median({ _ = Parser.parse(source) }, runs: 3)
  syntaxRows.append([
    "\(megabytes) MB", "\(tokens)", format(lexTime), format(size / 1_048_576 / (lexTime / 1000)),
    format(lexTime * 1e6 / size, digits: 2), format(parseTime), format(size / 1_048_576 / (parseTime / 1000)),
    format(parseTime * 1e6 / size, digits: 2),
  ])
}
print("tokenizer and parser (parse includes tokenizing):\n")
table(["input", "tokens", "tokenize ms", "MB/s", "ns/byte", "parse ms", "MB/s", "ns/byte"], syntaxRows)

// MARK: - The embedded dataset

let datasetTime = median({ _ = Catalog.report() }, runs: 21)
print("loading the embedded report dataset (all 8 sets, links checked): \(format(datasetTime, digits: 3)) ms\n")

// MARK: - Tab completion

if case .success(let session) = Session.withReport(output: .memory(), errors: .memory()) {
  let completer = Completer(session: session)
  var rows: [[String]] = []
  for text in ["ev", "events w", "events where coun", "events where organizer.ki", #"events where county = "淅"#, ".mode c", "events | summarize count() by section."] {
    let time = median({ _ = completer.complete(text) }, runs: 101)
    rows.append([text, format(time, digits: 3), completer.complete(text).candidates.prefix(3).joined(separator: " ")])
  }
  print("tab completion (median of 101):\n")
  table(["text before the cursor", "ms", "offers"], rows)
}

// MARK: - Engine operators

struct Random {
  var state: UInt64 = 2021
  mutating func next() -> UInt64 {
    state = state &* 6364136223846793005 &+ 1442695040888963407
    return state >> 33
  }
}

let rowCount = 1_000_000
var random = Random()
let counties = ["淅川", "南召", "镇平", "桐柏", "内乡", "社旗", "西峡", "方城", "新野", "唐河", "邓州", "卧龙", "宛城"]
let prefixes = ["科普", "青少年", "全民", "科技", "创新", "农民", "智慧", "中医药"]
var countyBuilder = ColumnBuilder(type: .text)
var nameBuilder = ColumnBuilder(type: .text)
var organizerBuilder = ColumnBuilder(type: .text)
var participants: [Int64] = []
var scores: [Double] = []
for _ in 0..<rowCount {
  countyBuilder.append(.text(counties[Int(random.next() % UInt64(counties.count))]))
  nameBuilder.append(.text(prefixes[Int(random.next() % 8)] + "活动第\(random.next() % 5000)期"))
  organizerBuilder.append(.text("org\(random.next() % 200)"))
  let skew = random.next() % 100
  participants.append(Int64(skew < 90 ? random.next() % 2000 : random.next() % 5_000_000))
  scores.append(Double(random.next() % 10000) / 100)
}
let events = Table(
  name: "ev",
  fields: [Field("county", .text), Field("name", .text), Field("organizer", .text), Field("participants", .integer), Field("score", .decimal)],
  columns: [countyBuilder.build(), nameBuilder.build(), organizerBuilder.build(), Column(.integer(participants)), Column(.decimal(scores))])
var organizerIDs = ColumnBuilder(type: .text)
var organizerTypes = ColumnBuilder(type: .text)
for index in 0..<200 {
  organizerIDs.append(.text("org\(index)"))
  organizerTypes.append(.text(["学会", "协会", "高校", "企业"][index % 4]))
}
let organizers = Table(name: "organizers", fields: [Field("id", .text), Field("type", .text)], columns: [organizerIDs.build(), organizerTypes.build()])
let catalog = Catalog(tables: [events, organizers])

func plan(_ text: String) -> Plan? {
  guard case .success(let plan) = Compiler.compileQuery(text, catalog: catalog, name: "bench") else {
    print("does not check: \(text)")
    return nil
  }
  return plan
}

let operators: [(String, String)] = [
  ("filter text =", #"ev where county = "淅川" | count"#),
  ("filter integer >", "ev where participants > 100000 | count"),
  ("filter decimal between", "ev where score between 10 and 20 | count"),
  ("contains (per distinct value)", #"ev where name contains "科普" | count"#),
  ("and / or / not", #"ev where (county = "淅川" or county = "南召") and not (participants < 100) | count"#),
  ("top 10 by integer", "ev | top 10 by participants"),
  ("sort by text, limit 10", "ev | sort by name | limit 10"),
  ("count by text", "ev | count by county"),
  ("summarize sum, avg by text", "ev | summarize sum(participants), avg(score) by county"),
  ("count_distinct", "ev | summarize count_distinct(organizer)"),
  ("join + count by", "ev | join organizers on organizer = id | count by type"),
  ("extend arithmetic", "ev | extend participants * 2 + 1 as x | summarize sum(x)"),
  ("function per distinct value", "ev | extend length(name) as l | summarize max(l)"),
]

var operatorRows: [[String]] = []
for (name, text) in operators {
  guard let plan = plan(text) else { continue }
  let executor = Executor(catalog: catalog)
  let time = median({ _ = try? executor.run(plan) })
  operatorRows.append([name, format(time, digits: 2), format(time * 1e6 / Double(rowCount), digits: 2), text])
}
print("engine operators over \(rowCount) rows in memory (median of 7):\n")
table(["operator", "ms", "ns/row", "query"], operatorRows)
