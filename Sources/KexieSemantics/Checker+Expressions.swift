import KexieData
import KexieDiagnostics
import KexieSyntax

extension QueryChecker {
  /// Checks an expression against the columns in scope. Returns nil after reporting an
  /// error (or silently for an `.invalid` node, whose error the parser reported).
  mutating func checkExpression(_ expression: Expr, scope: Scope) -> TypedExpr? {
    let range = expression.range
    switch expression.kind {
    case .invalid:
      failed = true
      return nil
    case .literal(let literal):
      let value: Value
      switch literal {
      case .null: value = .null
      case .bool(let flag): value = .bool(flag)
      case .integer(let number): value = .integer(number)
      case .decimal(let number): value = .decimal(number)
      case .string(let text): value = .text(text)
      }
      return TypedExpr(.literal(value), type: value.type, range: range)
    case .name(let identifier):
      return resolveName(identifier, scope: scope)
    case .member(let base, let member):
      return resolveMember(expression, base: base, member: member, scope: scope)
    case .unary(let op, let operand):
      guard let typed = checkExpression(operand, scope: scope) else { return nil }
      return combine(op, typed, range: range, operand: operand)
    case .binary(let op, let left, let right):
      return checkBinary(op, left, right, range: range, scope: scope)
    case .call(let name, let arguments):
      return checkCall(name, arguments, range: range, scope: scope)
    case .inList(let value, let items, let negated):
      guard let typedValue = checkExpression(value, scope: scope) else { return nil }
      var typedItems: [TypedExpr] = []
      var ok = true
      for item in items {
        guard let typedItem = checkExpression(item, scope: scope) else {
          ok = false
          continue
        }
        if !typedValue.type.isComparable(with: typedItem.type) {
          report(.listItemType(expected: typedValue.type.phrase, found: typedItem.type.phrase, at: item.range))
          ok = false
          continue
        }
        if let ids = linkIDs(typedValue, typedItem) {
          typedItems += ids
          continue
        }
        if items.count == 1, let ids = linkIDs(typedItem, typedValue) {
          // `"南阳市科协" in partners`: is any of them a record the text names?
          return TypedExpr(.inList(typedItem, ids, negated: negated), type: .bool, range: range)
        }
        warnIfNoMatch(typedValue, typedItem)
        typedItems.append(typedItem)
      }
      guard ok else { return nil }
      return TypedExpr(.inList(typedValue, typedItems, negated: negated), type: .bool, range: range)
    case .isNull(let value, let negated):
      guard let typed = checkExpression(value, scope: scope) else { return nil }
      return TypedExpr(.isNull(typed, negated: negated), type: .bool, range: range)
    case .text(let predicate, let left, let right, let negated):
      let checkedLeft = checkExpression(left, scope: scope)
      let checkedRight = checkExpression(right, scope: scope)
      guard let checkedLeft, let checkedRight else { return nil }
      // A link is tested by the label of the record it names, as tables show it.
      let (typedLeft, typedRight) = (labelOf(checkedLeft), labelOf(checkedRight))
      for (side, typed) in [(left, typedLeft), (right, typedRight)] where typed.type != .text && typed.type != .null {
        report(.incomparableTypes(
          typed.type.phrase, DataType.text.phrase, operator: predicate.rawValue, at: side.range,
          notes: [Phrase(
            "'\(predicate.rawValue)' works on text; use to_text() to turn a number into text",
            zh: "'\(predicate.rawValue)' 只用于文本；数字可以先用 to_text() 变成文本")]))
        return nil
      }
      if predicate == .matches, case .literal(.text(let pattern)) = typedRight.kind {
        // A literal pattern is compiled now only to say at once, with its place, that it is bad.
        do throws(PatternError) {
          _ = try Pattern(pattern)
        } catch {
          report(.invalidRegex(pattern, reason: error.message, at: patternRange(right.range, pattern: pattern, offset: error.offset)))
          return nil
        }
      }
      return TypedExpr(.text(predicate, typedLeft, typedRight, negated: negated), type: .bool, range: range)
    case .between(let value, let low, let high, let negated):
      let typedValue = checkExpression(value, scope: scope)
      let typedLow = checkExpression(low, scope: scope)
      let typedHigh = checkExpression(high, scope: scope)
      guard let typedValue, let typedLow, let typedHigh else { return nil }
      for (bound, typed) in [(low, typedLow), (high, typedHigh)] where !typedValue.type.isComparable(with: typed.type) {
        report(.incomparableTypes(typedValue.type.phrase, typed.type.phrase, operator: "between", at: bound.range))
        return nil
      }
      return TypedExpr(.between(typedValue, typedLow, typedHigh, negated: negated), type: .bool, range: range)
    }
  }

  mutating func resolveName(_ identifier: Identifier, scope: Scope) -> TypedExpr? {
    switch scope.lookup(identifier.name) {
    case .found(let index):
      let field = scope.fields[index]
      return TypedExpr.column(index, field, range: identifier.range)
    case .ambiguous(let tables):
      report(.ambiguousField(identifier.name, tables: tables, at: identifier.range))
      return nil
    case .missing:
      if Builtins.named(identifier.name) != nil {
        report(Diagnostic.unknownField(
          identifier.name, in: scope.owner, suggestions: [], available: scope.visibleNames, at: identifier.range
        ).noting(Phrase(
          "\(identifier.name) is a function: call it with parentheses, \(identifier.name)(…)",
          zh: "\(identifier.name) 是函数，调用时要加括号：\(identifier.name)(…)")))
        return nil
      }
      var diagnostic = Diagnostic.unknownField(
        identifier.name, in: scope.owner,
        suggestions: Suggestion.closest(to: identifier.name, among: scope.suggestableNames),
        available: scope.visibleNames, at: identifier.range)
      if let field = fieldHolding(identifier.name, scope: scope) {
        diagnostic = diagnostic.notingFirst(Phrase(
          "'\(identifier.name)' is a value of \(field), not a field: quote it to compare with the text, \"\(identifier.name)\"",
          zh: "'\(identifier.name)' 是 \(field) 的一个值，不是字段：要和这段文字比较，就加上引号：\"\(identifier.name)\""))
      }
      report(diagnostic)
      return nil
    }
  }

  /// The name of a text column in scope that has `value` among its stored values.
  func fieldHolding(_ value: String, scope: Scope) -> String? {
    for field in scope.fields where field.type == .text && !field.hidden {
      guard let origin = field.origin, let dictionary = rows(of: origin.table)?.columns[origin.column].textDictionary else { continue }
      if dictionary.code(of: value) != nil { return field.name }
    }
    return nil
  }

  /// `base.member`: a column named with a dot, a table-qualified field, or a link path.
  mutating func resolveMember(_ expression: Expr, base: Expr, member: Identifier, scope: Scope) -> TypedExpr? {
    let range = expression.range
    if let path = dottedPath(expression), case .found(let index) = scope.lookup(path) {
      return TypedExpr.column(index, scope.fields[index], range: range)
    }
    if case .name(let qualifier) = base.kind, case .missing = scope.lookup(qualifier.name),
      scope.hasQualifier(qualifier.name)
    {
      guard let index = scope.lookup(member.name, qualifier: qualifier.name) else {
        let names = scope.fields.filter { $0.qualifier == qualifier.name }.map(\.name)
        report(.unknownField(
          member.name, in: qualifier.name, suggestions: Suggestion.closest(to: member.name, among: names),
          available: names, at: member.range))
        return nil
      }
      return TypedExpr.column(index, scope.fields[index], range: range)
    }
    guard let typedBase = checkExpression(base, scope: scope) else { return nil }
    guard let table = typedBase.link else {
      report(.notALink(file.text(of: base.range), type: typedBase.type.phrase, at: base.range))
      return nil
    }
    guard let index = table.index(ofNameOrChinese: member.name) else {
      reportUnknownField(member, in: table)
      return nil
    }
    let field = table.fields[index]
    return TypedExpr(
      .follow(typedBase, table: table, field: index), type: field.type, range: range,
      link: linkTarget(field.link), isList: typedBase.isList || field.isList, origin: ColumnOrigin(table: table, column: index))
  }

  /// A link as the label of the record it names (`organizer` → `organizer.name`); anything
  /// else as it is.
  func labelOf(_ typed: TypedExpr) -> TypedExpr {
    guard let table = typed.link, let label = table.labelField else { return typed }
    return TypedExpr(
      .follow(typed, table: table, field: label), type: table.fields[label].type, range: typed.range,
      isList: typed.isList, origin: ColumnOrigin(table: table, column: label))
  }

  /// For a link compared with a text literal: the ids of the records the text names (by id,
  /// label or another name, as `Table.ids(matching:)` says), as literals. When it names none,
  /// a warning suggests the closest names, and the text is kept (it matches nothing). Nil when
  /// `link` is not a link or `text` not a text literal.
  mutating func linkIDs(_ link: TypedExpr, _ text: TypedExpr) -> [TypedExpr]? {
    guard let ref = link.link, let table = rows(of: ref), case .literal(.text(let written)) = text.kind else { return nil }
    let ids = table.ids(matching: written)
    if ids.isEmpty {
      let suggestions = ValueHints.suggestions(for: written, among: table.names, catalog: catalog)
      let field = link.origin?.field.name ?? file.text(of: link.range)
      report(Diagnostic.noMatchingValue(field: field, value: written, suggestions: suggestions, at: text.range)
        .noting(Phrase(
          "\(field) links to \(table.name): compare it with the name or the id of one of them",
          zh: "\(field) 链接到 \(table.name)：要拿 \(table.name) 里某条记录的名称或 id 来比较")))
      return [text]
    }
    return ids.map { TypedExpr(.literal(.text($0)), type: .text, range: text.range) }
  }

  /// "unknown field 'x' in orgs": suggestions from all of the table's fields (a hidden one
  /// may be meant), the list of the visible ones.
  mutating func reportUnknownField(_ name: Identifier, in table: TableRef) {
    report(.unknownField(
      name.name, in: table.name, suggestions: Suggestion.closest(to: name.name, among: table.fields.map(\.name)),
      available: table.visibleFields.map(\.name), at: name.range))
  }

  mutating func checkBinary(_ op: BinaryOperator, _ left: Expr, _ right: Expr, range: SourceRange, scope: Scope) -> TypedExpr? {
    let checkedLeft = checkExpression(left, scope: scope)
    let checkedRight = checkExpression(right, scope: scope)
    guard var typedLeft = checkedLeft, var typedRight = checkedRight else { return nil }
    if op == .equal || op == .notEqual {
      // A link compared with text: the records the text names (`organizer = "南阳市科协"`).
      for (link, text) in [(typedLeft, typedRight), (typedRight, typedLeft)] {
        guard let ids = linkIDs(link, text) else { continue }
        if ids.count == 1 {
          let (l, r) = link.range.start <= text.range.start ? (link, ids[0]) : (ids[0], link)
          return combine(op, l, r, range: range, left: left, right: right)
        }
        return TypedExpr(.inList(link, ids, negated: op == .notEqual), type: .bool, range: range)
      }
      if typedLeft.type.isComparable(with: typedRight.type) {
        warnIfNoMatch(typedLeft, typedRight)
        warnIfNoMatch(typedRight, typedLeft)
      }
    } else if op.isComparison {
      // Ordered by the label, as a table shows a link.
      (typedLeft, typedRight) = (labelOf(typedLeft), labelOf(typedRight))
    }
    return combine(op, typedLeft, typedRight, range: range, left: left, right: right)
  }

  mutating func checkCall(_ name: Identifier, _ arguments: [Expr], range: SourceRange, scope: Scope) -> TypedExpr? {
    guard let builtin = Builtins.named(name.name) else {
      report(.unknownFunction(
        name.name, suggestions: Suggestion.closest(to: name.name, among: Builtins.names), at: name.range))
      return nil
    }
    if builtin.aggregate != nil {
      report(.misplacedAggregate(builtin.name, at: range))
      return nil
    }
    return checkBuiltinCall(builtin, name: name, arguments, range: range, scope: scope)
  }

  /// Arity and argument types of a call to `builtin`.
  mutating func checkBuiltinCall(
    _ builtin: Builtin, name: Identifier, _ arguments: [Expr], range: SourceRange, scope: Scope
  ) -> TypedExpr? {
    guard builtin.arity.contains(arguments.count) else {
      let low = builtin.arity.lowerBound, high = builtin.arity.upperBound
      let expected = low == high
        ? Phrase("\(low) argument\(low == 1 ? "" : "s")", zh: "\(low) 个参数")
        : Phrase("\(low) to \(high) arguments", zh: "\(low) 到 \(high) 个参数")
      report(.wrongArgumentCount(function: builtin.name, expected: expected, found: arguments.count, at: range))
      return nil
    }
    var typed: [TypedExpr] = []
    for argument in arguments {
      guard let checked = checkExpression(argument, scope: scope) else { return nil }
      typed.append(checked)
    }
    return typeCall(builtin, typed, arguments: arguments, range: range)
  }

  /// The type of a call whose arguments are checked (ordinary expressions and expressions
  /// over aggregates share it). A link argument is its record's label, as tables show it.
  mutating func typeCall(_ builtin: Builtin, _ checked: [TypedExpr], arguments: [Expr], range: SourceRange) -> TypedExpr? {
    let typed = builtin.name == "coalesce" ? checked : checked.map(labelOf)
    if !builtin.takesLists, let index = typed.firstIndex(where: \.isList) {
      report(.listValue(file.text(of: arguments[index].range), type: typed[index].typePhrase, use: .same("\(builtin.name)()"), at: arguments[index].range))
      return nil
    }
    switch builtin.type(for: typed.map(\.type)) {
    case .success(let type):
      let link = builtin.name == "coalesce" ? typed.first?.link : nil
      return TypedExpr(.call(builtin.name, typed), type: type, range: range, link: link)
    case .failure(let box):
      switch box.problem {
      case .argument(let index, let expected):
        report(.argumentType(
          function: builtin.name, position: index + 1, expected: expected,
          found: typed[index].type.phrase, at: arguments[index].range))
      }
      return nil
    }
  }

  /// Warns when a string compared with a stored text column matches none of its values.
  mutating func warnIfNoMatch(_ column: TypedExpr, _ literal: TypedExpr) {
    guard case .literal(.text(let text)) = literal.kind, let origin = column.origin, column.link == nil else { return }
    guard let dictionary = rows(of: origin.table)?.columns[origin.column].textDictionary, dictionary.code(of: text) == nil else { return }
    let suggestions = ValueHints.suggestions(for: text, among: dictionary.strings, catalog: catalog)
    // The field as the query wrote it (县 or county), when it is a name.
    let written = file.text(of: column.range)
    let field = written.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } && !written.isEmpty ? written : origin.field.name
    report(.noMatchingValue(field: field, value: text, suggestions: suggestions, at: literal.range))
  }
}

extension QueryChecker {
  /// The place of a pattern's bad character inside its string literal, when the literal is
  /// written without escapes (so characters map to the source one for one); else the literal.
  func patternRange(_ literal: SourceRange, pattern: String, offset: Int) -> SourceRange {
    let written = file.text(of: literal)
    guard written.unicodeScalars.count == pattern.unicodeScalars.count + 2,
      written.unicodeScalars.dropFirst().dropLast().elementsEqual(pattern.unicodeScalars)
    else { return literal }
    let scalars = Array(pattern.unicodeScalars)
    let clamped = min(max(offset, 0), max(scalars.count - 1, 0))
    let before = scalars.prefix(clamped).reduce(0) { $0 + String($1).utf8.count }
    let quote = String(written.unicodeScalars.first.map(String.init) ?? "\"").utf8.count
    let length = scalars.isEmpty ? 0 : String(scalars[clamped]).utf8.count
    let start = literal.start + quote + before
    return SourceRange(start, start + max(length, 1))
  }
}
