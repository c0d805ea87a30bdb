import KexieData
import KexieDiagnostics
import KexieSyntax

/// The front half of kexie as calls, one per stage boundary (after PRQL's `prql_to_pl` and
/// `pl_to_rq`): text → syntax tree → checked plan. The back half is any `QueryBackend`:
///
/// ```swift
/// let plan = try Compiler.compileQuery("events where county = \"淅川\"", catalog: catalog).get()
/// let result = try Executor(catalog: catalog).run(plan)
/// ```
///
/// The driver, the teaching views, completion, the tests and the benchmarks all go through it,
/// so the stages are wired together in one place.
public enum Compiler {
  /// Text → tokens → syntax tree, with the lexer's and the parser's diagnostics.
  public static func parse(_ source: SourceFile) -> (script: Script, diagnostics: [Diagnostic]) {
    Parser.parse(source)
  }

  /// A statement of `source` → what to do with it, checked against the checker's catalog and
  /// bindings (a `let` that checks is bound for the statements after it).
  public static func check(_ statement: Statement, in source: SourceFile, checker: inout Checker) -> (CheckedStatement, [Diagnostic]) {
    checker.check(statement, in: source)
  }

  /// Every statement of a script, parsed and checked in order.
  public static func compile(_ source: SourceFile, checker: inout Checker) -> Compilation {
    let (script, syntax) = parse(source)
    var compilation = Compilation(script: script, statements: [], diagnostics: syntax)
    guard !syntax.hasErrors else { return compilation }
    for statement in script.statements {
      let (checked, diagnostics) = check(statement, in: source, checker: &checker)
      compilation.statements.append(checked)
      compilation.diagnostics += diagnostics
    }
    return compilation
  }

  /// One query's text → its plan, or every diagnostic that stopped it.
  public static func compileQuery(_ source: SourceFile, checker: inout Checker) -> Result<Plan, DiagnosticError> {
    let compilation = compile(source, checker: &checker)
    guard !compilation.diagnostics.hasErrors, compilation.statements.count == 1, case .query(let plan) = compilation.statements[0] else {
      let errors = compilation.diagnostics.filter(\.isError)
      return .failure(DiagnosticError(errors.isEmpty ? [Diagnostic.notOneQuery().located(in: source)] : errors))
    }
    return .success(plan)
  }

  /// One query's text → its plan, against a catalog with no bindings.
  public static func compileQuery(_ text: String, catalog: Catalog, name: String = "<query>") -> Result<Plan, DiagnosticError> {
    var checker = Checker(catalog: catalog)
    return compileQuery(SourceFile(name: name, text: text), checker: &checker)
  }
}

/// A script after the front half: its syntax tree, each statement checked, every diagnostic.
public struct Compilation: Sendable {
  public var script: Script
  public var statements: [CheckedStatement]
  public var diagnostics: [Diagnostic]
}
