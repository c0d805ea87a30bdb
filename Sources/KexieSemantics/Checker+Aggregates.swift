import KexieData
import KexieDiagnostics
import KexieSyntax

extension QueryChecker {
  // count [ by items ]: one row with `count`, or one row per group, largest count first.
  mutating func checkCount(by items: [SelectItem], range: SourceRange, scope: Scope) -> (PlanStepKind, [PlanField])? {
    var keys: [PlanItem] = []
    if !items.isEmpty {
      guard let checked = checkGroupItems(items, scope: scope) else { return nil }
      keys = checked
    }
    // Written 计数, the column is 计数 (the headers follow the words the query used).
    let (name, other) = file.text(of: range).hasPrefix("计数") ? ("计数", "count") : ("count", "计数")
    if let clash = keys.first(where: { $0.field.name == name }) {
      report(.duplicateColumn(name, at: clash.expression.range))
      return nil
    }
    let count = PlanAggregate(function: .count, argument: nil, type: .integer, range: range)
    let countField = PlanField(name: name, type: .integer, otherName: other)
    let outputs = keyOutputs(keys) + [
      PlanItem(TypedExpr(.column(keys.count), type: .integer, range: range), field: countField)
    ]
    let order: GroupOrder = keys.isEmpty ? .firstAppearance : .countDescending(aggregate: 0)
    return (.aggregate(keys: keys, aggregates: [count], outputs: outputs, order: order), outputs.map(\.field))
  }

  /// The group keys as the first columns of an aggregation's result.
  func keyOutputs(_ keys: [PlanItem]) -> [PlanItem] {
    keys.enumerated().map { index, key in PlanItem.passing(index, key.field, range: key.expression.range) }
  }

  // summarize items [ by items ]
  mutating func checkSummarize(_ items: [SelectItem], by: [SelectItem], scope: Scope) -> (PlanStepKind, [PlanField])? {
    var keys: [PlanItem] = []
    if !by.isEmpty {
      guard let checked = checkGroupItems(by, scope: scope) else { return nil }
      keys = checked
    }
    let keyNames = by.map { $0.alias?.name ?? inferredName($0.expression) }
    var aggregates: [PlanAggregate] = []
    var outputs = keyOutputs(keys)
    var ok = true
    for item in items {
      var context = AggregateContext(scope: scope, keys: keys, keyNames: keyNames, keyExpressions: by.map(\.expression))
      guard let typed = checkAggregated(item.expression, context: &context, aggregates: &aggregates) else {
        ok = false
        continue
      }
      if !context.sawAggregate && !context.sawKey {
        report(.notAnAggregate(at: item.expression.range))
        ok = false
        continue
      }
      let name = item.alias?.name ?? summaryName(item.expression)
      if outputs.contains(where: { $0.field.name == name }) {
        report(.duplicateColumn(name, at: item.alias?.range ?? item.expression.range))
        ok = false
        continue
      }
      outputs.append(PlanItem(typed, field: PlanField(name: name, type: typed.type, link: typed.link, origin: typed.origin)))
    }
    guard ok else { return nil }
    return (.aggregate(keys: keys, aggregates: aggregates, outputs: outputs, order: .firstAppearance), outputs.map(\.field))
  }

  /// `count()` is named count; other items are named by their text.
  func summaryName(_ expression: Expr) -> String {
    if case .call(let name, let arguments) = expression.kind, name.name.lowercased() == "count", arguments.isEmpty {
      return "count"
    }
    return inferredName(expression)
  }

  struct AggregateContext {
    var scope: Scope
    var keys: [PlanItem]
    var keyNames: [String]
    var keyExpressions: [Expr]
    var sawAggregate = false
    var sawKey = false
  }

  /// Checks an expression of `summarize`: aggregates are computed per group over the input
  /// rows; anything outside an aggregate must be a group key. The result is an expression
  /// over the aggregated rows (keys, then aggregates).
  mutating func checkAggregated(
    _ expression: Expr, context: inout AggregateContext, aggregates: inout [PlanAggregate]
  ) -> TypedExpr? {
    let range = expression.range
    // A group key, written the same way.
    let written = file.text(of: range)
    if let index = context.keyExpressions.firstIndex(where: { file.text(of: $0.range) == written })
      ?? context.keyNames.firstIndex(of: written)
    {
      context.sawKey = true
      let key = context.keys[index]
      return TypedExpr.column(index, key.field, range: range)
    }
    switch expression.kind {
    case .invalid:
      failed = true
      return nil
    case .literal:
      return checkExpression(expression, scope: Scope(fields: [], owner: context.scope.owner, source: context.scope.source))
    case .call(let name, let arguments):
      guard let builtin = Builtins.named(name.name) else {
        return checkExpression(expression, scope: context.scope)
      }
      guard let function = builtin.aggregate else {
        var typedArguments: [TypedExpr] = []
        for argument in arguments {
          guard let typed = checkAggregated(argument, context: &context, aggregates: &aggregates) else { return nil }
          typedArguments.append(typed)
        }
        guard builtin.arity.contains(arguments.count) else {
          return checkBuiltinCall(builtin, name: name, arguments, range: range, scope: context.scope)
        }
        return typeCall(builtin, typedArguments, arguments: arguments, range: range)
      }
      guard builtin.arity.contains(arguments.count) else {
        let expected = builtin.arity.lowerBound == 0 ? Phrase("0 or 1 argument", zh: "0 个或 1 个参数") : Phrase("1 argument", zh: "1 个参数")
        report(.wrongArgumentCount(function: builtin.name, expected: expected, found: arguments.count, at: range))
        return nil
      }
      var argument: TypedExpr?
      if let first = arguments.first {
        guard let typed = checkExpression(first, scope: context.scope) else { return nil }
        argument = typed
      }
      switch builtin.type(for: argument.map { [$0.type] } ?? []) {
      case .failure(let box):
        if case .argument(_, let expected) = box.problem, let argument, let first = arguments.first {
          report(.argumentType(function: builtin.name, position: 1, expected: expected, found: argument.type.phrase, at: first.range))
        }
        return nil
      case .success(let type):
        context.sawAggregate = true
        aggregates.append(PlanAggregate(function: function, argument: argument, type: type, range: range))
        return TypedExpr(.column(context.keys.count + aggregates.count - 1), type: type, range: range)
      }
    case .unary(let op, let operand):
      guard let typed = checkAggregated(operand, context: &context, aggregates: &aggregates) else { return nil }
      return combine(op, typed, range: range, operand: operand)
    case .binary(let op, let left, let right):
      guard let typedLeft = checkAggregated(left, context: &context, aggregates: &aggregates),
        let typedRight = checkAggregated(right, context: &context, aggregates: &aggregates)
      else { return nil }
      // Reuse the type rules of ordinary expressions on the two typed sides.
      return combine(op, typedLeft, typedRight, range: range, left: left, right: right)
    default:
      // A field (or anything else) outside an aggregate that is not a group key.
      guard checkExpression(expression, scope: context.scope) != nil else { return nil }
      report(Diagnostic.notAnAggregate(at: range).noting(Phrase(
        "'\(written)' is neither a group key (after 'by') nor inside an aggregate",
        zh: "'\(written)' 既不是分组的字段（写在 'by' 后面），也不在汇总函数里")))
      return nil
    }
  }

  /// The type rules of unary operators, for an operand that is already checked (ordinary
  /// expressions and expressions over aggregates share them).
  mutating func combine(_ op: UnaryOperator, _ typed: TypedExpr, range: SourceRange, operand: Expr) -> TypedExpr? {
    if typed.isList {
      report(.listValue(file.text(of: operand.range), type: typed.typePhrase, use: .same("'\(op == .not ? "not" : "-")'"), at: operand.range))
      return nil
    }
    switch op {
    case .not:
      guard typed.type == .bool || typed.type == .null else {
        report(.conditionNotBoolean(clause: "not", found: typed.type.phrase, at: operand.range))
        return nil
      }
      return TypedExpr(.unary(.not, typed), type: .bool, range: range)
    case .negate:
      guard typed.type.isNumeric || typed.type == .null else {
        report(.arithmeticType(operator: "-", found: typed.type.phrase, at: operand.range))
        return nil
      }
      return TypedExpr(.unary(.negate, typed), type: typed.type == .null ? .integer : typed.type, range: range)
    }
  }

  /// The type rules of binary operators, for operands that are already checked (ordinary
  /// expressions and expressions over aggregates share them).
  mutating func combine(
    _ op: BinaryOperator, _ l: TypedExpr, _ r: TypedExpr, range: SourceRange, left: Expr, right: Expr
  ) -> TypedExpr? {
    switch op {
    case .and, .or, .add, .subtract, .multiply, .divide:
      for (side, typed) in [(left, l), (right, r)] where typed.isList {
        report(.listValue(file.text(of: side.range), type: typed.typePhrase, use: .same("'\(op.rawValue)'"), at: side.range))
        return nil
      }
    case .coalesce:
      if r.isList && !l.isList {
        report(.listValue(file.text(of: right.range), type: r.typePhrase, use: Phrase("'??' after a single value", zh: "单个值后面的 '??'"), at: right.range))
        return nil
      }
    default: break
    }
    switch op {
    case .and, .or:
      for (side, type) in [(left, l.type), (right, r.type)] where type != .bool && type != .null {
        report(.conditionNotBoolean(clause: op.rawValue, found: type.phrase, at: side.range))
        return nil
      }
      return TypedExpr(.binary(op, l, r), type: .bool, range: range)
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
      guard l.type.isComparable(with: r.type) else {
        var notes: [Phrase] = []
        if l.type == .text, r.type.isNumeric {
          notes.append(Phrase(
            "quote the number to compare text: \"\(file.text(of: right.range))\", or convert with to_int()",
            zh: "要按文本比较，就给数字加上引号：\"\(file.text(of: right.range))\"；或者用 to_int() 转换"))
        } else if l.type.isNumeric, r.type == .text {
          notes.append(Phrase("drop the quotes to compare numbers, or convert with to_int(…)", zh: "要按数字比较，就去掉引号，或者用 to_int(…) 转换"))
        }
        report(.incomparableTypes(l.type.phrase, r.type.phrase, operator: op.rawValue, at: range, notes: notes))
        return nil
      }
      return TypedExpr(.binary(op, l, r), type: .bool, range: range)
    case .coalesce:
      guard let type = l.type.unified(with: r.type) else {
        report(.incomparableTypes(l.type.phrase, r.type.phrase, operator: "??", at: range))
        return nil
      }
      // `county ?? "全市"`: an empty list gives the default, as a list of one.
      return TypedExpr(.binary(op, l, r), type: type, range: range, link: l.link, isList: l.isList)
    case .add, .subtract, .multiply, .divide:
      for (side, type) in [(left, l.type), (right, r.type)] where !type.isNumeric && type != .null {
        report(.arithmeticType(operator: op.rawValue, found: type.phrase, at: side.range))
        return nil
      }
      let type: DataType = op == .divide || l.type == .decimal || r.type == .decimal ? .decimal : .integer
      return TypedExpr(.binary(op, l, r), type: type, range: range)
    }
  }

  // [ left ] join table on left = right
  mutating func checkJoin(
    _ kind: JoinKind, table name: Identifier, alias: Identifier?, left: Expr, right: Expr, scope: Scope
  ) -> (PlanJoin, [PlanField])? {
    guard let table = catalog.ref(named: name.name) ?? (binding(named: name.name) == nil ? catalog.ref(chineseName: name.name) : nil) else {
      if binding(named: name.name) != nil {
        // A let binding is a query, and join takes a table: say so, and what works.
        report(.joinOnLet(name.name, at: name.range))
      } else {
        report(.unknownSource(
          name.name, suggestions: Suggestion.closest(to: name.name, among: catalog.names),
          available: catalog.names, at: name.range))
      }
      return nil
    }
    // What the two sides are called: the left rows by their source (a select or an extend
    // keeps them its rows), the right by the table or its `as` name.
    // A table joined by its Chinese name is called that (`组织.名称`), its fields too.
    let chineseSide = name.name != table.name
    let rightQualifier = alias?.name ?? name.name
    let leftQualifier = scope.source
    if alias == nil, rightQualifier == leftQualifier {
      report(.selfJoinNeedsName(table.name, at: name.range))
      return nil
    }
    guard let leftKey = checkExpression(left, scope: scope) else { return nil }
    var rightName: Identifier?
    switch right.kind {
    case .name(let identifier): rightName = identifier
    case .member(let base, let member):
      if case .name(let qualifier) = base.kind, qualifier.name == rightQualifier || qualifier.name == table.name { rightName = member }
    default: break
    }
    guard let rightName else {
      report(.expected(
        Phrase("a field of \(table.name) on the right of '='", zh: "'=' 右边 \(table.name) 的字段"),
        found: .same("'\(file.text(of: right.range))'"), at: right.range,
        notes: [Phrase(
          "join … on LEFT_FIELD = RIGHT_FIELD, where RIGHT_FIELD is a field of \(table.name)",
          zh: "写成 join … on 左边的字段 = 右边的字段，右边的字段要是 \(table.name) 的字段")]))
      return nil
    }
    guard let rightKey = table.index(ofNameOrChinese: rightName.name) else {
      reportUnknownField(rightName, in: table)
      return nil
    }
    let rightType = table.fields[rightKey].type
    guard leftKey.type.isComparable(with: rightType) else {
      report(.incomparableTypes(leftKey.type.phrase, rightType.phrase, operator: "=", at: left.range.merged(with: right.range)))
      return nil
    }
    var columns: [JoinColumn] = scope.fields.indices.map { .left($0) }
    // A field a select or extend made has no qualifier of its own: it takes the left's name,
    // so `l.t` names it and a clash with the right side is told apart (`l.t`, `r.t`).
    var output = scope.fields.map { field -> PlanField in
      var field = field
      if field.qualifier == nil { field.qualifier = leftQualifier }
      return field
    }
    for (index, field) in table.fields.enumerated() where !field.hidden {
      columns.append(.right(index))
      let (name, other) = chineseSide ? (field.chineseName ?? field.name, field.chineseName == nil ? nil : field.name) : (field.name, field.chineseName)
      output.append(PlanField(
        name: name, type: field.type, link: linkTarget(field.link), isList: field.isList, qualifier: rightQualifier,
        origin: ColumnOrigin(table: table, column: index), otherName: other))
    }
    return (PlanJoin(kind: kind, table: table, leftKey: leftKey, rightKey: rightKey, columns: columns), output)
  }
}
