/// Writes a syntax tree back as canonical kexie: one clause per line after the source, each
/// starting with `| `; canonical keywords (`sort by`, `limit`, `=`, `!=`); ASCII punctuation;
/// strings in double quotes; parentheses only where precedence needs them.
///
/// Formatting is idempotent, and parsing the output gives the same tree (a property test
/// checks both on the golden corpus and on generated queries).
public enum Formatter {
  public static func format(_ script: Script) -> String {
    script.statements.map(statement).joined(separator: "\n") + (script.statements.isEmpty ? "" : "\n")
  }

  public static func statement(_ statement: Statement) -> String {
    switch statement {
    case .let(let name, let query, _): "let \(self.name(name.name)) = " + self.query(query, indent: "")
    case .query(let query): self.query(query, indent: "")
    case .command(let text, _): text
    case .invalid: "# (invalid statement)"
    }
  }

  public static func query(_ query: Query, indent: String) -> String {
    var text = source(query.source, indent: indent)
    for clause in query.clauses {
      text += "\n" + indent + "| " + self.clause(clause, indent: indent)
    }
    return text
  }

  static func source(_ source: QuerySource, indent: String) -> String {
    switch source {
    case .name(let identifier): name(identifier.name)
    case .subquery(let query, _): "(" + self.query(query, indent: indent + "  ") + ")"
    case .invalid: "?"
    }
  }

  static func clause(_ clause: Clause, indent: String) -> String {
    switch clause {
    case .where(let condition, _): "where " + expression(condition)
    case .select(let items, _): "select " + self.items(items)
    case .extend(let items, _): "extend " + self.items(items)
    case .sort(let keys, _): "sort by " + self.keys(keys, defaultDescending: false)
    case .limit(let count, _): "limit \(count)"
    case .top(let count, let keys, _): "top \(count) by " + self.keys(keys, defaultDescending: true)
    case .count(let by, _): by.isEmpty ? "count" : "count by " + items(by)
    case .summarize(let aggregates, let by, _):
      "summarize " + items(aggregates) + (by.isEmpty ? "" : " by " + items(by))
    case .distinct(let items, _): "distinct " + self.items(items)
    case .expand(let items, _): "expand " + self.items(items)
    case .join(let kind, let table, let alias, let left, let right, _):
      (kind == .left ? "left join " : "join ") + name(table.name) + (alias.map { " as " + name($0.name) } ?? "") + " on "
        + expression(left, level: .coalesce) + " = " + expression(right, level: .coalesce)
    case .cite: "cite"
    case .invalid: "# (invalid clause)"
    }
  }

  static func items(_ items: [SelectItem]) -> String {
    items.map { item in
      if case .name(let identifier) = item.expression.kind, identifier.name == "*", !identifier.quoted, item.alias == nil {
        return "*"
      }
      return expression(item.expression) + (item.alias.map { " as " + name($0.name) } ?? "")
    }.joined(separator: ", ")
  }

  /// Keys print their direction only when it differs from the clause's default.
  static func keys(_ keys: [SortKey], defaultDescending: Bool) -> String {
    keys.map { key in
      let descending = key.descending ?? defaultDescending
      let suffix = descending == defaultDescending ? "" : (descending ? " desc" : " asc")
      return expression(key.expression) + suffix
    }.joined(separator: ", ")
  }

  /// How tightly an expression binds, from the one precedence table (`Precedence`).
  static func level(_ kind: ExprKind) -> Precedence {
    switch kind {
    case .binary(let op, _, _): op.precedence
    case .unary(let op, _): op.precedence
    case .inList, .isNull, .text, .between: .comparison
    case .literal(.integer(let value)) where value < 0: .negation
    case .literal(.decimal(let value)) where value < 0 || (value == 0 && value.sign == .minus): .negation
    case .member, .call: .postfix
    default: .primary
    }
  }

  /// An expression, in parentheses when it binds looser than its context needs.
  public static func expression(_ expression: Expr, level context: Precedence? = nil) -> String {
    let text = bare(expression)
    guard let context else { return text }
    return level(expression.kind) < context ? "(" + text + ")" : text
  }

  /// The next tighter level (a comparison's operands bind tighter than the comparison).
  static func tighter(_ level: Precedence) -> Precedence {
    Precedence(rawValue: level.rawValue + 1) ?? .primary
  }

  static func bare(_ expression: Expr) -> String {
    switch expression.kind {
    case .literal(let literal): return self.literal(literal)
    case .name(let identifier): return name(identifier.name)
    case .member(let base, let member):
      return self.expression(base, level: .postfix) + "." + name(member.name, member: true)
    case .unary(.not, let operand): return "not " + self.expression(operand, level: .not)
    case .unary(.negate, let operand): return "-" + self.expression(operand, level: .postfix)
    case .binary(let op, let left, let right):
      let own = op.precedence
      if op.isRightAssociative {
        return self.expression(left, level: tighter(own)) + " \(op.rawValue) " + self.expression(right, level: own)
      }
      // Comparisons do not chain: both sides bind tighter. Others are left-associative.
      let leftLevel = op.isComparison ? tighter(own) : own
      return self.expression(left, level: leftLevel) + " \(op.rawValue) " + self.expression(right, level: tighter(own))
    case .call(let name, let arguments):
      return name.name.lowercased() + "(" + arguments.map { self.expression($0) }.joined(separator: ", ") + ")"
    case .inList(let value, let items, let negated):
      if items.count == 1, isPath(items[0]) {
        return self.expression(value, level: .coalesce) + (negated ? " not in " : " in ") + self.expression(items[0])
      }
      return self.expression(value, level: .coalesce) + (negated ? " not in (" : " in (")
        + items.map { self.expression($0) }.joined(separator: ", ") + ")"
    case .isNull(let value, let negated):
      return self.expression(value, level: .coalesce) + (negated ? " is not null" : " is null")
    case .text(let predicate, let left, let right, let negated):
      return self.expression(left, level: .coalesce) + (negated ? " not " : " ") + predicate.rawValue + " " + self.expression(right, level: .coalesce)
    case .between(let value, let low, let high, let negated):
      return self.expression(value, level: .coalesce) + (negated ? " not between " : " between ")
        + self.expression(low, level: .coalesce) + " and " + self.expression(high, level: .coalesce)
    case .invalid:
      return "?"
    }
  }

  /// A name or a path of names (`county`, `organizer.name`): what `x in FIELD` takes.
  static func isPath(_ expression: Expr) -> Bool {
    switch expression.kind {
    case .name: true
    case .member(let base, _): isPath(base)
    default: false
    }
  }

  public static func literal(_ literal: Literal) -> String {
    switch literal {
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .integer(let value): return String(value)
    case .decimal(let value):
      if !value.isFinite { return value.isNaN ? "(0.0 / 0.0)" : (value < 0 ? "-1e999" : "1e999") }
      let text = value.description
      return text.contains(".") || text.contains("e") ? text : text + ".0"
    case .string(let value): return quote(value)
    }
  }

  /// A string literal in double quotes, escaping what must be escaped.
  public static func quote(_ value: String) -> String {
    var text = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": text += "\\\""
      case "\\": text += "\\\\"
      case "\n": text += "\\n"
      case "\t": text += "\\t"
      case "\r": text += "\\r"
      case "\0": text += "\\0"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          text += "\\u{" + String(scalar.value, radix: 16) + "}"
        } else {
          text.unicodeScalars.append(scalar)
        }
      }
    }
    return text + "\""
  }

  /// A name, in backticks when it is not a plain name (a keyword, spaces, punctuation).
  /// After a dot, keywords need no quotes (`organizer.count`).
  public static func name(_ name: String, member: Bool = false) -> String {
    if isPlainName(name), member || Keyword(word: name) == nil { return name }
    if !name.contains("`") && !name.contains("\n") { return "`" + name + "`" }
    return "「" + name + "」"
  }

  static func isPlainName(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, Lexer.isNameStart(Lexer.fold(first)) else { return false }
    return name.unicodeScalars.allSatisfy { Lexer.isNameContinue($0) && Lexer.fold($0) == $0 }
  }
}
