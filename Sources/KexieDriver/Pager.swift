import Glibc
import KexieDiagnostics
import Synchronization

/// `.pager on|off|auto`: when a result goes to a pager.
public enum PagerMode: String, Sendable, CaseIterable {
  /// In the REPL, when standard output is a terminal (the default).
  case auto
  /// Whenever standard output is a terminal, scripts too.
  case on
  case off
}

/// A pager for one result, started only when the result needs it.
///
/// Text is held back until it is taller than the screen (or a line is wider than it): then the
/// pager starts, gets what was held back, and the rest streams into its pipe as it is written.
/// A result that fits is written straight to the terminal, so a short answer never flashes a
/// pager (`less -F` alone would do that too, but not for `$PAGER=more`, and not without
/// starting a process for every query). When the reader quits the pager early, `quit` turns
/// true and the renderer stops, as it stops for Ctrl-C.
///
/// The pager is `$PAGER` when set (as psql and git use it), else `less -SRFX`: -S scrolls wide
/// rows sideways instead of folding them, -R passes colour, -F quits at once when the text
/// fits, -X leaves the text on the screen after quitting. A pager that cannot be found is
/// reported once and the text is written directly.
package final class Pager: Sendable {
  struct State {
    var held = ""
    var lines = 0
    var started: (pid: pid_t, pipe: TextSink)?
    var quit = false
    var direct = false
  }

  let height: Int
  let width: Int
  let command: String
  let state = Mutex(State())
  let fallback: TextSink

  /// The default when $PAGER is not set.
  package static let defaultCommand = "less -SRFX"

  package init(height: Int, width: Int, command: String, fallback: TextSink) {
    self.height = height
    self.width = width
    self.command = command
    self.fallback = fallback
  }

  /// $PAGER, or the default; nil when $PAGER is set but empty (pager off, as in git).
  package static func command() -> String? {
    guard let value = Environment.value("PAGER") else { return defaultCommand }
    let trimmed = value.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    return trimmed.isEmpty ? nil : trimmed
  }

  /// Whether the reader quit the pager before the end (the renderer stops writing).
  package var quit: Bool { state.withLock { $0.quit } }

  package func write(_ text: String) {
    let startNow: Bool = state.withLock { state in
      if state.quit { return false }
      if let started = state.started {
        started.pipe.write(text)
        if started.pipe.failure != nil { state.quit = true }
        return false
      }
      if state.direct {
        fallback.write(text)
        return false
      }
      state.held += text
      var tooWide = false
      for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
        state.lines += 1
        if !tooWide, line.utf8.count > width, Pager.visibleWidth(line) > width { tooWide = true }
      }
      return state.lines >= height || tooWide
    }
    if startNow { start() }
  }

  /// Ends the result: waits for the pager to be quit, or writes held-back text that fitted.
  package func finish() {
    let (held, started) = state.withLock { state in
      defer { state.held = "" }
      return (state.held, state.started)
    }
    guard let started else {
      if !held.isEmpty { fallback.write(held) }
      fallback.flush()
      return
    }
    started.pipe.close()
    Subprocess.wait(started.pid)
    signal(SIGPIPE, SIG_DFL)
  }

  private func start() {
    fallback.flush()
    var fds: [Int32] = [0, 0]
    // Close-on-exec: the pager must not hold the write end, or it never sees the end.
    guard pipe(&fds) == 0 else { return goDirect() }
    _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
    // kexie writes UTF-8 whatever the locale says; less shows bytes as <E6> without this.
    let charset = Environment.value("LESSCHARSET") == nil ? ["LESSCHARSET=utf-8"] : []
    let pid = Subprocess.start(command, input: fds[0], extraEnvironment: charset)
    close(fds[0])
    guard let pid, let handle = fdopen(fds[1], "w") else {
      close(fds[1])
      return goDirect()
    }
    // A pager quit early closes the pipe: the next write must fail, not kill kexie.
    signal(SIGPIPE, SIG_IGN)
    // The pipe is a sink like any other: every write checked (a quit pager is EPIPE).
    let pipe = TextSink(target: .file(TextSink.Stream(handle: handle), owned: true), isTerminal: true, path: "the pager")
    state.withLock { state in
      state.started = (pid, pipe)
      pipe.write(state.held)
      if pipe.failure != nil { state.quit = true }
      state.held = ""
    }
  }

  private func goDirect() {
    state.withLock { state in
      state.direct = true
      fallback.write(state.held)
      state.held = ""
    }
  }

  /// Display columns of a line, not counting colour escapes (ESC [ … m).
  static func visibleWidth(_ line: Substring) -> Int {
    var plain = ""
    var inEscape = false
    for character in line {
      if inEscape {
        if character.isLetter { inEscape = false }
      } else if character == "\u{1B}" {
        inEscape = true
      } else {
        plain.append(character)
      }
    }
    return DisplayWidth.of(plain)
  }
}
