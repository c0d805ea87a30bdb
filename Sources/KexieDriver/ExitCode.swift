import KexieSQL

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
  /// A database server cannot be reached (sysexits EX_UNAVAILABLE).
  case unavailable = 69
  /// Output could not be written: a full disk, a closed pipe (sysexits EX_IOERR).
  case ioError = 74
  /// kexie itself failed, e.g. the embedded dataset did not load (sysexits EX_SOFTWARE).
  case internalError = 70
  /// A database is locked by another program; trying again may work (sysexits EX_TEMPFAIL).
  case temporaryFailure = 75
}

extension ExitCode {
  /// The exit status for a database that did not open (`kexie --db`).
  public init(_ problem: DatabaseOpenError.Problem) {
    switch problem {
    case .missing: self = .unreadableFile
    case .notADatabase, .damaged: self = .dataError
    case .locked: self = .temporaryFailure
    case .unreachable: self = .unavailable
    case .other: self = .dataError
    }
  }
}
