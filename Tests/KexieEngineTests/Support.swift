import KexieData
import KexieDiagnostics
import KexieSemantics
import KexieSyntax

enum SourceFileForTests {
  /// The checked plan of a one-statement query on the report dataset.
  static func plan(_ text: String) throws -> Plan {
    try Compiler.compileQuery(text, catalog: report, name: "t.kx").get()
  }
}
