import KexieData
import KexieDiagnostics
import KexieSemantics
import Synchronization

/// An attached database that runs SQL: SQLite files and PostgreSQL servers.
public protocol SQLDatabase: AttachedDatabase {
  var dialect: SQLDialect { get }
  var features: SQLDialect.Features { get }
  /// Runs compiled SQL into a table whose columns are `fields`.
  func run(_ sql: String, fields: [PlanField], file: SourceFile?, isCancelled: (@Sendable () -> Bool)?) throws(RuntimeFailure) -> Table
  /// The tables `lookup` has read.
  var lookups: LookupCache { get }
}

extension SQLDatabase {
  public func fetch(_ ref: TableRef, isCancelled: @escaping @Sendable () -> Bool) throws(DiagnosticError) -> Table {
    guard case .database(_, let table, let order) = ref.location else { throw DiagnosticError(.missingTable(ref.name)) }
    let columns = ref.fields.map { dialect.fetchedColumn($0) }.joined(separator: ", ")
    let sql = "SELECT \(columns) FROM \(table)" + (order.map { " ORDER BY \($0)" } ?? "")
    let fields = ref.fields.map { PlanField(name: $0.name, type: $0.type, isList: $0.isList, hidden: $0.hidden, provenance: $0.provenance) }
    do throws(RuntimeFailure) {
      let rows = try run(sql, fields: fields, file: nil, isCancelled: isCancelled)
      return Table(
        name: ref.name, fields: ref.fields, columns: rows.columns, rowCount: rows.rowCount,
        label: ref.labelField.map { ref.fields[$0].name }, aliases: ref.matchFields.map { ref.fields[$0].name },
        summary: ref.summary, document: ref.document)
    } catch {
      throw DiagnosticError(error.diagnostic)
    }
  }

  public func lookup(_ ref: TableRef) -> Table? {
    lookups.table(ref) { try? fetch(ref, isCancelled: { false }) }
  }
}

/// The tables a database has read for `lookup`, by table id (nil: too large, or failed).
public final class LookupCache: Sendable {
  public init() {}

  private let tables = Mutex<[Int: Table?]>([:])

  func table(_ ref: TableRef, read: () -> Table?) -> Table? {
    if let cached = tables.withLock({ $0[ref.id] }) { return cached }
    let table = (ref.rowCount ?? Int.max) <= lookupRowLimit ? read() : nil
    tables.withLock { $0[ref.id] = table }
    return table
  }
}

/// Builds one column of a result from a database's values, by the plan's type: a value of
/// another type is converted where kexie would (an integer in a decimal column) and an error
/// otherwise (text in an integer column), never silently wrong.
struct ColumnSink {
  let field: PlanField
  var builder: ColumnBuilder

  init(field: PlanField) {
    self.field = field
    self.builder = ColumnBuilder(type: field.type == .null ? .text : field.type, list: field.isList)
  }

  func build() -> Column { builder.build() }

  /// A list column arrives as JSON text.
  static func list(_ json: [UInt8], type: DataType) -> Value? {
    guard case .success(.array(let items)) = JSONParser.parse(json) else { return nil }
    return .list(items.compactMap { $0.cell(as: type, lenient: true) })
  }

  /// A value that is not the type the plan says.
  func mismatch(_ written: String, database: String) -> RuntimeFailure {
    RuntimeFailure(.databaseFailure(database, reason: Phrase(
      "column '\(field.name)' holds \(written), which is not \(field.type.article)\(field.type == .decimal ? " (kexie's decimals are finite)" : "")",
      zh: Phrase.chinese("列 '\(field.name)' 里有 \(written)，它不是", field.type.phrase.zh, field.type == .decimal ? "（kexie 的小数都是有限的）" : ""))))
  }
}

/// Why a database did not open, for the exit status a script sees (`kexie --db`): a missing
/// file is not the same failure as a damaged one, and a lock is worth trying again.
public struct DatabaseOpenError: Error, Sendable {
  public enum Problem: Sendable {
    /// No such file, or it cannot be read.
    case missing
    /// A file that is not a SQLite database.
    case notADatabase
    /// A SQLite file whose pages are damaged.
    case damaged
    /// Another program holds a lock on it.
    case locked
    /// The server cannot be reached or refused the connection.
    case unreachable
    /// Anything else the library reported.
    case other
  }

  public var problem: Problem
  public var diagnostic: Diagnostic

  public init(_ problem: Problem, _ diagnostic: Diagnostic) {
    self.problem = problem
    self.diagnostic = diagnostic
  }
}
