import KexieData
import KexieDiagnostics
import KexieOutput
import KexieSemantics

/// What a dot command's argument is, for tab completion.
public enum ArgumentKind: Sendable {
  case none
  case choice([String])
  case file
  case set
  /// A set, then the id of one of its records (`.source events liudong-kejiguan-xunzhan`).
  case record
  case query
  case helpTopic
}

/// One dot command: dispatch, `.help` and completion all read this table.
package struct ReplCommand: Sendable {
  package let name: String
  package let arguments: String
  package let summary: String
  package let argument: ArgumentKind
  let action: @Sendable (Session, CommandCall) -> Bool
}

extension Session {
  /// Commands whose text goes through the pager (`.pager`) when it is taller than the screen.
  static let pagedCommands: Set<String> = [
    "help", "sets", "schema", "lets", "history", "databases", "tokens", "ast", "plan", "explain", "sql", "dump",
  ]

  /// Runs `body` with `output` going through a pager, when one is called for.
  func paged<R>(_ body: () -> R) -> R {
    guard output === standardOutput, let pager = pager() else { return body() }
    let saved = output
    output = TextSink(target: .paged(pager), isTerminal: true)
    defer {
      output = saved
      pager.finish()
    }
    return body()
  }
}

/// A dot command as typed: its name, its words, the raw rest of the line, and where it is.
struct CommandCall {
  let name: String
  let words: [String]
  let rest: String
  /// The whole command line.
  let range: SourceRange
  let source: SourceFile

  /// The command's name (`.tiemr`), without its arguments.
  var nameRange: SourceRange {
    let text = source.text(of: range)
    let length = text.prefix { !$0.isWhitespace }.utf8.count
    return SourceRange(range.start, range.start + length)
  }

  /// The call without its first argument (`.fmt zh QUERY` → the query).
  func droppingFirstWord() -> CommandCall {
    let trimmed = rest.drop { $0 == " " || $0 == "\t" }
    let after = trimmed.drop { $0 != " " && $0 != "\t" }.drop { $0 == " " || $0 == "\t" }
    return CommandCall(name: name, words: Array(words.dropFirst()), rest: String(after), range: range, source: source)
  }

  /// The arguments, or the name when there are none.
  var argumentRange: SourceRange {
    guard !rest.isEmpty else { return nameRange }
    return SourceRange(range.end - rest.utf8.count, range.end)
  }

  /// The last `count` bytes of the line as a file of their own that keeps their place: the
  /// same name, lines and columns as the script they are in, everything else blanked. A
  /// query given to a command (`.sql QUERY`) is checked in it, so its errors point into the
  /// script (`saved.kx:12:17`), not into the command's argument.
  func trailingQuery(bytes count: Int) -> SourceFile {
    let start = range.end - count
    let masked = source.bytes.enumerated().map { index, byte in
      (index >= start && index < range.end) || byte == UInt8(ascii: "\n") ? byte : UInt8(ascii: " ")
    }
    return SourceFile(name: source.name, bytes: masked, namesItself: source.namesItself, firstLine: source.firstLine)
  }

  /// A diagnostic about this command's arguments, placed under them.
  /// The same, for a message built around a reason in both languages (a system error).
  func problem(_ reason: Phrase, _ build: (Phrase) -> (String, String)) -> Diagnostic {
    let (en, zh) = build(reason)
    return problem(en, zh: zh)
  }

  func problem(_ message: String, zh: String, notes: [Phrase] = []) -> Diagnostic {
    Diagnostic.commandArgument("." + name, Phrase(message, zh: zh), at: argumentRange, notes: notes).located(in: source)
  }
}

extension Session {
  /// Runs a dot-command line. False when it failed.
  func runCommand(_ text: String, range: SourceRange, in source: SourceFile) -> Bool {
    let body = text.dropFirst()  // '.'
    let name = String(body.prefix { !$0.isWhitespace })
    let rest = String(body.dropFirst(name.count).drop { $0.isWhitespace })
    let call = CommandCall(name: name, words: Session.words(rest), rest: rest, range: range, source: source)
    switch Session.resolveCommand(name) {
    case .found(let command):
      let resolved = CommandCall(name: command.name, words: call.words, rest: rest, range: range, source: source)
      // A session that may not touch files (the fuzzers') refuses the commands that take one.
      if !filesAllowed, case .file = command.argument {
        report(resolved.problem("this session does not read or write files", zh: "这个会话不读写文件"))
        return false
      }
      // What a command writes about kexie itself (help, .schema, the teaching views) pages
      // like a result when it is taller than the screen.
      if Session.pagedCommands.contains(command.name) { return paged { command.action(self, resolved) } }
      return command.action(self, resolved)
    case .ambiguous(let names):
      report(Diagnostic.ambiguousCommand(name, candidates: names, at: call.nameRange).located(in: source))
      return false
    case .missing:
      var diagnostic = Diagnostic.unknownCommand(name, suggestions: Suggestion.closest(to: name, among: Session.commands.map(\.name)))
      diagnostic.range = call.nameRange
      diagnostic.source = source
      report(diagnostic)
      return false
    }
  }

  package enum CommandLookup {
    case found(ReplCommand)
    case ambiguous([String])
    case missing
  }

  /// An exact name, or a prefix that only one command has (`.ti` is `.timer`).
  package static func resolveCommand(_ name: String) -> CommandLookup {
    let lowered = name.lowercased()
    if let exact = commands.first(where: { $0.name == lowered }) { return .found(exact) }
    let matches = lowered.isEmpty ? [] : commands.filter { $0.name.hasPrefix(lowered) }
    switch matches.count {
    case 0: return .missing
    case 1: return .found(matches[0])
    default: return .ambiguous(matches.map(\.name))
    }
  }

  /// Splits arguments on white space; "double" or 'single' quotes keep spaces.
  package static func words(_ text: String) -> [String] {
    let split = splitWords(text)
    return split.words + (split.inWord ? [split.last] : [])
  }

  /// A command line's words as `words` reads them (quotes group, and are dropped), and the
  /// last one apart: what it holds so far, whether a quote opened it, whether the text ends
  /// inside it (Tab completes it).
  package static func splitWords(_ text: String) -> (words: [String], last: String, quoted: Bool, inWord: Bool) {
    var words: [String] = []
    var current = ""
    var quote: Character?
    var quoted = false
    var inWord = false
    for character in text {
      if let open = quote {
        if character == open { quote = nil } else { current.append(character) }
      } else if character == "\"" || character == "'" {
        quote = character
        quoted = true
        inWord = true
      } else if character.isWhitespace {
        if inWord { words.append(current) }
        current = ""
        quoted = false
        inWord = false
      } else {
        current.append(character)
        inWord = true
      }
    }
    return (words, current, quoted, inWord)
  }

  /// `on` or `off` for a switch command.
  func toggle(_ call: CommandCall, _ apply: (Bool) -> Void, current: Bool) -> Bool {
    guard let word = call.words.first else {
      output.write("\(call.name): \(current ? "on" : "off")\n")
      return true
    }
    guard let value = Session.switchValue(word) else {
      report(call.problem("expected 'on' or 'off', found '\(word)'", zh: "这里应该是 'on' 或 'off'，实际是 '\(word)'"))
      return false
    }
    apply(value)
    return true
  }

  /// `on`/`off` (or yes/no, true/false, 1/0) as a Bool; nil for anything else.
  package static func switchValue(_ word: String) -> Bool? {
    switch word.lowercased() {
    case "on", "yes", "true", "1": true
    case "off", "no", "false", "0": false
    default: nil
    }
  }

  /// Writes what kexie says about itself (.help, .sets, .schema, .lets, the teaching views)
  /// as aligned text, whatever `.mode` is: every column but the last as wide as its widest
  /// value (so a name is never cut), numbers right-aligned, and the last column wrapped at
  /// spaces to the terminal's width with a hanging indent (on a terminal; whole elsewhere).
  func writeTable(_ columns: [(String, DataType)], _ rows: [[Value]], header: Bool = true) {
    let texts = rows.map { row in row.map { value in value.isNull ? settings.nullText : visibleText(value.description) } }
    let all = (header ? [columns.map(\.0)] : []) + texts
    guard let last = columns.indices.last else { return }
    var widths = columns.indices.map { index in all.map { DisplayWidth.of($0[index]) }.max() ?? 0 }
    let numeric = columns.map { $0.1.isNumeric }
    let terminalWidth = output.isTerminal ? (Terminal.width() ?? 80) : Int.max
    // A name and its description (help, .sets): when one long name would leave the
    // descriptions a narrow strip, the name column is capped and a longer name stands on a
    // line of its own, its description on the next (as `--help` pages do at 80 columns).
    var ownLine: Set<Int> = []
    if columns.count == 2, !numeric[1], terminalWidth - widths[0] - 3 < 40 {
      let cap = max(12, min(widths[0], terminalWidth / 3))
      for (index, row) in all.enumerated() where DisplayWidth.of(row[0]) > cap { ownLine.insert(index) }
      widths[0] = all.enumerated().filter { !ownLine.contains($0.offset) }.map { DisplayWidth.of($0.element[0]) }.max() ?? cap
    }
    let lead = 1 + widths.dropLast().reduce(0) { $0 + $1 + 2 }
    let available = terminalWidth == Int.max ? Int.max : terminalWidth - lead - 1
    var out = ""
    for (index, row) in all.enumerated() {
      var line = " "
      if ownLine.contains(index) {
        out += " " + row[0] + "\n"
        line = String(repeating: " ", count: lead)
      } else {
        for column in 0..<last {
          line += DisplayWidth.pad(row[column], to: widths[column], alignRight: numeric[column] && !(header && index == 0)) + "  "
        }
      }
      // A last column of numbers aligns too; a last column of words wraps.
      if numeric[last] && !(header && index == 0) {
        out += line + DisplayWidth.pad(row[last], to: widths[last], alignRight: true) + "\n"
        continue
      }
      let pieces = available >= 20 ? DiagnosticRenderer.wrap(row[last], width: available) : [row[last]]
      out += (line + (pieces.first ?? "")).trailingSpacesTrimmed + "\n"
      for piece in pieces.dropFirst() { out += String(repeating: " ", count: lead) + piece + "\n" }
    }
    output.write(out)
    output.flush()
  }
}
