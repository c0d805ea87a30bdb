/// kexie's exit codes, distinct for each kind of failure (documented in docs/REPL.md and
/// `kexie --help`). A failure is never 0.
public enum ExitCode: Int32, Sendable {
  /// Everything ran.
  case success = 0
  /// A query or command failed: a syntax, type or runtime error.
  case queryError = 1
  /// The command line was wrong (sysexits EX_USAGE).
  case usage = 64
  /// A data file could not be loaded (sysexits EX_DATAERR).
  case dataError = 65
  /// A script or data file could not be read (sysexits EX_NOINPUT).
  case unreadableFile = 66
  /// kexie itself failed, e.g. the embedded dataset did not load (sysexits EX_SOFTWARE).
  case internalError = 70
}
