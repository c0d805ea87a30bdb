import KexieOutput
import KexieData
import KexieDiagnostics
import KexieDriver

#if canImport(Glibc)
  import Glibc
#endif

/// The REPL's history file: plain UTF-8, one entry per statement (line breaks, tabs and
/// backslashes inside an entry are written `\n`, `\t`, `\\`, as in TSV), no adjacent
/// duplicates, at most `limit` entries.
///
/// Every change happens under an exclusive `flock` on a lock file beside it (`<file>.lock`),
/// taken *before* the history is opened: compaction renames a new file over the old one, so
/// a lock on the history file itself would be a lock on a file that may already be gone (four
/// REPLs compacting at once lost entries so). Each entry is appended with one `write` to a
/// descriptor opened with O_APPEND, after a line break if the file lacked its last one. When
/// the file grows past twice the limit it is compacted into a temporary file made with
/// `mkstemp` (never a name an attacker could plant a symlink at) in the directory of the
/// real file, and renamed over it — through a symlinked history file to its target, so the
/// link stays a link. A history that cannot be written is said once (`problem`), not
/// silently off.
public final class History {
  public let path: String?
  public let limit: Int
  public private(set) var entries: [String] = []
  /// Why the history is not being saved, the first time it was not (for the REPL to say once).
  public private(set) var problem: Phrase?
  private var problemTaken = false

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

  /// The problem to show, once: nil after the first call that returned one.
  public func takeProblem() -> Phrase? {
    guard let problem, !problemTaken else { return nil }
    problemTaken = true
    return problem
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

  /// The file the history is: the path, or the file a symlink there points at.
  func realPath(_ path: String) -> String {
    guard let resolved = realpath(path, nil) else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  func fail(_ reason: Phrase) {
    if problem == nil, let path {
      problem = Phrase("the history is not saved: \(path): \(reason.en)", zh: "历史记录没有保存：\(path)：\(reason.zh)")
    }
  }

  /// Adds an entry (unless it repeats the last one) and appends it to the file.
  public func add(_ entry: String) {
    let trimmed = entry.trimmingTrailingNewlines
    guard !trimmed.isEmpty, entries.last != trimmed else { return }
    entries.append(trimmed)
    if entries.count > limit { entries.removeFirst(entries.count - limit) }
    guard let path else { return }
    let file = realPath(path)
    // The lock first, on a file that is never replaced; then the history.
    let lock = open(file + ".lock", O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard lock >= 0 else { return fail(systemError()) }
    defer { close(lock) }
    flock(lock, LOCK_EX)
    defer { flock(lock, LOCK_UN) }
    let descriptor = open(file, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return fail(systemError()) }
    defer { close(descriptor) }
    var line = BackslashEscapes.encode(trimmed) + "\n"
    // A file that does not end with a line break (written by hand, or cut short) gets one,
    // or the entry would be glued to its last line.
    var info = stat()
    if fstat(descriptor, &info) == 0, info.st_size > 0 {
      var last: UInt8 = 0
      if pread(descriptor, &last, 1, off_t(info.st_size - 1)) == 1, last != UInt8(ascii: "\n") { line = "\n" + line }
    }
    let count = line.utf8.count
    let written = line.withUTF8 { write(descriptor, $0.baseAddress, $0.count) }
    guard written == count else { return fail(written < 0 ? systemError() : Phrase("only part of an entry was written", zh: "一条记录只写进去一部分")) }
    compactIfNeeded(file)
  }

  /// Rewrites the file with the last `limit` entries when it has grown past twice that.
  /// Called with the lock held.
  func compactIfNeeded(_ file: String) {
    guard case .success(let bytes) = FileSystem.read(file) else { return }
    let lines = bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    guard lines > 2 * limit else { return }
    let text = String(decoding: bytes, as: UTF8.self)
    let kept = text.split(separator: "\n", omittingEmptySubsequences: true).suffix(limit)
    // A fresh file only this process could have made (O_EXCL), beside the real file.
    var template = Array((file + ".XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard descriptor >= 0 else { return fail(systemError()) }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    fchmod(descriptor, 0o600)
    var body = kept.joined(separator: "\n") + "\n"
    let written = body.withUTF8 { write(descriptor, $0.baseAddress, $0.count) }
    let synced = fsync(descriptor) == 0
    close(descriptor)
    guard written == body.utf8.count, synced, rename(temporary, file) == 0 else {
      unlink(temporary)
      return fail(systemError())
    }
  }
}

extension String {
  var trimmingTrailingNewlines: String {
    var text = self
    while let last = text.last, last == "\n" || last == "\r" || last == " " { text.removeLast() }
    return text
  }
}
