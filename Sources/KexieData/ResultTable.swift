/// What a query produces: a table, which of its columns to show, and — after `cite` —
/// which columns hold each row's report sentence and its offset.
public struct ResultTable: Sendable {
  public var table: Table
  /// The columns to show, in order (hidden provenance columns are left out).
  public var shownColumns: [Int]
  /// The names to show for them (join clashes are qualified: events.name, orgs.name).
  public var shownNames: [String]
  public var citation: Citation?
  /// What table styles show for link columns: the linked records' labels (by column of
  /// `table`). Data formats (CSV, JSON) write the ids themselves.
  public var labels: [Int: Column] = [:]

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

  /// A shown cell as people read it: a link as the label of the record it names.
  public func displayValue(row: Int, shown index: Int) -> Value {
    let column = shownColumns[index]
    return (labels[column] ?? table.columns[column]).value(at: row)
  }

  /// A shown text column's codes and dictionary (the labels of a link column), so a
  /// renderer can read a cell's bytes without making a `Value`; nil for any other column.
  public func textColumn(shown index: Int) -> (codes: [UInt32], dictionary: TextDictionary)? {
    let column = shownColumns[index]
    guard case .text(let codes, let dictionary) = (labels[column] ?? table.columns[column]).data else { return nil }
    return (codes, dictionary)
  }

  /// The same result with the labels of its link columns looked up in the tables `table`
  /// finds by name.
  public func labelled(by table: (String) -> Table?) -> ResultTable {
    var result = self
    for (index, field) in self.table.fields.enumerated() {
      guard let link = field.link, let target = table(link), target.labelField != nil else { continue }
      result.labels[index] = LinkLabels.column(self.table.columns[index], of: target)
    }
    return result
  }
}

/// The labels of linked records, computed once per distinct id.
public enum LinkLabels {
  /// A column of ids of records in `target` → their labels (an id with no record stays as it is).
  public static func column(_ ids: Column, of target: Table) -> Column {
    switch ids.data {
    case .text(let codes, let dictionary):
      var builder = TextDictionaryBuilder()
      let relabelled = (0..<dictionary.count).map { code -> UInt32 in
        let id = dictionary.string(UInt32(code))
        return builder.intern(target.label(ofID: id) ?? id)
      }
      return Column(.text(codes.map { $0 == TextDictionary.nullCode ? $0 : relabelled[Int($0)] }, builder.build()))
    case .list(let offsets, let elements):
      return Column(.list(offsets: offsets, elements: column(elements, of: target)))
    default:
      return ids
    }
  }
}
