import KexieData
import KexieDiagnostics
import KexieSemantics
import KexieSyntax

/// One CTE per step of the plan. Every step keeps `__ord`, kexie's row order: a filter or a
/// projection passes it on; a sort, an expansion or a join numbers the rows again in their new
/// order; a grouping orders its groups by their first row (or by count, for `count by`).
extension SQLCompiler.Builder {
  mutating func step(_ step: PlanStep, on relation: SQLRelation, next: PlanStep?, file: SourceFile) throws(SQLRefusal) -> SQLRelation {
    let columns = columnNames(step.output)
    let scope = ExpressionScope(columns: relation.columns, fields: relation.fields, prefix: "", relation: dialect.name(relation.name))
    func derived(_ base: String, _ sql: String) -> SQLRelation {
      let name = cteName(base)
      add(name, sql)
      return SQLRelation(name: name, columns: columns, fields: step.output)
    }
    let from = dialect.name(relation.name)
    switch step.kind {
    case .filter(let condition):
      let test = try self.condition(condition, scope)
      return derived("where", "SELECT * FROM \(from) WHERE \(test)")
    case .project(let items):
      var selected: [String] = []
      for (item, column) in zip(items, columns) {
        let value = try self.value(item.expression, scope)
        let name = dialect.name(column)
        selected.append(value == name ? name : "\(value) AS \(name)")
      }
      return derived(step.clauseName, "SELECT \(selected.joined(separator: ", ")), __ord FROM \(from)")
    case .sort(let keys):
      let order = (try orderItems(keys, scope) + ["__ord"]).joined(separator: ", ")
      // A sort that a limit follows keeps only the rows the limit keeps: ORDER BY … LIMIT,
      // which engines run as a top-N, before numbering them (not numbering every row).
      if case .limit(let count)? = next?.kind {
        return derived("sort", try topRows(count, keys, relation, order: order))
      }
      return derived("sort", "SELECT \(columnList(relation)), row_number() OVER (ORDER BY \(order)) AS __ord FROM \(from)")
    case .limit(let count):
      return derived("limit", "SELECT * FROM \(from) ORDER BY __ord LIMIT \(count)")
    case .top(let count, let keys):
      let order = (try orderItems(keys, scope) + ["__ord"]).joined(separator: ", ")
      return derived("top", try topRows(count, keys, relation, order: order))
    case .aggregate(let keys, let aggregates, let outputs, let order):
      return try aggregate(step, keys: keys, aggregates: aggregates, outputs: outputs, order: order, on: relation, columns: columns)
    case .join(let join):
      return try self.join(join, step: step, on: relation, columns: columns)
    case .cite:
      return relation
    case .expand(let indices):
      var current = relation
      for index in indices {
        current = expand(column: index, of: current, name: "expand")
      }
      current.fields = step.output
      current.columns = current.columns.enumerated().map { $0.offset < columns.count ? columns[$0.offset] : $0.element }
      // Renamed by `as`: select under the new names.
      if current.columns != columnNames(current.fields) || zip(current.columns, relation.columns).contains(where: { $0 != $1 }) {
        let renamed = zip(relation.columns, columns).map { old, new in old == new ? dialect.name(new) : "\(dialect.name(old)) AS \(dialect.name(new))" }
        let expanded = dialect.name(ctes[ctes.count - 1].name)
        let name = cteName("expand")
        add(name, "SELECT \(renamed.joined(separator: ", ")), __ord FROM \(expanded)")
        current = SQLRelation(name: name, columns: columns, fields: step.output)
      }
      return current
    }
  }

  /// The first `count` rows in the order of `keys` (`order`, over `relation`), numbered in it.
  mutating func topRows(_ count: Int, _ keys: [PlanSortKey], _ relation: SQLRelation, order: String) throws(SQLRefusal) -> String {
    // The numbering orders the kept rows again, naming them by the subquery's alias.
    let kept = ExpressionScope(columns: relation.columns, fields: relation.fields, prefix: "", relation: "kept")
    let again = (try orderItems(keys, kept) + ["__ord"]).joined(separator: ", ")
    return "SELECT \(columnList(relation)), row_number() OVER (ORDER BY \(again)) AS __ord FROM (SELECT * FROM \(dialect.name(relation.name)) ORDER BY \(order) LIMIT \(count)) AS kept"
  }

  /// ORDER BY items for sort keys: nulls last, text by bytes.
  mutating func orderItems(_ keys: [PlanSortKey], _ scope: ExpressionScope) throws(SQLRefusal) -> [String] {
    var items: [String] = []
    for key in keys {
      if key.expression.isList {
        throw SQLRefusal(what: Phrase("sorting by a list", zh: "按列表排序"), reason: Phrase("lists compare value by value, which SQL does not", zh: "列表要逐个值比较，SQL 不这样比"), range: key.expression.range)
      }
      items.append(dialect.orderItem(try value(key.expression, scope), descending: key.descending, type: key.expression.type))
    }
    return items
  }

  /// One row per value of a list column (a row whose list is empty stays, with null), numbered
  /// in the order of the rows and then of the values.
  mutating func expand(column index: Int, of relation: SQLRelation, name base: String) -> SQLRelation {
    let list = dialect.name(relation.columns[index])
    let selected = relation.columns.enumerated().map { position, column -> String in
      position == index ? "v.value AS \(dialect.name(column))" : "r.\(dialect.name(column))"
    }
    let order = "r.__ord, \(dialect.listOrder("v"))"
    let join = lateralLeftJoin("r.\(list)", alias: "v")
    let name = cteName(base)
    add(name, "SELECT \(selected.joined(separator: ", ")), row_number() OVER (ORDER BY \(order)) AS __ord FROM \(dialect.name(relation.name)) AS r \(join)")
    var fields = relation.fields
    fields[index].isList = false
    return SQLRelation(name: name, columns: relation.columns, fields: fields)
  }

  /// A LEFT JOIN to the values of a list of each row.
  func lateralLeftJoin(_ list: String, alias: String) -> String {
    switch dialect {
    case .sqlite: "LEFT JOIN \(dialect.listValues(list, alias: alias)) ON TRUE"
    case .postgres, .duckdb: "LEFT JOIN LATERAL \(dialect.listValues(list, alias: alias)) ON TRUE"
    }
  }

  // MARK: - Grouping

  mutating func aggregate(
    _ step: PlanStep, keys: [PlanItem], aggregates: [PlanAggregate], outputs: [PlanItem], order: GroupOrder,
    on relation: SQLRelation, columns: [String]
  ) throws(SQLRefusal) -> SQLRelation {
    let scope = ExpressionScope(columns: relation.columns, fields: relation.fields, prefix: "", relation: dialect.name(relation.name))
    // 1. The keys and the aggregates' arguments as columns.
    var prepared: [String] = []
    var preparedFields: [PlanField] = []
    for (index, key) in keys.enumerated() {
      prepared.append("\(try value(key.expression, scope)) AS k\(index)")
      var field = key.field
      field.isList = key.expression.isList
      preparedFields.append(field)
    }
    for (index, aggregate) in aggregates.enumerated() {
      guard let argument = aggregate.argument else { continue }
      if argument.isList, aggregate.function != .count {
        throw SQLRefusal(what: Phrase("\(aggregate.function.rawValue)() of a list", zh: "对列表的 \(aggregate.function.rawValue)()"), reason: Phrase("it runs over every value of the group's lists", zh: "它要遍历组里每个列表的每个值"), range: aggregate.range)
      }
      prepared.append("\(try value(argument, scope)) AS a\(index)")
      preparedFields.append(PlanField(name: "a\(index)", type: argument.type, isList: argument.isList))
    }
    let prepareName = cteName("group")
    let preparedColumns = (0..<keys.count).map { "k\($0)" } + aggregates.indices.compactMap { aggregates[$0].argument == nil ? nil : "a\($0)" }
    add(prepareName, "SELECT \((prepared + ["__ord"]).joined(separator: ", ")) FROM \(dialect.name(relation.name))")
    var grouped = SQLRelation(name: prepareName, columns: preparedColumns, fields: preparedFields)
    // 2. A list key groups by each of its values: expand it first.
    for index in keys.indices where keys[index].expression.isList {
      grouped = expand(column: index, of: grouped, name: "group")
    }
    // 3. The groups, each with its first row.
    var items = (0..<keys.count).map { "k\($0)" }
    for (index, aggregate) in aggregates.enumerated() {
      items.append("\(aggregateSQL(aggregate, column: "a\(index)")) AS g\(index)")
    }
    items.append(keys.isEmpty ? "1 AS __first" : "min(__ord) AS __first")
    let groupBy = keys.isEmpty ? "" : " GROUP BY " + (0..<keys.count).map { "k\($0)" }.joined(separator: ", ")
    let groupsName = cteName("groups")
    add(groupsName, "SELECT \(items.joined(separator: ", ")) FROM \(dialect.name(grouped.name))\(groupBy)")
    // 4. The outputs, in kexie's order of the groups.
    let groupScope = ExpressionScope(
      columns: (0..<keys.count).map { "k\($0)" } + aggregates.indices.map { "g\($0)" },
      fields: keys.map(\.field) + aggregates.map { PlanField(name: $0.function.rawValue, type: $0.type) }, prefix: "",
      relation: dialect.name(groupsName))
    var selected: [String] = []
    for (output, column) in zip(outputs, columns) {
      selected.append("\(try value(output.expression, groupScope)) AS \(dialect.name(column))")
    }
    let ordering: String
    switch order {
    case .firstAppearance: ordering = "__first"
    case .countDescending(let index): ordering = "g\(index) DESC, __first"
    }
    let name = cteName(step.clauseName)
    add(name, "SELECT \(selected.joined(separator: ", ")), row_number() OVER (ORDER BY \(ordering)) AS __ord FROM \(dialect.name(groupsName))")
    return SQLRelation(name: name, columns: columns, fields: step.output)
  }

  /// One aggregate over a prepared column.
  func aggregateSQL(_ aggregate: PlanAggregate, column: String) -> String {
    let argumentType = aggregate.argument?.type ?? .null
    switch aggregate.function {
    case .count:
      guard let argument = aggregate.argument else { return "count(*)" }
      if argument.isList { return "coalesce(sum(\(dialect.listSize(column))), 0)" }
      return "count(\(column))"
    case .countDistinct: return "count(DISTINCT \(column))"
    case .sum: return "sum(\(column))"
    case .avg: return "avg(\(column))"
    case .min, .max:
      let isMax = aggregate.function == .max
      if argumentType == .bool, dialect == .postgres { return "\(isMax ? "bool_or" : "bool_and")(\(column))" }
      return "\(isMax ? "max" : "min")(\(dialect.ordered(column, type: argumentType)))"
    }
  }

  // MARK: - Joins

  mutating func join(_ join: PlanJoin, step: PlanStep, on relation: SQLRelation, columns: [String]) throws(SQLRefusal) -> SQLRelation {
    var left = relation
    var leftKey: TypedExpr = join.leftKey
    if join.leftKey.isList {
      // A list on the left joins each of its values: the values become rows first.
      let scope = ExpressionScope(columns: relation.columns, fields: relation.fields, prefix: "", relation: dialect.name(relation.name))
      let keyName = "__key"
      let prepareName = cteName("join")
      add(prepareName, "SELECT \(columnList(relation)), \(try value(join.leftKey, scope)) AS \(keyName), __ord FROM \(dialect.name(relation.name))")
      var fields = relation.fields
      fields.append(PlanField(name: keyName, type: join.leftKey.type, isList: true))
      left = expand(column: relation.columns.count, of: SQLRelation(name: prepareName, columns: relation.columns + [keyName], fields: fields), name: "join")
      leftKey = TypedExpr(.column(relation.columns.count), type: join.leftKey.type, range: join.leftKey.range)
    }
    let leftScope = ExpressionScope(columns: left.columns, fields: left.fields, prefix: "l.", relation: "l")
    let key = try value(leftKey, leftScope)
    // The right table as a source of its own: its columns as kexie reads them, its row order.
    let rightFields = join.table.fields.map { PlanField(name: $0.name, type: $0.type, isList: $0.isList, hidden: $0.hidden, provenance: $0.provenance) }
    let rightSource = try source(join.table, fields: rightFields)
    let rightColumn = dialect.name(rightSource.columns[join.rightKey])
    var right = dialect.name(rightSource.name)
    var rightKey = "r.\(rightColumn)"
    var rightOrder = "r.__ord"
    if join.table.fields[join.rightKey].isList {
      right = "(SELECT t.*, v.value AS __key, \(dialect.listOrder("v")) AS __rsub FROM \(right) AS t \(crossJoinValues("t.\(rightColumn)", alias: "v")))"
      rightKey = "r.__key"
      rightOrder = "r.__ord, r.__rsub"
    }
    var selected: [String] = []
    for (index, column) in join.columns.enumerated() {
      switch column {
      case .left(let position): selected.append("l.\(dialect.name(left.columns[position])) AS \(dialect.name(columns[index]))")
      case .right(let position): selected.append("r.\(dialect.name(rightSource.columns[position])) AS \(dialect.name(columns[index]))")
      }
    }
    let kind = join.kind == .left ? "LEFT JOIN" : "JOIN"
    let name = cteName("join")
    // A key the database promises is unique meets at most one row: the left row's order is
    // the order (no numbering of every joined row).
    let unique = !join.table.fields[join.rightKey].isList && join.table.uniqueFields.contains(join.rightKey)
    let order = unique ? "l.__ord" : "row_number() OVER (ORDER BY l.__ord, \(rightOrder))"
    add(name, "SELECT \(selected.joined(separator: ", ")), \(order) AS __ord FROM \(dialect.name(left.name)) AS l \(kind) \(right) AS r ON \(key) = \(rightKey)")
    return SQLRelation(name: name, columns: columns, fields: step.output)
  }

  /// A join to the values of a list of each row, leaving out rows without values.
  func crossJoinValues(_ list: String, alias: String) -> String {
    switch dialect {
    case .sqlite: "JOIN \(dialect.listValues(list, alias: alias)) ON TRUE"
    case .postgres, .duckdb: "JOIN LATERAL \(dialect.listValues(list, alias: alias)) ON TRUE"
    }
  }
}
