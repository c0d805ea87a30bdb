import KexieData
import KexieDiagnostics
import KexieSemantics
import KexieSyntax

/// A query as SQL: the text, and which steps of the plan it runs.
public struct SQLQuery: Sendable {
  /// The SQL: one CTE per clause, in pipeline order, then the result in kexie's row order.
  public var text: String
  /// How many of the plan's steps the SQL runs (all of them, or the steps before the first
  /// the dialect cannot say exactly; the rest run in kexie's engine on its result).
  public var stepsRun: Int
  /// The columns of the SQL's result, in order: fields after `stepsRun` steps.
  public var fields: [PlanField]
  /// Where each column is among the fields after `stepsRun` steps (the hidden ones a complete
  /// query leaves out are missing).
  public var columns: [Int]
  /// The kexie functions the SQL calls (SQLite: defined by kexie's backend), for a comment.
  public var kexieFunctions: [String]
  /// The names of the result's columns as the SQL writes them (quoted where needed).
  public var names: [String] = []
}

/// Compiles a checked plan to SQL that gives exactly kexie's answer (after PRQL's
/// `rq_to_sql`). The SQL is a chain of CTEs, one per clause, each named after it, so it reads
/// like the pipeline; a hidden `__ord` column carries kexie's row order through every step
/// (stable sorts, groups in order of first appearance, joins in left-then-right order), and
/// the last SELECT orders by it.
///
/// kexie's semantics, spelled out in SQL: `=` is null-safe (`IS` / `IS NOT DISTINCT FROM`);
/// every condition is two-valued (`(…) IS TRUE`), so `not` of a comparison with a null is true;
/// text compares by bytes (`COLLATE "C"` in PostgreSQL); nulls sort last; `/` always gives a
/// double and stops on zero; a list field is a JSON array (SQLite) or an array, and a test on
/// it holds when it holds for any value (EXISTS over its values); a link path is a
/// subquery on the linked table.
///
/// What a dialect cannot say exactly (`length`, which counts characters as people see them,
/// in PostgreSQL) is never approximated: `compile` reports it with its place, and
/// `compilePrefix` stops before that clause, so the rest runs in kexie.
public struct SQLCompiler {
  public let dialect: SQLDialect
  public let features: SQLDialect.Features
  /// For SQL a database runs: the database whose tables it may read (`AttachedDatabase.id`);
  /// a table anywhere else cannot be in it. nil for SQL shown to people (`.sql`), which names
  /// kexie's tables as tables.
  public let database: Int?

  public init(dialect: SQLDialect, features: SQLDialect.Features = .init(), database: Int? = nil) {
    self.dialect = dialect
    self.features = features
    self.database = database
  }

  /// The whole plan as SQL, or the diagnostic of the first thing the dialect cannot say.
  public func compile(_ plan: Plan) -> Result<SQLQuery, DiagnosticError> {
    var builder = Builder(compiler: self)
    do throws(SQLRefusal) {
      let relation = try builder.query(plan, stopEarly: false)
      return .success(builder.finish(relation, plan: plan))
    } catch {
      return .failure(DiagnosticError(error.diagnostic(dialect: dialect, file: plan.sourceFile)))
    }
  }

  /// As much of the plan as the dialect can say exactly, from its source on; nil when not
  /// even the source can be read in SQL (a table in memory).
  public func compilePrefix(_ plan: Plan) -> SQLQuery? {
    var builder = Builder(compiler: self)
    guard let relation = try? builder.query(plan, stopEarly: true) else { return nil }
    return builder.finish(relation, plan: plan)
  }
}

/// Why a part of a plan has no exact SQL in a dialect.
struct SQLRefusal: Error {
  var what: Phrase
  var reason: Phrase
  var range: SourceRange?

  func diagnostic(dialect: SQLDialect, file: SourceFile) -> Diagnostic {
    var diagnostic = Diagnostic.notInDialect(what, dialect: dialect.title, reason: reason, at: range)
    if range != nil { diagnostic = diagnostic.located(in: file) }
    return diagnostic
  }
}

/// A relation between two steps: the name of its CTE (or table) and its columns, whose
/// positions are the plan's; every relation also has `__ord`.
struct SQLRelation {
  var name: String
  var columns: [String]
  var fields: [PlanField]
}

extension SQLCompiler {
  struct Builder {
    let compiler: SQLCompiler
    var dialect: SQLDialect { compiler.dialect }
    var ctes: [(name: String, sql: String)] = []
    var usedNames: Set<String> = []
    var kexieFunctions: Set<String> = []
    /// How many steps of the outermost plan became SQL.
    var stepsRun = 0
    var fieldsRun: [PlanField] = []

    init(compiler: SQLCompiler) {
      self.compiler = compiler
    }

    /// A fresh CTE name for a clause (`where_1`, `select_2`, …).
    mutating func cteName(_ base: String) -> String {
      var index = ctes.count + 1
      var name = "\(base)_\(index)"
      while usedNames.contains(name) {
        index += 1
        name = "\(base)_\(index)"
      }
      usedNames.insert(name)
      return name
    }

    mutating func add(_ name: String, _ sql: String) {
      ctes.append((name, sql))
    }

    /// Column names for fields, unique within a relation (a join's second `name` is `orgs.name`).
    func columnNames(_ fields: [PlanField]) -> [String] {
      var names: [String] = []
      for field in fields {
        var name = field.name
        if names.contains(name), let qualifier = field.qualifier { name = qualifier + "." + name }
        var candidate = name
        var index = 2
        while names.contains(candidate) {
          candidate = "\(name)_\(index)"
          index += 1
        }
        names.append(candidate)
      }
      return names
    }

    // MARK: - Plans

    /// The plan's relation after its steps (all of them, or while each can be said exactly
    /// when `stopEarly`).
    mutating func query(_ plan: Plan, stopEarly: Bool) throws(SQLRefusal) -> SQLRelation {
      var relation: SQLRelation
      switch plan.source {
      case .table(let ref):
        relation = try source(ref, fields: plan.sourceFields)
      case .plan(let inner):
        // A let or a sub-query: its own CTEs, then its result under its name.
        var innerRelation = try query(inner, stopEarly: false)
        let name = cteName(Self.plainName(plan.sourceName))
        add(name, "SELECT \(columnList(innerRelation)), __ord FROM \(innerRelation.name)")
        innerRelation.name = name
        relation = innerRelation
      }
      stepsRun = 0
      fieldsRun = relation.fields
      for (index, step) in plan.steps.enumerated() {
        let saved = (ctes, usedNames, kexieFunctions)
        do throws(SQLRefusal) {
          let next = index + 1 < plan.steps.count ? plan.steps[index + 1] : nil
          relation = try self.step(step, on: relation, next: next, file: plan.sourceFile)
          stepsRun = index + 1
          fieldsRun = step.output
        } catch {
          guard stopEarly else { throw error }
          (ctes, usedNames, kexieFunctions) = saved
          break
        }
      }
      return relation
    }

    static func plainName(_ name: String) -> String {
      let ascii = name.unicodeScalars.filter { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
      var text = String(String.UnicodeScalarView(ascii)).lowercased()
      if text.isEmpty || text.first?.isNumber == true { text = "q" + text }
      return text
    }

    /// The source table with its row order as `__ord`.
    mutating func source(_ ref: TableRef, fields: [PlanField]) throws(SQLRefusal) -> SQLRelation {
      let (table, order) = try tableName(ref)
      let name = cteName(Self.plainName(ref.name))
      let columns = columnNames(fields)
      let inDatabase = ref.location.databaseID != nil
      let selected = zip(ref.fields, columns).map { field, column in
        inDatabase ? dialect.sourceColumn(field, as: column)
          : field.name == column ? dialect.name(column) : "\(dialect.name(field.name)) AS \(dialect.name(column))"
      }
      // A table read as it is: `*`, which says so.
      let plain = !(inDatabase && dialect == .postgres) && zip(ref.fields, columns).allSatisfy { $0.name == $1 }
      add(name, "SELECT \(plain ? "*" : selected.joined(separator: ", ")), \(order) AS __ord FROM \(table)")
      return SQLRelation(name: name, columns: columns, fields: fields)
    }

    /// A table's SQL name and the expression of its row order.
    func tableName(_ ref: TableRef) throws(SQLRefusal) -> (String, String) {
      if let database = compiler.database, ref.location.databaseID != database {
        throw SQLRefusal(what: Phrase("the table \(ref.name)", zh: "表 \(ref.name)"), reason: Phrase("it is not in the database", zh: "数据库里没有这张表"), range: nil)
      }
      switch ref.location {
      case .memory:
        // Shown as the table of the same name (`.sql` over the report's sets).
        return (dialect.name(ref.name), defaultOrder)
      case .database(_, let table, let rowOrder):
        guard let rowOrder else { return (table, "row_number() OVER ()") }
        // A single integer column that orders the rows is the order itself (rowid, the
        // kexie_row .dump writes, an integer key); anything else is numbered in its order.
        let direct = rowOrder == "rowid" || rowOrder == dialect.name(KexieNotes.orderColumn)
          || ref.fields.contains { dialect.name($0.name) == rowOrder && $0.type == .integer && !$0.isList }
        return (table, direct ? rowOrder : "row_number() OVER (ORDER BY \(rowOrder))")
      }
    }

    /// The row order of a table kexie holds, as the database `.save` or `.dump` makes of it
    /// has it: SQLite's rowid; elsewhere the column `.dump` adds (PostgreSQL and DuckDB keep
    /// no order of their own).
    var defaultOrder: String {
      switch dialect {
      case .sqlite: "rowid"
      case .postgres, .duckdb: KexieNotes.orderColumn
      }
    }

    func columnList(_ relation: SQLRelation, prefix: String = "") -> String {
      relation.columns.map { prefix + dialect.name($0) }.joined(separator: ", ")
    }

    // MARK: - The SQL text

    func finish(_ relation: SQLRelation, plan: Plan) -> SQLQuery {
      // The whole plan in SQL leaves out the hidden provenance columns, unless it cites; SQL
      // that stops early keeps them for the clauses kexie runs after it.
      let complete = stepsRun == plan.steps.count
      var cites = false
      if case .cite? = plan.steps.last?.kind { cites = true }
      let kept = relation.fields.indices.filter { !complete || cites || !relation.fields[$0].hidden }
      let items = kept.map { index -> String in
        let name = dialect.name(relation.columns[index])
        // A database's lists come back to kexie as JSON text; SQL shown to people keeps them.
        if relation.fields[index].isList, compiler.database != nil {
          let json = dialect.listAsJSON(name)
          return json == name ? name : "\(json) AS \(name)"
        }
        return name
      }
      var text = "WITH\n"
      text += ctes.map { "  \(dialect.name($0.name)) AS (\n    \(SQLLayout.format($0.sql, indent: "    "))\n  )" }.joined(separator: ",\n")
      text += "\nSELECT \(items.joined(separator: ", "))\nFROM \(dialect.name(relation.name))\nORDER BY __ord"
      return SQLQuery(
        text: text, stepsRun: stepsRun, fields: kept.map { fieldsRun[$0] }, columns: kept, kexieFunctions: kexieFunctions.sorted(),
        names: kept.map { dialect.name(relation.columns[$0]) })
    }
  }
}
