import KexieData
import KexieDiagnostics
import KexieSemantics
import KexieSyntax

enum SourceFileForTests {
  /// The checked plan of a one-statement query on the report dataset.
  static func plan(_ text: String) -> Plan {
    let source = SourceFile(name: "t.kx", text: text)
    let (script, _) = Parser.parse(source)
    var checker = Checker(catalog: report)
    let (checked, _) = checker.check(script.statements[0], in: source)
    guard case .query(let plan) = checked else { fatalError("\(text) does not check") }
    return plan
  }
}
