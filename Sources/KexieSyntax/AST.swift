import KexieDiagnostics

/// The syntax tree: what was written, with where it was written. Enums all the way down.
/// An `.invalid` node means its diagnostic was already reported; later stages stay silent
/// about it.

/// A whole input: statements in order.
public struct Script: Sendable {
  public var statements: [Statement]
  public var source: SourceFile

  public init(statements: [Statement], source: SourceFile) {
    self.statements = statements
    self.source = source
  }
}

public enum Statement: Sendable {
  /// `let name = query`
  case `let`(name: Identifier, query: Query, range: SourceRange)
  case query(Query)
  /// A shell command line such as `.mode csv`, run by the driver.
  case command(text: String, range: SourceRange)
  case invalid(range: SourceRange)

  public var range: SourceRange {
    switch self {
    case .let(_, _, let range), .command(_, let range), .invalid(let range): range
    case .query(let query): query.range
    }
  }
}

/// A name as written: plain, `quoted` or 「quoted」.
public struct Identifier: Hashable, Sendable {
  public var name: String
  public var range: SourceRange
  public var quoted: Bool

  public init(_ name: String, range: SourceRange, quoted: Bool = false) {
    self.name = name
    self.range = range
    self.quoted = quoted
  }
}

/// `source { [ "|" ] clause }`
public struct Query: Sendable {
  public var source: QuerySource
  public var clauses: [Clause]
  public var range: SourceRange

  public init(source: QuerySource, clauses: [Clause], range: SourceRange) {
    self.source = source
    self.clauses = clauses
    self.range = range
  }
}

public indirect enum QuerySource: Sendable {
  /// An entity set, a let binding or a loaded table.
  case name(Identifier)
  /// `( query )`
  case subquery(Query, range: SourceRange)
  case invalid(range: SourceRange)

  public var range: SourceRange {
    switch self {
    case .name(let identifier): identifier.range
    case .subquery(_, let range), .invalid(let range): range
    }
  }
}

/// `expr [ "as" name ]`
public struct SelectItem: Sendable {
  public var expression: Expr
  public var alias: Identifier?

  public init(_ expression: Expr, alias: Identifier? = nil) {
    self.expression = expression
    self.alias = alias
  }

  public var range: SourceRange {
    alias.map { expression.range.merged(with: $0.range) } ?? expression.range
  }
}

/// `expr [ "asc" | "desc" ]`
public struct SortKey: Sendable {
  public var expression: Expr
  /// nil when neither asc nor desc was written (the clause decides the default).
  public var descending: Bool?

  public init(_ expression: Expr, descending: Bool?) {
    self.expression = expression
    self.descending = descending
  }
}

public enum JoinKind: String, Sendable {
  case inner
  case left
}

/// One step of a pipeline. Each carries the range from its keyword to its end.
public enum Clause: Sendable {
  case `where`(Expr, range: SourceRange)
  case select([SelectItem], range: SourceRange)
  case extend([SelectItem], range: SourceRange)
  /// `sort by` / `order by`; keys default to ascending.
  case sort([SortKey], range: SourceRange)
  /// `limit n` / `take n`
  case limit(Int64, range: SourceRange)
  /// `top n by keys`; keys default to descending.
  case top(Int64, [SortKey], range: SourceRange)
  /// `count [ by items ]`
  case count(by: [SelectItem], range: SourceRange)
  /// `summarize aggregates [ by items ]`
  case summarize([SelectItem], by: [SelectItem], range: SourceRange)
  case distinct([SelectItem], range: SourceRange)
  /// `expand items`: one row per value of each list field.
  case expand([SelectItem], range: SourceRange)
  /// `[ left ] join table [ as name ] on left = right`
  case join(JoinKind, table: Identifier, alias: Identifier?, left: Expr, right: Expr, range: SourceRange)
  /// `cite`: each row followed by the report sentence it came from.
  case cite(range: SourceRange)
  case invalid(range: SourceRange)

  public var range: SourceRange {
    switch self {
    case .where(_, let range), .select(_, let range), .extend(_, let range), .sort(_, let range),
      .limit(_, let range), .top(_, _, let range), .count(_, let range),
      .summarize(_, _, let range), .distinct(_, let range), .expand(_, let range), .join(_, _, _, _, _, let range),
      .cite(let range), .invalid(let range):
      range
    }
  }

  /// Which clause it is (nil for one that did not parse).
  public var kind: ClauseKind? {
    switch self {
    case .where: .where
    case .select: .select
    case .extend: .extend
    case .sort: .sort
    case .limit: .limit
    case .top: .top
    case .count: .count
    case .summarize: .summarize
    case .distinct: .distinct
    case .expand: .expand
    case .join: .join
    case .cite: .cite
    case .invalid: nil
    }
  }

  /// The clause's keyword, for messages and `.ast`: its name, `left join` for a left join.
  public var keyword: String {
    if case .join(.left, _, _, _, _, _) = self { return "left join" }
    return kind?.rawValue ?? "invalid"
  }
}

public enum Literal: Hashable, Sendable {
  case null
  case bool(Bool)
  case integer(Int64)
  case decimal(Double)
  case string(String)
}

/// How tightly operators bind, loosest first: the one precedence table (grammar/precedence.md
/// shows it). The parser's expression rules and the formatter's parentheses both read it,
/// after Lua's `priority[]`.
public enum Precedence: Int, Comparable, Sendable, CaseIterable {
  case or = 1, and, not, comparison, coalesce, additive, multiplicative, negation, postfix, primary

  public static func < (lhs: Precedence, rhs: Precedence) -> Bool { lhs.rawValue < rhs.rawValue }
}

public enum BinaryOperator: String, Sendable, CaseIterable {
  case or, and
  case equal = "=", notEqual = "!="
  case less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
  case coalesce = "??"
  case add = "+", subtract = "-", multiply = "*", divide = "/"

  public var precedence: Precedence {
    switch self {
    case .or: .or
    case .and: .and
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: .comparison
    case .coalesce: .coalesce
    case .add, .subtract: .additive
    case .multiply, .divide: .multiplicative
    }
  }

  /// Whether `a op b op c` groups to the right (only `??`: `a ?? b ?? c` is `a ?? (b ?? c)`).
  public var isRightAssociative: Bool { self == .coalesce }

  public var isComparison: Bool { precedence == .comparison }

  /// The operator a token spells, if it spells one (`==` and `<>` are SQL's `=` and `!=`;
  /// `&&` and `||` are read as `and` and `or`, with a diagnostic).
  public static func spelled(by kind: TokenKind) -> BinaryOperator? {
    switch kind {
    case .keyword(.or), .barBar: .or
    case .keyword(.and), .ampAmp: .and
    case .equal, .doubleEqual: .equal
    case .notEqual, .lessGreater: .notEqual
    case .less: .less
    case .lessEqual: .lessEqual
    case .greater: .greater
    case .greaterEqual: .greaterEqual
    case .questionQuestion: .coalesce
    case .plus: .add
    case .minus: .subtract
    case .star: .multiply
    case .slash: .divide
    default: nil
    }
  }
}

public enum UnaryOperator: String, Sendable {
  case not
  case negate = "-"

  public var precedence: Precedence { self == .not ? .not : .negation }
}

/// `contains`, `startswith`, `endswith`, `matches`: text tests.
public enum TextPredicate: String, Sendable, CaseIterable {
  case contains, startswith, endswith, matches
}

/// An expression and where it was written.
public struct Expr: Sendable {
  public var kind: ExprKind
  public var range: SourceRange
  /// The height of the tree below, so deep nesting is refused before it can exhaust the stack.
  public var height: Int

  public init(_ kind: ExprKind, range: SourceRange, height: Int = 1) {
    self.kind = kind
    self.range = range
    self.height = height
  }

  public static func invalid(_ range: SourceRange) -> Expr { Expr(.invalid, range: range) }
}

public indirect enum ExprKind: Sendable {
  case literal(Literal)
  /// A field or column name.
  case name(Identifier)
  /// `base.member`: a link path such as organizer.name, or TABLE.field after a join.
  case member(Expr, Identifier)
  case unary(UnaryOperator, Expr)
  case binary(BinaryOperator, Expr, Expr)
  /// `f(args)`; `count()` has no arguments.
  case call(Identifier, [Expr])
  /// `x [not] in (a, b, c)`, or `x [not] in field` (one item, a list field).
  case inList(Expr, [Expr], negated: Bool)
  /// `x is [not] null`
  case isNull(Expr, negated: Bool)
  /// `x [not] contains|startswith|endswith|matches y`
  case text(TextPredicate, Expr, Expr, negated: Bool)
  /// `x [not] between low and high`
  case between(Expr, Expr, Expr, negated: Bool)
  case invalid
}

extension Expr {
  public var isInvalid: Bool {
    if case .invalid = kind { return true }
    return false
  }
}
