import KexieData
import KexieSemantics

/// `sort by` and `top n by`: orders positions by keys. Sorting is stable (ties keep their
/// order), nulls sort last in either direction, text sorts by UTF-8 bytes. `top` keeps a
/// bounded heap of n positions instead of sorting everything.
struct Sorter {
  /// One key made comparable: integers, doubles or text ranks, with nulls marked.
  enum Key {
    case integers([Int64], NullMask?)
    case doubles([Double], NullMask?)
    case ranks([UInt32], NullMask?)
    /// Text compared by its bytes, not ranked (for `top` over many distinct values).
    case texts([UInt32], TextDictionary)
    case constant
  }

  let keys: [(key: Key, descending: Bool)]
  /// Asked now and then while sorting, so Ctrl-C stops a long sort (a 5,000,000-row text sort
  /// took 4–5 s to notice).
  let isCancelled: () -> Bool

  /// A sort that cannot be stopped (small inputs: an aggregate's candidates).
  init(_ vectors: [(Vector, Bool)]) {
    isCancelled = { false }
    keys = vectors.map { vector, descending in (Sorter.key(vector, isCancelled: { false }) ?? .constant, descending) }
  }

  /// A sort of a query's rows: stops with E0504 when `cancellation` says so. `rankText`
  /// false: text keys whose ranks are not known yet are compared as text (a top-n of few).
  init(_ vectors: [(Vector, Bool)], cancellation: Cancellation?, rankText: Bool = true) throws(RuntimeFailure) {
    let isCancelled: () -> Bool = { cancellation?.isCancelled == true }
    self.isCancelled = isCancelled
    var keys: [(key: Key, descending: Bool)] = []
    for (vector, descending) in vectors {
      if !rankText, case .column(let column) = vector, case .text(let codes, let dictionary) = column.data, !dictionary.hasRanks {
        keys.append((.texts(codes, dictionary), descending))
        continue
      }
      guard let key = Sorter.key(vector, isCancelled: isCancelled) else { throw RuntimeFailure(.cancelled()) }
      keys.append((key, descending))
    }
    self.keys = keys
  }

  /// A vector's key; nil when it was cancelled while ranking text.
  static func key(_ vector: Vector, isCancelled: () -> Bool) -> Key? {
    guard case .column(let column) = vector else { return .constant }
    switch column.data {
    case .integer(let values): return .integers(values, column.nulls)
    case .decimal(let values): return .doubles(values, column.nulls)
    case .bool(let flags): return .integers(flags.map { $0 ? 1 : 0 }, column.nulls)
    case .text(let codes, let dictionary):
      guard let ranks = dictionary.ranks(checking: isCancelled) else { return nil }
      var nulls: NullMask?
      for (row, code) in codes.enumerated() where code == TextDictionary.nullCode {
        if nulls == nil { nulls = NullMask(count: codes.count) }
        nulls?.set(row)
      }
      return .ranks(codes.map { $0 == TextDictionary.nullCode ? 0 : ranks[Int($0)] }, nulls)
    case .list(let offsets, let elements):
      return listRanks(offsets, elements)
    }
  }

  /// Lists sort by their values in order, as words sort by their letters (a list that is a
  /// prefix of another comes first); an empty list is null. Each row gets the rank of its
  /// list among all of them.
  static func listRanks(_ offsets: [Int32], _ elements: Column) -> Key {
    let order = Sorter([(.column(elements), false)])
    let count = offsets.count - 1
    func compare(_ a: Int, _ b: Int) -> Int {
      let (startA, endA, startB, endB) = (Int(offsets[a]), Int(offsets[a + 1]), Int(offsets[b]), Int(offsets[b + 1]))
      for step in 0..<min(endA - startA, endB - startB) {
        let result = order.order(startA + step, startB + step)
        if result != 0 { return result }
      }
      return (endA - startA) - (endB - startB)
    }
    var nulls = NullMask(count: count)
    for row in 0..<count where offsets[row] == offsets[row + 1] { nulls.set(row) }
    let sorted = (0..<count).filter { !nulls.isNull($0) }.sorted { compare($0, $1) < 0 }
    var ranks = [UInt32](repeating: 0, count: count)
    var rank: UInt32 = 0
    for (index, row) in sorted.enumerated() {
      if index > 0, compare(sorted[index - 1], row) != 0 { rank += 1 }
      ranks[row] = rank
    }
    return .ranks(ranks, nulls.nullCount > 0 ? nulls : nil)
  }

  /// Whether the row at `a` comes before the row at `b` (indices into the key vectors).
  @inline(__always)
  func before(_ a: Int, _ b: Int) -> Bool {
    let order = order(a, b)
    return order != 0 ? order < 0 : a < b  // stable: ties keep their order
  }

  /// Three-way order of two rows by the keys (directions and nulls-last applied).
  /// Each case tests its nulls before reading values: folding the three null tests into one
  /// after the switch reads more and measured 35 % slower on `top 10` over 1,000,000 rows.
  @inline(__always)
  func order(_ a: Int, _ b: Int) -> Int {
    for (key, descending) in keys {
      let order: Int
      switch key {
      case .constant: continue
      case .integers(let values, let nulls):
        let (na, nb) = (nulls?.isNull(a) ?? false, nulls?.isNull(b) ?? false)
        if na || nb {
          if na && nb { continue }
          return na ? 1 : -1  // nulls last
        }
        order = values[a] < values[b] ? -1 : (values[a] > values[b] ? 1 : 0)
      case .doubles(let values, let nulls):
        let (na, nb) = (nulls?.isNull(a) ?? false, nulls?.isNull(b) ?? false)
        if na || nb {
          if na && nb { continue }
          return na ? 1 : -1
        }
        order = values[a] < values[b] ? -1 : (values[a] > values[b] ? 1 : 0)
      case .ranks(let ranks, let nulls):
        let (na, nb) = (nulls?.isNull(a) ?? false, nulls?.isNull(b) ?? false)
        if na || nb {
          if na && nb { continue }
          return na ? 1 : -1
        }
        order = ranks[a] < ranks[b] ? -1 : (ranks[a] > ranks[b] ? 1 : 0)
      case .texts(let codes, let dictionary):
        let (ca, cb) = (codes[a], codes[b])
        if ca == cb { continue }
        let (na, nb) = (ca == TextDictionary.nullCode, cb == TextDictionary.nullCode)
        if na || nb { return na ? 1 : -1 }
        order = dictionary.compare(ca, cb)
      }
      if order != 0 { return descending ? -order : order }
    }
    return 0
  }

  /// All indices 0..<count in order.
  func sorted(count: Int) throws(RuntimeFailure) -> [Int32] {
    // One key: a radix sort over integers that order as the key does (RadixSort.swift).
    if let order = try radixSorted(count: count) { return order }
    var order = (0..<Int32(clamping: count)).map { $0 }
    struct Stop: Error {}
    var comparisons = 0
    let isCancelled = self.isCancelled
    do {
      try order.sort { a, b in
        comparisons &+= 1
        if comparisons & 0xFFFF == 0, isCancelled() { throw Stop() }
        return before(Int(a), Int(b))
      }
    } catch {
      throw RuntimeFailure(.cancelled())
    }
    return order
  }

  /// The first `limit` indices in order, with a bounded max-heap of size `limit`.
  func top(_ limit: Int, count: Int) throws(RuntimeFailure) -> [Int32] {
    if limit <= 0 { return [] }
    if limit >= count / 2 { return Array(try sorted(count: count).prefix(limit)) }
    if let top = try radixTop(limit, count: count) { return top }
    if let top = try textTop(limit, count: count) { return top }
    return try Sorter.best(limit, of: count, isCancelled: isCancelled) { before(Int($1), Int($0)) }
  }

  /// The best `limit` of rows 0..<count, best first, with a bounded max-heap (heap[0] is the
  /// worst of the best so far); `worse(a, b)` orders them, `skip` leaves rows out. Asks
  /// `isCancelled` every 65,536 rows. One heap for `top` by any keys and by one integer key.
  static func best(
    _ limit: Int, of count: Int, isCancelled: () -> Bool, skip: (Int32) -> Bool = { _ in false },
    worse: (Int32, Int32) -> Bool
  ) throws(RuntimeFailure) -> [Int32] {
    guard limit > 0 else { return [] }
    var heap: [Int32] = []
    heap.reserveCapacity(limit)
    func siftUp(_ index: Int) {
      var child = index
      while child > 0 {
        let parent = (child - 1) / 2
        guard worse(heap[child], heap[parent]) else { return }
        heap.swapAt(child, parent)
        child = parent
      }
    }
    func siftDown(_ index: Int) {
      var parent = index
      while true {
        let left = 2 * parent + 1
        let right = left + 1
        var worst = parent
        if left < heap.count, worse(heap[left], heap[worst]) { worst = left }
        if right < heap.count, worse(heap[right], heap[worst]) { worst = right }
        if worst == parent { return }
        heap.swapAt(parent, worst)
        parent = worst
      }
    }
    for index in 0..<Int32(clamping: count) {
      if index & 0xFFFF == 0, isCancelled() { throw RuntimeFailure(.cancelled()) }
      if skip(index) { continue }
      if heap.count < limit {
        heap.append(index)
        siftUp(heap.count - 1)
      } else if worse(heap[0], index) {
        heap[0] = index
        siftDown(0)
      }
    }
    heap.sort { worse($1, $0) }
    return heap
  }
}
