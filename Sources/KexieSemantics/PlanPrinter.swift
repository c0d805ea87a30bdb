import KexieData
import KexieDiagnostics
import KexieSyntax

/// The checked plan as text, for `.plan` and golden tests: each name resolved (to a column
/// of which table, or a link followed), each expression with its type.
public struct PlanPrinter {
  var lines: [String] = []

  public static func dump(_ plan: Plan) -> String {
    var printer = PlanPrinter()
    printer.plan(plan, depth: 0)
    return printer.lines.joined(separator: "\n") + "\n"
  }

  mutating func add(_ depth: Int, _ text: String) {
    lines.append(String(repeating: "  ", count: depth) + text)
  }

  static func columns(_ fields: [PlanField]) -> String {
    let visible = fields.filter { !$0.hidden }
    let hidden = fields.count - visible.count
    return visible.map { "\($0.name): \($0.typeDescription)" }.joined(separator: ", ")
      + (hidden > 0 ? " (+\(hidden) hidden)" : "")
  }

  mutating func plan(_ plan: Plan, depth: Int) {
    switch plan.source {
    case .table(let table):
      add(depth, "source \(table.name): table" + (table.rowCount.map { ", \($0) rows" } ?? ""))
    case .plan(let inner):
      add(depth, "source \(plan.sourceName): query")
      self.plan(inner, depth: depth + 1)
    }
    add(depth + 1, "columns: " + PlanPrinter.columns(plan.sourceFields))
    var fields = plan.sourceFields
    for (index, step) in plan.steps.enumerated() {
      add(depth, "\(index + 1). \(step.clauseName) @\(plan.sourceFile.location(of: step.range.start))")
      self.step(step, input: fields, depth: depth + 1)
      fields = step.output
    }
    add(depth, "output: " + PlanPrinter.columns(plan.output))
  }

  mutating func step(_ step: PlanStep, input: [PlanField], depth: Int) {
    switch step.kind {
    case .filter(let condition):
      expression(condition, input: input, depth: depth)
    case .project(let items):
      for item in items where !(step.clause == .extend && isPlainColumn(item, input: input)) {
        if item.field.hidden, case .column = item.expression.kind { continue }
        add(depth, "\(item.field.name) =")
        expression(item.expression, input: input, depth: depth + 1)
      }
    case .sort(let keys), .top(_, let keys):
      if case .top(let count, _) = step.kind { add(depth, "keep \(count)") }
      for key in keys {
        add(depth, key.descending ? "descending" : "ascending")
        expression(key.expression, input: input, depth: depth + 1)
      }
    case .limit(let count):
      add(depth, "keep \(count)")
    case .aggregate(let keys, let aggregates, let outputs, let order):
      if !keys.isEmpty {
        add(depth, "group by")
        for key in keys {
          add(depth + 1, "\(key.field.name) =")
          expression(key.expression, input: input, depth: depth + 2)
        }
      }
      for aggregate in aggregates {
        add(depth, "aggregate \(aggregate.function.rawValue) : \(aggregate.type.rawValue)")
        if let argument = aggregate.argument { expression(argument, input: input, depth: depth + 1) }
      }
      switch order {
      case .firstAppearance: add(depth, "groups in order of first appearance")
      case .countDescending: add(depth, "groups by count, largest first")
      }
      let grouped = keys.map(\.field) + aggregates.map { PlanField(name: $0.function.rawValue, type: $0.type) }
      for output in outputs where !isPlainColumn(output, input: grouped) {
        add(depth, "\(output.field.name) =")
        expression(output.expression, input: grouped, depth: depth + 1)
      }
    case .join(let join):
      add(depth, "\(join.kind == .left ? "left join" : "join") \(join.table.name) on")
      expression(join.leftKey, input: input, depth: depth + 1)
      add(depth + 1, "= \(join.table.name).\(join.table.fields[join.rightKey].name) : \(join.table.fields[join.rightKey].typeDescription)")
    case .cite(let source, let offset):
      add(depth, "source sentence: \(input[source].name)" + (offset.map { ", offset: \(input[$0].name)" } ?? ""))
    case .expand(let columns):
      for column in columns {
        add(depth, "one row per value of \(input[column].name) : \(input[column].typeDescription) → \(step.output[column].name) : \(step.output[column].typeDescription)")
      }
    }
    add(depth, "→ " + PlanPrinter.columns(step.output))
  }

  func isPlainColumn(_ item: PlanItem, input: [PlanField]) -> Bool {
    if case .column(let index) = item.expression.kind, index < input.count, input[index].name == item.field.name { return true }
    return false
  }

  mutating func expression(_ expression: TypedExpr, input: [PlanField], depth: Int) {
    let type = ": " + expression.typeDescription
    switch expression.kind {
    case .literal(let value):
      let text: String
      if case .text(let string) = value { text = Formatter.quote(string) } else { text = value.description }
      add(depth, "literal \(text) \(type)")
    case .column(let index):
      let field = index < input.count ? input[index] : nil
      var where_ = "column \(index)"
      if let origin = field?.origin, origin.table.fields[origin.column].name == field?.name {
        where_ = "\(origin.table.name).\(origin.field.name)"
      }
      add(depth, "\(field?.name ?? "?") (\(where_)) \(type)")
    case .follow(let base, let table, let field):
      add(depth, "follow link to \(table.name).\(table.fields[field].name) \(type)")
      self.expression(base, input: input, depth: depth + 1)
    case .unary(let op, let operand):
      add(depth, "\(op.rawValue) \(type)")
      self.expression(operand, input: input, depth: depth + 1)
    case .binary(let op, let left, let right):
      add(depth, "\(op.rawValue) \(type)")
      self.expression(left, input: input, depth: depth + 1)
      self.expression(right, input: input, depth: depth + 1)
    case .call(let name, let arguments):
      add(depth, "\(name)() \(type)")
      for argument in arguments { self.expression(argument, input: input, depth: depth + 1) }
    case .inList(let value, let items, let negated):
      add(depth, "\(negated ? "not in" : "in") \(type)")
      self.expression(value, input: input, depth: depth + 1)
      for item in items { self.expression(item, input: input, depth: depth + 1) }
    case .isNull(let value, let negated):
      add(depth, "\(negated ? "is not null" : "is null") \(type)")
      self.expression(value, input: input, depth: depth + 1)
    case .text(let predicate, let left, let right, let negated):
      var checked = false
      if predicate == .matches, case .literal = right.kind { checked = true }
      add(depth, "\(negated ? "not " : "")\(predicate.rawValue)\(checked ? " (pattern checked)" : "") \(type)")
      self.expression(left, input: input, depth: depth + 1)
      self.expression(right, input: input, depth: depth + 1)
    case .between(let value, let low, let high, let negated):
      add(depth, "\(negated ? "not between" : "between") \(type)")
      self.expression(value, input: input, depth: depth + 1)
      self.expression(low, input: input, depth: depth + 1)
      self.expression(high, input: input, depth: depth + 1)
    }
  }
}
