import KexieData
import KexieDiagnostics
import KexieSyntax

/// A statement after checking: what the driver should do with it.
public enum CheckedStatement: Sendable {
  case bind(name: String, plan: Plan)
  case query(Plan)
  case command(text: String, range: SourceRange)
  /// Nothing to run (the statement had errors, already reported).
  case nothing
}

/// A `let` binding of the session.
public struct Binding: Sendable {
  public var name: String
  public var plan: Plan
  /// The query as written, for `.lets`.
  public var text: String
}

/// The checker: syntax tree + catalog → checked plan. Every name is resolved and every type
/// known before anything runs, so "unknown field" cannot happen at run time.
///
/// It keeps the session's `let` bindings; a binding is added only when its query checks
/// without errors.
public struct Checker: Sendable {
  public private(set) var catalog: Catalog
  public private(set) var bindings: [Binding] = []
  /// Where each name is in `bindings` (a look-up per name instead of a search: 20,000 lets
  /// took 80 s).
  private var bindingIndex: [String: Int] = [:]

  public init(catalog: Catalog) {
    self.catalog = catalog
  }

  /// Replaces the catalog (after `.load`). Existing bindings keep the tables they were
  /// checked against.
  public mutating func update(catalog: Catalog) {
    self.catalog = catalog
  }

  public func binding(named name: String) -> Binding? {
    bindingIndex[name].map { bindings[$0] }
  }

  /// Checks one statement; a `let` that checks is bound for the statements after it.
  public mutating func check(_ statement: Statement, in file: SourceFile) -> (CheckedStatement, [Diagnostic]) {
    switch statement {
    case .command(let text, let range):
      return (.command(text: text, range: range), [])
    case .invalid:
      return (.nothing, [])
    case .query(let query):
      var checker = QueryChecker(catalog: catalog, bindings: bindings, index: bindingIndex, file: file)
      let plan = checker.checkQuery(query)
      return (plan.map(CheckedStatement.query) ?? .nothing, checker.diagnostics)
    case .let(let name, let query, _):
      // The query checker holds the bindings too: it is done with before they change, or
      // appending would copy them all (20,000 lets took 80 s).
      let checked: (Plan?, [Diagnostic]) = {
        var checker = QueryChecker(catalog: catalog, bindings: bindings, index: bindingIndex, file: file)
        if catalog.ref(named: name.name) != nil {
          let kind = catalog.isBuiltin(name.name)
            ? Phrase("an entity set", zh: "集合")
            : catalog.table(named: name.name) == nil ? Phrase("a database table", zh: "数据库表") : Phrase("a loaded table", zh: "读进来的表")
          checker.report(.reservedName(name.name, kind: kind, at: name.range))
          return (nil, checker.diagnostics)
        }
        return (checker.checkQuery(query), checker.diagnostics)
      }()
      guard let plan = checked.0 else { return (.nothing, checked.1) }
      var diagnostics = checked.1
      if binding(named: name.name) != nil {
        diagnostics.append(Diagnostic.rebinding(name.name, at: name.range).located(in: file))
      } else if let set = catalog.ref(chineseName: name.name) {
        diagnostics.append(Diagnostic.shadowsChineseName(name.name, set: set.name, by: Phrase("this let binding", zh: "这个命名查询"), at: name.range).located(in: file))
      }
      let binding = Binding(name: name.name, plan: plan, text: file.text(of: query.range))
      if let existing = bindingIndex[name.name] {
        // Rebinding moves the name to the end, as `.lets` lists bindings in the order made.
        bindings.remove(at: existing)
        bindingIndex = Dictionary(uniqueKeysWithValues: bindings.enumerated().map { ($1.name, $0) })
      }
      bindingIndex[name.name] = bindings.count
      bindings.append(binding)
      return (.bind(name: name.name, plan: plan), diagnostics)
    }
  }
}

/// Checks one query. Reports into `diagnostics` and returns nil when there were errors.
struct QueryChecker {
  let catalog: Catalog
  let bindings: [Binding]
  let index: [String: Int]
  let file: SourceFile
  var diagnostics: [Diagnostic] = []
  var failed = false

  init(catalog: Catalog, bindings: [Binding], index: [String: Int], file: SourceFile) {
    self.catalog = catalog
    self.bindings = bindings
    self.index = index
    self.file = file
  }

  func binding(named name: String) -> Binding? { index[name].map { bindings[$0] } }

  mutating func report(_ diagnostic: Diagnostic) {
    if diagnostic.severity == .error { failed = true }
    diagnostics.append(diagnostic.located(in: file))
  }

  /// The table a link field points at, if the catalog has it.
  func linkTarget(_ name: String?) -> TableRef? {
    name.flatMap { catalog.ref(named: $0) }
  }

  /// The rows of a table a plan refers to (for warnings that look at the stored values).
  func rows(of ref: TableRef) -> Table? { catalog.lookupRows(for: ref) }

  mutating func checkQuery(_ query: Query) -> Plan? {
    guard let (source, sourceName, fields) = checkSource(query.source) else { return nil }
    var scope = Scope(fields: fields, owner: sourceName)
    var steps: [PlanStep] = []
    var inherited = 0
    if case .plan(let inner) = source { inherited = inner.clauseCount }
    // Clauses, counting those of the lets it builds on: each is a step every engine runs (and
    // a CTE of its SQL). Checked before each clause, as the checking of a long chain of them
    // is what costs.
    if inherited + query.clauses.count > Limits.clauses.value {
      report(.tooManyClauses(inherited + query.clauses.count, at: query.range))
      return nil
    }
    for clause in query.clauses {
      let errorsBefore = diagnostics.filter(\.isError).count
      if let step = checkClause(clause, scope: scope) {
        steps.append(step)
        scope = Scope(fields: step.output, owner: scope.owner(after: step), source: scope.source)
      } else if diagnostics.filter(\.isError).count == errorsBefore {
        failed = true
        break
      } else if !clause.keepsColumns {
        // The columns after a failed select or summarize are unknown: stop here rather
        // than report errors that only follow from the first.
        break
      }
    }
    if failed { return nil }
    return Plan(
      source: source, sourceName: sourceName, sourceFields: fields, steps: steps, sourceFile: file,
      range: query.range)
  }

  /// Resolves the source of a query: an entity set, a loaded table, a let binding, a sub-query.
  mutating func checkSource(_ source: QuerySource) -> (PlanSource, String, [PlanField])? {
    switch source {
    case .invalid:
      failed = true
      return nil
    case .subquery(let query, let range):
      guard let plan = checkQuery(query) else { return nil }
      guard plan.depth < Limits.queryDepth.value else {
        report(.queryTooDeep("(sub-query)", at: range))
        return nil
      }
      return (.plan(plan), "(sub-query)", plan.output)
    case .name(let identifier):
      if let table = catalog.ref(named: identifier.name) {
        return (.table(table), table.name, fields(of: table))
      }
      if binding(named: identifier.name) == nil, let table = catalog.ref(chineseName: identifier.name) {
        // A set named in Chinese: its fields take their Chinese names (the headers follow the
        // words the query used); their English names still work.
        let chinese = fields(of: table).map { field -> PlanField in
          var field = field
          field.qualifier = identifier.name
          if let other = field.otherName { (field.name, field.otherName) = (other, field.name) }
          return field
        }
        return (.table(table), identifier.name, chinese)
      }
      if let binding = binding(named: identifier.name) {
        // Each let a query builds on is a level of nesting the engines recurse through.
        guard binding.plan.depth < Limits.queryDepth.value else {
          report(.queryTooDeep(binding.name, at: identifier.range))
          return nil
        }
        return (.plan(binding.plan), binding.name, binding.plan.output)
      }
      let candidates = catalog.names + bindings.map(\.name)
      let chinese = catalog.tables.compactMap(\.ref.chineseName)
      // A name in Chinese is offered the Chinese names (活功 → 活动), an English one the English.
      let pool = ChineseWords.hasChinese(identifier.name) ? chinese + candidates : candidates + chinese
      report(.unknownSource(
        identifier.name, suggestions: Suggestion.closest(to: identifier.name, among: pool),
        available: candidates, at: identifier.range))
      return nil
    }
  }

  /// The plan fields of a stored table, with links resolved through the catalog.
  func fields(of table: TableRef) -> [PlanField] {
    table.fields.enumerated().map { index, field in
      PlanField(
        name: field.name, type: field.type, link: linkTarget(field.link), isList: field.isList, hidden: field.hidden,
        qualifier: table.name, origin: ColumnOrigin(table: table, column: index), provenance: field.provenance,
        otherName: field.chineseName)
    }
  }

  mutating func checkClause(_ clause: Clause, scope: Scope) -> PlanStep? {
    func step(_ kind: PlanStepKind, _ output: [PlanField]) -> PlanStep {
      PlanStep(kind: kind, clause: clause.kind ?? .where, range: clause.range, output: output)
    }
    switch clause {
    case .invalid:
      failed = true
      return nil
    case .where(let condition, _):
      guard let typed = checkExpression(condition, scope: scope) else { return nil }
      guard (typed.type == .bool || typed.type == .null) && !typed.isList else {
        report(.conditionNotBoolean(clause: "where", found: typed.isList ? Phrase("a list", zh: "列表") : typed.type.phrase, at: condition.range))
        return nil
      }
      return step(.filter(typed), scope.fields)
    case .select(let items, _):
      guard let planItems = checkSelectItems(items, scope: scope) else { return nil }
      var output = planItems.map(\.field)
      // Provenance travels with the rows (hidden), so `select name | cite` still works.
      for field in scope.fields where field.hidden && !output.contains(where: { $0.name == field.name }) {
        output.append(field)
      }
      let carried = output.dropFirst(planItems.count).compactMap { field in
        scope.fields.firstIndex { $0.name == field.name }.map {
          PlanItem.passing($0, field, range: clause.range)
        }
      }
      return step(.project(planItems + carried), output)
    case .extend(let items, _):
      guard let planItems = checkExtendItems(items, scope: scope) else { return nil }
      var all = scope.fields.enumerated().map { index, field in
        PlanItem.passing(index, field, range: clause.range)
      }
      for item in planItems {
        if let index = all.firstIndex(where: { $0.field.name == item.field.name }) {
          all[index] = item
        } else {
          all.append(item)
        }
      }
      return step(.project(all), all.map(\.field))
    case .sort(let keys, _):
      guard let planKeys = checkSortKeys(keys, scope: scope, defaultDescending: false) else { return nil }
      return step(.sort(planKeys), scope.fields)
    case .limit(let count, _):
      return step(.limit(Int(clamping: count)), scope.fields)
    case .top(let count, let keys, _):
      guard let planKeys = checkSortKeys(keys, scope: scope, defaultDescending: true) else { return nil }
      return step(.top(Int(clamping: count), planKeys), scope.fields)
    case .count(let by, let range):
      return checkCount(by: by, range: range, scope: scope).map { step($0.0, $0.1) }
    case .summarize(let aggregates, let by, _):
      return checkSummarize(aggregates, by: by, scope: scope).map { step($0.0, $0.1) }
    case .distinct(let items, _):
      guard let keys = checkGroupItems(items, scope: scope) else { return nil }
      return step(.aggregate(keys: keys, aggregates: [], outputs: keyOutputs(keys), order: .firstAppearance), keys.map(\.field))
    case .expand(let items, _):
      return checkExpand(items, scope: scope).map { step($0.0, $0.1) }
    case .join(let kind, let table, let alias, let left, let right, _):
      return checkJoin(kind, table: table, alias: alias, left: left, right: right, scope: scope).map { step(.join($0.0), $0.1) }
    case .cite(let range):
      // The sentence each row was read from: the field that says it is one, whatever its name.
      guard let source = scope.fields.firstIndex(where: { $0.provenance == .sentence }) else {
        report(.nothingToCite(in: scope.owner, at: range))
        return nil
      }
      let offset = scope.fields.firstIndex { $0.provenance == .offset }
      return step(.cite(source: source, offset: offset), scope.fields)
    }
  }

  /// Sort keys. A link sorts by the label of the record it names, as tables show it.
  mutating func checkSortKeys(_ keys: [SortKey], scope: Scope, defaultDescending: Bool) -> [PlanSortKey]? {
    var result: [PlanSortKey] = []
    for key in keys {
      guard let typed = checkExpression(key.expression, scope: scope) else { return nil }
      result.append(PlanSortKey(labelOf(typed), descending: key.descending ?? defaultDescending))
    }
    return result
  }

  /// `expand a [as b], …`: each item must be a list field of the rows; it becomes a single
  /// value (renamed by `as`), every other column stays.
  mutating func checkExpand(_ items: [SelectItem], scope: Scope) -> (PlanStepKind, [PlanField])? {
    var output = scope.fields
    var columns: [Int] = []
    for item in items {
      guard let typed = checkExpression(item.expression, scope: scope) else { return nil }
      guard typed.isList else {
        report(.notAList(file.text(of: item.expression.range), type: typed.typePhrase, at: item.expression.range))
        return nil
      }
      guard case .column(let index) = typed.kind else {
        report(.expandOfComputedList(file.text(of: item.expression.range), at: item.expression.range))
        return nil
      }
      if columns.contains(index) {
        report(.duplicateColumn(output[index].name, at: item.range))
        return nil
      }
      columns.append(index)
      output[index].isList = false
      if let alias = item.alias {
        if output.contains(where: { $0.name == alias.name }) {
          report(.duplicateColumn(alias.name, at: alias.range))
          return nil
        }
        output[index].name = alias.name
        output[index].qualifier = nil
      }
    }
    return (.expand(columns), output)
  }

  /// The name a column gets when `as` does not give one: a field keeps its name, a path is
  /// written with dots, anything else is named by its source text.
  func inferredName(_ expression: Expr) -> String {
    switch expression.kind {
    case .name(let identifier): return identifier.name
    case .member:
      if let path = dottedPath(expression) { return path }
    default: break
    }
    return file.text(of: expression.range)
  }

  /// `a.b.c` as text, when the expression is a chain of names.
  func dottedPath(_ expression: Expr) -> String? {
    switch expression.kind {
    case .name(let identifier): return identifier.name
    case .member(let base, let member): return dottedPath(base).map { "\($0).\(member.name)" }
    default: return nil
    }
  }

  /// The items of `select` (which may be `*`, every visible column).
  mutating func checkSelectItems(_ items: [SelectItem], scope: Scope) -> [PlanItem]? {
    checkItems(items, scope: scope, allowStar: true)
  }

  /// The items of `extend`.
  mutating func checkExtendItems(_ items: [SelectItem], scope: Scope) -> [PlanItem]? {
    checkItems(items, scope: scope, allowStar: false)
  }

  /// Named output columns: each expression checked, each name unique.
  mutating func checkItems(_ items: [SelectItem], scope: Scope, allowStar: Bool) -> [PlanItem]? {
    var result: [PlanItem] = []
    var ok = true
    for item in items {
      if allowStar, case .name(let identifier) = item.expression.kind, identifier.name == "*", !identifier.quoted {
        for (index, field) in scope.fields.enumerated() where !field.hidden {
          result.append(PlanItem.passing(index, field, range: identifier.range))
        }
        continue
      }
      guard let typed = checkExpression(item.expression, scope: scope) else {
        ok = false
        continue
      }
      let name = item.alias?.name ?? inferredName(item.expression)
      if result.contains(where: { $0.field.name == name }) {
        report(.duplicateColumn(name, at: item.alias?.range ?? item.expression.range))
        ok = false
        continue
      }
      // A column passed on (even renamed) is still the provenance it was.
      var provenance: Provenance?
      // A field passed on under one of its names keeps the other (`选取 县` is still county).
      var other: String?
      if case .column(let index) = typed.kind {
        let field = scope.fields[index]
        provenance = field.provenance
        if item.alias == nil { other = name == field.name ? field.otherName : field.name }
      }
      result.append(PlanItem(typed, field: PlanField(
        name: name, type: typed.type, link: typed.link, isList: typed.isList, origin: typed.origin, provenance: provenance,
        otherName: other)))
    }
    return ok ? result : nil
  }

  /// Group keys (`count by`, `summarize … by`, `distinct`): a list groups by each of its
  /// values, so the key column holds single values.
  mutating func checkGroupItems(_ items: [SelectItem], scope: Scope) -> [PlanItem]? {
    guard var keys = checkSelectItems(items, scope: scope) else { return nil }
    for index in keys.indices { keys[index].field.isList = false }
    return keys
  }
}

extension Clause {
  /// Whether the columns after this clause are those before it.
  var keepsColumns: Bool {
    switch self {
    case .where, .sort, .limit, .top, .cite: true
    default: false
    }
  }
}
