/// A table: a schema and one typed column per field, all the same length. Immutable and
/// shared by reference: the catalog, let bindings and results hand it around without copies.
public final class Table: @unchecked Sendable {
  public let name: String
  public let fields: [Field]
  public let columns: [Column]
  public let rowCount: Int
  let positions: [String: Int]

  public init(name: String, fields: [Field], columns: [Column], rowCount: Int? = nil) {
    self.name = name
    self.fields = fields
    self.columns = columns
    self.rowCount = rowCount ?? columns.first?.count ?? 0
    var positions: [String: Int] = [:]
    for (index, field) in fields.enumerated() where positions[field.name] == nil {
      positions[field.name] = index
    }
    self.positions = positions
  }

  /// The position of a field by its exact (case-sensitive) name.
  public func index(of name: String) -> Int? { positions[name] }

  public func column(named name: String) -> Column? { index(of: name).map { columns[$0] } }

  public func value(row: Int, column: Int) -> Value { columns[column].value(at: row) }

  /// The fields shown by default (not the hidden provenance fields).
  public var visibleFields: [Field] { fields.filter { !$0.hidden } }

  /// For a table with an `id` field: the row of each id, for following links.
  public lazy var rowsByID: [String: Int] = {
    guard let column = column(named: "id") else { return [:] }
    var rows: [String: Int] = [:]
    for row in 0..<rowCount {
      if case .text(let id) = column.value(at: row) { rows[id] = row }
    }
    return rows
  }()
}
