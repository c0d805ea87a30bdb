import KexieData
import KexieDiagnostics
import KexieEngine
import KexieOutput
import KexieReport
import KexieSQL
import KexieSemantics
import KexieSyntax

/// The settings dot commands change.
public struct Settings: Sendable {
  public var format: OutputFormat = .table
  public var timer = false
  public var echo = false
  /// Stop a script at its first error.
  public var bail = true
  /// nil: what fits on the terminal's screen (`Terminal.defaultRows`), all rows otherwise.
  public var maxRows: Int?
  /// `.pager`: when results taller or wider than the screen go to `$PAGER`.
  public var pager: PagerMode = .auto
  public var nullText = "null"
  public var colorOutput = false
  public var colorErrors = false
  public var errorFormat: DiagnosticFormat = .human
  /// `.steps on`: print the rows after every clause.
  public var steps = false
  /// The dialect `.sql` writes (`.sql --dialect D`).
  public var sqlDialect: SQLDialect = .sqlite
  /// `.numbers`: how table styles write numbers; nil is grouped on a terminal, plain elsewhere.
  public var numbers: NumberStyle?
  /// `--emit-sql`: queries print their SQL in this dialect instead of running.
  public var emitSQL: SQLDialect?
  /// `.lang`, `--lang`, or the locale: the language of messages, `.help CODE`, footers.
  public var language: Language = .en

  public init() {}
}

/// How diagnostics are written: for people (a caret under the place), or one JSON object per
/// line for tools (`--error-format json`).
public enum DiagnosticFormat: String, Sendable {
  case human, json
}

/// How an input ended.
public struct RunResult: Sendable {
  public var errors = 0
  /// Whether it stopped early (an error with bail on, or `.quit`).
  public var stopped = false
}

/// One kexie session: the catalog, the let bindings, the settings and where output goes.
///
/// This is the driver the REPL and script mode share: each hands it `SourceFile`s (a script,
/// a `-c` argument, one REPL entry) and it runs them through every stage — lexer, parser,
/// checker, executor, formatter — writing results to `output` and diagnostics to `errors`.
public final class Session {
  /// kexie's version, for `--version` and the REPL's banner.
  public static let version = "0.2.0"

  public var settings = Settings()
  public internal(set) var checker: Checker
  public internal(set) var lastResult: ResultTable?
  /// Where results go: standard output or a file set by `.output`.
  package var output: TextSink
  /// A file for the next result only (`.once`).
  var once: TextSink?
  let standardOutput: TextSink
  public let errors: TextSink
  public var cancellation = Cancellation()
  /// While running the start-up file, errors are reported as warnings.
  package var downgradeErrors = false
  /// The pager could not be found (said once a session).
  var pagerMissingReported = false
  /// Whether the pager command last looked up can run.
  var pagerFound: (command: String, runs: Bool)?
  /// Set by `.quit`: the REPL ends, scripts stop.
  public internal(set) var wantsQuit = false
  /// Whether commands that read or write files (`.load`, `.output`, `.save`, …) may run;
  /// off for the fuzzers, which must not write anywhere.
  package var filesAllowed = true
  /// Whether this input's Ctrl-C has been reported (once, however many statements it stops).
  var cancelReported = false
  /// Diagnostics shown and held back in the current input (see `report`).
  var runDepth = 0
  var shownInRun = 0
  var hiddenInRun = 0
  /// Set when standard output could not be written: the run stops, the exit status is 74.
  public internal(set) var outputFailed = false
  /// Sinks whose write failure has been reported (each is said once).
  var reportedFailures: Set<ObjectIdentifier> = []

  /// The REPL's history, for `.history`.
  public var historyProvider: (() -> [String])?
  /// Adds an entry to the REPL's history (`.edit` records what it ran).
  public var historyRecorder: ((String) -> Void)?
  /// Tokenizer notes are shown once per session, not on every query.
  var notesShown: Set<DiagnosticCode> = []
  /// Whether a person is typing (the REPL): confirmations are shown only then.
  public var interactive = false
  /// Nesting of `.read`, so a script that reads itself stops.
  var readDepth = 0

  public var catalog: Catalog { checker.catalog }

  public init(catalog: Catalog, output: TextSink, errors: TextSink) {
    self.checker = Checker(catalog: catalog)
    self.output = output
    self.standardOutput = output
    self.errors = errors
  }

  /// A session over no tables but those it loads or attaches (`kexie --no-report`).
  public static func empty(output: TextSink, errors: TextSink) -> Session {
    Session(catalog: Catalog(), output: output, errors: errors)
  }

  /// A session over the embedded report dataset.
  public static func withReport(output: TextSink, errors: TextSink) -> Result<Session, DiagnosticError> {
    Catalog.report().map { Session(catalog: $0, output: output, errors: errors) }
  }

  // MARK: - Diagnostics

  /// Writes diagnostics to standard error, in the chosen format. Notes are shown once.
  public func report(_ diagnostics: [Diagnostic]) {
    for var diagnostic in diagnostics {
      if downgradeErrors, diagnostic.severity == .error { diagnostic.severity = .warning }
      if diagnostic.severity == .note {
        guard !notesShown.contains(diagnostic.code) else { continue }
        notesShown.insert(diagnostic.code)
      }
      // One input shows people at most `Limits.diagnosticsShown`; the rest are counted (`run`
      // says how many), so a line of 16,000 mistakes is not 16,000 messages. Tools reading
      // JSON get every one.
      if runDepth > 0, settings.errorFormat == .human {
        guard shownInRun < Limits.diagnosticsShown.value else {
          hiddenInRun += 1
          continue
        }
        shownInRun += 1
      }
      switch settings.errorFormat {
      case .json: errors.write(diagnostic.json + "\n")
      case .human:
        let width = errors.isTerminal ? Terminal.width(of: 2) : nil
        errors.write(DiagnosticRenderer(color: settings.colorErrors, width: width, language: settings.language).render(diagnostic))
      }
    }
    errors.flush()
  }

  public func report(_ diagnostic: Diagnostic) { report([diagnostic]) }

  // MARK: - Running

  /// Runs every statement of an input. Syntax errors anywhere are reported before anything
  /// runs; when bail is on at the first statement with a syntax error (a `.bail off` earlier in
  /// the script counts), nothing runs at all — a script with a typo does no half of its work.
  @discardableResult
  public func run(_ source: SourceFile) -> RunResult {
    // The outermost run counts the diagnostics it shows (a `.read` inside it adds to them).
    if runDepth == 0 {
      shownInRun = 0
      hiddenInRun = 0
      // Ctrl-C cancels the input it is pressed in, a `.read` inside it included; the next
      // input starts afresh.
      cancellation.reset()
      cancelReported = false
    }
    runDepth += 1
    defer {
      runDepth -= 1
      if runDepth == 0, hiddenInRun > 0 {
        let hidden = hiddenInRun
        hiddenInRun = 0
        errors.write(settings.language == .zh
          ? "……还有 \(groupedCount(hidden)) 条提示信息没有显示（只显示前 \(Limits.diagnosticsShown.shown) 条）\n"
          : "… and \(hidden) more message\(hidden == 1 ? "" : "s") (the first \(Limits.diagnosticsShown.shown) are shown)\n")
        errors.flush()
      }
    }
    var result = RunResult()
    let (script, diagnostics) = Compiler.parse(source)
    // Syntax errors are found before anything runs; each is said in the language a `.lang`
    // before it in the script chose (a script that starts with `.lang zh` reads Chinese).
    let starting = settings.language
    let changes = languageChanges(in: script)
    for diagnostic in diagnostics {
      settings.language = Session.language(at: diagnostic.range?.start ?? 0, changes: changes, from: starting)
      report([diagnostic])
    }
    settings.language = starting
    let syntaxErrors = diagnostics.filter(\.isError)
    result.errors += syntaxErrors.count
    // A statement owns the text from its start to the next statement's start.
    // (Each error's statement is found by binary search: a filter over the statements for
    // every error took 7 minutes for a script of 50,000 bad lines.)
    let starts = script.statements.map(\.range.start)
    var broken = Set<Int>()
    for error in syntaxErrors {
      guard let position = error.range?.start, !starts.isEmpty else { continue }
      broken.insert(max(0, starts.countAtMost(position) - 1))
    }
    if let first = broken.min(), bailInEffect(before: first, in: script) {
      result.stopped = true
      return result
    }
    for (index, statement) in script.statements.enumerated() {
      if wantsQuit {
        result.stopped = true
        break
      }
      // Ctrl-C stops the whole input at the statement it reaches (a long `.read` went on
      // statement after statement, since each query began by forgetting the press).
      if cancellation.isCancelled {
        if !cancelReported {
          report(Diagnostic.cancelled().located(in: source, at: statement.range))
          cancelReported = true
        }
        result.errors += 1
        result.stopped = true
        break
      }
      if broken.contains(index) {
        if settings.bail {
          result.stopped = true
          break
        }
        continue
      }
      if !execute(statement, in: source) {
        result.errors += 1
        if settings.bail {
          result.stopped = true
          break
        }
      }
      // A result that could not be written is an error of its statement; standard output
      // that cannot be written ends the run (nothing after it could be seen).
      if !outputWritten() {
        result.errors += 1
        if outputFailed {
          result.stopped = true
          break
        }
      }
    }
    output.flush()
    if !outputWritten() { result.errors += 1 }
    return result
  }

  /// Whether bail will be on when statement `index` is reached: the current setting, changed
  /// by any `.bail on|off` before it.
  /// Where a script's `.lang` commands change the language, in order: found once, so a
  /// script of 100,000 bad lines does not look through every statement for each error.
  func languageChanges(in script: Script) -> (starts: [Int], languages: [Language]) {
    var changes: (starts: [Int], languages: [Language]) = ([], [])
    for statement in script.statements {
      guard case .command(let text, _) = statement else { continue }
      let words = Session.words(String(text.dropFirst()))
      guard words.count == 2, case .found(let command) = Session.resolveCommand(words[0]), command.name == "lang",
        let chosen = Language(rawValue: words[1].lowercased())
      else { continue }
      changes.starts.append(statement.range.start)
      changes.languages.append(chosen)
    }
    return changes
  }

  /// The language at byte `position`: `starting`, changed by the last `.lang` before it.
  static func language(at position: Int, changes: (starts: [Int], languages: [Language]), from starting: Language) -> Language {
    let before = changes.starts.countAtMost(position - 1)
    return before == 0 ? starting : changes.languages[before - 1]
  }

  func bailInEffect(before index: Int, in script: Script) -> Bool {
    var bail = settings.bail
    for statement in script.statements.prefix(index) {
      guard case .command(let text, _) = statement else { continue }
      let words = Session.words(String(text.dropFirst()))
      guard words.count == 2, case .found(let command) = Session.resolveCommand(words[0]), command.name == "bail",
        let value = Session.switchValue(words[1])
      else { continue }
      bail = value
    }
    return bail
  }

  /// Runs one statement; false when it failed.
  func execute(_ statement: Statement, in source: SourceFile) -> Bool {
    if settings.echo {
      output.write(Credentials.redacted(source.text(of: statement.range)) + "\n")
    }
    if case .invalid = statement { return true }
    let (checked, diagnostics) = Compiler.check(statement, in: source, checker: &checker)
    report(diagnostics)
    if diagnostics.hasErrors { return false }
    switch checked {
    case .nothing, .bind:
      return true
    case .command(let text, let range):
      return runCommand(text, range: range, in: source)
    case .query(let plan):
      return runQuery(plan)
    }
  }

  /// Runs a checked query and writes its result.
  func runQuery(_ plan: Plan) -> Bool {
    if let dialect = settings.emitSQL { return writeSQL(of: plan, in: dialect) }
    var backend = backend(for: plan)
    if settings.steps {
      // The steps are shown as kexie's engine runs them, wherever the rows start.
      var executor = Executor(catalog: catalog)
      // Each step but the last, numbered: the last step's rows are the result, shown next.
      var number = 0
      let steps = plan.steps.count
      executor.observer = { [self] report in
        number += 1
        if number < steps { writeStep(report, number: number, source: plan.sourceFile) }
      }
      backend = executor
    }
    let start = Stopwatch.now()
    let result: ResultTable
    do throws(RuntimeFailure) {
      result = try backend.run(plan, cancellation: cancellation)
    } catch {
      var diagnostic = error.diagnostic
      // An error with no place of its own (Ctrl-C, a database's) is the query's.
      if diagnostic.range == nil { diagnostic = diagnostic.located(in: plan.sourceFile, at: plan.range) }
      if diagnostic.code == .cancelled {
        if cancelReported { return false }
        cancelReported = true
      }
      report(diagnostic)
      return false
    }
    let printing = Stopwatch.now()
    let elapsed = start.duration(to: printing)
    lastResult = result
    let whole = write(result, at: (plan.sourceFile, plan.range))
    reportTime(query: elapsed, printing: printing.duration(to: Stopwatch.now()))
    return finishOnce() && whole
  }

  /// `.timer on`: the query's time and the printing's apart (a query of 1 ms can take 20 s
  /// to print), under the result in table styles; on standard error for data formats, so CSV
  /// or JSON output stays pure data.
  func reportTime(query: Duration, printing: Duration? = nil) {
    guard settings.timer else { return }
    let line = settings.language == .zh
      ? "用时：" + (printing.map { "查询 \(Stopwatch.describe(query))，显示 \(Stopwatch.describe($0))" } ?? Stopwatch.describe(query)) + "\n"
      : "time: " + (printing.map { "query \(Stopwatch.describe(query)), printing \(Stopwatch.describe($0))" } ?? Stopwatch.describe(query)) + "\n"
    if settings.format.isTableStyle { currentOutput.write(line) } else { errors.write(line) }
  }

  var currentOutput: TextSink { once ?? output }

  /// A pager for the next result, when `.pager` and the place it goes call for one: standard
  /// output on a terminal (not `.output` or `.once` files), in the REPL unless `.pager on`.
  func pager() -> Pager? {
    guard currentOutput === standardOutput, standardOutput.isTerminal, settings.pager != .off,
      settings.pager == .on || interactive, Environment.value("TERM") != "dumb",
      let command = Pager.command()
    else { return nil }
    // Looked up on PATH once per command, not before every result.
    if pagerFound?.command != command { pagerFound = (command, Subprocess.canRun(command)) }
    guard pagerFound?.runs == true else {
      if !pagerMissingReported {
        pagerMissingReported = true
        report(.pagerMissing(command))
      }
      return nil
    }
    return Pager(height: Terminal.height() ?? 24, width: Terminal.width() ?? 80, command: command, fallback: standardOutput)
  }

  func outputOptions(for sink: TextSink, format: OutputFormat? = nil) -> OutputOptions {
    let terminal = sink.isTerminal
    return OutputOptions(
      format: format ?? settings.format,
      maxRows: settings.maxRows.map { $0 > 0 ? $0 : nil } ?? (terminal ? Terminal.defaultRows() : nil),
      terminalWidth: terminal ? Terminal.width() : nil,
      maxCellWidth: terminal ? 48 : Int.max / 4,
      nullText: settings.nullText,
      color: settings.colorOutput && (sink === standardOutput || sink.isPaged),
      numbers: settings.numbers ?? (terminal ? .grouped : .plain), language: settings.language)
  }

  /// Writes a result; false when Ctrl-C stopped the writing (said once: how far it got).
  /// `whole` (`.last`): every row and column, no cell cut, through the pager when it is on.
  /// `at`: the query that made the result, where a Ctrl-C while printing is placed (in a
  /// script, the reader sees which statement it stopped, as for a Ctrl-C while it ran).
  @discardableResult
  func write(_ result: ResultTable, whole: Bool = false, at place: (source: SourceFile, range: SourceRange)? = nil) -> Bool {
    let pager = pager()
    let sink = pager.map { TextSink(target: .paged($0), isTerminal: true) } ?? currentOutput
    var options = outputOptions(for: sink)
    if whole {
      options.maxRows = nil
      options.terminalWidth = nil
      options.maxCellWidth = Int.max / 4
    }
    let cancellation = self.cancellation
    options.shouldStop = { cancellation.isCancelled || pager?.quit == true }
    var stream = SinkStream(sink: sink)
    let stopped = OutputRenderer.render(result.labelled(by: labelTable), options: options, to: &stream)
    sink.flush()
    pager?.finish()
    guard let stopped else { return true }
    // Quitting the pager before the end is the reader's choice, not an interruption.
    if pager?.quit == true, !cancellation.isCancelled { return true }
    if !cancelReported {
      cancelReported = true
      let interrupted = Diagnostic.printingInterrupted(after: stopped, of: result.rowCount)
      report(place.map { interrupted.located(in: $0.source, at: $0.range) } ?? interrupted)
    }
    return false
  }

  /// Closes the `.once` file after its result; false (reported) when it could not be written.
  @discardableResult
  func finishOnce() -> Bool {
    guard let once else { return true }
    once.close()
    self.once = nil
    return checkWritten(once)
  }

  /// At the end of a run: closes a file `.output` opened, flushes standard output, and
  /// reports what could not be written.
  public func closeOutput() {
    if output !== standardOutput {
      output.close()
      _ = checkWritten(output)
      output = standardOutput
    }
    finishOnce()
    _ = outputWritten()
  }

  /// Whether everything written so far reached its place; a failure is reported once.
  func outputWritten() -> Bool {
    output.flush()
    return checkWritten(output)
  }

  /// Reports a sink's write failure the first time it is seen; false when it has one.
  func checkWritten(_ sink: TextSink) -> Bool {
    guard let failure = sink.failure else { return true }
    let id = ObjectIdentifier(sink)
    if !reportedFailures.contains(id) {
      reportedFailures.insert(id)
      report(.writeFailed(sink.displayName, reason: failure))
      if sink === standardOutput { outputFailed = true }
    }
    return false
  }

  /// `.steps on`: the rows after each clause.
  /// `.steps on`: one step's rows, headed by its number and its clause as written.
  func writeStep(_ report: StepReport, number: Int, source: SourceFile) {
    let sink = currentOutput
    let clause = source.text(of: report.range)
    if settings.language == .zh {
      let fused = report.fusedWithNext ? "（和后面的取行数合成一步：前 n 行，这里的行就是取出的行）" : ""
      sink.write("-- 第 \(number) 步：\(clause)\(fused) → \(groupedCount(report.rowsOut)) 行\n")
    } else {
      let fused = report.fusedWithNext ? " (run with the limit after it, as a top-n: the rows are the limit's)" : ""
      sink.write("-- step \(number): \(clause)\(fused) → \(report.rowsOut) row\(report.rowsOut == 1 ? "" : "s")\n")
    }
    var options = outputOptions(for: sink)
    options.footer = false
    options.maxRows = nil
    var stream = SinkStream(sink: sink)
    OutputRenderer.render(ResultTable(table: report.preview).labelled(by: labelTable), options: options, to: &stream)
    if report.rowsOut > report.preview.rowCount { sink.write("(\(report.preview.rowCount) of \(report.rowsOut) rows shown)\n") }
    sink.write("\n")
  }
}

/// A `TextOutputStream` over a sink (so renderers can write straight to it).
struct SinkStream: TextOutputStream {
  let sink: TextSink
  mutating func write(_ string: String) { sink.write(string) }
}
