import KexieData
import KexieSemantics

/// Sorting by one key in linear time: each row's key is turned into an unsigned integer that
/// orders as the key does (direction applied; text by its dictionary rank, computed once),
/// and the rows are sorted by that integer with a least-significant-digit radix sort — stable
/// by construction, so ties keep their order, as kexie's sorts promise. Only the bits the
/// keys differ in are sorted (1,000,000 ranks take two passes of 11 bits). Rows with a null
/// key follow, in their order (nulls sort last in either direction).
///
/// A comparison sort of 5,000,000 rows grew 8–9× for 5× the rows (closures, a switch over the
/// keys per comparison, random reads); this grows with the rows (docs/PERFORMANCE.md).
extension Sorter {
  /// A single key read row by row as an unsigned integer that orders as the key does
  /// (direction applied), without an array of them: a top-n reads each row's key once, and
  /// a whole sort makes its keys only for the rows it sorts, 32 bits wide when they span
  /// fewer (text ranks always; most integer columns).
  protocol OrderedKeys {
    func key(_ row: Int) -> UInt64
    func isNull(_ row: Int) -> Bool
  }

  struct RankKeys: OrderedKeys {
    let ranks: [UInt32]
    let nulls: NullMask?
    let descending: Bool
    @inline(__always) func key(_ row: Int) -> UInt64 { UInt64(descending ? UInt32.max - ranks[row] : ranks[row]) }
    @inline(__always) func isNull(_ row: Int) -> Bool { nulls?.isNull(row) ?? false }
  }

  struct IntegerKeys: OrderedKeys {
    let values: [Int64]
    let nulls: NullMask?
    let descending: Bool
    @inline(__always) func key(_ row: Int) -> UInt64 {
      let ordered = UInt64(bitPattern: values[row]) ^ (1 << 63)
      return descending ? ~ordered : ordered
    }
    @inline(__always) func isNull(_ row: Int) -> Bool { nulls?.isNull(row) ?? false }
  }

  struct DoubleKeys: OrderedKeys {
    let values: [Double]
    let nulls: NullMask?
    let descending: Bool
    /// IEEE order as unsigned bits: positives with the sign bit set, negatives inverted;
    /// -0.0 is 0.0 (they are equal, so they keep their order).
    @inline(__always) func key(_ row: Int) -> UInt64 {
      let value = values[row]
      let bits = (value == 0 ? 0.0 : value).bitPattern
      let ordered = bits & (1 << 63) == 0 ? bits | (1 << 63) : ~bits
      return descending ? ~ordered : ordered
    }
    @inline(__always) func isNull(_ row: Int) -> Bool { nulls?.isNull(row) ?? false }
  }

  /// The sort's one key, as one of the three kinds; nil when the sort has more than one
  /// (those compare row by row) or its key is text compared as text. Each use switches over
  /// the kinds and calls a generic function with the concrete one, so that every loop is
  /// specialised (through an `any OrderedKeys` each row's key would be a witness call).
  enum SingleKey {
    case ranks(RankKeys)
    case integers(IntegerKeys)
    case doubles(DoubleKeys)
  }

  /// The sort's one key that is not a constant; nil when it has more than one.
  var onlyKey: (key: Key, descending: Bool)? {
    let real = keys.filter { if case .constant = $0.key { return false } else { return true } }
    return real.count == 1 ? real.first : nil
  }

  var singleKey: SingleKey? {
    guard let (key, descending) = onlyKey else { return nil }
    switch key {
    case .constant, .texts: return nil
    case .ranks(let ranks, let nulls): return .ranks(RankKeys(ranks: ranks, nulls: nulls, descending: descending))
    case .integers(let values, let nulls): return .integers(IntegerKeys(values: values, nulls: nulls, descending: descending))
    case .doubles(let values, let nulls): return .doubles(DoubleKeys(values: values, nulls: nulls, descending: descending))
    }
  }

  /// All rows in order by one key; nil when the sort has several keys.
  func radixSorted(count: Int) throws(RuntimeFailure) -> [Int32]? {
    switch singleKey {
    case nil: return nil
    case .ranks(let keys): return try Sorter.radixSorted(count: count, by: keys, isCancelled: isCancelled)
    case .integers(let keys): return try Sorter.radixSorted(count: count, by: keys, isCancelled: isCancelled)
    case .doubles(let keys): return try Sorter.radixSorted(count: count, by: keys, isCancelled: isCancelled)
    }
  }

  static func radixSorted(count: Int, by keys: some OrderedKeys, isCancelled: () -> Bool) throws(RuntimeFailure) -> [Int32] {
    // Room for every row: the rows with a null key are put after the others in place.
    var rows: [Int32] = []
    rows.reserveCapacity(count)
    var nullRows: [Int32] = []
    var low = UInt64.max
    var high = UInt64.min
    for row in 0..<count {
      if keys.isNull(row) {
        nullRows.append(Int32(row))
      } else {
        rows.append(Int32(row))
        let key = keys.key(row)
        low = min(low, key)
        high = max(high, key)
      }
    }
    if rows.count > 1, high > low {
      // The keys travel with the rows, so each pass reads them in order, not at random; a
      // span that fits 32 bits sorts 32-bit keys (half the memory and the traffic).
      if high - low <= UInt64(UInt32.max) {
        var current = rows.map { UInt32(truncatingIfNeeded: keys.key(Int($0)) - low) }
        try radixSort(&rows, keys: &current, isCancelled: isCancelled)
      } else {
        var current = rows.map { keys.key(Int($0)) - low }
        try radixSort(&rows, keys: &current, isCancelled: isCancelled)
      }
    }
    rows.append(contentsOf: nullRows)
    return rows
  }

  /// Sorts `rows` by `keys` (one per row, in the same order), stably, in passes of 11 bits
  /// over the bits the keys span; both arrays come back sorted.
  static func radixSort<Key: FixedWidthInteger & UnsignedInteger>(
    _ rows: inout [Int32], keys current: inout [Key], isCancelled: () -> Bool
  ) throws(RuntimeFailure) {
    let count = rows.count
    guard count > 1 else { return }
    var low = Key.max
    var high = Key.min
    for key in current {
      low = min(low, key)
      high = max(high, key)
    }
    let span = high - low
    guard span > 0 else { return }
    let bits = Key.bitWidth - span.leadingZeroBitCount
    let digitBits = 11
    let buckets = 1 << digitBits
    // Every slot of the next arrays is written by a pass before it is read: they need no
    // zeros first; `rows` keeps room for every row of the sort after the swaps.
    var nextKeys = [Key](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
    var nextRows = [Int32](unsafeUninitializedCapacity: rows.capacity) { _, initialized in initialized = count }
    var counts = [Int](repeating: 0, count: buckets)
    var shift = 0
    while shift < bits {
      if isCancelled() { throw RuntimeFailure(.cancelled()) }
      for index in counts.indices { counts[index] = 0 }
      let mask = Key(buckets - 1)
      current.withUnsafeBufferPointer { keys in
        for key in keys { counts[Int(truncatingIfNeeded: ((key &- low) &>> shift) & mask)] += 1 }
      }
      var total = 0
      for index in counts.indices {
        let here = counts[index]
        counts[index] = total
        total += here
      }
      current.withUnsafeBufferPointer { keys in
        rows.withUnsafeBufferPointer { rowsIn in
          nextKeys.withUnsafeMutableBufferPointer { keysOut in
            nextRows.withUnsafeMutableBufferPointer { rowsOut in
              for index in 0..<keys.count {
                let key = keys[index]
                let digit = Int(truncatingIfNeeded: ((key &- low) &>> shift) & mask)
                let slot = counts[digit]
                counts[digit] = slot + 1
                keysOut[slot] = key
                rowsOut[slot] = rowsIn[index]
              }
            }
          }
        }
      }
      swap(&current, &nextKeys)
      swap(&rows, &nextRows)
      shift += digitBits
    }
  }

  /// The first `limit` rows in order by one key, with a bounded heap over the integers (no
  /// closures, no switch per comparison); nil when the sort has several keys.
  func radixTop(_ limit: Int, count: Int) throws(RuntimeFailure) -> [Int32]? {
    switch singleKey {
    case nil: return nil
    case .ranks(let keys): return try Sorter.radixTop(limit, count: count, by: keys, isCancelled: isCancelled)
    case .integers(let keys): return try Sorter.radixTop(limit, count: count, by: keys, isCancelled: isCancelled)
    case .doubles(let keys): return try Sorter.radixTop(limit, count: count, by: keys, isCancelled: isCancelled)
    }
  }

  static func radixTop(_ limit: Int, count: Int, by keys: some OrderedKeys, isCancelled: () -> Bool) throws(RuntimeFailure) -> [Int32] {
    // Row order breaks ties (stable), nulls come after every value.
    @inline(__always) func worse(_ a: Int32, _ b: Int32) -> Bool {
      let (ka, kb) = (keys.key(Int(a)), keys.key(Int(b)))
      return ka != kb ? ka > kb : a > b
    }
    var nullRows: [Int32] = []
    let heap = try Sorter.best(
      limit, of: count, isCancelled: isCancelled,
      skip: { row in
        guard keys.isNull(Int(row)) else { return false }
        if nullRows.count < limit { nullRows.append(row) }
        return true
      },
      worse: worse)
    return Array((heap + nullRows).prefix(limit))
  }

  /// The first `limit` rows by one text key compared as text (a top-n of a few rows over
  /// many distinct texts, which does not rank them); nil when the sort is not that. The
  /// heap's comparisons read the dictionary through pointers held for the whole scan, not
  /// through `order`'s loop over the keys: 10,000,000 distinct names, 130 -> 60 ms.
  func textTop(_ limit: Int, count: Int) throws(RuntimeFailure) -> [Int32]? {
    guard let (key, descending) = onlyKey, case .texts(let codes, let dictionary) = key else { return nil }
    return try Sorter.textTop(limit, count: count, codes: codes, dictionary: dictionary, descending: descending, isCancelled: isCancelled)
  }

  static func textTop(
    _ limit: Int, count: Int, codes: [UInt32], dictionary: TextDictionary, descending: Bool, isCancelled: () -> Bool
  ) throws(RuntimeFailure) -> [Int32] {
    let result: Result<[Int32], RuntimeFailure> = dictionary.bytes.withUnsafeBufferPointer { all in
      dictionary.offsets.withUnsafeBufferPointer { offsets in
        codes.withUnsafeBufferPointer { codes in
          @inline(__always) func value(_ code: UInt32) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: all[offsets[Int(code)]..<offsets[Int(code) + 1]])
          }
          // Nulls come after every value, either way; equal texts keep their rows' order.
          @inline(__always) func worse(_ a: Int32, _ b: Int32) -> Bool {
            let (ca, cb) = (codes[Int(a)], codes[Int(b)])
            if ca == cb { return a > b }
            if ca == TextDictionary.nullCode { return true }
            if cb == TextDictionary.nullCode { return false }
            let order = compareUTF8(value(ca), value(cb))
            return order == 0 ? a > b : (descending ? order < 0 : order > 0)
          }
          do throws(RuntimeFailure) {
            return .success(try Sorter.best(limit, of: count, isCancelled: isCancelled, worse: worse))
          } catch {
            return .failure(error)
          }
        }
      }
    }
    return try result.get()
  }
}
