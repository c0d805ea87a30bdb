import Glibc
import KexieDiagnostics

/// Reading files, for every part of kexie that reads one: scripts, the start-up file, history,
/// and data (`ChunkReader` reads large files in pieces; everything else reads whole).
public enum Files {
  /// Opens a file for reading: its descriptor, its size, and whether it is a regular file
  /// (one that can be read again from the start; a pipe, a FIFO or a device cannot). A
  /// directory is refused.
  static func open(_ path: String) throws(LoadFailure) -> (descriptor: Int32, size: Int, regular: Bool) {
    var info = stat()
    guard stat(path, &info) == 0 else { throw LoadFailure.unreadable(path, systemError()) }
    guard (info.st_mode & S_IFMT) != S_IFDIR else { throw LoadFailure.unreadable(path, Phrase("it is a directory", zh: "它是一个目录")) }
    let descriptor = Glibc.open(path, O_RDONLY)
    guard descriptor >= 0 else { throw LoadFailure.unreadable(path, systemError()) }
    return (descriptor, Int(info.st_size), (info.st_mode & S_IFMT) == S_IFREG)
  }

  /// A whole file's bytes (a script, or JSON, which is parsed in one piece): read in 64 KiB
  /// pieces into one array sized from the file, up to `limit` (`what` names the input in the
  /// message at the limit: a file that never ends — /dev/zero — stops there, not in memory).
  public static func readWhole(_ path: String, limit: Limits.Limit, what: Phrase) throws(LoadFailure) -> [UInt8] {
    let (descriptor, size, _) = try open(path)
    defer { close(descriptor) }
    return try readAll(descriptor, name: path, sizeHint: size, limit: limit, what: what)
  }

  /// Everything a descriptor gives until its end, up to `limit`.
  public static func readAll(_ descriptor: Int32, name: String, sizeHint: Int = 0, limit: Limits.Limit, what: Phrase) throws(LoadFailure) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(min(max(sizeHint, 0), limit.value))
    var piece = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = piece.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count < 0 { throw LoadFailure.unreadable(name, systemError()) }
      if count == 0 { return bytes }
      guard bytes.count + count <= limit.value else {
        throw LoadFailure.diagnostic(.inputTooLarge(what, limit: limit.shown, file: name))
      }
      bytes.append(contentsOf: piece[0..<count])
    }
  }
}

/// The C library's message for `errno` ("No such file or directory").
public func systemErrorText() -> String {
  guard let message = strerror(errno) else { return "error \(errno)" }
  return String(cString: message)
}

/// The C library's message for `errno`, and the same in Chinese (as glibc's zh_CN catalogue
/// words the common ones; a rarer error keeps the library's English with its number).
public func systemError() -> Phrase {
  let code = errno
  let english = systemErrorText()
  let chinese: String
  switch code {
  case ENOENT: chinese = "没有这个文件或目录"
  case EACCES: chinese = "权限不够"
  case EPERM: chinese = "不允许这样操作"
  case EISDIR: chinese = "它是一个目录"
  case ENOTDIR: chinese = "路径里有一段不是目录"
  case EEXIST: chinese = "文件已经存在"
  case ENOSPC: chinese = "磁盘上没有空间了"
  case EDQUOT: chinese = "超出了磁盘配额"
  case EROFS: chinese = "文件系统是只读的"
  case EIO: chinese = "输入/输出错误"
  case EPIPE: chinese = "管道的另一头已经关闭"
  case EMFILE, ENFILE: chinese = "打开的文件太多了"
  case ENAMETOOLONG: chinese = "文件名太长"
  case ELOOP: chinese = "符号链接的层数太多"
  case ENOMEM: chinese = "内存不够"
  case EFBIG: chinese = "文件太大"
  case ENXIO: chinese = "没有这个设备或地址"
  case EINVAL: chinese = "参数无效"
  case EBADF: chinese = "文件描述符无效"
  default: chinese = english + "（错误码 \(code)）"
  }
  return Phrase(english, zh: chinese)
}

/// A file's bytes mapped read-only, for a loader that reads a whole file more than once
/// (JSON: a UTF-8 check, then two passes). Unlike bytes read into an array, the mapping
/// costs no memory of its own: the pages are the file's, in the page cache, and a pass
/// gives back the pages behind it (`release(from:before:)`), so the process's peak is the table
/// it builds rather than the table and the whole file. A page given back and read again
/// (an error's line is counted from the start) comes back from the file.
public final class MappedFile: @unchecked Sendable {
  let base: UnsafeMutableRawPointer?
  public let count: Int
  /// Kept open to see whether the file was shortened while it loads (`check`).
  private let descriptor: Int32
  private let path: String
  private static let page = max(4096, sysconf(Int32(_SC_PAGESIZE)))

  /// Maps `path` whole; nil when it is not a regular file (a pipe is read into an array).
  public static func map(_ path: String, limit: Limits.Limit, what: Phrase) throws(LoadFailure) -> MappedFile? {
    let (descriptor, size, regular) = try Files.open(path)
    guard regular, size <= limit.value else {
      close(descriptor)
      if !regular { return nil }
      throw LoadFailure.diagnostic(.inputTooLarge(what, limit: limit.shown, file: path))
    }
    guard size > 0 else { return MappedFile(base: nil, count: 0, descriptor: descriptor, path: path) }
    guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapped != MAP_FAILED else {
      let error = systemError()
      close(descriptor)
      throw LoadFailure.unreadable(path, error)
    }
    return MappedFile(base: mapped, count: size, descriptor: descriptor, path: path)
  }

  private init(base: UnsafeMutableRawPointer?, count: Int, descriptor: Int32, path: String) {
    self.base = base
    self.count = count
    self.descriptor = descriptor
    self.path = path
  }

  deinit {
    if let base { munmap(base, count) }
    close(descriptor)
  }

  /// An error if the file is now shorter than it was mapped: reading a page past its new end
  /// would end the process (SIGBUS). Asked before each pass and every 65,536 records of one
  /// (an fstat: about a microsecond; docs/LIMITS.md, "Files that change while they load").
  public func check() throws(LoadFailure) {
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw LoadFailure.unreadable(path, systemError()) }
    guard Int(status.st_size) >= count else {
      throw LoadFailure.unreadable(path, Phrase(
        "it was shortened while it loaded (from \(groupedCount(count)) to \(groupedCount(Int(status.st_size))) bytes): nothing was loaded",
        zh: "读的时候文件被截短了（从 \(groupedCount(count)) 字节变成 \(groupedCount(Int(status.st_size))) 字节）：什么也没读入"))
    }
  }

  public var buffer: UnsafeBufferPointer<UInt8> {
    guard let base else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count)
  }

  /// Checks the file was not shortened, and gives back the whole pages from `released` up to
  /// `offset` once they make 8 MB; returns where the next call starts (`released`, or
  /// `offset` when it gave them back). Reading the pages again is allowed. The mark is the
  /// caller's, so the parts of a parallel load each give back the pages behind their own
  /// reading (the pages a seam cuts stay: they are another part's too).
  public func release(from released: Int, before offset: Int) throws(LoadFailure) -> Int {
    guard let base else { return released }
    try check()
    let page = MappedFile.page
    let start = (released + page - 1) / page * page
    let end = min(offset, count) / page * page
    guard end - start >= 8 << 20 else { return released }
    madvise(base + start, end - start, MADV_DONTNEED)
    return offset
  }

  /// Gives back every page (a pass is over; the next starts from the beginning).
  public func releaseAll() {
    guard let base else { return }
    madvise(base, count, MADV_DONTNEED)
  }
}
