import Glibc
import KexieDiagnostics
/// Where a loader's bytes come from: a file read in chunks (so a 100 MB file is never held
/// whole), or bytes already in memory (tests, standard input).
public enum ByteInput: Sendable {
  case file(String)
  case bytes([UInt8])

  /// A display name for messages.
  public var name: String {
    switch self {
    case .file(let path): path
    case .bytes: "<input>"
    }
  }
}

/// Reads an input in chunks into a window that keeps the unconsumed tail of the previous
/// chunk, so a record that straddles two chunks can be parsed whole.
public final class ChunkReader {
  private(set) var buffer: [UInt8]
  /// Valid bytes in `buffer`.
  private(set) var count = 0
  /// Absolute offset of `buffer[0]` in the input.
  private(set) var base = 0
  private(set) var finished = false
  private var descriptor: Int32 = -1
  private var memory: [UInt8]?
  let totalSize: Int
  public static let defaultChunkSize = 1 << 22
  let chunkSize: Int

  init(_ input: ByteInput, chunkSize: Int = ChunkReader.defaultChunkSize) throws(LoadFailure) {
    self.chunkSize = max(chunkSize, 16)
    switch input {
    case .bytes(let bytes):
      memory = bytes
      buffer = bytes
      count = bytes.count
      finished = true
      totalSize = bytes.count
    case .file(let path):
      (descriptor, totalSize) = try ChunkReader.open(path)
      buffer = [UInt8](repeating: 0, count: self.chunkSize)
    }
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
  }

  /// Opens a file for reading: its descriptor and size. A directory is refused.
  static func open(_ path: String) throws(LoadFailure) -> (descriptor: Int32, size: Int) {
    var info = stat()
    guard stat(path, &info) == 0 else { throw LoadFailure.unreadable(path, systemErrorText()) }
    guard (info.st_mode & S_IFMT) != S_IFDIR else { throw LoadFailure.unreadable(path, "it is a directory") }
    let descriptor = Glibc.open(path, O_RDONLY)
    guard descriptor >= 0 else { throw LoadFailure.unreadable(path, systemErrorText()) }
    return (descriptor, Int(info.st_size))
  }

  /// Drops the bytes before `keep` and reads more after the rest. Returns false at the end.
  func refill(keeping keep: Int) throws(LoadFailure) -> Bool {
    guard !finished else { return false }
    let remaining = count - keep
    if keep > 0 {
      buffer.withUnsafeMutableBufferPointer { pointer in
        guard let start = pointer.baseAddress else { return }
        memmove(start, start + keep, remaining)
      }
      base += keep
    }
    count = remaining
    if buffer.count - count < chunkSize / 2 {
      buffer.append(contentsOf: [UInt8](repeating: 0, count: max(buffer.count, chunkSize)))
    }
    var filled = false
    while !filled {
      let room = min(buffer.count - count, chunkSize)
      let read = buffer.withUnsafeMutableBytes { pointer -> Int in
        guard let start = pointer.baseAddress else { return 0 }
        return Glibc.read(descriptor, start + count, room)
      }
      if read < 0 {
        if errno == EINTR { continue }
        throw LoadFailure.unreadable("", systemErrorText())
      }
      if read == 0 {
        finished = true
        return remaining > 0
      }
      count += read
      filled = true
    }
    return true
  }

  /// A whole file's bytes (a script, or JSON, which is parsed in one piece): read in 64 KiB
  /// pieces into one array sized from the file.
  public static func readWhole(_ path: String) throws(LoadFailure) -> [UInt8] {
    let (descriptor, size) = try open(path)
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(size)
    var piece = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = piece.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count < 0 { throw LoadFailure.unreadable(path, systemErrorText()) }
      if count == 0 { return bytes }
      bytes.append(contentsOf: piece[0..<count])
    }
  }

  /// Starts again from the beginning (for the second pass).
  func rewind() throws(LoadFailure) {
    if let memory {
      buffer = memory
      count = memory.count
      base = 0
      finished = true
      return
    }
    lseek(descriptor, 0, SEEK_SET)
    count = 0
    base = 0
    finished = false
  }
}

/// The C library's message for `errno` ("No such file or directory").
public func systemErrorText() -> String {
  guard let message = strerror(errno) else { return "error \(errno)" }
  return String(cString: message)
}

/// Why a file did not load. Becomes a diagnostic naming the file, line and column.
public enum LoadFailure: Error, Sendable {
  case unreadable(String, String)
  case diagnostic(Diagnostic)

  public var diagnostic: Diagnostic {
    switch self {
    case .unreadable(let path, let reason): .unreadableFile(path, reason: reason)
    case .diagnostic(let diagnostic): diagnostic
    }
  }
}
