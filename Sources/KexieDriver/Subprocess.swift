import Glibc

/// Programs kexie hands the terminal to: the pager (`.pager`) and the editor (`.edit`).
/// Run through `/bin/sh -c` as psql and git run them, so `PAGER="less -S"` and
/// `EDITOR="code --wait"` work; extra arguments reach the command as "$1", "$2", ….
package enum Subprocess {
  /// Starts `command` with the given arguments; `input` becomes its standard input. nil when
  /// it could not be started.
  package static func start(_ command: String, arguments: [String] = [], input: Int32? = nil, extraEnvironment: [String] = []) -> pid_t? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if let input {
      posix_spawn_file_actions_adddup2(&actions, input, 0)
      posix_spawn_file_actions_addclose(&actions, input)
    }
    let script = arguments.isEmpty ? command : command + " \"$@\""
    let argv = ["/bin/sh", "-c", script, "sh"] + arguments
    let environment = Subprocess.environment() + extraEnvironment
    var pid: pid_t = 0
    let spawned = withCStrings(argv) { argv in
      withCStrings(environment) { envp in posix_spawn(&pid, "/bin/sh", &actions, nil, argv, envp) }
    }
    return spawned == 0 ? pid : nil
  }

  /// Waits for a process to end; its exit status (128 + the signal when a signal ended it).
  @discardableResult
  package static func wait(_ pid: pid_t) -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 {
      if errno != EINTR { return -1 }
    }
    let signal = status & 0x7F
    return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
  }

  /// Whether the first word of a command names a program that can run.
  package static func canRun(_ command: String) -> Bool {
    guard let program = command.split(separator: " ").first.map(String.init) else { return false }
    if program.contains("/") { return access(program, X_OK) == 0 }
    let path = Environment.value("PATH") ?? "/usr/bin:/bin"
    return path.split(separator: ":").contains { access("\($0)/\(program)", X_OK) == 0 }
  }

  static func environment() -> [String] {
    var result: [String] = []
    var pointer = environ
    while let entry = pointer.pointee {
      result.append(String(cString: entry))
      pointer += 1
    }
    return result
  }

  /// C strings for posix_spawn's argv and envp (nil-terminated), freed after `body`.
  static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    pointers.append(nil)
    defer { for pointer in pointers { free(pointer) } }
    return body(pointers)
  }
}
