import KexieDiagnostics

/// kexie's regular expressions (`matches`): compiled to a small automaton and run as a
/// Thompson NFA, so a match takes time linear in the text whatever the pattern — RE2's
/// promise, and its syntax, less what needs backtracking. `'^(a+)+$'` on a long line of `a`s
/// followed by `!` took 37–120 s with a backtracking engine, and Ctrl-C could not stop it; here it is
/// microseconds.
///
/// Syntax (docs/LANGUAGE.md): literal characters; `.` (any character but a line break);
/// classes `[abc]`, `[a-z]`, `[^…]`; `\d \w \s` and `\D \W \S`; `\b`, `\B`; `^` and `$` (the
/// text's start and end); groups `(…)` and `(?:…)`; `|`; `* + ?` and `{n}`, `{n,}`, `{n,m}`
/// (each lazy form too, which means the same for a yes-or-no match); escapes `\n \t \r`,
/// `\u{4E2D}` and `\` before any punctuation; `(?i)` at the start for case-insensitive.
/// Look-around and back-references are refused with a message: they are what makes matching
/// exponential. Characters are Unicode scalars (code points): `.` matches one of them.
public struct Pattern: Sendable {
  /// The largest program a pattern may compile to (a `{1000}` of a long group is refused).
  public static let maxInstructions = Limits.patternSteps.value
  /// The largest count in `{n,m}`.
  public static let maxRepeat = 1_000

  enum Instruction: Sendable {
    case scalar(Unicode.Scalar)
    case any
    case set(CharacterSet, negated: Bool)
    case split(Int, Int)
    case jump(Int)
    case textStart, textEnd
    case wordBoundary(Bool)
    case match
  }

  /// A class of characters: ranges and named classes.
  struct CharacterSet: Sendable {
    var ranges: [ClosedRange<UInt32>] = []
    var digits = false, notDigits = false, words = false, notWords = false, spaces = false, notSpaces = false

    func contains(_ scalar: Unicode.Scalar, caseless: Bool) -> Bool {
      if test(scalar) { return true }
      guard caseless else { return false }
      for variant in Pattern.caseVariants(scalar) where test(variant) { return true }
      return false
    }

    private func test(_ scalar: Unicode.Scalar) -> Bool {
      let value = scalar.value
      for range in ranges where range.contains(value) { return true }
      if digits && Pattern.isDigit(scalar) { return true }
      if notDigits && !Pattern.isDigit(scalar) { return true }
      if words && Pattern.isWord(scalar) { return true }
      if notWords && !Pattern.isWord(scalar) { return true }
      if spaces && Pattern.isSpace(scalar) { return true }
      if notSpaces && !Pattern.isSpace(scalar) { return true }
      return false
    }
  }

  let program: [Instruction]
  let caseless: Bool
  public let source: String

  /// Compiles a pattern, or says what is wrong with it.
  public init(_ source: String) throws(PatternError) {
    var parser = PatternParser(Array(source.unicodeScalars))
    let tree = try parser.parseWhole()
    var compiler = PatternCompiler()
    try compiler.emit(tree)
    compiler.program.append(.match)
    program = compiler.program
    caseless = parser.caseless
    self.source = source
  }

  /// Whether the pattern matches somewhere in the text.
  public func matches(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    var current = ThreadList(capacity: program.count)
    var next = ThreadList(capacity: program.count)
    var stack: [Int] = []
    stack.reserveCapacity(16)
    for position in 0...scalars.count {
      // A match may start anywhere: a new thread at the start of the program at each position.
      if add(0, to: &current, at: position, scalars, &stack) { return true }
      guard position < scalars.count else { break }
      let scalar = scalars[position]
      next.clear()
      for index in 0..<current.count {
        let pc = current.items[index]
        let advances: Bool
        switch program[pc] {
        case .scalar(let expected): advances = expected == scalar || (caseless && Pattern.caseVariants(scalar).contains(expected))
        case .any: advances = scalar != "\n"
        case .set(let set, let negated): advances = set.contains(scalar, caseless: caseless) != negated
        default: advances = false
        }
        if advances, add(pc + 1, to: &next, at: position + 1, scalars, &stack) { return true }
      }
      swap(&current, &next)
    }
    return false
  }

  /// Adds a thread and everything it reaches without reading a character; true when one of
  /// them is the match. Iterative (a pattern's epsilon chains can be long).
  private func add(_ start: Int, to list: inout ThreadList, at position: Int, _ scalars: [Unicode.Scalar], _ stack: inout [Int]) -> Bool {
    stack.removeAll(keepingCapacity: true)
    stack.append(start)
    while let pc = stack.popLast() {
      guard list.insert(pc) else { continue }
      switch program[pc] {
      case .match: return true
      case .jump(let target): stack.append(target)
      case .split(let first, let second):
        stack.append(second)
        stack.append(first)
      case .textStart: if position == 0 { stack.append(pc + 1) }
      case .textEnd: if position == scalars.count { stack.append(pc + 1) }
      case .wordBoundary(let wanted):
        let before = position > 0 && Pattern.isWord(scalars[position - 1])
        let after = position < scalars.count && Pattern.isWord(scalars[position])
        if (before != after) == wanted { stack.append(pc + 1) }
      case .scalar, .any, .set: break
      }
    }
    return false
  }

  /// The program counters of live threads: a sparse set (each at most once, cleared in O(1)).
  struct ThreadList {
    var items: [Int]
    var count = 0
    var sparse: [Int]

    init(capacity: Int) {
      items = [Int](repeating: 0, count: capacity)
      sparse = [Int](repeating: 0, count: capacity)
    }

    mutating func clear() { count = 0 }

    mutating func insert(_ pc: Int) -> Bool {
      let slot = sparse[pc]
      if slot < count, items[slot] == pc { return false }
      sparse[pc] = count
      items[count] = pc
      count += 1
      return true
    }
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.numericType == .decimal }
  static func isWord(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
  }
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }

  /// The scalar in other cases (simple case mapping), for `(?i)`.
  static func caseVariants(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    var variants: [Unicode.Scalar] = []
    for mapped in [scalar.properties.lowercaseMapping, scalar.properties.uppercaseMapping, scalar.properties.titlecaseMapping] {
      let scalars = Array(mapped.unicodeScalars)
      if scalars.count == 1, scalars[0] != scalar, !variants.contains(scalars[0]) { variants.append(scalars[0]) }
    }
    return variants
  }
}

/// Why a pattern does not compile: a message and the character it is about.
public struct PatternError: Error, Sendable {
  public var message: Phrase
  /// Where in the pattern, in characters (Unicode scalars) from its start.
  public var offset: Int
}

/// The syntax tree of a pattern.
indirect enum PatternNode: Sendable {
  case empty
  case scalar(Unicode.Scalar)
  case any
  case set(Pattern.CharacterSet, negated: Bool)
  case sequence([PatternNode])
  case alternation([PatternNode])
  case repeated(PatternNode, min: Int, max: Int?)
  case textStart, textEnd
  case wordBoundary(Bool)
}

struct PatternParser {
  let scalars: [Unicode.Scalar]
  var position = 0
  var caseless = false
  var depth = 0

  init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

  func fail(_ message: String, zh: String, at offset: Int? = nil) -> PatternError {
    PatternError(message: Phrase(message, zh: zh), offset: offset ?? position)
  }

  var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

  mutating func parseWhole() throws(PatternError) -> PatternNode {
    if scalars.starts(with: Array("(?i)".unicodeScalars)) {
      caseless = true
      position = 4
    }
    let node = try parseAlternation()
    if let current {
      throw fail(current == ")" ? "a ')' without its '('" : "unexpected '\(current)'", zh: current == ")" ? "')' 前面没有与它配对的 '('" : "这里不能有 '\(current)'")
    }
    return node
  }

  mutating func parseAlternation() throws(PatternError) -> PatternNode {
    var branches = [try parseSequence()]
    while current == "|" {
      position += 1
      branches.append(try parseSequence())
    }
    return branches.count == 1 ? branches[0] : .alternation(branches)
  }

  mutating func parseSequence() throws(PatternError) -> PatternNode {
    var items: [PatternNode] = []
    while let scalar = current, scalar != "|", scalar != ")" {
      var atom = try parseAtom()
      atom = try parseQuantifiers(atom)
      items.append(atom)
    }
    return items.isEmpty ? .empty : items.count == 1 ? items[0] : .sequence(items)
  }

  mutating func parseQuantifiers(_ atom: PatternNode) throws(PatternError) -> PatternNode {
    var node = atom
    while let scalar = current {
      let at = position
      var bounds: (Int, Int?)
      switch scalar {
      case "*": bounds = (0, nil); position += 1
      case "+": bounds = (1, nil); position += 1
      case "?": bounds = (0, 1); position += 1
      case "{":
        guard let parsed = try parseBraces() else { return node }
        bounds = parsed
      default: return node
      }
      if case .textStart = node { throw fail("nothing to repeat before '\(scalar)'", zh: "'\(scalar)' 前面没有可以重复的内容", at: at) }
      if case .empty = node { throw fail("nothing to repeat before '\(scalar)'", zh: "'\(scalar)' 前面没有可以重复的内容", at: at) }
      // A lazy quantifier (`*?`) means the same for whether there is a match.
      if current == "?" { position += 1 }
      if current == "+" { throw fail("possessive quantifiers ('*+') are not supported", zh: "不支持占有型量词（'*+'）") }
      node = .repeated(node, min: bounds.0, max: bounds.1)
    }
    return node
  }

  /// `{n}`, `{n,}`, `{n,m}`; nil (and nothing consumed) when the brace is a literal.
  mutating func parseBraces() throws(PatternError) -> (Int, Int?)? {
    let start = position
    position += 1
    func number() -> Int? {
      var digits = ""
      while let scalar = current, ("0"..."9").contains(scalar) {
        digits.unicodeScalars.append(scalar)
        position += 1
      }
      return digits.isEmpty ? nil : Int(digits.prefix(7))
    }
    guard let low = number() else {
      position = start
      return nil
    }
    var high: Int? = low
    if current == "," {
      position += 1
      high = number()
    }
    guard current == "}" else {
      position = start
      return nil
    }
    position += 1
    if low > Pattern.maxRepeat || (high ?? 0) > Pattern.maxRepeat {
      throw fail("a repeat count above \(Pattern.maxRepeat)", zh: "重复次数超过了 \(Pattern.maxRepeat)", at: start)
    }
    if let high, high < low { throw fail("{\(low),\(high)}: the second count is smaller than the first", zh: "{\(low),\(high)}：第二个次数比第一个小", at: start) }
    return (low, high)
  }

  mutating func parseAtom() throws(PatternError) -> PatternNode {
    guard let scalar = current else { throw fail("the pattern ends too soon", zh: "正则表达式没写完就结束了") }
    let at = position
    position += 1
    switch scalar {
    case ".": return .any
    case "^": return .textStart
    case "$": return .textEnd
    case "[": return try parseClass(openedAt: at)
    case "(":
      depth += 1
      defer { depth -= 1 }
      guard depth <= 256 else { throw fail("groups nested more than 256 deep", zh: "分组嵌套超过了 256 层", at: at) }
      if current == "?" {
        position += 1
        switch current {
        case ":": position += 1
        case "=", "!": throw fail("look-ahead '(?\(current ?? "?")' is not supported: kexie's patterns run in time linear in the text", zh: "不支持向前查找 '(?\(current ?? "?")'：kexie 的正则表达式保证运行时间和文字长度成正比", at: at)
        case "<":
          throw fail("look-behind and named groups '(?<' are not supported: kexie's patterns run in time linear in the text", zh: "不支持向后查找和命名分组 '(?<'：kexie 的正则表达式保证运行时间和文字长度成正比", at: at)
        default: throw fail("'(?' can only start '(?:' (and '(?i)' the whole pattern)", zh: "'(?' 只能用在 '(?:' 里（整个表达式开头还可以写 '(?i)'）", at: at)
        }
      }
      let inner = try parseAlternation()
      guard current == ")" else { throw fail("the group opened here is not closed", zh: "这里开始的分组没有闭合", at: at) }
      position += 1
      return inner
    case "\\": return try parseEscape(at: at, inClass: false).node
    case "*", "+", "?": throw fail("nothing to repeat before '\(scalar)'", zh: "'\(scalar)' 前面没有可以重复的内容", at: at)
    default: return .scalar(scalar)
    }
  }

  /// An escape: a node (outside a class), or the set or scalar it adds (inside one).
  mutating func parseEscape(at: Int, inClass: Bool) throws(PatternError) -> (node: PatternNode, set: Pattern.CharacterSet?, scalar: Unicode.Scalar?) {
    guard let scalar = current else { throw fail("'\\' at the end of the pattern", zh: "正则表达式以 '\\' 结尾", at: at) }
    position += 1
    var set = Pattern.CharacterSet()
    switch scalar {
    case "d": set.digits = true
    case "D": set.notDigits = true
    case "w": set.words = true
    case "W": set.notWords = true
    case "s": set.spaces = true
    case "S": set.notSpaces = true
    case "n": return (.scalar("\n"), nil, "\n")
    case "t": return (.scalar("\t"), nil, "\t")
    case "r": return (.scalar("\r"), nil, "\r")
    case "b", "B":
      guard !inClass else { throw fail("'\\\(scalar)' inside a class", zh: "字符类里不能用 '\\\(scalar)'", at: at) }
      return (.wordBoundary(scalar == "b"), nil, nil)
    case "u":
      let value = try parseCodePoint(at: at)
      return (.scalar(value), nil, value)
    case "0"..."9":
      throw fail("back-references ('\\\(scalar)') are not supported: kexie's patterns run in time linear in the text", zh: "不支持反向引用（'\\\(scalar)'）：kexie 的正则表达式保证运行时间和文字长度成正比", at: at)
    default:
      guard !scalar.properties.isAlphabetic else { throw fail("unknown escape '\\\(scalar)'", zh: "不认识的转义 '\\\(scalar)'", at: at) }
      return (.scalar(scalar), nil, scalar)
    }
    return (.set(set, negated: false), set, nil)
  }

  /// `\u{4E2D}` or `\u4E2D`.
  mutating func parseCodePoint(at: Int) throws(PatternError) -> Unicode.Scalar {
    var hex = ""
    if current == "{" {
      position += 1
      while let scalar = current, scalar != "}" {
        hex.unicodeScalars.append(scalar)
        position += 1
      }
      guard current == "}" else { throw fail("'\\u{' is not closed", zh: "'\\u{' 没有闭合", at: at) }
      position += 1
    } else {
      for _ in 0..<4 {
        guard let scalar = current else { break }
        hex.unicodeScalars.append(scalar)
        position += 1
      }
    }
    guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
      throw fail("'\\u\(hex)' is not a character", zh: "'\\u\(hex)' 不是一个字符", at: at)
    }
    return scalar
  }

  mutating func parseClass(openedAt at: Int) throws(PatternError) -> PatternNode {
    var set = Pattern.CharacterSet()
    var negated = false
    if current == "^" {
      negated = true
      position += 1
    }
    var first = true
    while true {
      guard let scalar = current else { throw fail("the class opened here is not closed", zh: "这里开始的字符类没有闭合", at: at) }
      if scalar == "]", !first {
        position += 1
        break
      }
      first = false
      if scalar == "[", position + 1 < scalars.count, scalars[position + 1] == ":" {
        throw fail("POSIX classes ('[:alpha:]') are not supported; use \\w, \\d or \\s", zh: "不支持 POSIX 字符类（'[:alpha:]'）；请用 \\w、\\d 或 \\s", at: position)
      }
      let itemAt = position
      var low: Unicode.Scalar
      if scalar == "\\" {
        position += 1
        let escape = try parseEscape(at: itemAt, inClass: true)
        if let named = escape.set {
          set.digits = set.digits || named.digits
          set.notDigits = set.notDigits || named.notDigits
          set.words = set.words || named.words
          set.notWords = set.notWords || named.notWords
          set.spaces = set.spaces || named.spaces
          set.notSpaces = set.notSpaces || named.notSpaces
          continue
        }
        guard let value = escape.scalar else { continue }
        low = value
      } else {
        low = scalar
        position += 1
      }
      var high = low
      if current == "-", position + 1 < scalars.count, scalars[position + 1] != "]" {
        position += 1
        guard let next = current else { throw fail("the class opened here is not closed", zh: "这里开始的字符类没有闭合", at: at) }
        if next == "\\" {
          position += 1
          guard let value = try parseEscape(at: position - 1, inClass: true).scalar else {
            throw fail("a range cannot end in a class like \\d", zh: "范围的结尾不能是 \\d 这样的字符类", at: itemAt)
          }
          high = value
        } else {
          high = next
          position += 1
        }
        guard high.value >= low.value else { throw fail("the range \(low)-\(high) is backwards", zh: "范围 \(low)-\(high) 前后颠倒了", at: itemAt) }
      }
      set.ranges.append(low.value...high.value)
    }
    return .set(set, negated: negated)
  }
}

struct PatternCompiler {
  var program: [Pattern.Instruction] = []

  mutating func append(_ instruction: Pattern.Instruction) throws(PatternError) {
    guard program.count < Pattern.maxInstructions else {
      throw PatternError(message: Phrase("the pattern is too large once its repeats are written out (more than \(Pattern.maxInstructions) steps)", zh: "把重复展开之后，正则表达式太大了（超过 \(Pattern.maxInstructions) 步）"), offset: 0)
    }
    program.append(instruction)
  }

  mutating func emit(_ node: PatternNode) throws(PatternError) {
    switch node {
    case .empty: break
    case .scalar(let scalar): try append(.scalar(scalar))
    case .any: try append(.any)
    case .set(let set, let negated): try append(.set(set, negated: negated))
    case .textStart: try append(.textStart)
    case .textEnd: try append(.textEnd)
    case .wordBoundary(let wanted): try append(.wordBoundary(wanted))
    case .sequence(let items):
      for item in items { try emit(item) }
    case .alternation(let branches):
      // split L1, next; L1: branch; jump end; next: split …
      var jumps: [Int] = []
      for (index, branch) in branches.enumerated() {
        if index < branches.count - 1 {
          let split = program.count
          try append(.split(split + 1, 0))
          try emit(branch)
          jumps.append(program.count)
          try append(.jump(0))
          program[split] = .split(split + 1, program.count)
        } else {
          try emit(branch)
        }
      }
      for jump in jumps { program[jump] = .jump(program.count) }
    case .repeated(let inner, let min, let max):
      for _ in 0..<min { try emit(inner) }
      if let max {
        // Each optional copy: split into it or past all that remain.
        var splits: [Int] = []
        for _ in min..<max {
          splits.append(program.count)
          try append(.split(program.count + 1, 0))
          try emit(inner)
        }
        for split in splits { program[split] = .split(split + 1, program.count) }
      } else {
        // L: split body, end; body; jump L
        let loop = program.count
        try append(.split(loop + 1, 0))
        try emit(inner)
        try append(.jump(loop))
        program[loop] = .split(loop + 1, program.count)
      }
    }
  }
}
