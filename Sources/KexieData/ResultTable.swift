/// What a query produces: a table, which of its columns to show, and — after `cite` —
/// which columns hold each row's report sentence and its offset.
public struct ResultTable: Sendable {
  public var table: Table
  /// The columns to show, in order (hidden provenance columns are left out).
  public var shownColumns: [Int]
  /// The names to show for them (join clashes are qualified: events.name, orgs.name).
  public var shownNames: [String]
  public var citation: Citation?

  public struct Citation: Sendable {
    public var source: Int
    public var offset: Int?
    public init(source: Int, offset: Int?) {
      self.source = source
      self.offset = offset
    }
  }

  public init(table: Table, shownColumns: [Int]? = nil, shownNames: [String]? = nil, citation: Citation? = nil) {
    self.table = table
    let columns = shownColumns ?? table.fields.indices.filter { !table.fields[$0].hidden }
    self.shownColumns = columns
    self.shownNames = shownNames ?? columns.map { table.fields[$0].name }
    self.citation = citation
  }

  public var rowCount: Int { table.rowCount }

  /// The type of a shown column.
  public func type(ofShown index: Int) -> DataType { table.fields[shownColumns[index]].type }

  /// A shown cell.
  public func value(row: Int, shown index: Int) -> Value {
    table.columns[shownColumns[index]].value(at: row)
  }
}
