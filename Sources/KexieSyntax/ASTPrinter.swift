import KexieDiagnostics

/// The syntax tree as an indented tree, for `.ast` and golden tests. With `positions`, each
/// node shows where it starts (line:column).
public struct ASTPrinter {
  let source: SourceFile
  let positions: Bool
  var lines: [String] = []

  public init(source: SourceFile, positions: Bool = true) {
    self.source = source
    self.positions = positions
  }

  public static func dump(_ script: Script, positions: Bool = true) -> String {
    var printer = ASTPrinter(source: script.source, positions: positions)
    printer.add(0, "script")
    for statement in script.statements { printer.statement(statement, depth: 1) }
    return printer.lines.joined(separator: "\n") + "\n"
  }

  func at(_ range: SourceRange) -> String {
    positions ? " @\(source.location(of: range.start))" : ""
  }

  mutating func add(_ depth: Int, _ text: String) {
    lines.append(String(repeating: "  ", count: depth) + text)
  }

  mutating func statement(_ statement: Statement, depth: Int) {
    switch statement {
    case .let(let name, let query, let range):
      add(depth, "let \(name.name)" + at(range))
      self.query(query, depth: depth + 1)
    case .query(let query):
      self.query(query, depth: depth)
    case .command(let text, let range):
      add(depth, "command \(text)" + at(range))
    case .invalid(let range):
      add(depth, "invalid statement" + at(range))
    }
  }

  mutating func query(_ query: Query, depth: Int) {
    add(depth, "query" + at(query.range))
    switch query.source {
    case .name(let identifier): add(depth + 1, "source \(identifier.name)" + at(identifier.range))
    case .subquery(let inner, let range):
      add(depth + 1, "source (sub-query)" + at(range))
      self.query(inner, depth: depth + 2)
    case .invalid(let range): add(depth + 1, "source invalid" + at(range))
    }
    for clause in query.clauses { self.clause(clause, depth: depth + 1) }
  }

  mutating func clause(_ clause: Clause, depth: Int) {
    let head = clause.keyword + at(clause.range)
    switch clause {
    case .where(let condition, _):
      add(depth, head)
      expression(condition, depth: depth + 1)
    case .select(let items, _), .extend(let items, _), .distinct(let items, _), .expand(let items, _):
      add(depth, head)
      self.items(items, depth: depth + 1)
    case .sort(let keys, _):
      add(depth, head)
      self.keys(keys, defaultDescending: false, depth: depth + 1)
    case .limit(let count, _):
      add(depth, head + " \(count)")
    case .top(let count, let keys, _):
      add(depth, head + " \(count)")
      self.keys(keys, defaultDescending: true, depth: depth + 1)
    case .count(let by, _):
      add(depth, head)
      if !by.isEmpty {
        add(depth + 1, "by")
        items(by, depth: depth + 2)
      }
    case .summarize(let aggregates, let by, _):
      add(depth, head)
      items(aggregates, depth: depth + 1)
      if !by.isEmpty {
        add(depth + 1, "by")
        items(by, depth: depth + 2)
      }
    case .join(_, let table, let alias, let left, let right, _):
      add(depth, head + " \(table.name)" + (alias.map { " as \($0.name)" } ?? ""))
      expression(left, depth: depth + 1)
      expression(right, depth: depth + 1)
    case .cite, .invalid:
      add(depth, head)
    }
  }

  mutating func items(_ items: [SelectItem], depth: Int) {
    for item in items {
      if let alias = item.alias {
        add(depth, "as \(alias.name)")
        expression(item.expression, depth: depth + 1)
      } else {
        expression(item.expression, depth: depth)
      }
    }
  }

  /// Sort keys with their direction (the clause's default when none was written).
  mutating func keys(_ keys: [SortKey], defaultDescending: Bool, depth: Int) {
    for key in keys {
      add(depth, (key.descending ?? defaultDescending) ? "desc" : "asc")
      expression(key.expression, depth: depth + 1)
    }
  }

  mutating func expression(_ expression: Expr, depth: Int) {
    let where_ = at(expression.range)
    switch expression.kind {
    case .literal(let literal): add(depth, "literal " + Formatter.literal(literal) + where_)
    case .name(let identifier): add(depth, "name \(identifier.name)" + where_)
    case .member(let base, let member):
      add(depth, "member .\(member.name)" + where_)
      self.expression(base, depth: depth + 1)
    case .unary(let op, let operand):
      add(depth, "unary \(op.rawValue)" + where_)
      self.expression(operand, depth: depth + 1)
    case .binary(let op, let left, let right):
      add(depth, "binary \(op.rawValue)" + where_)
      self.expression(left, depth: depth + 1)
      self.expression(right, depth: depth + 1)
    case .call(let name, let arguments):
      add(depth, "call \(name.name.lowercased())" + where_)
      for argument in arguments { self.expression(argument, depth: depth + 1) }
    case .inList(let value, let items, let negated):
      add(depth, (negated ? "not in" : "in") + where_)
      self.expression(value, depth: depth + 1)
      add(depth + 1, "list")
      for item in items { self.expression(item, depth: depth + 2) }
    case .isNull(let value, let negated):
      add(depth, (negated ? "is not null" : "is null") + where_)
      self.expression(value, depth: depth + 1)
    case .text(let predicate, let left, let right, let negated):
      add(depth, (negated ? "not " : "") + predicate.rawValue + where_)
      self.expression(left, depth: depth + 1)
      self.expression(right, depth: depth + 1)
    case .between(let value, let low, let high, let negated):
      add(depth, (negated ? "not between" : "between") + where_)
      self.expression(value, depth: depth + 1)
      self.expression(low, depth: depth + 1)
      self.expression(high, depth: depth + 1)
    case .invalid:
      add(depth, "invalid" + where_)
    }
  }
}
