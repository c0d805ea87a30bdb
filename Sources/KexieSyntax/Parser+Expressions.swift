import KexieDiagnostics

/// Expressions, loosest binding first (grammar/precedence.md):
///
/// | level | operators                                              | associativity |
/// |-------|--------------------------------------------------------|---------------|
/// | 1     | or                                                     | left          |
/// | 2     | and                                                    | left          |
/// | 3     | not (prefix)                                           | prefix        |
/// | 4     | = == != <> < <= > >=, is [not] null, [not] in,         | none          |
/// |       | [not] contains/startswith/endswith/matches, between    |               |
/// | 5     | ??                                                     | right         |
/// | 6     | + -                                                    | left          |
/// | 7     | * /                                                    | left          |
/// | 8     | - (prefix)                                             | prefix        |
/// | 9     | . (path), f(…) (call)                                  | left          |
extension Parser {
  // expression = or-expr ;
  public mutating func parseExpression() -> Expr {
    guard enterNesting(at: current.range) else { return .invalid(current.range) }
    defer { depth -= 1 }
    return parseOr()
  }

  /// Builds a node over `children`, refusing trees too tall to walk safely.
  mutating func node(_ kind: ExprKind, _ range: SourceRange, children: [Expr]) -> Expr {
    let height = 1 + (children.map(\.height).max() ?? 0)
    if height > Parser.maxHeight {
      report(.nestingTooDeep(limit: Parser.maxHeight, at: range))
      abandoned = true
      skipStatement()
      return .invalid(range)
    }
    return Expr(kind, range: range, height: height)
  }

  /// The binary operator at the current token, if it binds at `level`.
  func binaryOperator(at level: Precedence) -> BinaryOperator? {
    BinaryOperator.spelled(by: current.kind).flatMap { $0.precedence == level ? $0 : nil }
  }

  /// One left-associative level of the table: operands parsed by `operand`, joined by the
  /// level's operators.
  mutating func parseLeftAssociative(_ level: Precedence, _ operand: (inout Parser) -> Expr) -> Expr {
    var left = operand(&self)
    while let op = binaryOperator(at: level) {
      let token = consume()
      if token.kind == .barBar { report(.foreignOperator("||", use: "or", at: token.range)) }
      if token.kind == .ampAmp { report(.foreignOperator("&&", use: "and", at: token.range)) }
      let right = operand(&self)
      left = node(.binary(op, left, right), left.range.merged(with: right.range), children: [left, right])
    }
    return left
  }

  // or-expr = and-expr { "or" and-expr } ;
  mutating func parseOr() -> Expr {
    parseLeftAssociative(.or) { $0.parseAnd() }
  }

  // and-expr = not-expr { "and" not-expr } ;
  mutating func parseAnd() -> Expr {
    parseLeftAssociative(.and) { $0.parseNot() }
  }

  // not-expr = "not" not-expr | comparison ;
  mutating func parseNot() -> Expr {
    guard at(.not) || at(.bang) else { return parseComparison() }
    let op = consume()
    if op.kind == .bang { report(.foreignOperator("!", use: "not", at: op.range)) }
    guard enterNesting(at: op.range) else { return .invalid(op.range) }
    defer { depth -= 1 }
    let operand = parseNot()
    return node(.unary(.not, operand), op.range.merged(with: operand.range), children: [operand])
  }

  // comparison = coalesce [ comparison-tail ] ;
  mutating func parseComparison() -> Expr {
    let left = parseCoalesce()
    guard startsComparisonTail else { return left }
    let result = parseComparisonTail(left)
    if binaryOperator(at: .comparison) != nil, !result.isInvalid {
      reportExpected(
        Phrase("the end of the comparison", zh: "比较的结尾"),
        notes: [Phrase("comparisons do not chain: write 'a < b and b < c'", zh: "比较不能连着写：要写成 'a < b and b < c'")])
      consume()
      _ = parseCoalesce()  // read the rest of the chain so it is not reported again
    }
    return result
  }

  /// Whether a comparison tail starts here (`not` only when `in`, `between` or a text test follows).
  var startsComparisonTail: Bool {
    if binaryOperator(at: .comparison) != nil || at(.is) || at(.in) || at(.between) { return true }
    if textPredicate(current) != nil { return true }
    if at(.not) || at(.bang) { return peek().is(.in) || peek().is(.between) || textPredicate(peek()) != nil }
    return false
  }

  func textPredicate(_ token: Token) -> TextPredicate? {
    guard let keyword = token.keyword else { return nil }
    return TextPredicate(rawValue: keyword.rawValue)
  }

  // comparison-tail = compare-op coalesce
  //                 | "is" [ "not" ] "null"
  //                 | [ "not" ] "in" ( "(" [ expression { "," expression } ] ")" | postfix )
  //                 | [ "not" ] text-op coalesce
  //                 | [ "not" ] "between" coalesce "and" coalesce ;
  mutating func parseComparisonTail(_ left: Expr) -> Expr {
    if let op = binaryOperator(at: .comparison) {
      consume()
      let right = parseCoalesce()
      return node(.binary(op, left, right), left.range.merged(with: right.range), children: [left, right])
    }
    if consume(if: .keyword(.is)) != nil {
      let negated = consume(if: .keyword(.not)) != nil
      let null = expect(.keyword(.null), negated ? Phrase("'null' after 'is not'", zh: "'is not' 后面的 'null'") : Phrase("'null' or 'not null' after 'is'", zh: "'is' 后面的 'null' 或 'not null'"))
      return node(.isNull(left, negated: negated), left.range.merged(with: null.range), children: [left])
    }
    var negated = false
    if at(.not) || at(.bang) {
      let notToken = consume()
      if notToken.kind == .bang { report(.foreignOperator("!", use: "not", at: notToken.range)) }
      negated = true
    }
    if let predicate = textPredicate(current) {
      consume()
      let right = parseCoalesce()
      return node(.text(predicate, left, right, negated: negated), left.range.merged(with: right.range), children: [left, right])
    }
    if consume(if: .keyword(.between)) != nil {
      let low = parseCoalesce()
      expect(.keyword(.and), Phrase("'and' between the bounds of 'between'", zh: "'between' 的上下限之间的 'and'"))
      let high = parseCoalesce()
      return node(.between(left, low, high, negated: negated), left.range.merged(with: high.range), children: [left, low, high])
    }
    expect(.keyword(.in))
    if current.kind == .name || current.kind == .quotedName {
      // `"淅川" in county`: membership in a list field.
      let field = parsePostfix()
      return node(.inList(left, [field], negated: negated), left.range.merged(with: field.range), children: [left, field])
    }
    let open = expect(.leftParen, Phrase("'(' to start the list after 'in', or a list field", zh: "'in' 后面列表开头的 '('，或一个列表字段"))
    let items = at(.rightParen) ? [] : parseExpressionList()
    let close = expect(.rightParen, Phrase("',' or ')' in the list", zh: "列表里的 ',' 或 ')'"))
    let range = left.range.merged(with: close.range.isEmpty ? open.range : close.range)
    return node(.inList(left, items, negated: negated), range, children: [left] + items)
  }

  // coalesce = additive [ "??" coalesce ] ;
  mutating func parseCoalesce() -> Expr {
    let left = parseAdditive()
    guard at(.questionQuestion) else { return left }
    let op = consume()
    guard enterNesting(at: op.range) else { return .invalid(op.range) }
    defer { depth -= 1 }
    let right = parseCoalesce()
    return node(.binary(.coalesce, left, right), left.range.merged(with: right.range), children: [left, right])
  }

  // additive = multiplicative { ( "+" | "-" ) multiplicative } ;
  mutating func parseAdditive() -> Expr {
    parseLeftAssociative(.additive) { $0.parseMultiplicative() }
  }

  // multiplicative = unary { ( "*" | "/" ) unary } ;
  mutating func parseMultiplicative() -> Expr {
    parseLeftAssociative(.multiplicative) { $0.parseUnary() }
  }

  // unary = "-" unary | postfix ;
  mutating func parseUnary() -> Expr {
    guard at(.minus) else { return parsePostfix() }
    let op = consume()
    guard enterNesting(at: op.range) else { return .invalid(op.range) }
    defer { depth -= 1 }
    let operand = parseUnary()
    let range = op.range.merged(with: operand.range)
    // A negative number literal is one literal, so '-9223372036854775807' stays exact.
    if case .literal(.integer(let value)) = operand.kind, value != Int64.min {
      return Expr(.literal(.integer(-value)), range: range)
    }
    if case .literal(.decimal(let value)) = operand.kind {
      return Expr(.literal(.decimal(-value)), range: range)
    }
    return node(.unary(.negate, operand), range, children: [operand])
  }

  // postfix = primary { "." name } ;
  mutating func parsePostfix() -> Expr {
    var base = parsePrimary()
    while at(.dot) {
      consume()
      let member: Identifier
      if current.keyword != nil {
        let token = consume()
        member = Identifier(token.text, range: token.range)
      } else if let name = parseName(Phrase("a field name after '.'", zh: "'.' 后面的字段名")) {
        member = name
      } else {
        return base
      }
      base = node(.member(base, member), base.range.merged(with: member.range), children: [base])
    }
    return base
  }

  // primary = literal | call | name | "(" expression ")" ;
  // literal = STRING | INTEGER | DECIMAL | "true" | "false" | "null" ;
  mutating func parsePrimary() -> Expr {
    let token = current
    switch token.kind {
    case .string:
      consume()
      return Expr(.literal(.string(token.text)), range: token.range)
    case .integer, .decimal:
      consume()
      switch token.number {
      case .integer(let value)?: return Expr(.literal(.integer(value)), range: token.range)
      case .decimal(let value)?: return Expr(.literal(.decimal(value)), range: token.range)
      case nil: return .invalid(token.range)
      }
    case .keyword(.true), .keyword(.false):
      consume()
      return Expr(.literal(.bool(token.kind == .keyword(.true))), range: token.range)
    case .keyword(.null):
      consume()
      return Expr(.literal(.null), range: token.range)
    case .name, .keyword(.count):
      consume()
      let name = Identifier(token.text, range: token.range)
      if at(.leftParen) { return parseCall(name) }
      return Expr(.name(name), range: token.range)
    case .quotedName:
      consume()
      return Expr(.name(Identifier(token.text, range: token.range, quoted: true)), range: token.range)
    case .leftParen:
      let open = consume()
      let inner = parseExpression()
      let close = expectClosing(open)
      return Expr(inner.kind, range: open.range.merged(with: close.range.isEmpty ? inner.range : close.range), height: inner.height)
    case .invalid:
      consume()
      return .invalid(token.range)
    default:
      reportExpected(Phrase("an expression", zh: "表达式"))
      if !(atSeparator || at(.rightParen) || at(.pipe) || at(.comma) || (token.keyword?.startsClause ?? false)) {
        consume()
      }
      return .invalid(token.range)
    }
  }

  /// `)` for the `(` at `open`. At the end of the input the error points at the `(` that is
  /// never closed, which is where the fix goes.
  mutating func expectClosing(_ open: Token) -> Token {
    if at(.rightParen) { return consume() }
    if atEnd || at(.semicolon) {
      report(.expected(
        Phrase(
          "')' to close the '(' at \(source.location(of: open.range.start))",
          zh: "与 \(source.location(of: open.range.start)) 处的 '(' 配对的 ')'"),
        found: describe(current), at: open.range,
        notes: [Phrase("this '(' is never closed", zh: "这个 '(' 一直没有闭合")]))
      return Token(.rightParen, .point(current.range.start), text: "")
    }
    return expect(.rightParen, Phrase("')' to close '('", zh: "与 '(' 配对的 ')'"))
  }

  // call = ( name | "count" ) "(" [ expression { "," expression } ] ")" ;
  mutating func parseCall(_ name: Identifier) -> Expr {
    let open = consume()  // '('
    var arguments: [Expr] = []
    if name.name.lowercased() == "count", at(.star), peek().kind == .rightParen {
      consume()  // count(*) is SQL's count(): accept it quietly.
    } else if !at(.rightParen) {
      arguments = parseExpressionList()
    }
    let close = expect(.rightParen, Phrase("',' or ')' after the arguments of \(name.name)()", zh: "\(name.name)() 的参数后面的 ',' 或 ')'"))
    let end = close.range.isEmpty ? (arguments.last?.range ?? open.range) : close.range
    return node(.call(name, arguments), name.range.merged(with: end), children: arguments)
  }

  /// expression { "," expression } — an `in` list or a call's arguments. Stops when an item
  /// consumes nothing, so a bad item cannot loop.
  mutating func parseExpressionList() -> [Expr] {
    var items: [Expr] = []
    var progress = LoopProgress()
    repeat {
      progress.mark(index)
      items.append(parseExpression())
    } while progress.advanced(to: index) && consume(if: .comma) != nil
    return items
  }
}
