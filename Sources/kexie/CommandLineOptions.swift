import KexieDiagnostics
import KexieOutput
import KexieData
import KexieDriver
import KexieSQL

/// The command line, parsed by one table of options that also writes `--help` and the shell
/// completion scripts. (kexie does not use swift-argument-parser: measured, it adds 1.4 ms to
/// every start-up and 25 s to a clean build; see docs/PERFORMANCE.md.)
public struct CommandLineOptions: Sendable {
  /// What to run, in command-line order.
  public enum Action: Sendable, Equatable {
    case script(String)
    case standardInput
    case command(String)
  }

  public var actions: [Action] = []
  public var format: OutputFormat?
  public var echo = false
  /// nil: the default (stop at the first error in scripts and -c).
  public var bail: Bool?
  public var noInit = false
  public var noColor = false
  /// `--lang`; nil: from the locale.
  public var language: Language?
  /// `--load FILE[=NAME]`, in order.
  public var loads: [Load] = []

  public struct Load: Sendable, Equatable {
    public var path: String
    public var name: String?
  }
  public var errorFormat: DiagnosticFormat = .human
  /// `--db FILE|URI`, in order.
  public var databases: [String] = []
  /// `--no-report`: start without the report's sets.
  public var noReport = false
  /// `--emit-sql[=DIALECT]`: print each query's SQL instead of running it.
  public var emitSQL: SQLDialect?
  public var showHelp = false
  public var showVersion = false
  public var completionShell: String?

  public init() {}

  /// One option: its spellings, its value (if it takes one), and one line of help.
  struct Option: Sendable {
    var long: String
    var short: Character?
    var value: String?
    var values: [String] = []
    /// The value is optional and only given inline (`--emit-sql=postgres`); without it the
    /// option gets "".
    var optionalValue = false
    var help: String
    var apply: @Sendable (inout CommandLineOptions, String) -> Diagnostic?
  }

  static let table: [Option] = [
    Option(long: "command", short: "c", value: "QUERY", help: "run QUERY (repeatable; runs in order with FILEs)") { options, value in
      options.actions.append(.command(value))
      return nil
    },
    Option(long: "format", short: "f", value: "FORMAT", values: OutputFormat.allCases.map(\.rawValue), help: "output format: " + OutputFormat.allCases.map(\.rawValue).joined(separator: "|")) { options, value in
      guard let format = OutputFormat(rawValue: value.lowercased()) else {
        let suggestion = Suggestion.didYouMean(Suggestion.closest(to: value, among: OutputFormat.allCases.map(\.rawValue)))
        return .optionArgument("--format", Phrase("unknown format '\(value)'", zh: "没有输出格式 '\(value)'") + (suggestion.map { Phrase("; " + $0.en, zh: "；" + $0.zh) } ?? .same("")))
          .noting(Phrase(
            "formats: " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", "),
            zh: "输出格式有：" + OutputFormat.allCases.map(\.rawValue).joined(separator: "、")))
      }
      options.format = format
      return nil
    },
    Option(long: "load", short: nil, value: "FILE[=NAME]", help: "load a \(TableSources.described) file as a table before anything runs (repeatable)") { options, value in
      if let equals = value.lastIndex(of: "="), equals != value.startIndex {
        let name = String(value[value.index(after: equals)...])
        options.loads.append(.init(path: String(value[..<equals]), name: name.isEmpty ? nil : name))
      } else {
        options.loads.append(.init(path: value, name: nil))
      }
      return nil
    },
    Option(long: "db", short: nil, value: "FILE|URI", help: "attach a SQLite file or a PostgreSQL database (postgresql://…) read-only: its tables become sets (repeatable)") { options, value in
      options.databases.append(value)
      return nil
    },
    Option(long: "no-report", short: nil, value: nil, help: "start without the report's sets (only loaded and attached tables)") { options, _ in
      options.noReport = true
      return nil
    },
    Option(long: "emit-sql", short: nil, value: "DIALECT", values: SQLDialect.allCases.map(\.rawValue), optionalValue: true, help: "print each query as SQL (sqlite, the default, postgres or duckdb) instead of running it") { options, value in
      guard let dialect = value.isEmpty ? .sqlite : SQLDialect(rawValue: value.lowercased()) else {
        let suggestion = Suggestion.didYouMean(Suggestion.closest(to: value, among: SQLDialect.allCases.map(\.rawValue)))
        return .optionArgument("--emit-sql", Phrase("unknown dialect '\(value)'", zh: "没有 SQL 方言 '\(value)'") + (suggestion.map { Phrase("; " + $0.en, zh: "；" + $0.zh) } ?? .same("")))
          .noting(Phrase(
            "dialects: " + SQLDialect.allCases.map(\.rawValue).joined(separator: ", "),
            zh: "方言有：" + SQLDialect.allCases.map(\.rawValue).joined(separator: "、")))
      }
      options.emitSQL = dialect
      return nil
    },
    Option(long: "echo", short: nil, value: nil, help: "print each statement before its result") { options, _ in
      options.echo = true
      return nil
    },
    Option(long: "bail", short: nil, value: nil, help: "stop at the first error (the default for scripts and -c)") { options, _ in
      options.bail = true
      return nil
    },
    Option(long: "keep-going", short: nil, value: nil, help: "run every statement even after an error (exit status still 1)") { options, _ in
      options.bail = false
      return nil
    },
    Option(long: "no-init", short: nil, value: nil, help: "do not run ~/.kexierc before the REPL") { options, _ in
      options.noInit = true
      return nil
    },
    Option(long: "no-color", short: nil, value: nil, help: "never colour output (NO_COLOR, CLICOLOR=0 and FORCE_COLOR are honoured too)") { options, _ in
      options.noColor = true
      return nil
    },
    Option(long: "lang", short: nil, value: "zh|en", values: ["zh", "en"], help: "the language of messages, .help CODE and footers (default: LC_ALL, LC_MESSAGES or LANG: zh_* is Chinese)") { options, value in
      guard let language = Language(rawValue: value.lowercased()) else {
        return .optionArgument("--lang", Phrase("expected 'zh' or 'en', found '\(value)'", zh: "这里应该是 'zh' 或 'en'，实际是 '\(value)'"))
      }
      options.language = language
      return nil
    },
    Option(long: "error-format", short: nil, value: "human|json", values: ["human", "json"], help: "write diagnostics for people (default) or as JSON lines for tools") { options, value in
      guard let format = DiagnosticFormat(rawValue: value.lowercased()) else {
        return .optionArgument("--error-format", Phrase("expected 'human' or 'json', found '\(value)'", zh: "这里应该是 'human' 或 'json'，实际是 '\(value)'"))
      }
      options.errorFormat = format
      return nil
    },
    Option(long: "completions", short: nil, value: "SHELL", values: ["bash", "zsh", "fish"], help: "print a completion script for bash, zsh or fish") { options, value in
      guard ["bash", "zsh", "fish"].contains(value) else {
        return .optionArgument("--completions", Phrase("expected bash, zsh or fish, found '\(value)'", zh: "这里应该是 bash、zsh 或 fish，实际是 '\(value)'"))
      }
      options.completionShell = value
      return nil
    },
    Option(long: "help", short: "h", value: nil, help: "show this help") { options, _ in
      options.showHelp = true
      return nil
    },
    Option(long: "version", short: "V", value: nil, help: "show the version") { options, _ in
      options.showVersion = true
      return nil
    },
  ]

  /// Parses arguments (without the program name). A problem is a usage error.
  public static func parse(_ arguments: [String]) -> Result<CommandLineOptions, DiagnosticError> {
    var options = CommandLineOptions()
    var index = 0
    var onlyFiles = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if onlyFiles || argument == "-" || !argument.hasPrefix("-") {
        options.actions.append(argument == "-" && !onlyFiles ? .standardInput : .script(argument))
        continue
      }
      if argument == "--" {
        onlyFiles = true
        continue
      }
      // sqlite3's and DuckDB's spelling of an output mode: `-csv`, `-json`, `-box`, … (whole
      // words only, so `-cQUERY` keeps its usual meaning for anything that is not a format).
      if !argument.hasPrefix("--"), let format = OutputFormat(rawValue: String(argument.dropFirst())) {
        options.format = format
        continue
      }
      var name: String
      var inlineValue: String?
      let option: Option?
      if argument.hasPrefix("--") {
        name = String(argument.dropFirst(2))
        if let equals = name.firstIndex(of: "=") {
          inlineValue = String(name[name.index(after: equals)...])
          name = String(name[..<equals])
        }
        option = table.first { $0.long == name }
        name = "--" + name
      } else {
        let letter = argument.dropFirst().first
        option = table.first { $0.short != nil && $0.short == letter }
        name = "-" + String(letter.map(String.init) ?? "")
        if argument.count > 2 { inlineValue = String(argument.dropFirst(2)) }
      }
      guard let option else {
        let longNames = table.map { "--" + $0.long }
        // `-bail` (sqlite3's spelling) is read as `--bail` when looking for what was meant.
        let long = argument.hasPrefix("--") || argument.count <= 2 ? name : "-" + argument
        let written = long.split(separator: "=").first.map(String.init) ?? long
        // Other tools' names for an option kexie has: say which one.
        let otherTools = ["--mode": "--format", "--output-format": "--format", "--cmd": "--command"]
        let suggestions = otherTools[written].map { [$0] }
          ?? (longNames.contains(written) ? [written] : Suggestion.closest(to: written, among: longNames))
        return .failure(DiagnosticError(.unknownOption(argument, suggestions: suggestions)))
      }
      var value = ""
      if option.optionalValue {
        value = inlineValue ?? ""
      } else if option.value != nil {
        if let inlineValue {
          value = inlineValue
        } else if index < arguments.count {
          value = arguments[index]
          index += 1
        } else {
          return .failure(DiagnosticError(.optionArgument(name, Phrase("needs a value (\(option.value ?? "VALUE"))", zh: "后面要跟一个值（\(option.value ?? "VALUE")）"))))
        }
      } else if inlineValue != nil {
        return .failure(DiagnosticError(.optionArgument(name, Phrase("takes no value", zh: "后面不能跟值"))))
      }
      if let problem = option.apply(&options, value) { return .failure(DiagnosticError(problem)) }
    }
    return .success(options)
  }

  public static var version: String { Session.version }

  /// Each option's help in Chinese, by its long name (a test fails when one is missing).
  static let chineseHelp: [String: String] = [
    "command": "运行 QUERY（可以写多次；和 FILE 一起按顺序运行）",
    "format": "输出格式：table|box|ascii|markdown|csv|tsv|json|jsonl|line",
    "load": "在一切开始之前，把 CSV、TSV、JSON 或 JSON Lines 文件读成一张表（可以写多次）",
    "db": "以只读方式连接 SQLite 文件或 PostgreSQL 数据库（postgresql://…）：它的表成为集合（可以写多次）",
    "no-report": "不载入报告的集合（只有读入和连接的表）",
    "emit-sql": "不运行查询，而是把每个查询写成 SQL（默认 sqlite，也可以是 postgres 或 duckdb）",
    "echo": "在结果前先显示每条语句",
    "bail": "遇到第一个错误就停下（脚本和 -c 的默认）",
    "keep-going": "出错之后也运行后面的每条语句（退出状态仍然是 1）",
    "no-init": "进入交互界面前不运行 ~/.kexierc",
    "no-color": "从不使用颜色（也遵守 NO_COLOR、CLICOLOR=0 和 FORCE_COLOR）",
    "lang": "kexie 说的语言：提示信息、.help 错误编号和行数（默认看 LC_ALL、LC_MESSAGES 或 LANG：zh_* 为中文）",
    "error-format": "提示信息写给人看（默认），或每行一个 JSON 对象给工具用",
    "completions": "输出 bash、zsh 或 fish 的补全脚本",
    "help": "显示这份帮助",
    "version": "显示版本",
  ]

  /// `kexie --help`: every option with one line each, in English or Chinese.
  public static func helpText(in language: Language = .en) -> String {
    let zh = language == .zh
    var lines = zh
      ? [
        "kexie \(version)：一个小巧的管道式查询语言，查询南阳市科协 2021 年工作报告，也查询你自己的表。",
        "",
        "用法：kexie [选项] [文件 ...]",
        "",
        "没有文件也没有 -c 时，在终端上 kexie 进入交互界面，否则从标准输入读取脚本。文件写成 '-' 表示标准输入。",
        "",
        "选项：",
      ]
      : [
        "kexie \(version): a small pipeline query language over the 2021 work report of the",
        "Nanyang City Association for Science and Technology, and over your own tables.",
        "",
        "Usage: kexie [OPTIONS] [FILE ...]",
        "",
        "With no FILE and no -c, kexie starts the REPL on a terminal and reads a script from",
        "standard input otherwise. FILE may be '-' for standard input.",
        "",
        "Options:",
      ]
    let spellings = table.map { option in
      (option.short.map { "-\($0), " } ?? "    ") + "--\(option.long)" + (option.value.map { option.optionalValue ? "[=\($0)]" : " \($0)" } ?? "")
    }
    let width = spellings.map(\.count).max() ?? 0
    for (option, spelling) in zip(table, spellings) {
      lines.append("  " + spelling.padding(to: width) + "  " + ((zh ? chineseHelp[option.long] : nil) ?? option.help))
    }
    lines.append("  " + "-csv, -json, -box, …".padding(to: width) + "  " + (zh ? "等于 -f csv、-f json……（和 sqlite3、DuckDB 一样）" : "the same as -f csv, -f json, … (as in sqlite3 and DuckDB)"))
    lines += zh
      ? [
        "",
        "退出状态：0 成功，1 查询出错，64 用法错误，65 数据文件或数据库读不进来，66 文件读不出来，",
        "69 连不上数据库服务器，70 内部错误，74 输出写不进去，75 数据库一直被锁住。",
        "",
        "例子：",
        "  kexie                                   进入交互界面",
        "  kexie -c '活动 | 筛选 县 = \"淅川\"'       运行一个查询",
        "  kexie saved.kx -f csv > out.csv          运行脚本，输出 CSV",
      ]
      : [
        "",
        "Exit status: 0 success, 1 a query error, 64 a usage error, 65 a data file or database",
        "that does not load, 66 an unreadable file, 69 a database server that cannot be reached,",
        "70 an internal error, 74 output that cannot be written, 75 a database that stays locked.",
        "",
        "Examples:",
        "  kexie                                   start the REPL",
        "  kexie -c 'events where county = \"淅川\"'  run one query",
        "  kexie saved.kx -f csv > out.csv          run a script, write CSV",
      ]
    return lines.joined(separator: "\n") + "\n"
  }

  /// A completion script for a shell, made from the same option table.
  public static func completionScript(for shell: String) -> String {
    let longs = table.map { "--" + $0.long }
    let shorts = table.compactMap { $0.short.map { "-\($0)" } }
    switch shell {
    case "zsh":
      var specs: [String] = []
      for option in table {
        let help = option.help.replacing("'", with: "").replacing("[", with: "(").replacing("]", with: ")")
        let values = option.values.isEmpty ? (option.value == nil ? "" : ":value:_files") : ":value:(\(option.values.joined(separator: " ")))"
        if let short = option.short {
          specs.append("'(-\(short) --\(option.long))'{-\(short),--\(option.long)}'[\(help)]\(values)'")
        } else {
          specs.append("'--\(option.long)[\(help)]\(values)'")
        }
      }
      return "#compdef kexie\n_arguments -s \\\n  " + specs.joined(separator: " \\\n  ") + " \\\n  '*:script:_files -g \"*.kx\"'\n"
    case "fish":
      var lines: [String] = []
      for option in table {
        var line = "complete -c kexie -l \(option.long)"
        if let short = option.short { line += " -s \(short)" }
        if option.value != nil { line += option.values.isEmpty ? " -r -F" : " -x -a '\(option.values.joined(separator: " "))'" }
        line += " -d '\(option.help.replacing("'", with: "\\'"))'"
        lines.append(line)
      }
      lines.append("complete -c kexie -k -a '(__fish_complete_suffix .kx)'")
      return lines.joined(separator: "\n") + "\n"
    default:
      var cases: [String] = []
      for option in table where !option.values.isEmpty {
        let spellings = (option.short.map { "-\($0)|" } ?? "") + "--\(option.long)"
        cases.append("    \(spellings)) COMPREPLY=( $(compgen -W '\(option.values.joined(separator: " "))' -- \"$cur\") ); return ;;")
      }
      for option in table where option.value != nil && option.values.isEmpty && option.long != "command" {
        let spellings = (option.short.map { "-\($0)|" } ?? "") + "--\(option.long)"
        cases.append("    \(spellings)) COMPREPLY=( $(compgen -f -- \"$cur\") ); return ;;")
      }
      return """
        # bash completion for kexie
        _kexie() {
          local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"
          case "$prev" in
        \(cases.joined(separator: "\n"))
            -c|--command) return ;;
          esac
          if [[ "$cur" == -* ]]; then
            COMPREPLY=( $(compgen -W '\((longs + shorts).joined(separator: " "))' -- "$cur") )
          else
            COMPREPLY=( $(compgen -f -- "$cur") )
          fi
        }
        complete -o filenames -F _kexie kexie

        """
    }
  }
}

extension String {
  func padding(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
