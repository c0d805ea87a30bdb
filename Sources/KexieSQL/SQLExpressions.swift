import KexieData
import KexieDiagnostics
import KexieSemantics
import KexieSyntax

/// The columns an expression can name: those of one relation, maybe behind an alias (`l.`).
struct ExpressionScope {
  var columns: [String]
  var fields: [PlanField]
  var prefix: String
  /// The relation the columns are in, to name them from inside a subquery (where a bare
  /// name could be a column of the subquery's own table: `parent` in `orgs`).
  var relation: String

  init(columns: [String], fields: [PlanField], prefix: String, relation: String) {
    self.columns = columns
    self.fields = fields
    self.prefix = prefix
    self.relation = relation
  }

  /// The same columns, each named with its relation.
  var qualified: ExpressionScope {
    guard prefix.isEmpty else { return self }
    var scope = self
    scope.prefix = relation + "."
    return scope
  }
}

/// Checked expressions as SQL, with kexie's meaning. `value` gives an expression's value;
/// `condition` gives a true/false test that is never null (kexie's two-valued logic).
extension SQLCompiler.Builder {
  /// A test that is true or false, never null.
  mutating func condition(_ expression: TypedExpr, _ scope: ExpressionScope) throws(SQLRefusal) -> String {
    switch expression.kind {
    case .binary(.and, let left, let right):
      return "(\(try condition(left, scope)) AND \(try condition(right, scope)))"
    case .binary(.or, let left, let right):
      return "(\(try condition(left, scope)) OR \(try condition(right, scope)))"
    case .unary(.not, let operand):
      return "NOT \(try condition(operand, scope))"
    case .binary(let op, _, _) where op.isComparison:
      return try value(expression, scope)
    case .inList, .isNull, .text, .between:
      return try value(expression, scope)
    default:
      return dialect.truth(try value(expression, scope))
    }
  }

  /// An expression's value.
  mutating func value(_ expression: TypedExpr, _ scope: ExpressionScope) throws(SQLRefusal) -> String {
    switch expression.kind {
    case .literal(let value):
      guard let text = dialect.literal(value) else {
        throw SQLRefusal(what: Phrase("the number \(value)", zh: "数字 \(value)"), reason: Phrase("SQL has no literal for it", zh: "SQL 里没有这个数的写法"), range: expression.range)
      }
      return text
    case .column(let index):
      return scope.prefix + dialect.name(scope.columns[index])
    case .follow(let base, let table, let field):
      return try follow(base, table: table, field: field, scope, range: expression.range)
    case .unary(.not, _), .binary(.and, _, _), .binary(.or, _, _):
      return try condition(expression, scope)
    case .unary(.negate, let operand):
      return "(-\(try value(operand, scope)))"
    case .binary(let op, let left, let right):
      return try binary(op, left, right, expression, scope)
    case .call(let name, let arguments):
      return try call(name, arguments, expression, scope)
    case .inList(let tested, let items, let negated):
      let (values, lists) = try operands([tested] + items, scope, nullMatters: !items.allSatisfy(\.isNonNullLiteral))
      let dialect = self.dialect
      let test = exists(values.dropFirst().map { dialect.nullSafeEqual(values[0], $0) }.joined(separator: " OR "), lists)
      let list = items.isEmpty ? (dialect == .sqlite ? "0" : "FALSE") : test
      return negated ? "NOT (\(list))" : "(\(list))"
    case .isNull(let tested, let negated):
      let text = try value(tested, scope)
      if tested.isList { return "(\(dialect.listSize(text)) \(negated ? "<>" : "=") 0)" }
      return "(\(text) IS \(negated ? "NOT " : "")NULL)"
    case .text(let predicate, let left, let right, let negated):
      let (values, lists) = try operands([left, right], scope, nullMatters: false)
      let test = exists(try textTest(predicate, values[0], values[1], pattern: right), lists)
      return negated ? "NOT \(dialect.truth(test))" : dialect.truth(test)
    case .between(let tested, let low, let high, let negated):
      let (values, lists) = try operands([tested, low, high], scope, nullMatters: false)
      let x = dialect.ordered(values[0], type: tested.type)
      let body = "\(x) >= \(dialect.ordered(values[1], type: tested.type)) AND \(x) <= \(dialect.ordered(values[2], type: tested.type))"
      let test = exists(body, lists)
      return negated ? "NOT \(dialect.truth(test))" : dialect.truth(test)
    }
  }

  /// The operands of a test, any of which may be lists: a list stands for one of its values
  /// (`v0.value`), drawn from the FROM items returned beside.
  /// `nullMatters`: whether the test can hold for a null (`x = null`); when it cannot (`<`,
  /// `contains`, `= "淅川"`), an empty list needs no null of its own, and the SQL is shorter.
  mutating func operands(_ operands: [TypedExpr], _ scope: ExpressionScope, nullMatters: Bool = true) throws(SQLRefusal) -> (values: [String], lists: [String]) {
    var values: [String] = []
    var sources: [String] = []
    for (index, operand) in operands.enumerated() {
      let text = try value(operand, scope)
      if operand.isList {
        // An empty list takes part as one null, as in kexie's engine (`x = null` holds for it).
        let alias = "v\(index)"
        let list = nullMatters ? dialect.listOrNull(text, elementType: operand.type) : text
        sources.append(dialect.listValues(list, alias: alias))
        values.append("\(alias).value")
      } else {
        values.append(text)
      }
    }
    return (values, sources)
  }

  /// A test on operands from `operands`: it holds when it holds for some value of each list
  /// (EXISTS over the lists' values, an empty list being one null), or as it is when there
  /// are no lists.
  func exists(_ body: String, _ lists: [String]) -> String {
    guard !lists.isEmpty else { return body }
    return "EXISTS (SELECT 1 FROM \(lists.joined(separator: ", ")) WHERE \(body))"
  }

  // MARK: - Operators

  mutating func binary(_ op: BinaryOperator, _ left: TypedExpr, _ right: TypedExpr, _ expression: TypedExpr, _ scope: ExpressionScope) throws(SQLRefusal) -> String {
    switch op {
    case .and, .or:
      return try condition(expression, scope)
    case .equal, .notEqual:
      let (values, lists) = try operands([left, right], scope, nullMatters: !(left.isNonNullLiteral || right.isNonNullLiteral))
      let equal = exists(dialect.nullSafeEqual(values[0], values[1]), lists)
      // `!=` is the negation of `=`, on lists too: no value is equal.
      return op == .equal ? "(\(equal))" : "NOT (\(equal))"
    case .less, .lessEqual, .greater, .greaterEqual:
      let type = left.type == .null ? right.type : left.type
      let (values, lists) = try operands([left, right], scope, nullMatters: false)
      let test = exists("\(dialect.ordered(values[0], type: type)) \(op.rawValue) \(dialect.ordered(values[1], type: type))", lists)
      return dialect.truth(test)
    case .coalesce:
      let a = try value(left, scope)
      let b = try value(right, scope)
      if left.isList {
        let fallback = right.isList ? b : dialect.listOf(b)
        return "CASE WHEN \(dialect.listSize(a)) = 0 THEN \(fallback) ELSE \(a) END"
      }
      return "coalesce(\(a), \(b))"
    case .add, .subtract, .multiply:
      let a = try value(left, scope)
      let b = try value(right, scope)
      // SQLite turns an integer result that overflows into an inexact REAL where kexie stops:
      // the SQL SQLite runs calls kexie's checked arithmetic (SQL shown to people reads plainly).
      if dialect == .sqlite, expression.type == .integer, compiler.features.kexieFunctions, compiler.database != nil {
        let function = op == .add ? "kexie_add" : op == .subtract ? "kexie_sub" : "kexie_mul"
        kexieFunctions.insert(function)
        return "\(function)(\(a), \(b), \(expression.range.start), \(expression.range.end))"
      }
      return "(\(a) \(op.rawValue) \(b))"
    case .divide:
      let a = try value(left, scope)
      let b = try value(right, scope)
      let quotient = "CAST(\(a) AS \(dialect.doubleType)) / \(b)"
      // PostgreSQL stops on a division by zero itself (SQL shown to people says no more); the
      // others give null or infinity. A database that runs it raises kexie's error, with the
      // division's place.
      let place = "E0501 \(expression.range.start) \(expression.range.end)"
      guard let failure = dialect.failure(place) ?? (compiler.database == nil ? nil : dialect.raise(place, dependingOn: b)) else { return "(\(quotient))" }
      if dialect == .sqlite { kexieFunctions.insert("kexie_error") }
      return "(CASE WHEN \(a) IS NULL OR \(b) IS NULL THEN NULL WHEN \(b) = 0 THEN \(failure) ELSE \(quotient) END)"
    }
  }

  // MARK: - Link paths

  /// `base.field`: the field of the record the base names, from the linked table.
  mutating func follow(_ base: TypedExpr, table: TableRef, field: Int, _ scope: ExpressionScope, range: SourceRange) throws(SQLRefusal) -> String {
    let (name, _) = try tableName(table)
    let target = dialect.name(table.fields[field].name)
    guard let idField = table.fields.first(where: { $0.name == "id" }) else {
      throw SQLRefusal(what: Phrase("a link to \(table.name)", zh: "指向 \(table.name) 的链接"), reason: Phrase("the table has no id field", zh: "这张表没有 id 字段"), range: range)
    }
    let id = dialect.name(idField.name)
    let ids = try value(base, scope.qualified)
    if base.isList {
      if table.fields[field].isList {
        throw SQLRefusal(what: Phrase("a path from a list through a list", zh: "从列表经过列表的链接路径"), reason: Phrase("its values would be lists of lists", zh: "它的值会是列表的列表"), range: range)
      }
      let rows = "\(dialect.listValues(ids, alias: "v")) JOIN \(name) AS t ON t.\(id) = v.value WHERE t.\(target) IS NOT NULL"
      return dialect.collect("t.\(target)", from: rows, orderBy: dialect.listOrder("v"), elementType: table.fields[field].type)
    }
    return "(SELECT t.\(target) FROM \(name) AS t WHERE t.\(id) = \(ids))"
  }

  // MARK: - Text tests

  mutating func textTest(_ predicate: TextPredicate, _ text: String, _ needle: String, pattern: TypedExpr) throws(SQLRefusal) -> String {
    switch (predicate, dialect) {
    case (.contains, .sqlite): return "instr(\(text), \(needle)) > 0"
    case (.contains, .postgres): return "strpos(\(text), \(needle)) > 0"
    case (.contains, .duckdb): return "contains(\(text), \(needle))"
    case (.startswith, .sqlite): return "instr(\(text), \(needle)) = 1"
    case (.startswith, _): return "starts_with(\(text), \(needle))"
    case (.endswith, .sqlite):
      // substr(x, -0) is all of x, so the empty suffix is its own case (null text still fails).
      return "(CASE WHEN length(\(needle)) = 0 THEN \(text) IS NOT NULL ELSE substr(\(text), -length(\(needle))) = \(needle) END)"
    case (.endswith, .postgres): return "right(\(text), length(\(needle))) = \(needle)"
    case (.endswith, .duckdb): return "ends_with(\(text), \(needle))"
    case (.matches, .sqlite):
      guard compiler.features.kexieFunctions else {
        throw SQLRefusal(what: .same("matches"), reason: Phrase("SQLite has no regular expressions of its own", zh: "SQLite 自己没有正则表达式"), range: pattern.range)
      }
      kexieFunctions.insert("regexp")
      return "\(text) REGEXP \(needle)"
    case (.matches, _):
      // Another engine's regular expressions agree with kexie's only on plain patterns.
      guard case .literal(.text(let written)) = pattern.kind, Self.isPortablePattern(written) else {
        throw SQLRefusal(
          what: .same("matches"),
          reason: Phrase(
            "its regular expressions differ from kexie's beyond plain patterns (no '.', '\\', '{', '(?')",
            zh: "除了简单的模式（不含 '.'、'\\'、'{'、'(?'），它的正则表达式和 kexie 的不一样"),
          range: pattern.range)
      }
      return dialect == .postgres ? "\(text) ~ \(needle)" : "regexp_matches(\(text), \(needle))"
    }
  }

  /// A pattern that means the same in kexie, PostgreSQL and DuckDB: literal characters,
  /// classes, anchors, alternation, groups and the quantifiers * + ?.
  static func isPortablePattern(_ pattern: String) -> Bool {
    !pattern.contains(".") && !pattern.contains("\\") && !pattern.contains("{") && !pattern.contains("(?") && !pattern.contains("[:")
  }
}

extension TypedExpr {
  /// A literal that is not null: a comparison with it never holds for a null.
  var isNonNullLiteral: Bool {
    if case .literal(let value) = kind { return value != .null }
    return false
  }
}
