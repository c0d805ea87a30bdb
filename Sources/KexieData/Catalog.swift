import KexieDiagnostics

/// The tables a session can query: the report's entity sets, then the tables loaded by the user.
/// A checked plan names its tables by `TableRef`; the catalog resolves a ref to its rows.
public struct Catalog: Sendable {
  public private(set) var tables: [Table] = []
  /// The names of the embedded entity sets (which `.load` and `let` may not take).
  public private(set) var builtinNames: Set<String> = []
  /// Tables replaced by a newer one of the same name that a `let` binding still runs on (see
  /// `retainOnly`).
  public private(set) var retired: [Int: Table] = [:]

  public init(tables: [Table] = [], builtin: Bool = false) {
    for table in tables { register(table, builtin: builtin) }
  }

  public func table(named name: String) -> Table? {
    tables.first { $0.name == name }
  }

  /// The rows a plan's table ref names: the current table, or a replaced one still bound.
  public func table(for ref: TableRef) -> Table? {
    tables.first { $0.ref.id == ref.id } ?? retired[ref.id]
  }

  /// Forgets the replaced tables whose ids are not in `ids` (those no binding runs on).
  public mutating func retainOnly(_ ids: Set<Int>) {
    retired = retired.filter { ids.contains($0.key) }
  }

  public var names: [String] { tables.map(\.name) }

  public func isBuiltin(_ name: String) -> Bool { builtinNames.contains(name) }

  /// Adds a table, replacing a loaded table of the same name.
  public mutating func register(_ table: Table, builtin: Bool = false) {
    if let index = tables.firstIndex(where: { $0.name == table.name }) {
      retired[tables[index].ref.id] = tables[index]
      tables[index] = table
    } else {
      tables.append(table)
    }
    if builtin { builtinNames.insert(table.name) }
  }
}
