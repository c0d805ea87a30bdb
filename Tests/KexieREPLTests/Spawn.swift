#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program that may leave a daemon behind (tmux), and waits for it with `waitpid`.
///
/// Why not Foundation's `Process`: on Linux, `Process` learns that a child has ended when a
/// socket it hands the child is closed, that is, when the child *and everything it forked* have
/// let go of it. `tmux new-session` forks the tmux server, which keeps that socket for as long as
/// it runs, so `waitUntilExit()` on the first tmux command never returned and CI hung until it
/// was killed after 90 minutes. Locally it passed only because a tmux server from an earlier run
/// was already up, so no test ever started one.
///
/// Here the child gets standard input, output and error and nothing else (every descriptor
/// from 3 up is closed in the child, atomically, so a pipe another test opens at the same moment
/// cannot leak into a daemon either), and the parent waits with `waitpid`, which needs no signal.
enum Spawn {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  struct Finished {
    var status: Int32
    var output: String
  }

  /// Runs `path` with `arguments`; standard input and error are /dev/null, standard output is
  /// read when `capture` is true and thrown away otherwise.
  static func run(_ path: String, _ arguments: [String], capture: Bool = false) throws -> Finished {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }

    var ends: [Int32] = [-1, -1]
    if capture {
      guard try pipe2.get()(&ends, O_CLOEXEC) == 0 else { throw Failure(description: "pipe2: \(String(cString: strerror(errno)))") }
      posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    try closeFromThree(&actions)

    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
    if capture { close(ends[1]) }
    guard spawned == 0 else {
      if capture { close(ends[0]) }
      throw Failure(description: "posix_spawn \(path): \(String(cString: strerror(spawned)))")
    }

    var output: [UInt8] = []
    if capture {
      var buffer = [UInt8](repeating: 0, count: 65536)
      while true {
        let count = buffer.withUnsafeMutableBytes { read(ends[0], $0.baseAddress, $0.count) }
        if count > 0 { output += buffer[0..<count] } else if count == 0 || errno != EINTR { break }
      }
      close(ends[0])
    }

    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 {
      guard errno == EINTR else { throw Failure(description: "waitpid: \(String(cString: strerror(errno)))") }
    }
    // WIFEXITED / WEXITSTATUS / WTERMSIG are macros that Swift does not import.
    let signal = status & 0x7f
    let code = signal == 0 ? (status >> 8) & 0xff : 128 + signal
    return Finished(status: code, output: String(decoding: output, as: UTF8.self))
  }

  private static func closeFromThree(_ actions: inout posix_spawn_file_actions_t) throws {
    guard try addCloseFrom.get()(&actions, 3) == 0 else {
      throw Failure(description: "posix_spawn_file_actions_addclosefrom_np failed")
    }
  }

  // Swift does not import glibc's functions that sit behind _GNU_SOURCE, so these two are
  // looked up by name, once. addclosefrom needs glibc 2.34 or later.
  private static let pipe2 = gnu("pipe2", as: (@convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32).self)
  private static let addCloseFrom = gnu(
    "posix_spawn_file_actions_addclosefrom_np",
    as: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)

  private static func gnu<Function>(_ name: String, as type: Function.Type) -> Result<Function, Failure> {
    guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, name) else {
      return .failure(Failure(description: "this C library has no \(name) (it needs glibc 2.34 or later)"))
    }
    return .success(unsafeBitCast(symbol, to: type))
  }
}
