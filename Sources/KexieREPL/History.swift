import KexieOutput
import KexieDriver

#if canImport(Glibc)
  import Glibc
#endif

/// The REPL's history file: plain UTF-8, one entry per statement (line breaks, tabs and
/// backslashes inside an entry are written `\n`, `\t`, `\\`, as in TSV), no adjacent
/// duplicates, at most `limit` entries.
///
/// Each entry is appended with one `write` to a file opened with O_APPEND under an exclusive
/// `flock`, so two REPLs at once interleave whole entries and a crash loses at most the entry
/// being written. When the file grows past twice the limit, it is compacted into a temporary
/// file that is then renamed over it (atomic), under the same lock.
public final class History {
  public let path: String?
  public let limit: Int
  public private(set) var entries: [String] = []

  public init(path: String?, limit: Int = 1000) {
    self.path = path
    self.limit = limit
    load()
  }

  /// `$KEXIE_HISTORY`, else `$XDG_STATE_HOME/kexie/history`, else `~/.kexie_history`.
  public static func defaultPath() -> String? {
    if let path = Environment.value("KEXIE_HISTORY"), !path.isEmpty { return path }
    if let state = Environment.value("XDG_STATE_HOME"), !state.isEmpty {
      FileSystem.makeDirectories(state + "/kexie")
      return state + "/kexie/history"
    }
    return Environment.home.map { $0 + "/.kexie_history" }
  }

  func load() {
    guard let path, case .success(let bytes) = FileSystem.read(path) else { return }
    let text = String(decoding: bytes, as: UTF8.self)
    var loaded: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
      let entry = BackslashEscapes.decode(String(line))
      if loaded.last != entry { loaded.append(entry) }
    }
    entries = Array(loaded.suffix(limit))
  }

  /// Adds an entry (unless it repeats the last one) and appends it to the file.
  public func add(_ entry: String) {
    let trimmed = entry.trimmingTrailingNewlines
    guard !trimmed.isEmpty, entries.last != trimmed else { return }
    entries.append(trimmed)
    if entries.count > limit { entries.removeFirst(entries.count - limit) }
    guard let path else { return }
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o600)
    guard descriptor >= 0 else { return }
    defer { close(descriptor) }
    flock(descriptor, LOCK_EX)
    defer { flock(descriptor, LOCK_UN) }
    var line = BackslashEscapes.encode(trimmed) + "\n"
    _ = line.withUTF8 { write(descriptor, $0.baseAddress, $0.count) }
    compactIfNeeded(path)
  }

  /// Rewrites the file with the last `limit` entries when it has grown past twice that.
  /// Called with the lock held.
  func compactIfNeeded(_ path: String) {
    guard case .success(let bytes) = FileSystem.read(path) else { return }
    let lines = bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    guard lines > 2 * limit else { return }
    let text = String(decoding: bytes, as: UTF8.self)
    let kept = text.split(separator: "\n", omittingEmptySubsequences: true).suffix(limit)
    let temporary = path + ".tmp.\(getpid())"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard descriptor >= 0 else { return }
    var body = kept.joined(separator: "\n") + "\n"
    let written = body.withUTF8 { write(descriptor, $0.baseAddress, $0.count) }
    fsync(descriptor)
    close(descriptor)
    if written == body.utf8.count { rename(temporary, path) } else { unlink(temporary) }
  }
}

extension String {
  var trimmingTrailingNewlines: String {
    var text = self
    while let last = text.last, last == "\n" || last == "\r" || last == " " { text.removeLast() }
    return text
  }
}
