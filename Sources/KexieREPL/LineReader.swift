import KexieDriver

#if canImport(Glibc)
  import Glibc
#endif

/// What reading a line gave.
public enum LineInput: Equatable, Sendable {
  case line(String)
  /// Ctrl-C: the line being typed is dropped.
  case interrupted
  /// Ctrl-D on an empty line, or the end of input.
  case end
}

/// Reads lines for the REPL. The libedit reader edits on a terminal; the plain reader reads
/// standard input (or given lines, for transcript tests).
public protocol LineReader: AnyObject {
  func readLine(prompt: String) -> LineInput
  /// Called with each complete statement, for Up/Down and Ctrl-R.
  func remember(_ entry: String)
  /// The lines of the statement typed so far, before the one being read (so Tab completes in
  /// the context of the whole statement).
  var pending: String { get set }
}

/// A reader without editing: prompts on standard output, reads standard input line by line.
public final class PlainLineReader: LineReader {
  /// Unused: without editing there is no Tab.
  public var pending = ""
  var scripted: [String]?
  let echo: Bool
  let output: TextSink

  /// Reads standard input.
  public init(output: TextSink) {
    self.scripted = nil
    self.echo = false
    self.output = output
  }

  /// Reads these lines, echoing each after its prompt like a terminal would (transcripts).
  public init(lines: [String], output: TextSink) {
    self.scripted = lines
    self.echo = true
    self.output = output
  }

  public func readLine(prompt: String) -> LineInput {
    output.write(prompt)
    output.flush()
    if var lines = scripted {
      guard !lines.isEmpty else {
        output.write("\n")
        return .end
      }
      let line = lines.removeFirst()
      scripted = lines
      if line == "\u{03}" {
        output.write("^C\n")
        return .interrupted
      }
      if echo { output.write(line + "\n") }
      return .line(line)
    }
    var bytes: [UInt8] = []
    var byte: UInt8 = 0
    while true {
      let count = read(0, &byte, 1)
      if count < 0, errno == EINTR {
        output.write("^C\n")
        return .interrupted
      }
      if count <= 0 {
        if bytes.isEmpty {
          output.write("\n")
          return .end
        }
        break
      }
      if byte == UInt8(ascii: "\n") { break }
      bytes.append(byte)
    }
    return .line(String(decoding: bytes, as: UTF8.self))
  }

  public func remember(_ entry: String) {}
}
