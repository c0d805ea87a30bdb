#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Memory given back to the system from the front of an array that is being read for the
/// last time, so that copying or merging a large store does not, for a moment, hold it twice.
///
/// A merge of two loaded parts reads the later part's dictionary front to back once, and a
/// dictionary cut to its size is copied once; behind the read, whole pages are returned with
/// `madvise(MADV_DONTNEED)` every 8 MB. Such pages read as zeros afterwards, so this is only
/// for an array this code owns alone and drops right after (`consumed` takes it out of its
/// owner first). The partial pages at either end are kept: they may hold the allocator's
/// headers. (glibc gives back free memory the same way; `MappedFile.release` does it for a
/// mapped file's pages.)
enum Pages {
  static let size = max(4096, sysconf(Int32(_SC_PAGESIZE)))
  /// How much is read between two returns: one system call per 8 MB.
  static let step = 8 << 20

  /// Returns the whole pages of `buffer` between byte `released` and byte `end`, once there
  /// are at least `step` bytes of them; the new mark of what is returned.
  static func release(_ buffer: UnsafeMutableRawBufferPointer, from released: Int, before end: Int) -> Int {
    guard let base = buffer.baseAddress, end - released >= step else { return released }
    let address = Int(bitPattern: base)
    let first = (address + released + size - 1) / size * size
    let last = (address + min(end, buffer.count)) / size * size
    if last > first, let start = UnsafeMutableRawPointer(bitPattern: first) { madvise(start, last - first, MADV_DONTNEED) }
    return end
  }

  /// `array`'s elements in a new array of room for `capacity` (at least its count), copied
  /// in steps with the pages behind given back: the copy never holds both in full. `array`
  /// is left empty.
  static func moved<Element: BitwiseCopyable>(_ array: inout [Element], capacity: Int) -> [Element] {
    var old = consumed(&array)
    var fresh: [Element] = []
    fresh.reserveCapacity(max(capacity, old.count))
    old.withUnsafeMutableBufferPointer { append($0, count: $0.count, to: &fresh) }
    return fresh
  }

  /// The first `count` elements of `store` (read for the last time) appended to `values` in
  /// steps, the whole pages of `store` behind each step given back.
  static func append<Element: BitwiseCopyable>(_ store: UnsafeMutableBufferPointer<Element>, count: Int, to values: inout [Element]) {
    values.reserveCapacity(values.count + count)
    let stride = MemoryLayout<Element>.stride
    let elements = max(1, step / stride)
    var done = 0
    var released = 0
    while done < count {
      let end = min(done + elements, count)
      values.append(contentsOf: UnsafeBufferPointer(rebasing: store[done..<end]))
      released = release(UnsafeMutableRawBufferPointer(store), from: released, before: end * stride)
      done = end
    }
  }

  /// `array` taken out of its owner, which is left empty: the one reference to its storage,
  /// so that writing through it (and returning its pages) never copies it first.
  static func consumed<Element>(_ array: inout [Element]) -> [Element] {
    var taken: [Element] = []
    swap(&taken, &array)
    return taken
  }
}

