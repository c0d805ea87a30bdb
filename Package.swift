// swift-tools-version:6.0
//
// kexie: a small pipeline query language with a line-editing REPL and a script mode.
//
// The modules follow the stages of a query (see docs/ARCHITECTURE.md):
//   text → tokens → syntax tree → checked plan → result table → rendered output
// Each stage is its own module with its own test target, so each can be tested alone.
//
// There are no package dependencies on purpose: the command line is parsed by a small table in
// KexieShell (measured: swift-argument-parser adds 1.4 ms to every start-up and 25 s to every
// clean build on 2 cores; see docs/PERFORMANCE.md), and nothing here imports Foundation.
import PackageDescription

let package = Package(
  name: "kexie",
  products: [
    .executable(name: "kexie", targets: ["kexie"])
  ],
  targets: [
    // Source files, positions, diagnostics and their renderer, display width.
    .target(name: "KexieDiagnostics"),
    // Tokens, lexer, syntax tree, parser, canonical formatter.
    .target(name: "KexieSyntax", dependencies: ["KexieDiagnostics"]),
    // C library functions Swift's Glibc module does not expose (memmem).
    .systemLibrary(name: "CSupport"),
    // Values, typed columns, tables, the catalog, loaders and the embedded report dataset.
    .target(name: "KexieData", dependencies: ["KexieDiagnostics", "CSupport"]),
    // The checker: syntax tree + catalog → checked plan.
    .target(name: "KexieSemantics", dependencies: ["KexieDiagnostics", "KexieSyntax", "KexieData"]),
    // The executor: checked plan + tables → result table.
    .target(name: "KexieEngine", dependencies: ["KexieDiagnostics", "KexieSyntax", "KexieSemantics", "KexieData"]),
    // Result table → text in every output format.
    .target(name: "KexieOutput", dependencies: ["KexieDiagnostics", "KexieData"]),
    // libedit, through a tiny C shim (libedit's setters are variadic, which Swift cannot call).
    .systemLibrary(
      name: "CEditLine",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    // The driver shared by the REPL and script mode, the REPL itself, the command line.
    .target(
      name: "KexieShell",
      dependencies: [
        "KexieDiagnostics", "KexieSyntax", "KexieData", "KexieSemantics", "KexieEngine",
        "KexieOutput", "CEditLine", "CSupport",
      ]
    ),
    .executableTarget(name: "kexie", dependencies: ["KexieShell"]),
    // Micro-benchmarks of the tokenizer, the parser and the engine's operators (not tests:
    // Benchmarks/run runs them; nothing asserts a time).
    .executableTarget(
      name: "kexie-bench",
      dependencies: ["KexieDiagnostics", "KexieSyntax", "KexieData", "KexieSemantics", "KexieEngine", "KexieShell"],
      path: "Benchmarks/Micro"
    ),

    .testTarget(name: "KexieDiagnosticsTests", dependencies: ["KexieDiagnostics"]),
    .testTarget(name: "KexieSyntaxTests", dependencies: ["KexieSyntax"]),
    .testTarget(name: "KexieDataTests", dependencies: ["KexieData"]),
    .testTarget(name: "KexieSemanticsTests", dependencies: ["KexieSemantics"]),
    .testTarget(name: "KexieEngineTests", dependencies: ["KexieEngine"]),
    .testTarget(name: "KexieOutputTests", dependencies: ["KexieOutput"]),
    .testTarget(name: "KexieShellTests", dependencies: ["KexieShell"]),
    .testTarget(
      name: "GoldenTests",
      dependencies: ["KexieShell"],
      exclude: ["Cases", "Snapshots"]
    ),
  ]
)
