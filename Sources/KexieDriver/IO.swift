import CSupport
import KexieData
import KexieDiagnostics
import Glibc
import Synchronization

/// Where text goes: standard output, standard error, a file, or a string (for tests).
///
/// Every write is checked: the first failure (a full disk, a closed pipe, an I/O error) is
/// kept in `failure`, and the driver reports it rather than carrying on as if the text had
/// been written. Sendable for real: the mutable state is behind a lock, and a stdio stream
/// locks itself on every call.
public final class TextSink: TextOutputStream, Sendable {
  /// A C stdio stream. glibc takes the stream's lock in every call, so one may be used from
  /// any thread; that is the whole of the unchecked claim.
  struct Stream: @unchecked Sendable {
    let handle: UnsafeMutablePointer<FILE>
  }

  enum Target: Sendable {
    case file(Stream, owned: Bool)
    case buffer
    /// Standard output through a pager started when the text needs one (`.pager`).
    case paged(Pager)
  }

  struct State {
    var buffer = ""
    var failure: Phrase?
    var closed = false
  }

  let target: Target
  private let state = Mutex(State())
  /// Whether this sink is a terminal (for colour, widths and row limits).
  public let isTerminal: Bool
  public let path: String?

  init(target: Target, isTerminal: Bool, path: String? = nil) {
    self.target = target
    self.isTerminal = isTerminal
    self.path = path
  }

  public static let standardOutput = TextSink(target: .file(Stream(handle: kx_stdout()), owned: false), isTerminal: isatty(1) == 1)
  public static let standardError = TextSink(target: .file(Stream(handle: kx_stderr()), owned: false), isTerminal: isatty(2) == 1)

  /// A sink that collects text in memory.
  public static func memory() -> TextSink { TextSink(target: .buffer, isTerminal: false) }

  /// Opens a file for writing (truncating it), or returns why it cannot.
  public static func file(_ path: String) -> Result<TextSink, IOFailure> {
    guard let handle = fopen(path, "w") else { return .failure(IOFailure(path: path, reason: systemError())) }
    return .success(TextSink(target: .file(Stream(handle: handle), owned: true), isTerminal: false, path: path))
  }

  /// Whether this sink is standard output through a pager.
  public var isPaged: Bool {
    if case .paged = target { return true }
    return false
  }

  /// What was written, for a buffer sink.
  public var buffer: String { state.withLock { $0.buffer } }

  /// Why a write failed (the first failure; nil while every write has succeeded).
  public var failure: Phrase? { state.withLock { $0.failure } }

  /// A name for messages: the file's path, or which standard stream.
  public var displayName: Phrase {
    if let path { return .same(path) }
    if case .file(let stream, _) = target {
      return stream.handle == kx_stderr() ? Phrase("standard error", zh: "标准错误") : Phrase("standard output", zh: "标准输出")
    }
    if case .paged = target { return Phrase("the pager", zh: "分页器") }
    return Phrase("memory", zh: "内存")
  }

  public func write(_ string: String) {
    switch target {
    case .buffer: state.withLock { $0.buffer += string }
    case .paged(let pager): pager.write(string)
    case .file(let stream, _):
      var text = string
      let complete = text.withUTF8 { bytes in
        guard let base = bytes.baseAddress else { return true }
        return fwrite(base, 1, bytes.count, stream.handle) == bytes.count
      }
      if !complete { record(systemError()) }
    }
  }

  public func flush() {
    if case .file(let stream, _) = target, fflush(stream.handle) != 0 { record(systemError()) }
  }

  /// Closes a file sink (standard streams are only flushed). A failure to write the last of
  /// it is kept in `failure` too.
  public func close() {
    if case .paged(let pager) = target { return pager.finish() }
    guard case .file(let stream, let owned) = target else { return }
    let alreadyClosed = state.withLock { state in
      defer { state.closed = true }
      return state.closed
    }
    guard owned else {
      flush()
      return
    }
    if !alreadyClosed, fclose(stream.handle) != 0 { record(systemError()) }
  }

  private func record(_ reason: Phrase) {
    state.withLock { if $0.failure == nil { $0.failure = reason } }
  }
}

/// Why a file could not be read or written.
public struct IOFailure: Error, Sendable {
  public var path: String
  public var reason: Phrase
}

package enum FileSystem {
  /// The bytes of a file, or why they cannot be read. A directory is refused. (The data
  /// loaders' reader: one way to read a file in kexie.)
  package static func read(_ path: String) -> Result<[UInt8], IOFailure> {
    do throws(LoadFailure) {
      return .success(try Files.readWhole(path, limit: Limits.scriptBytes, what: Phrase("the script", zh: "脚本")))
    } catch {
      if case .unreadable(_, let reason) = error { return .failure(IOFailure(path: path, reason: reason)) }
      return .failure(IOFailure(path: path, reason: .scriptTooLarge))
    }
  }

  /// All of standard input, as a script (up to `Limits.scriptBytes`).
  package static func readStandardInput() -> Result<[UInt8], IOFailure> {
    do throws(LoadFailure) {
      return .success(try Files.readAll(0, name: "<stdin>", limit: Limits.scriptBytes, what: Phrase("the script on standard input", zh: "标准输入上的脚本")))
    } catch {
      if case .unreadable(_, let reason) = error { return .failure(IOFailure(path: "<stdin>", reason: reason)) }
      return .failure(IOFailure(path: "<stdin>", reason: .scriptTooLarge))
    }
  }

  package static func exists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
  }

  /// Whether a path is a pipe, a FIFO or a character device (read once, not twice).
  package static func isStream(_ path: String) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0 else { return false }
    let kind = info.st_mode & S_IFMT
    return kind == S_IFIFO || kind == S_IFCHR || kind == S_IFSOCK
  }

  package static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// The names in a directory (without . and ..), or nil when it cannot be read.
  package static func list(_ path: String) -> [String]? {
    guard let directory = opendir(path.isEmpty ? "." : path) else { return nil }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if name != ".", name != ".." { names.append(name) }
    }
    return names.sorted()
  }

  /// Creates a directory and its parents (like mkdir -p); ignores failures.
  package static func makeDirectories(_ path: String) {
    var current = path.hasPrefix("/") ? "/" : ""
    for part in path.split(separator: "/") {
      current += (current.isEmpty || current.hasSuffix("/") ? "" : "/") + part
      mkdir(current, 0o755)
    }
  }
}

package enum Environment {
  package static func value(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    return String(cString: value)
  }

  package static var home: String? { value("HOME").flatMap { $0.isEmpty ? nil : $0 } }
}

package enum Terminal {
  /// The width of the terminal on standard output, if it is one.
  package static func width(of descriptor: Int32 = 1) -> Int? {
    size(of: descriptor).flatMap { $0.ws_col > 0 ? Int($0.ws_col) : nil }
  }

  /// The terminal's size in columns and rows (TIOCGWINSZ), when the descriptor is one.
  static func size(of descriptor: Int32) -> winsize? {
    guard isatty(descriptor) == 1 else { return nil }
    var size = winsize()
    return ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0 ? size : nil
  }

  /// The height of the terminal on standard output, if it is one.
  package static func height(of descriptor: Int32 = 1) -> Int? {
    size(of: descriptor).flatMap { $0.ws_row > 0 ? Int($0.ws_row) : nil }
  }

  /// Rows a table shows on a terminal when `.maxrows` is not set: what fits on the screen
  /// with the query above it, the table's header and border, its footer and the next prompt.
  package static func defaultRows() -> Int {
    max(10, (height() ?? 48) - 9)
  }

  package static var stdinIsTerminal: Bool { isatty(0) == 1 }

  /// Whether to colour output on a stream: only on a terminal, unless FORCE_COLOR says so;
  /// never when NO_COLOR is set or CLICOLOR=0.
  package static func wantsColor(isTerminal: Bool, disabled: Bool) -> Bool {
    if disabled { return false }
    if let value = Environment.value("NO_COLOR"), !value.isEmpty { return false }
    if let value = Environment.value("FORCE_COLOR"), !value.isEmpty, value != "0" { return true }
    if Environment.value("CLICOLOR") == "0" { return false }
    return isTerminal
  }
}

/// Monotonic time for `.timer` (not named Clock: that is the standard library's protocol).
package enum Stopwatch {
  package static func now() -> ContinuousClock.Instant { ContinuousClock.now }

  /// A duration as people read it: 0.4 ms, 12.3 ms, 1.25 s.
  package static func describe(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    let milliseconds = Double(seconds) * 1000 + Double(attoseconds) / 1e15
    if milliseconds < 1000 {
      let tenths = (milliseconds * 10).rounded() / 10
      return "\(tenths) ms"
    }
    let hundredths = (milliseconds / 10).rounded() / 100
    return "\(hundredths) s"
  }
}

extension Phrase {
  static let scriptTooLarge = Phrase(
    "it is larger than \(Limits.scriptBytes.shown), kexie's limit for a script (docs/LIMITS.md)",
    zh: "它超过了 \(Limits.scriptBytes.shown)，这是 kexie 对脚本大小的限制（见 docs/LIMITS.md）")
}
