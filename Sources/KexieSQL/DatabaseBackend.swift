import KexieData
import KexieDiagnostics
import KexieEngine
import KexieSemantics

/// A `QueryBackend` for a plan over a database's table: as much of the plan as the dialect
/// can say exactly runs in the database as one SQL statement (pushed down), and kexie's engine
/// runs the rest on the rows it returns. So every query gets kexie's exact answer, and the
/// database does the work wherever SQL can (`.explain` says where the split is).
public struct DatabaseBackend: QueryBackend {
  public let database: any SQLDatabase
  /// The session's tables (for the steps kexie runs after the SQL).
  public let catalog: Catalog

  public init(database: any SQLDatabase, catalog: Catalog) {
    self.database = database
    self.catalog = catalog
  }

  /// The SQL a plan's pushed-down part is (nil: none of it can run in the database).
  public func pushedDown(_ plan: Plan) -> SQLQuery? {
    SQLCompiler(dialect: database.dialect, features: database.features, database: database.id).compilePrefix(plan)
  }

  public func run(_ plan: Plan, cancellation: Cancellation?) throws(RuntimeFailure) -> ResultTable {
    guard let query = pushedDown(plan) else {
      return try Executor(catalog: catalog).run(plan, cancellation: cancellation)
    }
    let rows = try database.run(query.text, fields: query.fields, file: plan.sourceFile) { cancellation?.isCancelled == true }
    if query.stepsRun == plan.steps.count {
      // The hidden columns the SQL left out are nulls (nothing shows them).
      let output = plan.output
      var columns = output.map { Column.nulls($0.type, count: rows.rowCount, list: $0.isList) }
      for (position, index) in query.columns.enumerated() { columns[index] = rows.columns[position] }
      let table = Table(name: "result", fields: output.map(Field.init(planField:)), columns: columns, rowCount: rows.rowCount)
      return Executor.result(table, of: plan)
    }
    // The rest of the pipeline, in kexie, over the database's rows as a table of its own.
    let table = Table(name: plan.sourceName, fields: rows.fields, columns: rows.columns, rowCount: rows.rowCount)
    var local = catalog
    local.register(table)
    let rest = Plan(
      source: .table(table.ref), sourceName: plan.sourceName, sourceFields: query.fields,
      steps: Array(plan.steps[query.stepsRun...]), sourceFile: plan.sourceFile, range: plan.range)
    return try Executor(catalog: local).run(rest, cancellation: cancellation)
  }
}

extension Plan {
  /// The database the plan's rows start in, if they start in one.
  public var rootDatabase: Int? {
    switch source {
    case .table(let ref): ref.location.databaseID
    case .plan(let inner): inner.rootDatabase
    }
  }
}
