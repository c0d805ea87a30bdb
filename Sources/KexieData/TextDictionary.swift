import CSupport
import Synchronization

/// The distinct values of a text column, stored once each as UTF-8 in one contiguous buffer;
/// rows hold 32-bit codes into it.
///
/// Equality tests compare codes, `contains` tests each distinct value once, and grouping
/// hashes codes. Strings are compared by their UTF-8 bytes (binary order, like SQLite's
/// default collation), never by Swift's Unicode-canonical `String ==` on hot paths.
public final class TextDictionary: Sendable {
  /// The code rows use for null.
  public static let nullCode = UInt32.max

  /// All values' UTF-8 bytes, one after another.
  public let bytes: [UInt8]
  /// Where each value starts in `bytes`; `offsets[count]` is the end.
  public let offsets: [Int]
  /// Open-addressing hash index: slot → code + 1 (0 is empty).
  let slots: [UInt32]

  public var count: Int { offsets.count - 1 }

  init(bytes: [UInt8], offsets: [Int], slots: [UInt32]) {
    self.bytes = bytes
    self.offsets = offsets
    self.slots = slots
  }

  public static let empty = TextDictionaryBuilder().build()

  /// The value of a code as a Swift string.
  public func string(_ code: UInt32) -> String {
    let index = Int(code)
    return String(decoding: bytes[offsets[index]..<offsets[index + 1]], as: UTF8.self)
  }

  public var strings: [String] { (0..<count).map { string(UInt32($0)) } }

  /// The code of a value, if the dictionary has it.
  public func code(of text: String) -> UInt32? {
    var text = text
    return text.withUTF8 { code(of: $0) }
  }

  public func code(of text: UnsafeBufferPointer<UInt8>) -> UInt32? {
    guard !slots.isEmpty else { return nil }
    return TextDictionary.probe(text, slots: slots, offsets: offsets, bytes: bytes).code
  }

  /// Looks `text` up in an open-addressing index (shared by lookups and the builder): its
  /// code when present, and the slot where the search ended (where a new value goes).
  @inline(__always)
  static func probe(
    _ text: UnsafeBufferPointer<UInt8>, slots: [UInt32], offsets: [Int], bytes: [UInt8]
  ) -> (code: UInt32?, slot: Int) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash(text)) & mask
    return bytes.withUnsafeBufferPointer { all in
      while true {
        let entry = slots[slot]
        if entry == 0 { return (nil, slot) }
        let code = Int(entry - 1)
        let start = offsets[code]
        if offsets[code + 1] - start == text.count, equalBytes(all, start, text) {
          return (UInt32(code), slot)
        }
        slot = (slot + 1) & mask
      }
    }
  }

  /// Whether `all[start...]` begins with exactly the bytes of `text`.
  @inline(__always)
  static func equalBytes(_ all: UnsafeBufferPointer<UInt8>, _ start: Int, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard !text.isEmpty else { return true }
    guard let base = all.baseAddress, let other = text.baseAddress, start + text.count <= all.count else { return false }
    return memcmpEqual(base + start, other, text.count)
  }

  /// A fast hash of bytes, eight at a time (multiply-xorshift mixing, as in wyhash and
  /// splitmix); good enough for an index that is probed linearly.
  @inline(__always)
  static func hash(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let count = text.count
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
    guard let base = text.baseAddress, count > 0 else { return hash }
    @inline(__always) func mix(_ value: UInt64) {
      hash = (hash ^ value) &* 0xBF58_476D_1CE4_E5B9
      hash ^= hash >> 31
    }
    var index = 0
    while index + 8 <= count {
      mix(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      index += 8
    }
    if index < count {
      var tail: UInt64 = 0
      var shift: UInt64 = 0
      while index < count {
        tail |= UInt64(base[index]) << shift
        shift += 8
        index += 1
      }
      mix(tail)
    }
    hash ^= hash >> 29
    hash = hash &* 0x94D0_49BB_1331_11EB
    hash ^= hash >> 32
    return hash
  }

  /// Ranks of the codes in binary (UTF-8 byte) order, for sorting rows by text (computed once,
  /// on first use, and kept: a dictionary is shared between queries and threads).
  public var ranks: [UInt32] { ranks(checking: { false }) ?? [] }
  private let rankCache = Mutex<[UInt32]?>(nil)

  /// Whether the ranks are computed already (a sort by this text has run).
  public var hasRanks: Bool { rankCache.withLock { $0 != nil } }

  /// The ranks, as `ranks`, computed so that it can stop: `isCancelled` is asked between
  /// the sort's passes and every 65,536 values of its small sorts (ranking 10,000,000
  /// distinct texts takes seconds); nil when it said so, and nothing is cached then.
  public func ranks(checking isCancelled: () -> Bool) -> [UInt32]? {
    if let cached = rankCache.withLock({ $0 }) { return cached }
    var order = (0..<Int32(clamping: count)).map { $0 }
    let sorted = bytes.withUnsafeBufferPointer { all in
      offsets.withUnsafeBufferPointer { offsets in
        order.withUnsafeMutableBufferPointer { order in
          TextDictionary.sortByChunks(order, bytes: all, offsets: offsets, isCancelled: isCancelled)
        }
      }
    }
    guard sorted else { return nil }
    var ranks = [UInt32](repeating: 0, count: count)
    for (rank, code) in order.enumerated() { ranks[Int(code)] = UInt32(rank) }
    return rankCache.withLock { cached in
      if cached == nil { cached = ranks }
      return cached ?? ranks
    }
  }

  /// Sorts codes by their values' bytes, eight bytes at a time (a most-significant-digit
  /// sort): a range of codes is sorted by the integer their next eight bytes make, with a
  /// least-significant-digit radix sort over the bits those integers span, and each run
  /// that ties is sorted the same way by the eight bytes after. A value that ends within
  /// the tied bytes is a prefix of the others (they match it, and its end reads as zeros),
  /// so it comes first, shorter first. A range of at most 32 codes is sorted by comparing
  /// the rest of the values. Ranges wait on a stack, not in recursion: a thousand values
  /// that share a megabyte before they differ go 131,072 levels down.
  ///
  /// Ranking 10,000,000 distinct names: a comparison sort of (chunk, code) pairs at each
  /// level took 4.5 s; radix passes over the chunks take a fraction of it (docs/PERFORMANCE.md).
  /// False when cancelled.
  static func sortByChunks(
    _ codes: UnsafeMutableBufferPointer<Int32>, bytes: UnsafeBufferPointer<UInt8>, offsets: UnsafeBufferPointer<Int>,
    isCancelled: () -> Bool
  ) -> Bool {
    let count = codes.count
    // No bytes: every value is empty, so there is at most one.
    guard count > 1, let codes = codes.baseAddress, let base = bytes.baseAddress else { return true }
    var keyStore = [UInt64](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
    var spareKeyStore = [UInt64](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
    var spareCodeStore = [Int32](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
    return keyStore.withUnsafeMutableBufferPointer { keyBuffer in
      spareKeyStore.withUnsafeMutableBufferPointer { spareKeyBuffer in
        spareCodeStore.withUnsafeMutableBufferPointer { spareCodeBuffer in
          guard let keys = keyBuffer.baseAddress, let spareKeys = spareKeyBuffer.baseAddress,
            let spareCodes = spareCodeBuffer.baseAddress
          else { return true }
          @inline(__always) func length(_ code: Int32) -> Int { offsets[Int(code) + 1] - offsets[Int(code)] }
          @inline(__always) func chunk(_ code: Int32, _ depth: Int) -> UInt64 {
            let start = offsets[Int(code)] + depth * 8
            let end = offsets[Int(code) + 1]
            if end - start >= 8 { return UInt64(bigEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)) }
            var value: UInt64 = 0
            for index in 0..<8 {
              value <<= 8
              if start + index < end { value |= UInt64(bytes[start + index]) }
            }
            return value
          }
          @inline(__always) func rest(_ code: Int32, _ depth: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: bytes[(offsets[Int(code)] + depth * 8)..<offsets[Int(code) + 1]])
          }
          var work: [(start: Int, end: Int, depth: Int)] = [(0, count, 0)]
          var sinceAsked = 0
          var counts = [Int](repeating: 0, count: 1 << 11)
          while let (start, end, depth) = work.popLast() {
            let size = end - start
            sinceAsked += size
            if sinceAsked >= 1 << 16 {
              sinceAsked = 0
              if isCancelled() { return false }
            }
            if size <= 32 {
              // Few: by the rest of their bytes (the first depth * 8 are the same in all).
              for index in (start + 1)..<end {
                let code = codes[index]
                var place = index
                while place > start, compareUTF8(rest(codes[place - 1], depth), rest(code, depth)) > 0 {
                  codes[place] = codes[place - 1]
                  place -= 1
                }
                codes[place] = code
              }
              continue
            }
            var low = UInt64.max
            var high = UInt64.min
            for index in start..<end {
              let key = chunk(codes[index], depth)
              keys[index] = key
              low = min(low, key)
              high = max(high, key)
            }
            if high > low {
              let bits = 64 - (high - low).leadingZeroBitCount
              var (fromKeys, fromCodes, toKeys, toCodes) = (keys, codes, spareKeys, spareCodes)
              var shift = 0
              while shift < bits {
                if size >= 1 << 16, isCancelled() { return false }
                counts.withUnsafeMutableBufferPointer { counts in
                  for digit in counts.indices { counts[digit] = 0 }
                  for index in start..<end { counts[Int(truncatingIfNeeded: ((fromKeys[index] &- low) &>> shift) & 0x7FF)] += 1 }
                  var total = start
                  for digit in counts.indices {
                    let here = counts[digit]
                    counts[digit] = total
                    total += here
                  }
                  for index in start..<end {
                    let key = fromKeys[index]
                    let digit = Int(truncatingIfNeeded: ((key &- low) &>> shift) & 0x7FF)
                    let slot = counts[digit]
                    counts[digit] = slot + 1
                    toKeys[slot] = key
                    toCodes[slot] = fromCodes[index]
                  }
                }
                swap(&fromKeys, &toKeys)
                swap(&fromCodes, &toCodes)
                shift += 11
              }
              if fromKeys != keys {
                (keys + start).update(from: fromKeys + start, count: size)
                (codes + start).update(from: fromCodes + start, count: size)
              }
            }
            // Runs of one chunk: the values that end within it first (by length), then the
            // rest by their next eight bytes.
            let limit = (depth + 1) * 8
            var index = start
            while index < end {
              var runEnd = index + 1
              while runEnd < end, keys[runEnd] == keys[index] { runEnd += 1 }
              if runEnd - index > 1 {
                var ended = index
                for place in index..<runEnd where length(codes[place]) <= limit {
                  let code = codes[place]
                  codes[place] = codes[ended]
                  codes[ended] = code
                  ended += 1
                }
                if ended - index > 1 {
                  var prefixes = UnsafeMutableBufferPointer(start: codes + index, count: ended - index)
                  prefixes.sort { length($0) < length($1) }
                }
                if runEnd - ended > 1 { work.append((ended, runEnd, depth + 1)) }
              }
              index = runEnd
            }
          }
          return true
        }
      }
    }
  }

  /// Compares two values by their UTF-8 bytes: negative, zero or positive.
  public func compare(_ a: UInt32, _ b: UInt32) -> Int {
    bytes.withUnsafeBufferPointer { all in compareUTF8(value(Int(a), in: all), value(Int(b), in: all)) }
  }

  /// The bytes of the value of `code`, within `all` (this dictionary's `bytes`, held open
  /// by the caller: `dictionary.bytes.withUnsafeBufferPointer { all in … }`).
  @inlinable
  public func value(_ code: Int, in all: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: all[offsets[code]..<offsets[code + 1]])
  }
}

/// Asks for a text column's values ahead of reading them in row order, where the codes jump
/// about the dictionary (a sorted or joined result): every 64 rows, the offsets of the 64
/// rows after the next 64, and the bytes of the next 64 (whose offsets were asked for 64
/// rows before), so that the cache misses of many rows overlap instead of each row waiting
/// for two of its own. Printing 10,000,000 distinct names sorted by another column: as CSV
/// 7.4 -> 4.7 s, as JSON Lines 8.7 -> 5.4 s.
public struct ValuePrefetch {
  public let codes: [UInt32]
  public let dictionary: TextDictionary
  /// Rows between two rounds of asking (a constant, so a renderer's row loop tests a mask).
  @inlinable public static var step: Int { 64 }

  /// Asking ahead for `codes`, or nil when it is not worth it: text whose dictionary is
  /// larger than the caches and whose codes jump about it from row to row (sampled at 256
  /// places) is. A column read in its dictionary's own order, as a loaded table printed as it
  /// is, gains nothing and would pay a few per cent.
  public init?(codes: [UInt32], dictionary: TextDictionary) {
    guard codes.count > 4 * ValuePrefetch.step, dictionary.bytes.count > 4 << 20 else { return nil }
    let samples = 256
    var jumps = 0
    for sample in 0..<samples {
      let row = sample * (codes.count - 2) / samples
      let (here, next) = (codes[row], codes[row + 1])
      if here != TextDictionary.nullCode, next != TextDictionary.nullCode, abs(Int(here) - Int(next)) > 64 { jumps += 1 }
    }
    guard jumps >= samples / 8 else { return nil }
    self.codes = codes
    self.dictionary = dictionary
  }

  /// Those of `columns` worth asking ahead for (`init`).
  public static func columns(_ columns: [Column]) -> [ValuePrefetch] {
    columns.compactMap { column in
      guard case .text(let codes, let dictionary) = column.data else { return nil }
      return ValuePrefetch(codes: codes, dictionary: dictionary)
    }
  }

  /// One column's round: called at every row that is a multiple of `step` (by the array's
  /// `ahead(of:)`, which renderers call at every row).
  @inlinable
  public func ahead(of row: Int) {
    codes.withUnsafeBufferPointer { codes in
      dictionary.offsets.withUnsafeBufferPointer { offsets in
        dictionary.bytes.withUnsafeBufferPointer { bytes in
          let step = ValuePrefetch.step
          for index in min(codes.count, row + step)..<min(codes.count, row + 2 * step) where codes[index] != TextDictionary.nullCode {
            kx_prefetch(bytes.baseAddress?.advanced(by: offsets[Int(codes[index])]))
          }
          for index in min(codes.count, row + 2 * step)..<min(codes.count, row + 3 * step) where codes[index] != TextDictionary.nullCode {
            kx_prefetch(offsets.baseAddress?.advanced(by: Int(codes[index])))
          }
        }
      }
    }
  }
}

extension Array where Element == ValuePrefetch {
  /// At every row of a loop that reads the columns in row order: a round of asking at each
  /// `step`-th row, nothing at the others or when no column needs it.
  @inlinable @inline(__always)
  public func ahead(of row: Int) {
    guard !isEmpty, row & (ValuePrefetch.step - 1) == 0 else { return }
    for column in self { column.ahead(of: row) }
  }
}

/// Compares two UTF-8 byte strings in binary order (as SQLite does by default): negative,
/// zero or positive. The one comparison of text in kexie: dictionaries, sorting and
/// `String.compareUTF8` all use it.
@inlinable @inline(__always)
public func compareUTF8(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
  let common = min(a.count, b.count)
  var index = 0
  // Eight bytes at a time: text that shares a long prefix (活动… in every name) is compared
  // a word per step; the first differing word, read big-endian, orders as its bytes do.
  if let x = a.baseAddress, let y = b.baseAddress {
    while index + 8 <= common {
      let left = UnsafeRawPointer(x + index).loadUnaligned(as: UInt64.self)
      let right = UnsafeRawPointer(y + index).loadUnaligned(as: UInt64.self)
      if left != right { return left.bigEndian < right.bigEndian ? -1 : 1 }
      index += 8
    }
  }
  while index < common {
    if a[index] != b[index] { return Int(a[index]) - Int(b[index]) }
    index += 1
  }
  return a.count - b.count
}

@inline(__always)
func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
  var index = 0
  while index + 8 <= count {
    let x = UnsafeRawPointer(a + index).loadUnaligned(as: UInt64.self)
    let y = UnsafeRawPointer(b + index).loadUnaligned(as: UInt64.self)
    if x != y { return false }
    index += 8
  }
  while index < count {
    if a[index] != b[index] { return false }
    index += 1
  }
  return true
}

/// Builds a dictionary by interning values one at a time.
///
/// Its hash slots hold each value's code and the low 32 bits of its hash together, so a
/// probe compares the hash in the slot and touches a value's offsets and bytes only when it
/// matches (a miss cost three cache misses a probe), and growing the table moves the slots
/// without hashing any value again. The built dictionary keeps the codes alone, at the same
/// places (a slot's place is the hash's low bits either way).
///
/// The table grows when it is three quarters full (it held at most half before): a probe
/// that meets another value's slot mostly rejects it by the hash tag in the same cache
/// line, so a fuller table costs little time and saves a quarter to a half of the slots —
/// 128 MB of the builder's and 64 MB of the dictionary's for 10,000,000 distinct names.
public struct TextDictionaryBuilder {
  var bytes: [UInt8] = []
  var offsets: [Int] = [0]
  var slots: [UInt64] = [UInt64](repeating: 0, count: 16)

  public init() {}

  public var count: Int { offsets.count - 1 }

  /// The code of `text`, adding it when new.
  public mutating func intern(_ text: String) -> UInt32 {
    var text = text
    return text.withUTF8 { intern($0) }
  }

  public mutating func intern(_ text: UnsafeBufferPointer<UInt8>) -> UInt32 {
    if count * 4 >= slots.count * 3 { grow() }
    let hash = TextDictionary.hash(text)
    let tag = UInt64(UInt32(truncatingIfNeeded: hash)) << 32
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    let found: UInt32? = slots.withUnsafeBufferPointer { table in
      offsets.withUnsafeBufferPointer { offsets in
        bytes.withUnsafeBufferPointer { all in
          while true {
            let entry = table[slot]
            if entry == 0 { return nil }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
              let code = Int(UInt32(truncatingIfNeeded: entry)) - 1
              let start = offsets[code]
              if offsets[code + 1] - start == text.count, TextDictionary.equalBytes(all, start, text) { return UInt32(code) }
            }
            slot = (slot + 1) & mask
          }
        }
      }
    }
    if let found { return found }
    let code = UInt32(count)
    bytes.append(contentsOf: text)
    offsets.append(bytes.count)
    slots[slot] = tag | UInt64(code + 1)
    return code
  }

  /// Room for `values` values of `bytes` bytes in all, made at once (a merge knows both):
  /// the stores and the hash slots never grow, and never copy, on the way. The slots grow
  /// first, in one step (a rehash reads only the slots); the stores move to their new room in
  /// steps that give back the pages behind (`Pages.moved`), so a merge of 10,000,000 names
  /// never holds the first part's values twice.
  public mutating func reserve(values: Int, bytes byteCount: Int) {
    var capacity = slots.count
    while values * 4 >= capacity * 3 { capacity *= 2 }
    if capacity > slots.count { grow(to: capacity) }
    if byteCount > bytes.capacity { bytes = Pages.moved(&bytes, capacity: byteCount) }
    if values + 1 > offsets.capacity { offsets = Pages.moved(&offsets, capacity: values + 1) }
  }

  mutating func grow() { grow(to: slots.count * 2) }

  /// The slots rehashed into a table of `capacity` (a power of two) from the hashes they hold.
  mutating func grow(to capacity: Int) {
    var fresh = [UInt64](repeating: 0, count: capacity)
    let mask = capacity - 1
    fresh.withUnsafeMutableBufferPointer { fresh in
      for entry in slots where entry != 0 {
        var slot = Int(entry >> 32) & mask
        while fresh[slot] != 0 { slot = (slot + 1) & mask }
        fresh[slot] = entry
      }
    }
    slots = fresh
  }

  /// Each value of `other` interned here, in the order of its codes, `other` drained
  /// (`drain`): what each value's code became here. While a value is interned, the slot of
  /// the value eight codes on is asked for (`kx_prefetch`): merging 500,000 distinct names
  /// waited on a slot read from memory for each, a fifth of a load in two parts.
  mutating func absorb(_ other: inout TextDictionaryBuilder) -> [UInt32] {
    other.drain(ahead: 8) { value, later in
      if let later {
        let mask = slots.count - 1
        slots.withUnsafeBufferPointer { table in
          kx_prefetch(table.baseAddress?.advanced(by: Int(truncatingIfNeeded: TextDictionary.hash(later)) & mask))
        }
      }
      return intern(value)
    }
  }

  /// Each value, in the order of its code, given to `body` with the value `ahead` codes on
  /// (nil past the last, or when `ahead` is 0); what `body` returns for each, in the same
  /// order. The builder is left empty, and the pages of its stores behind the read are given
  /// back as it goes (`Pages`): merging a part's dictionary into another's holds the values
  /// once, not twice.
  mutating func drain(ahead: Int, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>?) -> UInt32) -> [UInt32] {
    var values = Pages.consumed(&bytes)
    var ends = Pages.consumed(&offsets)
    self = TextDictionaryBuilder()
    let count = ends.count - 1
    var mapped: [UInt32] = []
    mapped.reserveCapacity(count)
    values.withUnsafeMutableBufferPointer { all in
      ends.withUnsafeMutableBufferPointer { ends in
        var releasedValues = 0
        var releasedEnds = 0
        for code in 0..<count {
          let later = ahead > 0 && code + ahead < count ? UnsafeBufferPointer(rebasing: all[ends[code + ahead]..<ends[code + ahead + 1]]) : nil
          mapped.append(body(UnsafeBufferPointer(rebasing: all[ends[code]..<ends[code + 1]]), later))
          if code & 0xFFFF == 0xFFFF {  // what is read: the values up to this one's end, and their ends but the last
            releasedValues = Pages.release(UnsafeMutableRawBufferPointer(all), from: releasedValues, before: ends[code + 1])
            releasedEnds = Pages.release(UnsafeMutableRawBufferPointer(ends), from: releasedEnds, before: (code + 1) * MemoryLayout<Int>.stride)
          }
        }
      }
    }
    return mapped
  }

  public func build() -> TextDictionary {
    TextDictionary(bytes: bytes, offsets: offsets, slots: slots.map { UInt32(truncatingIfNeeded: $0) })
  }

  /// The dictionary, leaving this builder empty: the narrow slots are made from the wide
  /// ones with the wide pages given back behind, and stores that grew by doubling are cut to
  /// their size the same way (`Pages.moved`; a loaded table keeps its dictionary for as long
  /// as it lives, and a doubled buffer of 10,000,000 names would keep up to 330 MB it never
  /// uses).
  public mutating func take() -> TextDictionary {
    var wide = Pages.consumed(&slots)
    let narrow = wide.withUnsafeMutableBufferPointer { wide in
      [UInt32](unsafeUninitializedCapacity: wide.count) { narrow, initialized in
        var released = 0
        for index in 0..<wide.count {
          narrow[index] = UInt32(truncatingIfNeeded: wide[index])
          if index & 0xFFFF == 0xFFFF {
            released = Pages.release(UnsafeMutableRawBufferPointer(wide), from: released, before: (index + 1) * MemoryLayout<UInt64>.stride)
          }
        }
        initialized = wide.count
      }
    }
    wide = []
    func fitted<Element: BitwiseCopyable>(_ array: inout [Element]) -> [Element] {
      guard array.capacity > array.count + array.count / 8 + 64 else { return Pages.consumed(&array) }
      return Pages.moved(&array, capacity: array.count)
    }
    let values = fitted(&bytes)
    let ends = fitted(&offsets)
    self = TextDictionaryBuilder()
    return TextDictionary(bytes: values, offsets: ends, slots: narrow)
  }
}
