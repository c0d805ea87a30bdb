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
  /// The order-preserving integer of each row's key, and which rows are null; nil when the
  /// sort has more than one key (those compare row by row).
  func singleKeyIntegers() -> (keys: [UInt64], nulls: NullMask?)? {
    let real = keys.filter { if case .constant = $0.key { return false } else { return true } }
    guard real.count == 1, let (key, descending) = real.first else { return nil }
    switch key {
    case .constant, .texts: return nil
    case .ranks(let ranks, let nulls):
      return (ranks.map { descending ? UInt64(UInt32.max - $0) : UInt64($0) }, nulls)
    case .integers(let values, let nulls):
      return (values.map { value in
        let ordered = UInt64(bitPattern: value) ^ (1 << 63)
        return descending ? ~ordered : ordered
      }, nulls)
    case .doubles(let values, let nulls):
      return (values.map { value in
        // IEEE order as unsigned bits: positives with the sign bit set, negatives inverted;
        // -0.0 is 0.0 (they are equal, so they keep their order).
        let bits = (value == 0 ? 0.0 : value).bitPattern
        let ordered = bits & (1 << 63) == 0 ? bits | (1 << 63) : ~bits
        return descending ? ~ordered : ordered
      }, nulls)
    }
  }

  /// All rows in order by one key; nil when the sort has several keys.
  func radixSorted(count: Int) throws(RuntimeFailure) -> [Int32]? {
    guard let (keys, nulls) = singleKeyIntegers() else { return nil }
    var rows: [Int32] = []
    rows.reserveCapacity(count)
    var nullRows: [Int32] = []
    for row in 0..<count {
      if let nulls, nulls.isNull(row) { nullRows.append(Int32(row)) } else { rows.append(Int32(row)) }
    }
    try Sorter.radixSort(&rows, by: keys, isCancelled: isCancelled)
    return rows + nullRows
  }

  /// Sorts `rows` by `keys[row]`, stably, in passes of 11 bits over the bits the keys span.
  static func radixSort(_ rows: inout [Int32], by keys: [UInt64], isCancelled: () -> Bool) throws(RuntimeFailure) {
    guard rows.count > 1 else { return }
    var low = UInt64.max
    var high = UInt64.min
    for row in rows {
      let key = keys[Int(row)]
      low = min(low, key)
      high = max(high, key)
    }
    let span = high - low
    guard span > 0 else { return }
    let bits = 64 - span.leadingZeroBitCount
    let digitBits = 11
    let buckets = 1 << digitBits
    // The keys travel with the rows, so each pass reads them in order, not at random.
    var current = rows.map { keys[Int($0)] - low }
    var nextKeys = [UInt64](repeating: 0, count: rows.count)
    var nextRows = [Int32](repeating: 0, count: rows.count)
    var counts = [Int](repeating: 0, count: buckets)
    var shift = 0
    while shift < bits {
      if isCancelled() { throw RuntimeFailure(.cancelled()) }
      for index in counts.indices { counts[index] = 0 }
      let mask = UInt64(buckets - 1)
      current.withUnsafeBufferPointer { keys in
        for key in keys { counts[Int((key >> UInt64(shift)) & mask)] += 1 }
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
                let digit = Int((key >> UInt64(shift)) & mask)
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
    guard let (keys, nulls) = singleKeyIntegers() else { return nil }
    // Row order breaks ties (stable), nulls come after every value.
    @inline(__always) func worse(_ a: Int32, _ b: Int32) -> Bool {
      let (ka, kb) = (keys[Int(a)], keys[Int(b)])
      return ka != kb ? ka > kb : a > b
    }
    var nullRows: [Int32] = []
    let heap = try Sorter.best(
      limit, of: count, isCancelled: isCancelled,
      skip: { row in
        guard let nulls, nulls.isNull(Int(row)) else { return false }
        if nullRows.count < limit { nullRows.append(row) }
        return true
      },
      worse: worse)
    return Array((heap + nullRows).prefix(limit))
  }
}
