import KexieData
import KexieReport
import KexieSemantics
import Testing

@testable import KexieSQL

/// Every builtin has SQL in every dialect, or a stated reason it has none: a function added to
/// `Builtins.all` without a word in `SQLFunctions.swift` fails here, not silently in a database.
@Suite struct SQLFunctionTests {
  @Test func everyBuiltinIsKnownToTheSQLCompiler() {
    let builtins = Set(Builtins.all.map(\.name))
    let aggregates = Set(AggregateFunction.allCases.map(\.rawValue))
    let unknown = builtins.subtracting(SQLCompiler.Builder.mapped).subtracting(aggregates)
    #expect(unknown.isEmpty, "builtins the SQL compiler does not know: \(unknown.sorted())")
    #expect(SQLCompiler.Builder.mapped.isSubset(of: builtins), "SQLFunctions maps names that are not builtins")
  }

  /// Each example of each builtin compiles in each dialect, or is refused with E0801 — never
  /// another error, never a crash.
  @Test func everyBuiltinsExampleCompilesOrIsRefused() throws {
    let catalog = try Catalog.report().get()
    for builtin in Builtins.all {
      guard case .success(let plan) = Compiler.compileQuery(builtin.example, catalog: catalog) else { continue }
      for dialect in SQLDialect.allCases {
        for kexieFunctions in [true, false] {
          switch SQLCompiler(dialect: dialect, features: .init(kexieFunctions: kexieFunctions)).compile(plan) {
          case .success(let sql): #expect(sql.text.hasPrefix("WITH"))
          case .failure(let error): #expect(error.diagnostics.allSatisfy { $0.code == .notInDialect }, "\(builtin.name) in \(dialect): \(error.diagnostics)")
          }
        }
      }
    }
  }
}
