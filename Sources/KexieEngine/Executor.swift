import KexieData
import KexieDiagnostics
import KexieSemantics

/// What one step did, for `.explain` and `.steps`.
public struct StepReport: Sendable {
  public var clause: String
  public var range: SourceRange
  /// Set when this step ran together with the next as one (`sort` then `limit` as a top-n):
  /// the rows out are the pair's.
  public var fusedWithNext = false
  public var rowsIn: Int
  public var rowsOut: Int
  public var duration: Duration
  /// The rows after the step (the first `previewLimit` of them).
  public var preview: Table
}

/// The in-memory engine, one `QueryBackend`: checked plan + the catalog's tables → result.
///
/// It only takes a checked `Plan`, so names and types are settled; what can still go wrong
/// is a runtime failure (division by zero, overflow, a bad regex, cancellation), reported with
/// the range of the expression.
public struct Executor: QueryBackend {
  /// Where the plan's tables (`TableRef`s) find their rows.
  public let catalog: Catalog
  /// Called after every step with what it did (for `.explain` and `.steps`).
  public var observer: ((StepReport) -> Void)?
  public var previewLimit = 5

  public init(catalog: Catalog, observer: ((StepReport) -> Void)? = nil) {
    self.catalog = catalog
    self.observer = observer
  }

  /// Runs a plan to a result table.
  public func run(_ plan: Plan, cancellation: Cancellation? = nil) throws(RuntimeFailure) -> ResultTable {
    let relation = try execute(plan, RunContext(catalog: catalog, cancellation: cancellation))
    let fields = plan.output.map(Executor.field)
    return Executor.result(relation.table(named: "result", fields: fields), of: plan)
  }

  /// A plan's rows as a result: the hidden columns left out, clashing names qualified, and the
  /// citation columns when the plan ends with `cite` (any backend's rows become a result here).
  public static func result(_ table: Table, of plan: Plan) -> ResultTable {
    let fields = plan.output.map(Executor.field)
    var citation: ResultTable.Citation?
    if case .cite(let source, let offset)? = plan.steps.last?.kind {
      citation = ResultTable.Citation(source: source, offset: offset)
    }
    let shown = fields.indices.filter { !fields[$0].hidden }
    return ResultTable(table: table, shownColumns: shown, shownNames: Executor.displayNames(plan.output, shown), citation: citation)
  }

  static func field(_ field: PlanField) -> Field {
    Field(field.name, field.type, link: field.link?.name, list: field.isList, hidden: field.hidden)
  }

  /// Column names as shown: a name used twice (after a join) is qualified by its table.
  static func displayNames(_ fields: [PlanField], _ shown: [Int]) -> [String] {
    shown.map { index in
      let field = fields[index]
      let clashes = shown.filter { fields[$0].name == field.name }.count > 1
      if clashes, let qualifier = field.qualifier { return "\(qualifier).\(field.name)" }
      return field.name
    }
  }

  func execute(_ plan: Plan, _ context: RunContext) throws(RuntimeFailure) -> Relation {
    var relation: Relation
    switch plan.source {
    case .table(let ref): relation = Relation(table: try context.table(ref))
    case .plan(let inner): relation = try execute(inner, context)
    }
    var fields = plan.sourceFields
    for (index, step) in plan.steps.enumerated() {
      try context.checkCancelled()
      let start = ContinuousClock.now
      let rowsIn = relation.count
      // `sort by … | limit n` needs only the first n rows in order: a bounded heap, not a
      // full sort (the rows after the sort are then already cut to n).
      var fused = false
      if case .sort(let keys) = step.kind, index + 1 < plan.steps.count, case .limit(let limit) = plan.steps[index + 1].kind {
        relation = try apply(PlanStep(kind: .top(limit, keys), clause: step.clause, range: step.range, output: step.output), to: relation, file: plan.sourceFile, context)
        fused = true
      } else {
        relation = try apply(step, to: relation, file: plan.sourceFile, context)
      }
      fields = step.output
      if let observer {
        let preview = relation.table(named: step.clauseName, fields: fields.map(Executor.field), limit: previewLimit)
        observer(StepReport(
          clause: step.clauseName, range: step.range, fusedWithNext: fused, rowsIn: rowsIn, rowsOut: relation.count,
          duration: start.duration(to: .now), preview: preview))
      }
    }
    return relation
  }

  func apply(_ step: PlanStep, to relation: Relation, file: SourceFile, _ context: RunContext) throws(RuntimeFailure) -> Relation {
    let evaluator = Evaluator(relation: relation, file: file, context: context)
    switch step.kind {
    case .filter(let condition):
      var result = relation
      result.selection = relation.baseRows(try evaluator.filter(condition, nil)) ?? []
      return result
    case .project(let items):
      // Plain fields are passed on lazily; only computed columns are evaluated now.
      var columns: [LazyColumn] = []
      for item in items {
        if case .column(let index) = item.expression.kind {
          columns.append(relation.lazyColumn(index, positions: nil))
        } else {
          columns.append(LazyColumn(try evaluator.evaluate(item.expression, nil).column(type: item.field.type)))
        }
      }
      return Relation(lazy: columns, baseCount: relation.count)
    case .sort(let keys):
      let sorter = try Sorter(try keyVectors(keys, evaluator), cancellation: context.cancellation)
      var result = relation
      result.selection = relation.baseRows(try sorter.sorted(count: relation.count))
      return result
    case .limit(let limit):
      var result = relation
      let rows = relation.selection ?? (0..<Int32(clamping: min(limit, relation.baseCount))).map { $0 }
      result.selection = Array(rows.prefix(limit))
      return result
    case .top(let limit, let keys):
      // A few rows of many: text keys compare as text, not ranked first (ranking 1,000,000
      // distinct names to keep 10 of them took 270 ms).
      let sorter = try Sorter(
        try keyVectors(keys, evaluator), cancellation: context.cancellation,
        rankText: limit.multipliedReportingOverflow(by: 64).partialValue >= relation.count)
      var result = relation
      result.selection = relation.baseRows(try sorter.top(limit, count: relation.count))
      return result
    case .aggregate(let keys, let aggregates, let outputs, let order):
      return try aggregate(keys: keys, aggregates: aggregates, outputs: outputs, order: order, evaluator: evaluator)
    case .join(let join):
      let joiner = Joiner(join: join, table: try context.table(join.table))
      var keys = try evaluator.evaluate(join.leftKey, nil)
      var parents: [Int32]?
      if keys.isList {
        // A list key joins each of its values (a row with none can only be kept by a left join).
        (keys, parents) = keys.expansion(keepingEmpty: true)
      }
      var (left, right) = joiner.match(leftKeys: keys, count: keys.count)
      if let parents { left = left.map { parents[Int($0)] } }
      let columns = join.columns.map { column -> LazyColumn in
        switch column {
        case .left(let index): relation.lazyColumn(index, positions: left)
        case .right(let index): LazyColumn(joiner.table.columns[index], rows: right)
        }
      }
      return Relation(lazy: columns, baseCount: left.count)
    case .cite:
      return relation
    case .expand(let columns):
      var result = relation
      for index in columns {
        let expansion = result.column(index, positions: nil).expansion(keepingEmpty: true)
        var lazy = result.lazyColumns.indices.map { result.lazyColumn($0, positions: expansion.parents) }
        lazy[index] = LazyColumn(expansion.elements)
        result = Relation(lazy: lazy, baseCount: expansion.parents.count)
      }
      return result
    }
  }

  func keyVectors(_ keys: [PlanSortKey], _ evaluator: Evaluator) throws(RuntimeFailure) -> [(Vector, Bool)] {
    var vectors: [(Vector, Bool)] = []
    for key in keys { vectors.append((try evaluator.evaluate(key.expression, nil), key.descending)) }
    return vectors
  }

  func aggregate(
    keys: [PlanItem], aggregates: [PlanAggregate], outputs: [PlanItem], order: GroupOrder,
    evaluator: Evaluator
  ) throws(RuntimeFailure) -> Relation {
    let file = evaluator.file
    var count = evaluator.relation.count
    var keyVectors: [Vector] = []
    for key in keys { keyVectors.append(try evaluator.evaluate(key.expression, nil)) }
    // Grouping by a list groups by each of its values: the rows are expanded first.
    var parents: [Int32]?
    for index in keyVectors.indices where keyVectors[index].isList {
      let (values, rowOf) = keyVectors[index].expansion(keepingEmpty: true)
      for other in keyVectors.indices where other != index { keyVectors[other] = keyVectors[other].gathered(rowOf) }
      keyVectors[index] = values
      parents = parents.map { outer in rowOf.map { outer[Int($0)] } } ?? rowOf
      count = rowOf.count
    }
    let aggregator = Aggregator(count: count, context: evaluator.context)
    var groups = aggregator.groups(keyVectors)
    if count == 0 && !keys.isEmpty { groups = Aggregator.Groups(ofRow: [], count: 0, firstRow: []) }
    var columns = zip(keyVectors, keys).map { vector, key in
      vector.column(type: key.field.type).gather(optionalRows: groups.firstRow)
    }
    for aggregate in aggregates {
      var argument = try aggregate.argument.map { expression throws(RuntimeFailure) in try evaluator.evaluate(expression, nil) }
      if let parents { argument = argument?.gathered(parents) }
      columns.append(try aggregator.aggregate(aggregate, argument: argument, groups: groups, file: file))
    }
    var grouped = Relation(columns: columns, baseCount: groups.count)
    if case .countDescending(let index) = order, case .integer(let counts) = columns[keys.count + index].data {
      var permutation = (0..<Int32(clamping: groups.count)).map { $0 }
      permutation.sort { counts[Int($0)] != counts[Int($1)] ? counts[Int($0)] > counts[Int($1)] : $0 < $1 }
      grouped = Relation(columns: columns.map { $0.gather(permutation) }, baseCount: groups.count)
    }
    let outputEvaluator = Evaluator(relation: grouped, file: file, context: evaluator.context)
    var outputColumns: [Column] = []
    for output in outputs {
      outputColumns.append(try outputEvaluator.evaluate(output.expression, nil).column(type: output.field.type))
    }
    return Relation(columns: outputColumns, baseCount: grouped.count)
  }
}
