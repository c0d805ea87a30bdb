import Foundation
import KexieData
import KexieReport
import KexieDiagnostics
import KexieSemantics
import KexieSQL
import KexieSyntax
import KexieTestSupport
import Testing

@testable import KexieDriver

/// The golden corpus: every case in Tests/GoldenTests/Cases and every script in examples/
/// runs through every stage, and each stage's output is compared with its snapshot:
/// `Snapshots/<case>.tokens`, `.ast`, `.plan`, `.out` (standard output) and `.err`
/// (diagnostics). `KEXIE_RECORD=1` rewrites the snapshots and fails once, so a recording
/// never passes by accident.
@Suite struct GoldenTests {
  static let root = Repository.root
  static let snapshots = root.appendingPathComponent("Tests/GoldenTests/Snapshots")
  static var recording: Bool { ProcessInfo.processInfo.environment["KEXIE_RECORD"] == "1" }

  /// (case name, path relative to the root)
  static let cases: [(String, String)] = {
    var found: [(String, String)] = []
    for (folder, prefix) in [("Tests/GoldenTests/Cases", ""), ("Tests/GoldenTests/Cases/known-poor", "known-poor."), ("examples", "example.")] {
      let url = root.appendingPathComponent(folder)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
      for name in names.sorted() where name.hasSuffix(".kx") {
        found.append((prefix + String(name.dropLast(3)), folder + "/" + name))
      }
    }
    return found
  }()

  @Test func theCorpusIsNotEmpty() {
    #expect(GoldenTests.cases.filter { $0.0.hasPrefix("example.") }.count >= 10)
    #expect(GoldenTests.cases.count >= 20)
  }

  @Test(arguments: cases.map(\.0))
  func stage(_ name: String) throws {
    let path = try #require(GoldenTests.cases.first(where: { $0.0 == name })?.1)
    let url = GoldenTests.root.appendingPathComponent(path)
    let text = try String(contentsOf: url, encoding: .utf8)
    let outputs = GoldenTests.run(text, name: path)
    for (stage, actual) in outputs {
      let snapshot = GoldenTests.snapshots.appendingPathComponent("\(name).\(stage)")
      let expected = try? String(contentsOf: snapshot, encoding: .utf8)
      if expected != actual {
        if GoldenTests.recording {
          try actual.write(to: snapshot, atomically: true, encoding: .utf8)
          Issue.record("recorded \(snapshot.lastPathComponent); run the tests again")
        } else {
          #expect(expected == actual, "\(name).\(stage) differs from its snapshot (KEXIE_RECORD=1 to record)")
        }
      }
    }
  }

  /// Every stage of a script, as text.
  static func run(_ text: String, name: String) -> [(String, String)] {
    let source = SourceFile(name: name, text: text)
    let (tokens, _) = Lexer.tokenize(source)
    let (script, _) = Parser.parse(source)

    var tokenLines: [String] = []
    for token in tokens where token.kind != .end {
      let location = source.location(of: token.range.start)
      var line = "\(location.line):\(location.column) \(Session.kindName(token.kind)) \(source.text(of: token.range).debugDescription)"
      if let note = token.normalization { line += "  (\(note))" }
      tokenLines.append(line)
    }

    // Plans: check every statement in order, so let bindings are in scope, and carry out the
    // dot commands (into a sink nobody reads), so a table that `.load` adds checks too. A case
    // that used `.output FILE` would write its file twice, once here and once in the real run.
    let catalog: Catalog
    switch Catalog.report() {
    case .success(let loaded): catalog = loaded
    case .failure: return [("err", "the dataset does not load\n")]
    }
    let planning = Session(catalog: catalog, output: .memory(), errors: .memory())
    var plans: [String] = []
    for statement in script.statements {
      let line = source.location(of: statement.range.start).line
      switch planning.checker.check(statement, in: source) {
      case (.query(let plan), _): plans.append("-- line \(line): query\n" + PlanPrinter.dump(plan))
      case (.bind(let name, let plan), _): plans.append("-- line \(line): let \(name)\n" + PlanPrinter.dump(plan))
      case (.command(let text, let range), _):
        plans.append("-- line \(line): command \(text)\n")
        _ = planning.runCommand(text, range: range, in: source)
      case (.nothing, let diagnostics):
        plans.append("-- line \(line): \(diagnostics.hasErrors ? "does not check" : "nothing to run")\n")
      }
    }

    // Output and diagnostics, exactly as `kexie FILE` writes them.
    let output = TextSink.memory()
    let errors = TextSink.memory()
    let session = Session(catalog: catalog, output: output, errors: errors)
    session.run(source)

    // Every query as SQL in each dialect (`kexie --emit-sql=D FILE`), diagnostics in place:
    // the teaching view, and the SQL the database backends run.
    var sql = ""
    for dialect in SQLDialect.allCases {
      let sink = TextSink.memory()
      let emitting = Session(catalog: catalog, output: sink, errors: sink)
      emitting.settings.emitSQL = dialect
      emitting.settings.bail = false
      emitting.run(source)
      sql += "-- ===== \(dialect.title) =====\n" + sink.buffer
    }

    return [
      ("tokens", tokenLines.joined(separator: "\n") + "\n"),
      ("ast", ASTPrinter.dump(script)),
      ("plan", plans.joined(separator: "\n")),
      ("out", normalizeTimes(output.buffer)),
      ("err", errors.buffer),
      ("sql", sql),
    ]
  }

  /// Timings differ run to run: `0.3 ms` becomes `<time>`.
  static func normalizeTimes(_ text: String) -> String {
    let regex = try? NSRegularExpression(pattern: #"\b\d+(\.\d+)? (ms|s)\b"#)
    let range = NSRange(text.startIndex..., in: text)
    return regex?.stringByReplacingMatches(in: text, range: range, withTemplate: "<time>") ?? text
  }
}
