import KexieData
import KexieDiagnostics
import KexieSyntax

#if canImport(Glibc)
  import Glibc
#endif

extension Session {
  static let loadCommand = ReplCommand(
    name: "load", arguments: "FILE [as NAME]",
    summary: "load a \(TableSources.described) file as a table (NAME defaults to the file's name)",
    argument: .file
  ) { session, call in
    let words = call.words
    guard let path = words.first else {
      session.report(call.problem("expected a file name, e.g. .load contests.csv as contests", zh: "这里应该是文件名，例如 .load contests.csv as contests"))
      return false
    }
    var name: String?
    if words.count == 3, words[1].lowercased() == "as" {
      name = words[2]
    } else if words.count != 1 {
      session.report(call.problem("expected '.load FILE' or '.load FILE as NAME'", zh: "应该写成 '.load 文件' 或 '.load 文件 as 名字'"))
      return false
    }
    let start = ContinuousClock.now
    let loaded = session.load(path: path, as: name)
    session.reportTime(query: start.duration(to: .now))
    switch loaded {
    case .success(let table):
      // A confirmation for people at the REPL; scripts' output stays pure data.
      guard session.interactive else { return true }
      if session.settings.language == .zh {
        session.errors.write("已读入 \(table.name)：\(groupedCount(table.rowCount)) 行，\(table.fields.count) 列（.schema \(Formatter.name(table.name)) 显示各列的类型）\n")
      } else {
        session.errors.write("loaded \(table.name): \(groupedCount(table.rowCount)) row\(table.rowCount == 1 ? "" : "s"), \(table.fields.count) column\(table.fields.count == 1 ? "" : "s") (.schema \(Formatter.name(table.name)) shows their types)\n")
      }
      return true
    case .failure(let failure):
      var diagnostic = failure.diagnostic
      if diagnostic.range == nil {
        diagnostic.range = call.argumentRange
        diagnostic.source = call.source
      }
      session.report(diagnostic)
      return false
    }
  }

  /// Loads a data file as a table: whole or not at all; the session's other tables are
  /// untouched on failure. On a terminal, loads that take longer than half a second show
  /// their progress.
  ///
  /// `-` (or `/dev/stdin`, or any file without a known ending that is a pipe) is standard
  /// input: read whole, its format sniffed (JSON, TSV, else CSV), named `stdin` unless named.
  public func load(path: String, as requested: String?) -> Result<Table, LoadFailure> {
    let fromStandardInput = path == "-" || path == "/dev/stdin"
    let known = TableSources.forPath(path)
    guard known != nil || fromStandardInput || FileSystem.isStream(path) else {
      return .failure(.diagnostic(.unknownFileKind(path, known: Session.listed(TableSources.extensions))))
    }
    let name = requested ?? (fromStandardInput ? "stdin" : TableSources.defaultName(for: path))
    if catalog.isBuiltin(name) { return .failure(.diagnostic(.tableNameTaken(name))) }
    if checker.binding(named: name) != nil {
      return .failure(.diagnostic(.tableNameIsALet(name)))
    }
    var input = ByteInput.file(path == "-" ? "/dev/stdin" : path)
    var source = known
    if source == nil {
      // A stream: read it whole (as a pipe is read for any load) and tell its format by its start.
      do throws(LoadFailure) {
        let bytes = try Files.readWhole(path == "-" ? "/dev/stdin" : path, limit: Limits.streamBytes, what: Phrase("data read from a pipe", zh: "从管道读到的数据"))
        input = .bytes(bytes)
        source = TableSources.sniff(bytes[...])
      } catch {
        return .failure(error)
      }
    }
    guard let source else { return .failure(.diagnostic(.unknownFileKind(path, known: Session.listed(TableSources.extensions)))) }
    let replacing = catalog.table(named: name) != nil
    let meter = ProgressMeter(label: path, sink: errors, language: settings.language)
    let cancellation = self.cancellation
    var result = source.load(input, name: name) { done, total in
      meter.update(done, total)
      return !cancellation.isCancelled
    }
    meter.finish()
    if case .failure(let failure) = result, failure.diagnostic.code == .cancelled {
      cancelReported = true
      result = .failure(.diagnostic(.loadCancelled(path, name: name, replacing: replacing)))
    }
    if case .success(let table) = result {
      report(table.notes)
      // Replacing a loaded table is said, as rebinding a let is.
      if replacing { report(.tableReplaced(name, by: path)) }
      if let set = catalog.ref(chineseName: name) { report(.shadowsChineseName(name, set: set.name, by: Phrase("the table loaded from \(path)", zh: "从 \(path) 读进来的表"))) }
      var catalog = self.catalog
      catalog.register(table)
      // A table replaced here stays only while a let binding still runs on it.
      catalog.retainOnly(Set(checker.bindings.flatMap { $0.plan.referencedTables.map(\.id) }))
      checker.update(catalog: catalog)
    }
    return result
  }
}

extension Session {
  /// "a, b and c".
  static func listed(_ items: [String]) -> String {
    items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
  }
}

/// A one-line progress indicator on standard error, shown only on a terminal and only once a
/// load has taken more than half a second.
final class ProgressMeter {
  let label: String
  let sink: TextSink
  let language: Language
  /// What time it is (a test gives a clock of its own instead of sleeping).
  let now: () -> ContinuousClock.Instant
  let start: ContinuousClock.Instant
  var shown = false

  init(label: String, sink: TextSink, language: Language = .en, now: @escaping () -> ContinuousClock.Instant = { .now }) {
    self.label = label
    self.sink = sink
    self.language = language
    self.now = now
    self.start = now()
  }

  func update(_ done: Int, _ total: Int) {
    guard sink.isTerminal, total > 0, start.duration(to: now()) > .milliseconds(500) else { return }
    let percent = min(100, done * 100 / total)
    sink.write("\r\u{1B}[2K" + (language == .zh ? "正在读入 \(label)：\(percent)%" : "loading \(label): \(percent)%"))
    sink.flush()
    shown = true
  }

  func finish() {
    guard shown else { return }
    sink.write("\r\u{1B}[2K")
    sink.flush()
  }
}
