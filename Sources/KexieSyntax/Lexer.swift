import KexieDiagnostics

/// Turns the bytes of a `SourceFile` into tokens.
///
/// The lexer never fails: what it cannot read becomes an `.invalid` token and a diagnostic,
/// and it carries on. It works on UTF-8 bytes, so invalid UTF-8 is reported with its position
/// instead of being trapped on.
///
/// Text typed with a Chinese input method is read as meant: full-width ASCII forms (＝ （ ）
/// ， ＞ ｜ ０-９ …) and the ideographic space fold silently to their ASCII twins; “…” and ‘…’
/// are string quotes and 、 separates list items, each with a note. Nothing inside a string
/// literal is ever changed. Each token records what was done in `normalization`.
///
/// Newlines: a newline ends a statement unless a bracket is open, the line ends with `|`, `,`,
/// an operator or a keyword that cannot end a statement, or the next line starts with `|`.
/// The lexer drops the newlines that do not end a statement, so the parser only sees the ones
/// that do.
public struct Lexer {
  public let source: SourceFile
  let bytes: [UInt8]
  var position = 0
  var tokens: [Token] = []
  public private(set) var diagnostics: [Diagnostic] = []
  /// Open parentheses so far (used to tell a dot command from a path on a new line).
  var depth = 0
  /// Whether newlines that do not end a statement are dropped as they are scanned.
  var significantOnly = false
  /// A newline seen but not yet kept or dropped: that depends on the token after it.
  var pendingNewline: Token?

  public init(_ source: SourceFile) {
    self.source = source
    self.bytes = source.bytes
  }

  /// Tokenizes a whole file: the statement-ending newlines are kept, the others dropped,
  /// and the list always ends with an `.end` token.
  public static func tokenize(_ source: SourceFile) -> (tokens: [Token], diagnostics: [Diagnostic]) {
    var lexer = Lexer(source)
    lexer.significantOnly = true
    let tokens = lexer.scanAll()
    return (tokens, lexer.diagnostics)
  }

  /// Every token (with every newline, unless `significantOnly`), ending with `.end`.
  public mutating func scanAll() -> [Token] {
    while position < bytes.count {
      scanToken()
    }
    append(Token(.end, .point(bytes.count), text: ""))
    return tokens
  }

  // MARK: - Newlines

  /// Adds a token. In `significantOnly` mode, first decides whether a newline before it ends a
  /// statement — in one pass, without a second array of tokens.
  mutating func append(_ token: Token) {
    if token.kind == .newline, significantOnly {
      if pendingNewline == nil { pendingNewline = token }
      return
    }
    if let newline = pendingNewline {
      pendingNewline = nil
      // A bracket changes `depth` only once it has been added, so this is the depth the newline is at.
      if Lexer.keepsNewline(before: token, after: tokens, depth: depth) { tokens.append(newline) }
    }
    tokens.append(token)
  }

  /// Whether a newline ends a statement, from the tokens kept so far and the one after it.
  static func keepsNewline(before next: Token, after kept: [Token], depth: Int) -> Bool {
    if depth > 0 || next.kind == .pipe { return false }
    guard let previous = kept.last else { return false }
    if previous.kind == .newline || previous.kind == .semicolon { return false }
    return statementCanEnd(after: kept[...])
  }

  /// Whether a statement may end after these tokens (the last is not a newline): not after
  /// `|`, `,`, an operator or a keyword such as `where` — the one rule used by the newline
  /// filter, the dot-command test and the REPL's continuation prompt (`Completeness`).
  static func statementCanEnd(after kept: ArraySlice<Token>) -> Bool {
    guard let last = kept.last else { return true }
    return !last.kind.continuesLine || isSelectStar(kept)
  }

  /// `select *` or `, *`: here `*` is not multiplication, so a line may end with it.
  static func isSelectStar(_ kept: ArraySlice<Token>) -> Bool {
    guard kept.last?.kind == .star, kept.count >= 2 else { return false }
    let before = kept[kept.endIndex - 2].kind
    return before == .keyword(.select) || before == .comma
  }

  // MARK: - Reading scalars

  /// A scalar decoded from UTF-8, with its length in bytes; nil for an invalid sequence.
  func decode(at offset: Int) -> (scalar: Unicode.Scalar, length: Int)? {
    guard offset < bytes.count else { return nil }
    let lead = bytes[offset]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let length: Int
    var value: UInt32
    switch lead {
    case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
    case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
    case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
    default: return nil
    }
    guard offset + length <= bytes.count else { return nil }
    for index in 1..<length {
      let byte = bytes[offset + index]
      guard byte & 0xC0 == 0x80 else { return nil }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    // Reject overlong forms and values outside Unicode (surrogates fail Unicode.Scalar.init).
    let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
    guard value >= minimum, value <= 0x10FFFF, let scalar = Unicode.Scalar(value) else {
      return nil
    }
    return (scalar, length)
  }

  /// Full-width ASCII forms and the ideographic space, folded to ASCII.
  static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let value = scalar.value
    if value >= 0xFF01, value <= 0xFF5E { return Unicode.Scalar(UInt8(value - 0xFEE0)) }
    if value == 0x3000 { return " " }
    return scalar
  }

  /// The folded scalar at `offset`, or nil at the end or at invalid UTF-8.
  func peek(_ offset: Int) -> Unicode.Scalar? {
    guard let (scalar, _) = decode(at: offset) else { return nil }
    return Lexer.fold(scalar)
  }

  func length(at offset: Int) -> Int { decode(at: offset)?.length ?? 1 }

  /// The text between two offsets exactly as written, for normalization notes and messages.
  func original(_ start: Int, _ end: Int) -> String {
    String(decoding: bytes[start..<min(end, bytes.count)], as: UTF8.self)
  }

  // MARK: - Tokens

  mutating func emit(
    _ kind: TokenKind, from start: Int, text: String, number: NumberValue? = nil,
    normalization: String? = nil, chineseWord: String? = nil
  ) {
    var note = normalization
    // Only full-width forms are folded, and they are never ASCII: an ASCII token needs no note
    // (and no comparison, which keeps the tokenizer fast).
    if note == nil, kind != .string, kind != .quotedName, kind != .dotCommand, hasNonASCII(start, position) {
      let written = original(start, position)
      if written != text { note = "\(written) → \(text)" }
    }
    var token = Token(kind, SourceRange(start, position), text: text, number: number, normalization: note)
    token.chineseWord = chineseWord
    append(token)
  }

  mutating func report(_ diagnostic: Diagnostic) {
    diagnostics.append(diagnostic.located(in: source))
  }

  mutating func scanToken() {
    let start = position
    guard let (raw, size) = decode(at: position) else {
      position += 1
      report(.invalidUTF8(byte: bytes[start], at: SourceRange(start, start + 1)))
      append(Token(.invalid, SourceRange(start, start + 1), text: ""))
      return
    }
    let scalar = Lexer.fold(raw)
    switch scalar {
    case " ", "\t", "\r", "\u{A0}", "\u{FEFF}":
      position += size
    case "\n":
      position += size
      append(Token(.newline, SourceRange(start, position), text: "\n"))
    case "#":
      skipToEndOfLine()
    case "/" where peek(position + size) == "/":
      skipToEndOfLine()
    case "." where atStatementStart && isASCIILetter(peek(position + size)):
      scanDotCommand()
    case "\"", "'":
      scanString(closing: scalar, openingSize: size, chinese: false)
    case "\u{201C}", "\u{201D}":
      scanString(closing: "\u{201D}", openingSize: size, chinese: true)
    case "\u{2018}", "\u{2019}":
      scanString(closing: "\u{2019}", openingSize: size, chinese: true)
    case "`":
      scanQuotedName(closing: "`", openingSize: size)
    case "\u{300C}":
      scanQuotedName(closing: "\u{300D}", openingSize: size)
    case "0"..."9":
      scanNumber()
    case "\u{3001}":
      position += size
      report(.chineseComma(at: SourceRange(start, position)))
      emit(.comma, from: start, text: ",", normalization: "、 → ,")
    default:
      if Lexer.isNameStart(scalar) {
        scanName()
      } else {
        scanPunctuation(scalar, size: size)
      }
    }
  }

  /// Whether a `.` here starts a dot command: first thing on a line that starts a statement.
  var atStatementStart: Bool {
    guard depth == 0 else { return false }
    var index = tokens.count - 1
    if pendingNewline != nil {
      // A newline was just seen: the statement before it must be complete.
      guard index >= 0 else { return true }
      if tokens[index].kind == .newline || tokens[index].kind == .semicolon { return true }
      return Lexer.statementCanEnd(after: tokens[...])
    }
    guard index >= 0 else { return lineIsBlankBefore(position) }
    guard tokens[index].kind == .newline || tokens[index].kind == .semicolon else { return false }
    if tokens[index].kind == .semicolon { return true }
    while index >= 0, tokens[index].kind == .newline { index -= 1 }
    if index < 0 { return true }
    return Lexer.statementCanEnd(after: tokens[...index])
  }

  func lineIsBlankBefore(_ offset: Int) -> Bool {
    var index = offset - 1
    while index >= 0, bytes[index] != UInt8(ascii: "\n") {
      if bytes[index] != UInt8(ascii: " "), bytes[index] != UInt8(ascii: "\t") { return false }
      index -= 1
    }
    return true
  }

  func isASCIILetter(_ scalar: Unicode.Scalar?) -> Bool {
    guard let scalar, scalar.isASCII else { return false }
    return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
  }

  static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || scalar == "_"
    }
    // CJK Unified Ideographs are all names; skip the property lookup for the common case.
    if scalar.value >= 0x4E00 && scalar.value <= 0x9FFF { return true }
    return scalar.properties.isXIDStart
  }

  static func isNameContinue(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
        || (scalar >= "0" && scalar <= "9") || scalar == "_"
    }
    if scalar.value >= 0x4E00 && scalar.value <= 0x9FFF { return true }
    return scalar.properties.isXIDContinue
  }

  /// Moves to the end of the line (a comment, a dot command), still reporting bytes that are
  /// not UTF-8: a file that is not UTF-8 is reported wherever it is.
  mutating func skipToEndOfLine() {
    while position < bytes.count, bytes[position] != UInt8(ascii: "\n") {
      guard bytes[position] >= 0x80 else {
        position += 1
        continue
      }
      if let (_, size) = decode(at: position) {
        position += size
      } else {
        report(.invalidUTF8(byte: bytes[position], at: SourceRange(position, position + 1)))
        position += 1
      }
    }
  }

  mutating func scanDotCommand() {
    let start = position
    skipToEndOfLine()
    var text = original(start, position)
    while text.hasSuffix("\r") || text.hasSuffix(" ") || text.hasSuffix("\t") { text.removeLast() }
    append(Token(.dotCommand, SourceRange(start, position), text: text))
  }

  func hasNonASCII(_ start: Int, _ end: Int) -> Bool {
    var index = start
    while index < end {
      if bytes[index] >= 0x80 { return true }
      index += 1
    }
    return false
  }

  static func isASCIINameByte(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
  }

  mutating func scanName() {
    let start = position
    // Fast path: an ASCII name is its bytes.
    while position < bytes.count, Lexer.isASCIINameByte(bytes[position]) { position += 1 }
    if position >= bytes.count || bytes[position] < 0x80 {
      let word = String(decoding: bytes[start..<position], as: UTF8.self)
      if let keyword = Keyword(word: word) {
        emit(.keyword(keyword), from: start, text: keyword.rawValue)
      } else {
        emit(.name, from: start, text: word)
      }
      return
    }
    var text = String(decoding: bytes[start..<position], as: UTF8.self)
    while let (raw, size) = decode(at: position) {
      let scalar = Lexer.fold(raw)
      guard Lexer.isNameContinue(scalar) else { break }
      text.unicodeScalars.append(scalar)
      position += size
    }
    if let keyword = Keyword(word: text) {
      emit(.keyword(keyword), from: start, text: keyword.rawValue)
    } else if let keyword = ChineseWords.keyword(text) {
      // A Chinese word is the keyword it stands for; `.tokens` notes "筛选 → where".
      emit(.keyword(keyword), from: start, text: keyword.rawValue, chineseWord: text)
    } else {
      emit(.name, from: start, text: text)
    }
  }

  mutating func scanQuotedName(closing: Unicode.Scalar, openingSize: Int) {
    let start = position
    position += openingSize
    var text = ""
    while let (scalar, size) = decode(at: position) {
      if scalar == closing {
        position += size
        if text.isEmpty {
          report(.emptyQuotedName(at: SourceRange(start, position)))
          emit(.invalid, from: start, text: "")
        } else {
          emit(.quotedName, from: start, text: text)
        }
        return
      }
      if scalar == "\n" { break }
      text.unicodeScalars.append(scalar)
      position += size
    }
    if position < bytes.count, decode(at: position) == nil {
      // Invalid UTF-8 inside the name: report it where it is.
      report(.invalidUTF8(byte: bytes[position], at: SourceRange(position, position + 1)))
    }
    report(.unterminatedQuotedName(closing: String(closing), at: SourceRange(start, position)))
    emit(.invalid, from: start, text: text)
  }

  mutating func scanPunctuation(_ scalar: Unicode.Scalar, size: Int) {
    let start = position
    position += size
    let next = peek(position)
    func take(_ kind: TokenKind, extra: Bool) {
      if extra { position += length(at: position) }
      emit(kind, from: start, text: kind.spelling ?? "")
    }
    switch scalar {
    case "|": take(next == "|" ? .barBar : .pipe, extra: next == "|")
    case ",": take(.comma, extra: false)
    case ".": take(.dot, extra: false)
    case "(":
      take(.leftParen, extra: false)
      depth += 1
    case ")":
      take(.rightParen, extra: false)
      depth = max(0, depth - 1)
    case ";": take(.semicolon, extra: false)
    case "=": take(next == "=" ? .doubleEqual : .equal, extra: next == "=")
    case "!": take(next == "=" ? .notEqual : .bang, extra: next == "=")
    case "<":
      if next == "=" {
        take(.lessEqual, extra: true)
      } else if next == ">" {
        take(.lessGreater, extra: true)
      } else {
        take(.less, extra: false)
      }
    case ">": take(next == "=" ? .greaterEqual : .greater, extra: next == "=")
    case "+": take(.plus, extra: false)
    case "-": take(.minus, extra: false)
    case "*": take(.star, extra: false)
    case "/": take(.slash, extra: false)
    case "?" where next == "?": take(.questionQuestion, extra: true)
    case "&" where next == "&": take(.ampAmp, extra: true)
    default:
      // A run of the same character is one mistake, reported once.
      var count = 1
      while peek(position) == scalar {
        position += size
        count += 1
      }
      report(.unexpectedCharacter(String(scalar), count: count, at: SourceRange(start, position)))
      emit(.invalid, from: start, text: original(start, position))
    }
  }
}
