import KexieDiagnostics
import Synchronization

/// A table: a schema and one typed column per field, all the same length. Immutable and
/// shared by reference: the catalog, let bindings and results hand it around without copies.
/// (Truly `Sendable`: its only cache, the id index, is built under a lock.)
public final class Table: Sendable {
  public let name: String
  public let fields: [Field]
  public let columns: [Column]
  public let rowCount: Int
  let positions: [String: Int]
  /// The field that names a record for people (`name`, a section's `title`): a link to this
  /// table shows it in tables, and a link compared with text matches it.
  public let labelField: Int?
  /// The fields a link compared with text also matches: the id, the label and other names
  /// (an organisation's `alias`, a place's `short`).
  public let matchFields: [Int]
  /// How plans refer to this table (a new id for every table made).
  public let ref: TableRef
  /// One line about what the table holds, for `.sets` and `.schema`.
  public let summary: String?
  /// The document its records' provenance fields point into (`seeds/…report.txt`).
  public let document: String?
  /// What loading it found worth saying (a column kept as text so no value changes): shown
  /// as warnings when the table is loaded.
  public let notes: [Diagnostic]
  private let idIndex = Mutex<[String: Int]?>(nil)

  public init(
    name: String, fields: [Field], columns: [Column], rowCount: Int? = nil, label: String? = nil,
    aliases: [String] = [], summary: String? = nil, document: String? = nil, notes: [Diagnostic] = [],
    chineseName: String? = nil
  ) {
    self.name = name
    self.notes = notes
    self.summary = summary
    self.document = document
    self.fields = fields
    self.columns = columns
    self.rowCount = rowCount ?? columns.first?.count ?? 0
    var positions: [String: Int] = [:]
    for (index, field) in fields.enumerated() where positions[field.name] == nil {
      positions[field.name] = index
    }
    self.positions = positions
    let labelField = label.flatMap { positions[$0] }
    self.labelField = labelField
    let matchFields = ([positions["id"], labelField] + aliases.map { positions[$0] }).compactMap { $0 }
      .reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
    self.matchFields = matchFields
    self.ref = TableRef(
      id: TableRef.nextID(), name: name, fields: fields, labelField: labelField, matchFields: matchFields,
      rowCount: self.rowCount, summary: summary, document: document, chineseName: chineseName)
  }

  /// The position of a field by its exact (case-sensitive) name.
  public func index(of name: String) -> Int? { positions[name] }

  public func column(named name: String) -> Column? { index(of: name).map { columns[$0] } }

  public func value(row: Int, column: Int) -> Value { columns[column].value(at: row) }

  /// The fields shown by default (not the hidden provenance fields).
  public var visibleFields: [Field] { fields.filter { !$0.hidden } }

  /// The column holding one part of each record's provenance, if the table has one.
  public func column(for part: Provenance) -> Column? {
    fields.firstIndex { $0.provenance == part }.map { columns[$0] }
  }

  /// For a table with an `id` field: the row of each id, for following links (built once, on
  /// first use).
  public var rowsByID: [String: Int] {
    idIndex.withLock { cached in
      if let cached { return cached }
      var rows: [String: Int] = [:]
      if let column = column(named: "id") {
        for row in 0..<rowCount {
          if case .text(let id) = column.value(at: row) { rows[id] = row }
        }
      }
      cached = rows
      return rows
    }
  }

  /// The label of the record with this id (its id when the table has no label field).
  public func label(ofID id: String) -> String? {
    guard let row = rowsByID[id] else { return nil }
    guard let labelField, case .text(let label) = columns[labelField].value(at: row) else { return id }
    return label
  }

  /// The ids of the records that `text` names: by id, label or another name.
  public func ids(matching text: String) -> [String] {
    guard let idColumn = column(named: "id") else { return [] }
    var ids: [String] = []
    for field in matchFields {
      for row in 0..<rowCount where Table.names(columns[field].value(at: row), text) {
        if case .text(let id) = idColumn.value(at: row), !ids.contains(id) { ids.append(id) }
      }
    }
    return ids
  }

  /// Whether a cell is `text`, or a list holding it.
  static func names(_ value: Value, _ text: String) -> Bool {
    switch value {
    case .text(let value): value == text
    case .list(let values): values.contains(.text(text))
    default: false
    }
  }

  /// Every label and other name of the records, for suggestions.
  public var names: [String] {
    var names: [String] = []
    for field in matchFields where field != positions["id"] {
      for row in 0..<rowCount {
        if case .text(let name) = columns[field].value(at: row), !names.contains(name) { names.append(name) }
      }
    }
    return names
  }
}
