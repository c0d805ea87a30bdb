import KexieData
import KexieDiagnostics
import KexieSemantics

/// What one run of a plan shares between its steps: where its tables' rows are, the
/// cancellation flag, and the regular expressions compiled so far (a plan names patterns as
/// text; each is compiled once per run).
final class RunContext {
  let catalog: Catalog
  let cancellation: Cancellation?
  private var regexes: [String: Pattern] = [:]
  /// Database tables copied into memory for this run.
  private var fetched: [Int: Table] = [:]

  init(catalog: Catalog, cancellation: Cancellation?) {
    self.catalog = catalog
    self.cancellation = cancellation
  }

  /// The rows of a table the plan names: in memory, or copied in from its database (once per
  /// run). A plan checked against this catalog always finds them; one that outlived its table
  /// gets an error rather than a crash.
  func table(_ ref: TableRef) throws(RuntimeFailure) -> Table {
    if let table = catalog.table(for: ref) { return table }
    if let table = fetched[ref.id] { return table }
    guard let database = catalog.database(of: ref) else {
      throw RuntimeFailure(.missingTable(ref.name))
    }
    let cancellation = self.cancellation
    do throws(DiagnosticError) {
      let table = try database.fetch(ref) { cancellation?.isCancelled == true }
      fetched[ref.id] = table
      return table
    } catch {
      throw RuntimeFailure(error.diagnostics.first ?? .missingTable(ref.name))
    }
  }

  func checkCancelled() throws(RuntimeFailure) {
    if cancellation?.isCancelled == true { throw RuntimeFailure(.cancelled()) }
  }

  /// A pattern compiled (once per run); a bad one is an error at `range` of `file`.
  func regex(_ pattern: String, range: SourceRange, in file: SourceFile) throws(RuntimeFailure) -> Pattern {
    if let compiled = regexes[pattern] { return compiled }
    do throws(PatternError) {
      let compiled = try Pattern(pattern)
      regexes[pattern] = compiled
      return compiled
    } catch {
      throw RuntimeFailure(Diagnostic.invalidRegex(pattern, reason: error.message, at: range).located(in: file))
    }
  }
}
