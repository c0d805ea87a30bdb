import CSupport

/// Tests on every value of a dictionary at once: each distinct value is tested once, and
/// `contains` sweeps the whole contiguous buffer with `memmem` instead of looping per value.
extension TextDictionary {
  /// For each code: does the value contain `needle`?
  public func matchContains(_ needle: String) -> [Bool] {
    var result = [Bool](repeating: false, count: count)
    let needle = Array(needle.utf8)
    if needle.isEmpty { return [Bool](repeating: true, count: count) }
    guard !bytes.isEmpty else { return result }
    bytes.withUnsafeBufferPointer { all in
      needle.withUnsafeBufferPointer { pattern in
        guard let base = all.baseAddress, let patternBase = pattern.baseAddress else { return }
        var position = 0
        var entry = 0
        let total = all.count
        while position < total {
          guard let hit = memmem(base + position, total - position, patternBase, pattern.count) else { break }
          let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
          while offsets[entry + 1] <= offset { entry += 1 }
          if offset + pattern.count <= offsets[entry + 1] {
            result[entry] = true
            position = offsets[entry + 1]
          } else {
            position = offset + 1
          }
        }
      }
    }
    return result
  }

  /// For each code: does the value start (or end) with `affix`?
  public func matchAffix(_ affix: String, atStart: Bool) -> [Bool] {
    let pattern = Array(affix.utf8)
    return (0..<count).map { code in
      let start = offsets[code]
      let end = offsets[code + 1]
      guard end - start >= pattern.count else { return false }
      let from = atStart ? start : end - pattern.count
      for index in 0..<pattern.count where bytes[from + index] != pattern[index] { return false }
      return true
    }
  }

  /// For each code: the value compared with `text` by UTF-8 bytes (negative, zero, positive).
  public func compareAll(with text: String) -> [Int] {
    var text = text
    return text.withUTF8 { other in
      bytes.withUnsafeBufferPointer { all in (0..<count).map { compareUTF8(value($0, in: all), other) } }
    }
  }
}

extension String {
  /// Compares two strings by their UTF-8 bytes (binary order, as SQLite does by default).
  public static func compareUTF8(_ a: String, _ b: String) -> Int {
    var a = a
    var b = b
    return a.withUTF8 { x in b.withUTF8 { y in KexieData.compareUTF8(x, y) } }
  }
}

/// Byte-wise text tests on single strings (the per-row path; dictionaries use the sweeps).
public enum TextSearch {
  public static func contains(_ haystack: String, _ needle: String) -> Bool {
    if needle.isEmpty { return true }
    var haystack = haystack
    var needle = needle
    return haystack.withUTF8 { h in
      needle.withUTF8 { n in
        guard let hb = h.baseAddress, let nb = n.baseAddress, h.count >= n.count else { return false }
        return memmem(hb, h.count, nb, n.count) != nil
      }
    }
  }
}
