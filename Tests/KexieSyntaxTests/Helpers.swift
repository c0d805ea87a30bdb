import KexieDiagnostics

@testable import KexieSyntax

/// Source text with position markers (1️⃣, 2️⃣, …) that tests strip, remembering the byte
/// offset each stood at — as swift-syntax's tests do.
struct Marked {
  let text: String
  let markers: [String: Int]

  init(_ marked: String) {
    var text = ""
    var markers: [String: Int] = [:]
    var characters = Substring(marked)
    while let first = characters.first {
      if let marker = Marked.all.first(where: { characters.hasPrefix($0) }) {
        markers[marker] = text.utf8.count
        characters = characters.dropFirst(marker.count)
        continue
      }
      text.append(first)
      characters = characters.dropFirst()
    }
    self.text = text
    self.markers = markers
  }

  static let all = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"]

  func offset(_ marker: String = "1️⃣") -> Int { markers[marker] ?? -1 }
}

func parse(_ text: String) -> (Script, [Diagnostic]) {
  Parser.parse(SourceFile(name: "t.kx", text: text))
}

func tokens(_ text: String) -> [Token] {
  Lexer.tokenize(SourceFile(name: "t.kx", text: text)).tokens
}

func kinds(_ text: String) -> [TokenKind] {
  tokens(text).map(\.kind)
}

/// The tree without positions (so trees of different texts compare).
func shape(_ text: String) -> String {
  ASTPrinter.dump(parse(text).0, positions: false)
}

/// The single expression of `events where EXPR`, as a tree without positions.
func whereShape(_ expression: String) -> String {
  let dump = shape("events where " + expression)
  return dump.split(separator: "\n").dropFirst(4).map { String($0.dropFirst(6)) }.joined(separator: "\n")
}

/// A small seeded generator, so property tests are repeatable.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed }
  mutating func next() -> UInt64 {
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    return state
  }
}
