import KexieDiagnostics
import KexieTestSupport
import Testing

@testable import kexie
@testable import KexieDriver

@Suite struct CommandLineTests {
  func parse(_ arguments: [String]) -> CommandLineOptions? {
    if case .success(let options) = CommandLineOptions.parse(arguments) { return options }
    return nil
  }

  func problem(_ arguments: [String]) -> Diagnostic? {
    if case .failure(let error) = CommandLineOptions.parse(arguments) { return error.diagnostics.first }
    return nil
  }

  @Test func actionsKeepTheirOrder() {
    let options = parse(["-c", "events | count", "a.kx", "--command=places | count", "-", "--", "-odd.kx"])
    #expect(options?.actions == [.command("events | count"), .script("a.kx"), .command("places | count"), .standardInput, .script("-odd.kx")])
  }

  @Test func flagsAndValues() {
    let options = parse(["-f", "csv", "--echo", "--keep-going", "--no-init", "--no-color", "--error-format=json"])
    #expect(options?.format == .csv)
    #expect(options?.echo == true && options?.bail == false && options?.noInit == true && options?.noColor == true)
    #expect(options?.errorFormat == .json)
    #expect(parse(["-fjson"])?.format == .json)
    #expect(parse(["--bail"])?.bail == true)
  }

  @Test func mistakesAreUsageErrorsWithSuggestions() {
    #expect(problem(["--fromat", "csv"])?.code == .unknownOption)
    #expect(problem(["--fromat", "csv"])?.notes.first == "did you mean '--format'?")
    #expect(problem(["-f"])?.code == .optionArgument)
    #expect(problem(["-f", "xml"])?.message == "--format: unknown format 'xml'")
    #expect(problem(["-f", "jsn"])?.message == "--format: unknown format 'jsn'; did you mean 'json'?")
    #expect(problem(["--echo=yes"])?.message == "--echo: takes no value")
    #expect(problem(["-x"])?.code == .unknownOption)
  }

  @Test func sqliteUsersSpellingsWorkOrAreNamed() {
    // sqlite3 and DuckDB take the output mode as a flag of its own.
    #expect(parse(["-csv"])?.format == .csv)
    #expect(parse(["-box", "-c", "places | count"])?.format == .box)
    #expect(parse(["-jsonl"])?.format == .jsonl)
    // Anything else after -c is still the query.
    #expect(parse(["-cplaces"])?.actions == [.command("places")])
    // Their long options with one dash, and their names for kexie's options, get a suggestion.
    #expect(problem(["-bail"])?.notes.first == "did you mean '--bail'?")
    #expect(problem(["-echo"])?.notes.first == "did you mean '--echo'?")
    #expect(problem(["--mode", "box"])?.notes.first == "did you mean '--format'?")
  }

  @Test func helpListsEveryFlagOnOneLine() {
    for language in Language.allCases {
      let help = CommandLineOptions.helpText(in: language)
      for option in CommandLineOptions.table {
        let lines = help.split(separator: "\n").filter { $0.contains("--\(option.long)") }
        #expect(lines.count == 1, "--\(option.long)")
      }
    }
    #expect(CommandLineOptions.helpText().contains("64 a usage error"))
    // In Chinese: every option has its Chinese line, and nothing else is listed.
    #expect(Set(CommandLineOptions.chineseHelp.keys) == Set(CommandLineOptions.table.map(\.long)))
    #expect(CommandLineOptions.helpText(in: .zh).contains("用法：kexie [选项] [文件 ...]"))
    let run = try? kexie(["--help"], environment: ["LANG": "zh_CN.UTF-8"])
    #expect(run?.out.contains("--lang zh|en") == true && run?.out.contains("选项：") == true)
  }

  @Test func completionScriptsNameEveryOption() {
    for shell in ["bash", "zsh", "fish"] {
      let script = CommandLineOptions.completionScript(for: shell)
      for option in CommandLineOptions.table {
        #expect(script.contains(option.long), "\(shell) lacks --\(option.long)")
      }
    }
  }
}
