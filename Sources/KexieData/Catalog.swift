import KexieDiagnostics

/// The tables a session can query: the report's entity sets, then the tables loaded by the user.
public struct Catalog: Sendable {
  public private(set) var tables: [Table] = []
  /// The names of the embedded entity sets (which `.load` and `let` may not take).
  public private(set) var builtinNames: Set<String> = []

  public init(tables: [Table] = [], builtin: Bool = false) {
    for table in tables { register(table, builtin: builtin) }
  }

  /// The catalog of the embedded report dataset (parsed once, on first use).
  public static func report() -> Result<Catalog, DiagnosticError> {
    ReportDataset.load().map { Catalog(tables: $0, builtin: true) }
  }

  public func table(named name: String) -> Table? {
    tables.first { $0.name == name }
  }

  public var names: [String] { tables.map(\.name) }

  public func isBuiltin(_ name: String) -> Bool { builtinNames.contains(name) }

  /// Adds a table, replacing a loaded table of the same name.
  public mutating func register(_ table: Table, builtin: Bool = false) {
    if let index = tables.firstIndex(where: { $0.name == table.name }) {
      tables[index] = table
    } else {
      tables.append(table)
    }
    if builtin { builtinNames.insert(table.name) }
  }
}
