// swift-tools-version:6.0
//
// kexie: a small pipeline query language with a line-editing REPL and a script mode.
//
// The modules follow the stages of a query (see docs/ARCHITECTURE.md):
//   text → tokens → syntax tree → checked plan → result table → rendered output
// Each stage is its own module with its own test target, so each can be tested alone.
//
// There are no package dependencies on purpose: the command line is parsed by a small table in
// the kexie target (measured: swift-argument-parser adds 1.4 ms to every start-up and 25 s to every
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
    // The report of 南阳市科协 and its dataset: the sets' schema, the embedded seeds, loading
    // and checking them. The only module that knows one dataset's names.
    .target(name: "KexieReport", dependencies: ["KexieDiagnostics", "KexieData"]),
    // The checker: syntax tree + catalog → checked plan.
    .target(name: "KexieSemantics", dependencies: ["KexieDiagnostics", "KexieSyntax", "KexieData"]),
    // The executor: checked plan + tables → result table.
    .target(name: "KexieEngine", dependencies: ["KexieDiagnostics", "KexieSyntax", "KexieSemantics", "KexieData"]),
    // SQLite and libpq, the C libraries made for the job, through system-library targets.
    .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
    // libpq is loaded when kexie first connects (dlopen), not linked: see CLibPQ/include/clibpq.h.
    .target(name: "CLibPQ", linkerSettings: [.linkedLibrary("dl")]),
    // Plans as SQL (SQLite, PostgreSQL, DuckDB), and the database backends that run it.
    .target(
      name: "KexieSQL",
      dependencies: ["KexieDiagnostics", "KexieSyntax", "KexieData", "KexieSemantics", "KexieEngine", "CSQLite", "CLibPQ"]),
    // Result table → text in every output format.
    .target(name: "KexieOutput", dependencies: ["KexieDiagnostics", "KexieData"]),
    // libedit, through a tiny C shim (libedit's setters are variadic, which Swift cannot call).
    .systemLibrary(
      name: "CEditLine",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    // The driver shared by the REPL, scripts and -c: the session, dot commands, help, the
    // teaching views, loading, output sinks. No libedit: the tests and benchmarks reach it
    // without libedit's headers.
    .target(
      name: "KexieDriver",
      dependencies: [
        "KexieDiagnostics", "KexieSyntax", "KexieData", "KexieReport", "KexieSemantics", "KexieEngine", "KexieSQL",
        "KexieOutput", "CSupport",
      ]
    ),
    // The REPL: line readers (libedit and plain), history, completion. The only module that
    // links libedit.
    .target(name: "KexieREPL", dependencies: ["KexieDiagnostics", "KexieSyntax", "KexieData", "KexieSemantics", "KexieDriver", "CEditLine"]),
    // The command line: options, --help, exit codes, and main.
    .executableTarget(name: "kexie", dependencies: ["KexieDiagnostics", "KexieData", "KexieSyntax", "KexieOutput", "KexieDriver", "KexieREPL", "KexieSQL"]),
    // Micro-benchmarks of the tokenizer, the parser, the engine's operators and completion (not
    // tests: Benchmarks/run runs them; nothing asserts a time).
    .executableTarget(
      name: "kexie-bench",
      dependencies: ["KexieDiagnostics", "KexieSyntax", "KexieData", "KexieSemantics", "KexieEngine", "KexieDriver", "KexieREPL"],
      path: "Benchmarks/Micro"
    ),

    // The fuzzers: the targets (a library the replay test uses too) and the program libFuzzer
    // drives (scripts/fuzz builds it with -sanitize=fuzzer,address; plainly, it replays files).
    .target(
      name: "KexieFuzzing",
      dependencies: ["KexieDiagnostics", "KexieSyntax", "KexieData", "KexieSemantics", "KexieReport", "KexieDriver"],
      path: "Fuzz/Targets"),
    .executableTarget(name: "kexie-fuzz", dependencies: ["KexieFuzzing"], path: "Fuzz/Main"),
    // What the test targets share: the repository's root, the built binary, a session.
    .target(name: "KexieTestSupport", dependencies: ["KexieDiagnostics", "KexieData", "KexieReport", "KexieDriver"], path: "Tests/Support"),
    .testTarget(name: "KexieDiagnosticsTests", dependencies: ["KexieDiagnostics"]),
    .testTarget(name: "KexieSyntaxTests", dependencies: ["KexieSyntax", "KexieTestSupport"]),
    .testTarget(name: "KexieDataTests", dependencies: ["KexieData", "KexieTestSupport"]),
    .testTarget(name: "KexieReportTests", dependencies: ["KexieReport", "KexieData", "KexieTestSupport"]),
    .testTarget(name: "KexieSemanticsTests", dependencies: ["KexieSemantics", "KexieReport"]),
    .testTarget(name: "KexieEngineTests", dependencies: ["KexieEngine", "KexieReport"]),
    .testTarget(name: "KexieOutputTests", dependencies: ["KexieOutput"]),
    .testTarget(name: "KexieDriverTests", dependencies: ["KexieDriver", "KexieTestSupport", "KexieFuzzing"]),
    .testTarget(name: "KexieREPLTests", dependencies: ["KexieREPL", "KexieDriver", "KexieTestSupport"]),
    .testTarget(name: "kexieTests", dependencies: ["kexie", "KexieDriver", "KexieTestSupport"]),
    .testTarget(
      name: "KexieSQLTests",
      dependencies: ["KexieSQL", "KexieDriver", "KexieEngine", "KexieReport", "KexieTestSupport", "CSQLite", "CLibPQ"],
      exclude: ["duckdb_run.py"]
    ),
    .testTarget(
      name: "GoldenTests",
      dependencies: ["KexieDriver", "KexieReport", "KexieSQL", "KexieTestSupport"],
      exclude: ["Cases", "Snapshots"]
    ),
  ]
)
