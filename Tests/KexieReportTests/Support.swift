import Foundation
import KexieTestSupport

@testable import KexieReport
import KexieData

/// The embedded dataset, loaded once.
enum Dataset {
  static let tables: [Table] = {
    switch ReportDataset.load() {
    case .success(let tables): return tables
    case .failure(let error): fatalError("the embedded dataset does not load: \(error.diagnostics)")
    }
  }()

  static func table(_ name: String) -> Table {
    tables.first { $0.name == name }!
  }

  static func strings(_ set: String, _ field: String) -> [String] {
    let table = table(set)
    guard let column = table.column(named: field) else { return [] }
    return (0..<table.rowCount).compactMap { if case .text(let text) = column.value(at: $0) { text } else { nil } }
  }

  static let report = ReportDataset.reportText
  static let scalars = Array(report.unicodeScalars)

  /// The report text at a code-point offset.
  static func text(at offset: Int, length: Int) -> String? {
    guard offset >= 0, offset + length <= scalars.count else { return nil }
    var text = ""
    text.unicodeScalars.append(contentsOf: scalars[offset..<(offset + length)])
    return text
  }
}
