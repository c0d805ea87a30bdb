import Glibc

/// Reading files, for every part of kexie that reads one: scripts, the start-up file, history,
/// and data (`ChunkReader` reads large files in pieces; everything else reads whole).
public enum Files {
  /// Opens a file for reading: its descriptor and size. A directory is refused.
  static func open(_ path: String) throws(LoadFailure) -> (descriptor: Int32, size: Int) {
    var info = stat()
    guard stat(path, &info) == 0 else { throw LoadFailure.unreadable(path, systemErrorText()) }
    guard (info.st_mode & S_IFMT) != S_IFDIR else { throw LoadFailure.unreadable(path, "it is a directory") }
    let descriptor = Glibc.open(path, O_RDONLY)
    guard descriptor >= 0 else { throw LoadFailure.unreadable(path, systemErrorText()) }
    return (descriptor, Int(info.st_size))
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
}

/// The C library's message for `errno` ("No such file or directory").
public func systemErrorText() -> String {
  guard let message = strerror(errno) else { return "error \(errno)" }
  return String(cString: message)
}
