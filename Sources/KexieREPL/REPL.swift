import CEditLine
import KexieDiagnostics
import KexieEngine
import KexieSemantics
import KexieSyntax
import KexieDriver

#if canImport(Glibc)
  import Glibc
#endif

/// The cancellation flag Ctrl-C raises. A global so the C signal handler can reach it;
/// touched before the handler is installed, so its lazy initialisation never runs in it.
let interruptFlag = Cancellation()

/// The REPL: prompt `kexie> `, continuation prompt `  ...> ` while a statement is
/// incomplete, history, completion, Ctrl-C that clears the line or cancels a query and never
/// exits, Ctrl-D on an empty line to leave.
public final class REPL {
  public static let prompt = "kexie> "
  public static let continuationPrompt = "  ...> "

  /// The prompt for a statement that goes on, saying what it waits for (as psql's `'>`):
  /// `kexie"> ` inside a string, `kexie(> ` inside brackets, `kexie|> ` after a clause or
  /// operator that needs more.
  static func continuationPrompt(for open: Completeness.Open?) -> String {
    switch open {
    case .string(let quote): "kexie\(quote)> "
    case .bracket: "kexie(> "
    case .continuation, nil: "kexie|> "
    }
  }

  /// Said when an empty line is entered while a statement goes on: what is open, and how to
  /// leave it.
  static func stillOpen(_ open: Completeness.Open?) -> Phrase {
    switch open {
    case .string(let quote):
      let closing = quote == "“" ? "”" : quote == "‘" ? "’" : quote
      return Phrase(
        "still inside a string opened with \(quote): close it with \(closing), or press Ctrl-C to discard the statement",
        zh: "还在以 \(quote) 开头的字符串里：用 \(closing) 结束它，或者按 Ctrl-C 放弃这一句")
    case .bracket:
      return Phrase(
        "a bracket is still open: close it with ), or press Ctrl-C to discard the statement",
        zh: "还有括号没有闭合：用 ) 结束它，或者按 Ctrl-C 放弃这一句")
    case .continuation, nil:
      return Phrase(
        "the statement goes on after its last | or word: finish it, or press Ctrl-C to discard it",
        zh: "语句在最后的 | 或词后面还没写完：把它写完，或者按 Ctrl-C 放弃这一句")
    }
  }

  let session: Session
  let reader: LineReader
  let history: History

  public init(session: Session, reader: LineReader, history: History) {
    self.session = session
    self.reader = reader
    self.history = history
    session.historyProvider = { [history] in history.entries }
    session.historyRecorder = { [history, reader] entry in
      history.add(entry)
      reader.remember(Completeness.singleLine(entry))
    }
    session.interactive = true
  }

  /// Builds the REPL for a terminal: libedit when it starts, plain lines otherwise.
  public static func forTerminal(session: Session) -> REPL {
    let history = History(path: History.defaultPath())
    let completer = Completer(session: session)
    let reader: LineReader =
      EditLineReader(entries: history.entries.map(Completeness.singleLine), complete: completer.complete)
      ?? PlainLineReader(output: session.errors)
    return REPL(session: session, reader: reader, history: history)
  }

  /// Runs until `.quit` or Ctrl-D. Leaving the REPL is success: errors were shown as they
  /// happened (sqlite3 and DuckDB's shells also exit 0).
  @discardableResult
  public func run(banner: Bool = true) -> ExitCode {
    if banner {
      // Two short lines, so the banner fits an 80-column terminal unbroken.
      if session.settings.language == .zh {
        session.output.write("kexie \(Session.version) —— 南阳市科协 2021 年工作报告，都在表里。\n")
        session.output.write("输入 .help 查看帮助，按 Ctrl-D 退出。\n")
      } else {
        session.output.write("kexie \(Session.version) — the 2021 work report of 南阳市科协, as tables.\n")
        session.output.write("Enter .help for help; Ctrl-D leaves.\n")
      }
    }
    _ = interruptFlag.isCancelled
    kx_install_sigint { _ in interruptFlag.cancel() }
    defer { kx_restore_sigint() }
    session.cancellation = interruptFlag
    var buffer = ""
    while !session.wantsQuit {
      reader.pending = buffer
      // A Ctrl-C that stopped the last statement is spent; one from here on clears the line.
      interruptFlag.reset()
      let open = buffer.isEmpty ? nil : Completeness.open(buffer)
      let input = reader.readLine(prompt: buffer.isEmpty ? REPL.prompt : REPL.continuationPrompt(for: open))
      switch input {
      case .end:
        if !buffer.isEmpty { history.add(Session.forHistory(buffer)) }
        return .success
      case .interrupted:
        buffer = ""
      case .line(let line):
        if buffer.isEmpty, line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
        // An empty line while a statement goes on: say what is open (inside a string the
        // empty line is part of it, so it is kept).
        if !buffer.isEmpty, line.allSatisfy({ $0 == " " || $0 == "\t" }) {
          session.errors.write(REPL.stillOpen(open).text(session.settings.language) + "\n")
          session.errors.flush()
          if case .string = open {} else { continue }
        }
        buffer += buffer.isEmpty ? line : "\n" + line
        guard Completeness.isComplete(buffer) else { continue }
        let entry = buffer
        buffer = ""
        // A password typed in a connection string never reaches the history file.
        history.add(Session.forHistory(entry))
        if let problem = history.takeProblem() { session.report(.historyNotSaved(problem)) }
        reader.remember(Completeness.singleLine(Session.forHistory(entry)))
        // Keys typed while a statement runs are not echoed into its output (or a load's
        // progress line); they wait for the next prompt, which reads them.
        withoutEcho { session.run(SourceFile(name: "<repl>", text: entry, namesItself: false)) }
      }
    }
    return .success
  }
}

/// Runs `body` with the terminal's echo off (when standard input is a terminal), as it was
/// after. Ctrl-C still raises SIGINT: only echo changes.
func withoutEcho(_ body: () -> Void) {
  var saved = termios()
  guard isatty(0) == 1, tcgetattr(0, &saved) == 0 else { return body() }
  var quiet = saved
  quiet.c_lflag &= ~tcflag_t(ECHO)
  tcsetattr(0, TCSANOW, &quiet)
  defer { tcsetattr(0, TCSANOW, &saved) }
  body()
}
