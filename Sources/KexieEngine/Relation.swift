import KexieData

/// The rows between two steps of a pipeline: columns over "base" rows, and a selection
/// vector naming which base rows are present and in which order. Filters, sorts and limits
/// only change the selection; columns are copied (gathered) only when an expression needs
/// them or the result is made concrete.
struct Relation {
  var columns: [Column]
  var selection: [Int32]?
  var baseCount: Int

  init(columns: [Column], selection: [Int32]? = nil, baseCount: Int) {
    self.columns = columns
    self.selection = selection
    self.baseCount = baseCount
  }

  init(table: Table) {
    self.init(columns: table.columns, baseCount: table.rowCount)
  }

  var count: Int { selection?.count ?? baseCount }

  /// Base rows for positions (indices 0..<count of this relation); nil means all, in order.
  func baseRows(_ positions: [Int32]?) -> [Int32]? {
    guard let positions else { return selection }
    guard let selection else { return positions }
    return selection.withUnsafeBufferPointer { s in positions.map { s[Int($0)] } }
  }

  /// A column for the given positions (copied only when there is a selection).
  func column(_ index: Int, positions: [Int32]?) -> Column {
    guard let rows = baseRows(positions) else { return columns[index] }
    return columns[index].gather(rows)
  }

  /// The same rows with every column made concrete and no selection.
  func materialized() -> Relation {
    guard let selection else { return self }
    return Relation(columns: columns.map { $0.gather(selection) }, baseCount: selection.count)
  }

  /// The first `limit` rows as a table (for `.steps` previews and results).
  func table(named name: String, fields: [Field], limit: Int? = nil) -> Table {
    var rows = selection ?? (0..<Int32(clamping: baseCount)).map { $0 }
    if let limit, rows.count > limit { rows = Array(rows.prefix(limit)) }
    let isIdentity = selection == nil && (limit ?? Int.max) >= baseCount
    let gathered = isIdentity ? columns : columns.map { $0.gather(rows) }
    return Table(name: name, fields: fields, columns: gathered, rowCount: rows.count)
  }
}
