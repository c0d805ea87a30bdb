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
  private var path = ""
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
      let (opened, size, regular) = try Files.open(path)
      self.path = path
      if regular {
        descriptor = opened
        totalSize = size
        buffer = [UInt8](repeating: 0, count: self.chunkSize)
      } else {
        // A pipe, a FIFO or a device cannot be read twice (the loaders make two passes):
        // read it whole, up to a limit, and load from memory.
        defer { close(opened) }
        let bytes = try Files.readAll(opened, name: path, limit: Limits.streamBytes, what: Phrase("data read from a pipe or device", zh: "从管道或设备读到的数据"))
        memory = bytes
        buffer = bytes
        count = bytes.count
        finished = true
        totalSize = bytes.count
      }
    }
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
  }

  /// Drops the bytes before `keep` and reads more after the rest. Returns false at the end.
  /// A record that grows past `Limits.recordBytes` (a file with no line ends: /dev/zero) is an
  /// error naming the line it starts on.
  func refill(keeping keep: Int, line: Int = 0, file: String = "") throws(LoadFailure) -> Bool {
    guard !finished else { return false }
    let remaining = count - keep
    guard remaining <= Limits.recordBytes.value else {
      throw LoadFailure.diagnostic(.inputTooLarge(Phrase("the record that starts on line \(line)", zh: "从第 \(line) 行开始的记录"), limit: Limits.recordBytes.shown, file: file))
    }
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
        throw LoadFailure.unreadable("", systemError())
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

  /// Starts again from the beginning (for the second pass), or from `offset` (a part of a
  /// parallel load). Bytes in memory are kept whole, their window starting at 0: the caller
  /// starts parsing at `offset - base`.
  func rewind(to offset: Int = 0) throws(LoadFailure) {
    if let memory {
      buffer = memory
      count = memory.count
      base = 0
      finished = true
      return
    }
    guard lseek(descriptor, off_t(offset), SEEK_SET) == off_t(offset) else { throw LoadFailure.unreadable("", Phrase("it cannot be read again from its start: ", zh: "没法从头再读一遍：") + systemError()) }
    count = 0
    base = offset
    finished = false
  }

  /// Another reader of the same input with a descriptor of its own (a part of a parallel
  /// load reads the file beside the others); bytes in memory are shared, not copied.
  func another() throws(LoadFailure) -> ChunkReader {
    if let memory { return try ChunkReader(.bytes(memory), chunkSize: chunkSize) }
    return try ChunkReader(.file(path), chunkSize: chunkSize)
  }

  /// The offset of the first byte after the first `newline` at or after `offset`, or nil
  /// when there is none before the end (read with pread: the reader's position is kept).
  func afterNewline(from offset: Int, newline: UInt8) -> Int? {
    if let memory {
      guard offset < memory.count, let found = memory[offset...].firstIndex(of: newline) else { return nil }
      return found + 1
    }
    var window = [UInt8](repeating: 0, count: 1 << 16)
    var at = offset
    while at < totalSize {
      let read = window.withUnsafeMutableBytes { pointer -> Int in
        guard let start = pointer.baseAddress else { return -1 }
        return pread(descriptor, start, pointer.count, off_t(at))
      }
      if read < 0, errno == EINTR { continue }
      guard read > 0 else { return nil }
      if let found = window[0..<read].firstIndex(of: newline) { return at + found + 1 }
      at += read
    }
    return nil
  }
}

/// Why a file did not load. Becomes a diagnostic naming the file, line and column.
public enum LoadFailure: Error, Sendable {
  case unreadable(String, Phrase)
  case diagnostic(Diagnostic)

  public var diagnostic: Diagnostic {
    switch self {
    case .unreadable(let path, let reason): .unreadableFile(path, reason: reason)
    case .diagnostic(let diagnostic): diagnostic
    }
  }
}
