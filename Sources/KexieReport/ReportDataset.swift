import KexieData
import KexieDiagnostics

/// The embedded dataset: the report's entity sets, read from the JSON Lines files that were
/// compiled into the binary (`EmbeddedSeeds`), checked against `EntitySet`'s schema, with
/// every link verified.
public enum ReportDataset {
  /// The report itself, exactly as in `seeds/nanyang-kexie-2021-report.txt`.
  public static var reportText: String { EmbeddedSeeds.report }

  public static let reportFileName = "seeds/nanyang-kexie-2021-report.txt"

  /// The JSON Lines text of a set, as embedded.
  public static func jsonl(for set: String) -> String? {
    EmbeddedSeeds.sets.first { $0.name == set }?.jsonl
  }

  /// Parses every set and checks every link. A failure names the file, record and field.
  public static func load() -> Result<[Table], DiagnosticError> {
    var tables: [Table] = []
    for set in EntitySet.all {
      guard let text = jsonl(for: set.name) else {
        return .failure(DiagnosticError(.emptyData(file: "seeds/\(set.name).jsonl", Phrase("the set is not embedded", zh: "这个集合没有嵌入程序"))))
      }
      switch table(for: set, jsonl: text) {
      case .success(let table): tables.append(table)
      case .failure(let error): return .failure(error)
      }
    }
    if let problem = danglingLinks(in: tables).first {
      return .failure(DiagnosticError(problem))
    }
    return .success(tables)
  }

  /// Reads one set's records into a table, checking each against the schema. The lines are
  /// split and parsed by `JSONLoader`, as a loaded JSON Lines file is; only the checking
  /// against a declared schema (rather than inferring one) is this function's own.
  public static func table(for set: EntitySet, jsonl: String) -> Result<Table, DiagnosticError> {
    let loader = JSONLoader(name: "seeds/\(set.name).jsonl", bytes: Array(jsonl.utf8))
    let records: [(offset: Int, members: [(String, JSONValue)])]
    do throws(LoadFailure) {
      records = try loader.lineRecords()
    } catch {
      return .failure(DiagnosticError(error.diagnostic))
    }
    var builders = set.fields.map { ColumnBuilder(type: $0.type, list: $0.isList) }
    for (offset, members) in records {
      let record = JSONValue.object(members)
      let id = record["id"].flatMap { if case .string(let s) = $0 { s } else { nil } } ?? "line \(loader.line(at: offset))"
      for (key, _) in members where !set.fields.contains(where: { $0.name == key }) {
        return .failure(DiagnosticError(loader.place(
          .jsonShape(Phrase(
            "record '\(id)' has field '\(key)', which \(set.name) does not declare",
            zh: "记录 '\(id)' 有字段 '\(key)'，可 \(set.name) 没有声明这个字段")), at: offset)))
      }
      for (index, field) in set.fields.enumerated() {
        guard let cell = cell(record[field.name] ?? .null, as: field) else {
          let expected = field.isList
            ? Phrase("an array of \(field.type == .text ? "strings" : field.type.rawValue + "s")", zh: "由" + field.type.phrase.zh + "组成的数组")
            : field.type.phrase
          return .failure(DiagnosticError(loader.place(
            .jsonShape(Phrase(
              "record '\(id)': field '\(field.name)' must be \(expected.en)\(field.nullable ? " or null" : "")",
              zh: Phrase.chinese("记录 '\(id)'：字段 '\(field.name)' 应该是", expected.zh, field.nullable ? "或 null" : ""))),
            at: offset)))
        }
        builders[index].append(cell)
      }
    }
    return .success(Table(
      name: set.name, fields: set.fields, columns: builders.map { $0.build() }, rowCount: records.count,
      label: set.label, aliases: set.aliases, summary: set.summary, document: reportFileName,
      chineseName: set.chineseName))
  }

  /// A record's value for a field, or nil when it does not fit. A list field takes an array
  /// of at least one value (no value at all is written `null`, not `[]`).
  static func cell(_ value: JSONValue, as field: Field) -> Value? {
    if field.isList, case .array(let items) = value {
      var element = field
      element.isList = false
      element.nullable = false
      let values = items.compactMap { cell($0, as: element) }
      guard values.count == items.count, !values.isEmpty else { return nil }
      return .list(values)
    }
    if field.isList, !value.isNull { return nil }
    if value.isNull { return field.nullable ? .null : nil }
    return value.cell(as: field.type, lenient: false)
  }

  /// Every link value that is not the id of a record in its target set.
  public static func danglingLinks(in tables: [Table]) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    for table in tables {
      for (index, field) in table.fields.enumerated() {
        guard let target = field.link else { continue }
        guard let targetTable = tables.first(where: { $0.name == target }) else {
          problems.append(.danglingLink(
            file: "seeds/\(table.name).jsonl", record: "*", field: field.name, target: target, value: target))
          continue
        }
        let ids = table.column(named: "id")
        for row in 0..<table.rowCount {
          let cell = table.columns[index].value(at: row)
          let values: [Value] = if case .list(let elements) = cell { elements } else { [cell] }
          for case .text(let value) in values where targetTable.rowsByID[value] == nil {
            problems.append(.danglingLink(
              file: "seeds/\(table.name).jsonl", record: ids?.value(at: row).description ?? "row \(row + 1)",
              field: field.name, target: target, value: value))
          }
        }
      }
    }
    return problems
  }
}

extension Catalog {
  /// The catalog of the embedded report dataset: its sets, which `.load` and `let` may not
  /// take the names of.
  public static func report() -> Result<Catalog, DiagnosticError> {
    ReportDataset.load().map { Catalog(tables: $0, builtin: true) }
  }
}
