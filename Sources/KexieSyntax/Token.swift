import KexieDiagnostics

/// What kind of token the lexer found.
public enum TokenKind: Hashable, Sendable {
  /// A name: ASCII or Chinese letters, digits and `_`, not starting with a digit.
  case name
  /// A name in `` `…` `` or `「…」`: any text, never a keyword.
  case quotedName
  case keyword(Keyword)
  case string
  case integer
  case decimal
  /// A whole line starting with `.` at the start of a statement: a shell command.
  case dotCommand
  case pipe, comma, dot, leftParen, rightParen, semicolon
  case equal, doubleEqual, notEqual, lessGreater
  case less, lessEqual, greater, greaterEqual
  case plus, minus, star, slash, questionQuestion
  /// Operators from other languages, lexed so the parser can say what to write instead.
  case ampAmp, barBar, bang
  /// A newline that ends a statement (the lexer drops the ones that do not).
  case newline
  case end
  /// Text the lexer could not read; its diagnostic has been reported.
  case invalid

  /// How the kind is named in "expected …, found …" messages.
  public var description: String {
    switch self {
    case .name: "a name"
    case .quotedName: "a quoted name"
    case .keyword(let keyword): "'\(keyword.rawValue)'"
    case .string: "a string"
    case .integer: "an integer"
    case .decimal: "a decimal"
    case .dotCommand: "a dot command"
    case .newline: "the end of the line"
    case .end: "the end of the input"
    case .invalid: "an invalid token"
    default: "'\(spelling ?? "?")'"
    }
  }

  /// The same, in both languages (a keyword or an operator is its spelling in both).
  public var phrase: Phrase {
    switch self {
    case .name: Phrase("a name", zh: "名字")
    case .quotedName: Phrase("a quoted name", zh: "加引号的名字")
    case .string: Phrase("a string", zh: "字符串")
    case .integer: Phrase("an integer", zh: "整数")
    case .decimal: Phrase("a decimal", zh: "小数")
    case .dotCommand: Phrase("a dot command", zh: "点命令")
    case .newline: Phrase("the end of the line", zh: "行尾")
    case .end: Phrase("the end of the input", zh: "输入的结尾")
    case .invalid: Phrase("an invalid token", zh: "无效的词")
    default: .same(description)
    }
  }

  /// The canonical spelling of a punctuation or operator token.
  public var spelling: String? {
    switch self {
    case .pipe: "|"
    case .comma: ","
    case .dot: "."
    case .leftParen: "("
    case .rightParen: ")"
    case .semicolon: ";"
    case .equal: "="
    case .doubleEqual: "=="
    case .notEqual: "!="
    case .lessGreater: "<>"
    case .less: "<"
    case .lessEqual: "<="
    case .greater: ">"
    case .greaterEqual: ">="
    case .plus: "+"
    case .minus: "-"
    case .star: "*"
    case .slash: "/"
    case .questionQuestion: "??"
    case .ampAmp: "&&"
    case .barBar: "||"
    case .bang: "!"
    case .keyword(let keyword): keyword.rawValue
    default: nil
    }
  }

  /// Whether a newline right after this token continues the statement.
  var continuesLine: Bool {
    switch self {
    case .pipe, .comma, .dot, .leftParen, .equal, .doubleEqual, .notEqual, .lessGreater, .less,
      .lessEqual, .greater, .greaterEqual, .plus, .minus, .star, .slash, .questionQuestion,
      .ampAmp, .barBar, .bang:
      true
    case .keyword(let keyword): !keyword.canEndStatement
    default: false
    }
  }
}

/// A number literal's value. Integers are exact 64-bit; decimals are IEEE doubles.
public enum NumberValue: Hashable, Sendable {
  case integer(Int64)
  case decimal(Double)
}

/// One token: its kind, where it is, and what it means.
public struct Token: Hashable, Sendable {
  public var kind: TokenKind
  /// The bytes of the token in the source (for a string, quotes included).
  public var range: SourceRange
  /// The token's meaning: a name's text (full-width letters folded), a string's contents
  /// (escapes decoded, nothing else changed), a number's canonical text, an operator's
  /// canonical spelling, a dot command's whole line.
  public var text: String
  public var number: NumberValue?
  /// What the tokenizer did to read it, for `.tokens`: "＝ → =", "“ → \"", "58.7万 → 587000".
  public var normalization: String?
  /// A keyword written as its Chinese word (`筛选` for where), so `.fmt` and messages know.
  public var chineseWord: String?

  public init(
    _ kind: TokenKind, _ range: SourceRange, text: String, number: NumberValue? = nil,
    normalization: String? = nil
  ) {
    self.kind = kind
    self.range = range
    self.text = text
    self.number = number
    self.normalization = normalization
  }

  public var keyword: Keyword? {
    if case .keyword(let keyword) = kind { return keyword }
    return nil
  }

  public func `is`(_ keyword: Keyword) -> Bool { kind == .keyword(keyword) }

  /// Names, quoted names and keywords all read as a word ("filter", "select").
  public var isWordLike: Bool {
    switch kind {
    case .name, .quotedName, .keyword: true
    default: false
    }
  }
}
