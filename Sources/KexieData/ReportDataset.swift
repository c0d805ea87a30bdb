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
        return .failure(DiagnosticError(.emptyData(file: "seeds/\(set.name).jsonl", "the set is not embedded")))
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

  /// Reads one set's records into a table, checking each against the schema.
  public static func table(for set: EntitySet, jsonl: String) -> Result<Table, DiagnosticError> {
    let file = "seeds/\(set.name).jsonl"
    var builders = set.fields.map { ColumnBuilder(type: $0.type) }
    let bytes = Array(jsonl.utf8)
    var lineNumber = 0
    var lineStart = 0
    var rows = 0
    while lineStart < bytes.count {
      lineNumber += 1
      var lineEnd = lineStart
      while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
      defer { lineStart = lineEnd + 1 }
      if lineEnd == lineStart { continue }
      let parsed = bytes.withUnsafeBufferPointer { buffer -> Result<JSONValue, JSONError> in
        var parser = JSONParser(buffer, from: lineStart, to: lineEnd)
        return Result { () throws(JSONError) in try parser.parseDocument() }
      }
      let record: JSONValue
      switch parsed {
      case .success(let value): record = value
      case .failure(let error):
        return .failure(DiagnosticError(place(.jsonSyntax(error.message), file: file, line: lineNumber, bytes: bytes, offset: error.offset)))
      }
      guard case .object(let members) = record else {
        return .failure(DiagnosticError(place(.jsonShape("a record must be a JSON object"), file: file, line: lineNumber, bytes: bytes, offset: lineStart)))
      }
      let id = record["id"].flatMap { if case .string(let s) = $0 { s } else { nil } } ?? "line \(lineNumber)"
      for (key, _) in members where !set.fields.contains(where: { $0.name == key }) {
        return .failure(DiagnosticError(place(
          .jsonShape("record '\(id)' has field '\(key)', which \(set.name) does not declare"),
          file: file, line: lineNumber, bytes: bytes, offset: lineStart)))
      }
      for (index, field) in set.fields.enumerated() {
        let value = record[field.name] ?? .null
        guard let cell = cell(value, as: field) else {
          return .failure(DiagnosticError(place(
            .jsonShape("record '\(id)': field '\(field.name)' must be \(field.type.article)\(field.nullable ? " or null" : "")"),
            file: file, line: lineNumber, bytes: bytes, offset: lineStart)))
        }
        builders[index].append(cell)
      }
      rows += 1
    }
    return .success(Table(name: set.name, fields: set.fields, columns: builders.map { $0.build() }, rowCount: rows))
  }

  static func place(_ diagnostic: Diagnostic, file: String, line: Int, bytes: [UInt8], offset: Int) -> Diagnostic {
    bytes.withUnsafeBufferPointer { DataPosition(file: file, line: line, bytes: $0, offset: offset).attach(diagnostic) }
  }

  static func cell(_ value: JSONValue, as field: Field) -> Value? {
    switch (value, field.type) {
    case (.null, _): return field.nullable ? .null : nil
    case (.string(let text), .text): return .text(text)
    case (.integer(let number), .integer): return .integer(number)
    case (.integer(let number), .decimal): return .decimal(Double(number))
    case (.decimal(let number), .decimal): return .decimal(number)
    case (.bool(let flag), .bool): return .bool(flag)
    default: return nil
    }
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
          guard case .text(let value) = table.columns[index].value(at: row) else { continue }
          if targetTable.rowsByID[value] == nil {
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
