import KexieData
import KexieDiagnostics
import KexieSyntax

/// A column of the rows flowing between two pipeline steps, as the checker knows it.
public struct PlanField: Sendable {
  public var name: String
  public var type: DataType
  /// For a link, the table its values are ids of.
  public var link: TableRef?
  /// Whether each row holds a list of values (see `Field.isList`).
  public var isList: Bool
  public var hidden: Bool
  /// Which part of a record's provenance it is, if it is one (see `Field.provenance`).
  public var provenance: Provenance?
  /// The table a joined field came from (so `orgs.name` can name it after a join).
  public var qualifier: String?
  /// Where the values come from unchanged, if they do: lets the checker look at real values
  /// to warn about a string that matches none ("no county is '西川'").
  public var origin: ColumnOrigin?
  /// Its name in the other vocabulary: the Chinese name of an English-named field (`县` for
  /// county), or the English name when the query named its set in Chinese and the field took
  /// its Chinese name. A query may use either.
  public var otherName: String?

  public init(
    name: String, type: DataType, link: TableRef? = nil, isList: Bool = false, hidden: Bool = false,
    qualifier: String? = nil, origin: ColumnOrigin? = nil, provenance: Provenance? = nil, otherName: String? = nil
  ) {
    self.otherName = otherName
    self.name = name
    self.type = type
    self.link = link
    self.isList = isList
    self.hidden = hidden
    self.provenance = provenance
    self.qualifier = qualifier
    self.origin = origin
  }

  public var typeDescription: String {
    Field.describe(type, link: link?.name, list: isList)
  }

  public var typePhrase: Phrase { Field.phrase(type, link: link?.name, list: isList) }
}

/// A column of a stored table, by position.
public struct ColumnOrigin: Sendable {
  public var table: TableRef
  public var column: Int
  public init(table: TableRef, column: Int) {
    self.table = table
    self.column = column
  }
  public var field: Field { table.fields[column] }
}

/// A checked expression: every name resolved, every type known.
public struct TypedExpr: Sendable {
  public var kind: TypedExprKind
  public var type: DataType
  public var range: SourceRange
  /// For an expression whose values are ids of records in another table.
  public var link: TableRef?
  /// Whether each row's value is a list (of `type`): a list field, or a path through one.
  public var isList: Bool
  public var origin: ColumnOrigin?

  public init(
    _ kind: TypedExprKind, type: DataType, range: SourceRange, link: TableRef? = nil, isList: Bool = false,
    origin: ColumnOrigin? = nil
  ) {
    self.kind = kind
    self.type = type
    self.range = range
    self.link = link
    self.isList = isList
    self.origin = origin
  }

  public var typeDescription: String { Field.describe(type, link: link?.name, list: isList) }
  public var typePhrase: Phrase { Field.phrase(type, link: link?.name, list: isList) }
}

extension TypedExpr {
  /// A column of the step's input, carrying the field's type, link and origin.
  public static func column(_ index: Int, _ field: PlanField, range: SourceRange) -> TypedExpr {
    TypedExpr(.column(index), type: field.type, range: range, link: field.link, isList: field.isList, origin: field.origin)
  }
}

extension PlanItem {
  /// An input column passed through unchanged, under its own name.
  static func passing(_ index: Int, _ field: PlanField, range: SourceRange) -> PlanItem {
    PlanItem(.column(index, field, range: range), field: field)
  }
}

public indirect enum TypedExprKind: Sendable {
  case literal(Value)
  /// A column of the step's input, by position.
  case column(Int)
  /// Follows a link: the base gives ids of records in `table`; the result is `field` of them.
  case follow(TypedExpr, table: TableRef, field: Int)
  case unary(UnaryOperator, TypedExpr)
  case binary(BinaryOperator, TypedExpr, TypedExpr)
  /// A call of the builtin function of this name (`Builtins.named`), arguments checked.
  case call(String, [TypedExpr])
  case inList(TypedExpr, [TypedExpr], negated: Bool)
  case isNull(TypedExpr, negated: Bool)
  /// A text test. A `matches` pattern that is a literal was compiled once by the checker to
  /// see that it is valid; the backend compiles it again for itself (the engine, once per run).
  case text(TextPredicate, TypedExpr, TypedExpr, negated: Bool)
  case between(TypedExpr, TypedExpr, TypedExpr, negated: Bool)
}

/// A named output column computed from an expression.
public struct PlanItem: Sendable {
  public var expression: TypedExpr
  public var field: PlanField
  public init(_ expression: TypedExpr, field: PlanField) {
    self.expression = expression
    self.field = field
  }
}

public struct PlanSortKey: Sendable {
  public var expression: TypedExpr
  public var descending: Bool
  public init(_ expression: TypedExpr, descending: Bool) {
    self.expression = expression
    self.descending = descending
  }
}

public enum AggregateFunction: String, Sendable, CaseIterable {
  case count
  case countDistinct = "count_distinct"
  case sum, avg, min, max
}

/// One aggregate to compute per group: `sum(participants)`.
public struct PlanAggregate: Sendable {
  public var function: AggregateFunction
  public var argument: TypedExpr?
  public var type: DataType
  public var range: SourceRange
}

/// How the groups of an aggregation are ordered.
public enum GroupOrder: Sendable {
  /// In the order each group first appears (summarize, distinct).
  case firstAppearance
  /// Largest count first, ties in order of first appearance (`count by`).
  case countDescending(aggregate: Int)
}

/// `[left] join table on left = right`.
public struct PlanJoin: Sendable {
  public var kind: JoinKind
  public var table: TableRef
  public var leftKey: TypedExpr
  /// A column of the joined table.
  public var rightKey: Int
  /// For each column of the result: from the left input (its position) or from the table.
  public var columns: [JoinColumn]
}

public enum JoinColumn: Sendable {
  case left(Int)
  case right(Int)
}

public enum PlanStepKind: Sendable {
  case filter(TypedExpr)
  /// `select` and `extend`: exactly these columns. (`select` carries the hidden provenance
  /// columns along; `extend` lists every input column, replacing those it redefines.)
  case project([PlanItem])
  case sort([PlanSortKey])
  case limit(Int)
  case top(Int, [PlanSortKey])
  /// `count`, `count by`, `summarize`, `distinct`: group by `keys`, compute `aggregates`; the
  /// result columns are `outputs`, expressions over keys followed by aggregates.
  case aggregate(keys: [PlanItem], aggregates: [PlanAggregate], outputs: [PlanItem], order: GroupOrder)
  case join(PlanJoin)
  /// `cite`: rows are shown with the report sentence they came from.
  case cite(source: Int, offset: Int?)
  /// `expand`: one row per value of each of these list columns, in turn (a row whose list is
  /// empty stays, with null); the output has them as single values.
  case expand([Int])
}

/// One checked clause: what it does, and the columns it produces.
public struct PlanStep: Sendable {
  public var kind: PlanStepKind
  public var clause: ClauseKind
  public var range: SourceRange
  public var output: [PlanField]

  public init(kind: PlanStepKind, clause: ClauseKind, range: SourceRange, output: [PlanField]) {
    self.kind = kind
    self.clause = clause
    self.range = range
    self.output = output
  }

  /// The clause as messages name it: its keyword, `left join` for a left join.
  public var clauseName: String {
    if case .join(let join) = kind, join.kind == .left { return "left join" }
    return clause.rawValue
  }
}

/// Where a query's rows come from.
public indirect enum PlanSource: Sendable {
  /// An entity set or a loaded table.
  case table(TableRef)
  /// A let binding or a sub-query.
  case plan(Plan)
}

/// A checked query, ready to run: the source, the steps, and the columns of the result.
public struct Plan: Sendable {
  public var source: PlanSource
  /// The name the query started from (events, a let name, "(sub-query)").
  public var sourceName: String
  /// The columns of the source, links resolved.
  public var sourceFields: [PlanField]
  public var steps: [PlanStep]
  /// The text the query was written in, for runtime errors.
  public var sourceFile: SourceFile
  public var range: SourceRange

  public init(
    source: PlanSource, sourceName: String, sourceFields: [PlanField], steps: [PlanStep],
    sourceFile: SourceFile, range: SourceRange
  ) {
    self.source = source
    self.sourceName = sourceName
    self.sourceFields = sourceFields
    self.steps = steps
    self.sourceFile = sourceFile
    self.range = range
  }

  public var output: [PlanField] { steps.last?.output ?? sourceFields }
}

extension Plan {
  /// Every table the plan reads: its source (through sub-queries and lets), the tables it
  /// joins, and the tables its link paths follow.
  /// How many plans this one builds on (lets and subqueries as its source), counted without
  /// recursion: engines recurse through them, so it is limited (`Limits.queryDepth`).
  public var depth: Int {
    var depth = 0
    var plan = self
    while case .plan(let inner) = plan.source {
      depth += 1
      plan = inner
    }
    return depth
  }

  /// The clauses of this plan and of every plan it builds on.
  public var clauseCount: Int {
    var count = steps.count
    var plan = self
    while case .plan(let inner) = plan.source {
      count += inner.steps.count
      plan = inner
    }
    return count
  }

  public var referencedTables: Set<TableRef> {
    var tables: Set<TableRef> = []
    switch source {
    case .table(let ref): tables.insert(ref)
    case .plan(let inner): tables.formUnion(inner.referencedTables)
    }
    func visit(_ expression: TypedExpr) {
      switch expression.kind {
      case .literal, .column: break
      case .follow(let base, let table, _):
        tables.insert(table)
        visit(base)
      case .unary(_, let operand), .isNull(let operand, _): visit(operand)
      case .binary(_, let left, let right), .text(_, let left, let right, _):
        visit(left)
        visit(right)
      case .call(_, let arguments): arguments.forEach(visit)
      case .inList(let value, let items, _):
        visit(value)
        items.forEach(visit)
      case .between(let value, let low, let high, _):
        visit(value)
        visit(low)
        visit(high)
      }
    }
    for step in steps {
      switch step.kind {
      case .filter(let condition): visit(condition)
      case .project(let items): items.forEach { visit($0.expression) }
      case .sort(let keys), .top(_, let keys): keys.forEach { visit($0.expression) }
      case .aggregate(let keys, let aggregates, let outputs, _):
        keys.forEach { visit($0.expression) }
        aggregates.forEach { $0.argument.map(visit) }
        outputs.forEach { visit($0.expression) }
      case .join(let join):
        tables.insert(join.table)
        visit(join.leftKey)
      case .limit, .cite, .expand: break
      }
    }
    return tables
  }
}
