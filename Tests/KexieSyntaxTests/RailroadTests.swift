import Foundation
import KexieDiagnostics
import KexieTestSupport
import Testing

/// grammar/railroad.md: a railroad diagram for each rule of grammar/kexie.ebnf, drawn from the
/// grammar itself, so the pictures cannot drift from the rules. `KEXIE_RECORD=1` redraws them.
@Suite struct RailroadTests {
  /// A rule's right-hand side as a tree.
  indirect enum Node: Equatable {
    case terminal(String)
    case nonterminal(String)
    case sequence([Node])
    case choice([Node])
    case optional(Node)
    case repetition(Node)
  }

  /// Parses the EBNF notation used in kexie.ebnf.
  struct EBNFParser {
    var tokens: [String]
    var index = 0

    init(_ text: String) {
      var tokens: [String] = []
      var current = ""
      var inQuote = false
      for character in text {
        if inQuote {
          current.append(character)
          if character == "\"" {
            tokens.append(current)
            current = ""
            inQuote = false
          }
        } else if character == "\"" {
          if !current.isEmpty { tokens.append(current) }
          current = "\""
          inQuote = true
        } else if "[]{}()|".contains(character) {
          if !current.isEmpty { tokens.append(current) }
          tokens.append(String(character))
          current = ""
        } else if character.isWhitespace {
          if !current.isEmpty { tokens.append(current) }
          current = ""
        } else {
          current.append(character)
        }
      }
      if !current.isEmpty { tokens.append(current) }
      self.tokens = tokens
    }

    var atEnd: Bool { index >= tokens.count }
    var current: String { atEnd ? "" : tokens[index] }

    mutating func alternatives() -> Node {
      var options = [sequence()]
      while current == "|" {
        index += 1
        options.append(sequence())
      }
      return options.count == 1 ? options[0] : .choice(options)
    }

    mutating func sequence() -> Node {
      var items: [Node] = []
      while !atEnd, !["|", "]", "}", ")"].contains(current) { items.append(term()) }
      return items.count == 1 ? items[0] : .sequence(items)
    }

    mutating func term() -> Node {
      let token = current
      index += 1
      switch token {
      case "[":
        let inner = alternatives()
        index += 1  // ]
        return .optional(inner)
      case "{":
        let inner = alternatives()
        index += 1  // }
        return .repetition(inner)
      case "(":
        let inner = alternatives()
        index += 1  // )
        return inner
      default:
        return token.hasPrefix("\"") ? .terminal(token) : .nonterminal(token)
      }
    }
  }

  /// A drawn block: lines of equal display width, and the row the line enters and leaves on.
  struct Block {
    var lines: [String]
    var entry: Int
    var width: Int { lines.map { DisplayWidth.of($0) }.max() ?? 0 }

    func padded(to width: Int, fill: Character) -> Block {
      Block(lines: lines.enumerated().map { row, line in
        line + String(repeating: row == entry ? fill : " ", count: max(0, width - DisplayWidth.of(line)))
      }, entry: entry)
    }
  }

  static func draw(_ node: Node) -> Block {
    switch node {
    case .terminal(let text), .nonterminal(let text):
      return Block(lines: ["─" + text + "─"], entry: 0)
    case .sequence(let items):
      let blocks = items.map(draw)
      let above = blocks.map(\.entry).max() ?? 0
      let below = blocks.map { $0.lines.count - 1 - $0.entry }.max() ?? 0
      var lines = [String](repeating: "", count: above + below + 1)
      for block in blocks {
        let width = block.width
        for row in 0..<lines.count {
          let source = row - (above - block.entry)
          let text = source >= 0 && source < block.lines.count ? block.lines[source] : ""
          lines[row] += text + String(repeating: " ", count: width - DisplayWidth.of(text))
        }
      }
      return Block(lines: lines, entry: above)
    case .choice(let options):
      let blocks = options.map(draw)
      let width = blocks.map(\.width).max() ?? 0
      var lines: [String] = []
      var entry = 0
      for (index, block) in blocks.enumerated() {
        let padded = block.padded(to: width, fill: "─")
        for (row, line) in padded.lines.enumerated() {
          let last = index == blocks.count - 1
          if row == padded.entry {
            let (left, right) = index == 0 ? ("┬", "┬") : (last ? ("└", "┘") : ("├", "┤"))
            if index == 0 { entry = lines.count }
            lines.append((index == 0 ? "─" : " ") + left + line + right + (index == 0 ? "─" : " "))
          } else {
            let pastLast = last && row > padded.entry
            let bar = pastLast ? " " : "│"
            lines.append(" " + bar + line + bar + " ")
          }
        }
      }
      return Block(lines: lines, entry: entry)
    case .optional(let inner):
      return draw(.choice([.sequence([]), inner]))
    case .repetition(let inner):
      // Straight on, or around through the inner part as often as wanted (read the lower
      // path from right to left).
      let block = draw(inner).padded(to: draw(inner).width, fill: "─")
      let width = block.width + 2
      var lines = ["─┬" + String(repeating: "─", count: width) + "┬─"]
      for (row, line) in block.lines.enumerated() {
        if row == block.entry {
          lines.append(" └◄" + line + "◄┘ ")
        } else {
          lines.append("   " + line + "   ")
        }
      }
      return Block(lines: lines, entry: 0)
    }
  }

  static func document() throws -> String {
    var text = try GrammarSyncTests.read("grammar/kexie.ebnf")
    if let lexical = text.range(of: "(* ---- Lexical grammar") { text = String(text[..<lexical.lowerBound]) }
    text = try NSRegularExpression(pattern: #"\(\*[\s\S]*?\*\)"#)
      .stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "")
    var out = """
      # Railroad diagrams

      Generated from [kexie.ebnf](kexie.ebnf) by `RailroadTests` (`KEXIE_RECORD=1 swift test
      --filter RailroadTests` redraws them). Read each from left to right: any path from the
      left end to the right end is a way to write the rule. Quoted words are written as they
      stand; other names are rules of their own. A lower path marked ◄ goes back to repeat.

      """
    let rule = try NSRegularExpression(pattern: #"(?m)^([a-z][a-z-]*) = ((?:[^;"]|"[^"]*")+);"#)
    for match in rule.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
      guard let nameRange = Range(match.range(at: 1), in: text), let bodyRange = Range(match.range(at: 2), in: text) else { continue }
      var parser = EBNFParser(String(text[bodyRange]))
      let block = draw(parser.alternatives())
      let lines = block.lines.enumerated().map { row, line in
        (row == block.entry ? "├" : " ") + line + (row == block.entry ? "┤" : " ")
      }
      out += "\n## \(text[nameRange])\n\n```\n" + lines.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }.joined(separator: "\n") + "\n```\n"
    }
    return out
  }

  @Test func theDiagramsAreDrawnFromTheCurrentGrammar() throws {
    let expected = try RailroadTests.document()
    let url = Repository.root.appendingPathComponent("grammar/railroad.md")
    let actual = try? String(contentsOf: url, encoding: .utf8)
    if actual != expected, ProcessInfo.processInfo.environment["KEXIE_RECORD"] == "1" {
      try expected.write(to: url, atomically: true, encoding: .utf8)
      Issue.record("redrew grammar/railroad.md")
      return
    }
    #expect(actual == expected, "grammar/railroad.md is stale: KEXIE_RECORD=1 swift test --filter RailroadTests")
  }

  @Test func aChoiceDrawsEachOption() {
    var parser = EBNFParser(#"( "sort" | "order" ) "by" key { "," key }"#)
    let block = RailroadTests.draw(parser.alternatives())
    #expect(block.lines[block.entry].contains("\"sort\""))
    #expect(block.lines.joined().contains("\"order\""))
    #expect(block.lines.joined().contains("◄"))
    // Both options of the choice sit in the same column, one above the other.
    let sortLine = block.lines.firstIndex { $0.contains("\"sort\"") }
    let orderLine = block.lines.firstIndex { $0.contains("\"order\"") }
    #expect(sortLine != nil && orderLine != nil && sortLine != orderLine)
    if let sortLine, let orderLine {
      let sortColumn = block.lines[sortLine].range(of: "\"sort\"").map { block.lines[sortLine].distance(from: block.lines[sortLine].startIndex, to: $0.lowerBound) }
      let orderColumn = block.lines[orderLine].range(of: "\"order\"").map { block.lines[orderLine].distance(from: block.lines[orderLine].startIndex, to: $0.lowerBound) }
      #expect(sortColumn == orderColumn)
    }
  }
}
