import KexieData
import KexieDiagnostics
import KexieDriver
import KexieReport
import KexieSemantics
import KexieSyntax
import Synchronization

/// What the fuzzers run (after SQLite's dbsqlfuzz and the OSS-Fuzz targets): each takes any
/// bytes and must end in a result or a diagnostic — never a crash, a hang or a broken rule.
/// libFuzzer drives them (`make fuzz`, the `kexie-fuzz` program built with
/// `-sanitize=fuzzer,address`); `FuzzReplayTests` runs the seed corpus and every finding kept
/// in Fuzz/regressions through the same functions in every test run.
public enum FuzzTarget: String, CaseIterable, Sendable {
  /// The tokenizer and the parser; a script that parses formats to one that parses to the
  /// same text again (the formatter's round trip).
  case syntax
  /// The whole pipeline on the report: check, run, render — with every command that touches
  /// a file refused, so a fuzzer cannot write anywhere.
  case query
  /// The CSV loader, in small chunks so records straddle them.
  case csv
  /// The JSON and JSON Lines loader.
  case json

  /// Runs the bytes; the broken rules found (empty when all is well).
  public func run(_ bytes: [UInt8]) -> [String] {
    switch self {
    case .syntax: FuzzTarget.syntax(bytes)
    case .query: FuzzTarget.query(bytes)
    case .csv: FuzzTarget.csv(bytes)
    case .json: FuzzTarget.json(bytes)
    }
  }

  static func syntax(_ bytes: [UInt8]) -> [String] {
    let source = SourceFile(name: "fuzz.kx", bytes: bytes)
    _ = Lexer.tokenize(source)
    let (script, diagnostics) = Parser.parse(source)
    for diagnostic in diagnostics { _ = DiagnosticRenderer().render(diagnostic) }
    guard !diagnostics.contains(where: \.isError), !script.statements.isEmpty else { return [] }
    // Only scripts without commands: a command's text is kept as written, not formatted.
    guard !script.statements.contains(where: { if case .command = $0 { true } else { false } }) else { return [] }
    let formatted = Formatter.format(script)
    let (again, againDiagnostics) = Parser.parse(SourceFile(name: "formatted.kx", text: formatted))
    if againDiagnostics.contains(where: \.isError) {
      return ["the formatted script does not parse:\n\(formatted)\n\(againDiagnostics.map(\.message))"]
    }
    let twice = Formatter.format(again)
    return twice == formatted ? [] : ["formatting is not idempotent:\n\(formatted)\n---\n\(twice)"]
  }

  static func query(_ bytes: [UInt8]) -> [String] {
    // The report is loaded for each input (0.6 ms): nothing one input does can reach the next,
    // and the leak checker sees every object go.
    guard bytes.count <= 4_096, let catalog = try? Catalog.report().get() else { return [] }
    let output = TextSink.memory()
    let errors = TextSink.memory()
    let session = Session(catalog: catalog, output: output, errors: errors)
    session.filesAllowed = false
    session.settings.bail = false
    session.run(SourceFile(name: "fuzz.kx", bytes: bytes))
    return []
  }

  static func csv(_ bytes: [UInt8]) -> [String] {
    for separator in [UInt8(ascii: ","), UInt8(ascii: "\t")] {
      var small = DelimitedLoader(input: .bytes(bytes), separator: separator)
      small.chunkSize = 16
      let whole = DelimitedLoader(input: .bytes(bytes), separator: separator)
      let a = small.load(name: "t")
      let b = whole.load(name: "t")
      // Chunk boundaries must not change the answer.
      switch (a, b) {
      case (.success(let x), .success(let y)):
        if x.rowCount != y.rowCount || x.fields.map(\.name) != y.fields.map(\.name) || x.fields.map(\.type) != y.fields.map(\.type) {
          return ["chunked and whole loads differ: \(x.rowCount) rows \(x.fields.map(\.type)) / \(y.rowCount) rows \(y.fields.map(\.type))"]
        }
        for row in 0..<x.rowCount {
          for column in x.columns.indices where x.value(row: row, column: column) != y.value(row: row, column: column) {
            return ["chunked and whole loads differ at row \(row), column \(column)"]
          }
        }
      case (.failure(let x), .failure(let y)):
        if x.diagnostic.code != y.diagnostic.code { return ["chunked and whole loads fail differently: \(x.diagnostic.code) / \(y.diagnostic.code)"] }
        _ = DiagnosticRenderer().render(x.diagnostic)
      default:
        return ["one of the chunked and whole loads failed, the other did not"]
      }
    }
    return []
  }

  static func json(_ bytes: [UInt8]) -> [String] {
    if case .failure(let failure) = JSONLoader(name: "fuzz.jsonl", bytes: bytes).load(tableName: "t") {
      _ = DiagnosticRenderer().render(failure.diagnostic)
    }
    _ = JSONParser.parse(bytes)
    return []
  }
}
