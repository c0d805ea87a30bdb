import KexieData

/// A column of a relation that is made concrete only when something reads it: a join or a
/// `select` of plain fields produces row mappings, not copies, and a column nobody reads
/// after them (`join … | count by type` reads one of eleven) is never gathered.
/// Not Sendable: a run of a plan uses its columns on one thread.
final class LazyColumn {
  private let base: Column
  /// Rows of `base`, in order; -1 is null. nil: `base` itself.
  private let rows: [Int32]?
  private var cached: Column?

  init(_ column: Column) {
    base = column
    rows = nil
    cached = column
  }

  init(_ column: Column, rows: [Int32]) {
    base = column
    self.rows = rows
  }

  var type: DataType { base.type }

  /// The column, gathered on first use.
  var column: Column {
    if let cached { return cached }
    let made = rows.map { base.gather(optionalRows: $0) } ?? base
    cached = made
    return made
  }
}

/// The rows between two steps of a pipeline: columns over "base" rows, and a selection
/// vector naming which base rows are present and in which order. Filters, sorts and limits
/// only change the selection; columns are copied (gathered) only when an expression needs
/// them or the result is made concrete.
struct Relation {
  var lazyColumns: [LazyColumn]
  var selection: [Int32]?
  var baseCount: Int

  init(columns: [Column], selection: [Int32]? = nil, baseCount: Int) {
    self.lazyColumns = columns.map(LazyColumn.init)
    self.selection = selection
    self.baseCount = baseCount
  }

  init(lazy columns: [LazyColumn], baseCount: Int) {
    self.lazyColumns = columns
    self.selection = nil
    self.baseCount = baseCount
  }

  init(table: Table) {
    self.init(columns: table.columns, baseCount: table.rowCount)
  }

  var count: Int { selection?.count ?? baseCount }

  /// A base column, made concrete.
  func base(_ index: Int) -> Column { lazyColumns[index].column }

  /// Base rows for positions (indices 0..<count of this relation); nil means all, in order.
  func baseRows(_ positions: [Int32]?) -> [Int32]? {
    guard let positions else { return selection }
    guard let selection else { return positions }
    return selection.withUnsafeBufferPointer { s in positions.map { s[Int($0)] } }
  }

  /// A column for the given positions (copied only when there is a selection).
  func column(_ index: Int, positions: [Int32]?) -> Column {
    guard let rows = baseRows(positions) else { return base(index) }
    return base(index).gather(rows)
  }

  /// The same column for the given positions, still lazy: nothing is copied until read.
  func lazyColumn(_ index: Int, positions: [Int32]?) -> LazyColumn {
    guard let rows = baseRows(positions) else { return lazyColumns[index] }
    return LazyColumn(base(index), rows: rows)
  }

  /// The rows as a table (the first `limit` of them, for `.steps` previews).
  func table(named name: String, fields: [Field], limit: Int? = nil) -> Table {
    var rows = selection
    if let limit, count > limit { rows = Array((rows ?? (0..<Int32(clamping: baseCount)).map { $0 }).prefix(limit)) }
    let columns = lazyColumns.indices.map { index in rows.map { base(index).gather($0) } ?? base(index) }
    return Table(name: name, fields: fields, columns: columns, rowCount: rows?.count ?? baseCount)
  }
}
