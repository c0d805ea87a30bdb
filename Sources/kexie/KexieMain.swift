import KexieData
import KexieDiagnostics
import KexieSyntax
import KexieDriver
import KexieREPL
import KexieSQL

/// The `kexie` program: parses the command line, then runs the REPL, scripts, `-c` queries
/// or standard input through one `Session`.
public enum KexieMain {
  public static func run(_ arguments: [String]) -> Int32 {
    let output = TextSink.standardOutput
    let errors = TextSink.standardError
    defer {
      output.flush()
      errors.flush()
    }
    let options: CommandLineOptions
    switch CommandLineOptions.parse(arguments) {
    case .failure(let failure):
      let renderer = DiagnosticRenderer(color: Terminal.wantsColor(isTerminal: errors.isTerminal, disabled: false))
      for diagnostic in failure.diagnostics { errors.write("kexie: " + renderer.render(diagnostic)) }
      return ExitCode.usage.rawValue
    case .success(let parsed):
      options = parsed
    }
    let language = options.language ?? Language.fromLocale { Environment.value($0) }
    if options.showHelp {
      output.write(CommandLineOptions.helpText(in: language))
      return ExitCode.success.rawValue
    }
    if options.showVersion {
      output.write("kexie \(CommandLineOptions.version)\n")
      return ExitCode.success.rawValue
    }
    if let shell = options.completionShell {
      output.write(CommandLineOptions.completionScript(for: shell))
      return ExitCode.success.rawValue
    }
    let session: Session
    if options.noReport {
      session = Session.empty(output: output, errors: errors)
    } else {
      switch Session.withReport(output: output, errors: errors) {
      case .failure(let failure):
        for diagnostic in failure.diagnostics { errors.write(DiagnosticRenderer().render(diagnostic)) }
        return ExitCode.internalError.rawValue
      case .success(let made):
        session = made
      }
    }
    session.settings.format = options.format ?? .table
    session.settings.echo = options.echo
    session.settings.errorFormat = options.errorFormat
    session.settings.language = language
    session.settings.colorOutput = Terminal.wantsColor(isTerminal: output.isTerminal, disabled: options.noColor)
    session.settings.colorErrors = Terminal.wantsColor(isTerminal: errors.isTerminal, disabled: options.noColor)
    session.settings.emitSQL = options.emitSQL
    for target in options.databases {
      if case .failure(let failure) = session.open(target) {
        session.report(failure.diagnostic)
        return ExitCode(failure.problem).rawValue
      }
    }
    for load in options.loads {
      if case .failure(let failure) = session.load(path: load.path, as: load.name) {
        session.report(failure.diagnostic)
        if case .unreadable = failure { return ExitCode.unreadableFile.rawValue }
        return ExitCode.dataError.rawValue
      }
    }

    var actions = options.actions
    if actions.isEmpty {
      if Terminal.stdinIsTerminal {
        session.settings.bail = options.bail ?? false
        if !options.noInit { runStartupFile(session) }
        return REPL.forTerminal(session: session).run().rawValue
      }
      actions = [.standardInput]
    }
    session.settings.bail = options.bail ?? true
    var status = ExitCode.success
    for action in actions {
      let source: SourceFile
      switch action {
      case .command(let text):
        source = SourceFile(name: "-c", text: text)
      case .standardInput:
        switch FileSystem.readStandardInput() {
        case .failure(let failure):
          session.report(.unreadableFile("<stdin>", reason: failure.reason))
          return ExitCode.unreadableFile.rawValue
        case .success(let bytes):
          source = SourceFile(name: "<stdin>", bytes: bytes)
        }
      case .script(let path):
        switch FileSystem.read(path) {
        case .failure(let failure):
          session.report(.unreadableFile(path, reason: failure.reason))
          return ExitCode.unreadableFile.rawValue
        case .success(let bytes):
          source = SourceFile(name: path, bytes: bytes)
        }
      }
      let result = session.run(source)
      if result.errors > 0 { status = .queryError }
      if session.outputFailed { return ExitCode.ioError.rawValue }
      if session.wantsQuit || (result.errors > 0 && session.settings.bail) { break }
    }
    // The last of the output, and any file .output left open, reach their places or say so.
    session.closeOutput()
    if session.outputFailed { return ExitCode.ioError.rawValue }
    return status.rawValue
  }

  /// `~/.kexierc`: runs before the REPL; a bad line only warns.
  static func runStartupFile(_ session: Session) {
    guard let home = Environment.home else { return }
    let path = home + "/.kexierc"
    guard FileSystem.exists(path), case .success(let bytes) = FileSystem.read(path) else { return }
    let bail = session.settings.bail
    session.settings.bail = false
    session.downgradeErrors = true
    session.run(SourceFile(name: path, bytes: bytes))
    session.downgradeErrors = false
    session.settings.bail = bail
  }
}
