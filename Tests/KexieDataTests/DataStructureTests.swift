#if canImport(Glibc)
import Glibc
#endif
import Testing

@testable import KexieData

@Suite struct TextDictionaryTests {
  @Test func internsOncePerDistinctValue() {
    var builder = TextDictionaryBuilder()
    let codes = ["淅川", "南召", "淅川", "", "南召", "淅川"].map { builder.intern($0) }
    #expect(codes == [0, 1, 0, 2, 1, 0])
    let dictionary = builder.build()
    #expect(dictionary.count == 3)
    #expect(dictionary.string(1) == "南召")
    #expect(dictionary.code(of: "淅川") == 0)
    #expect(dictionary.code(of: "西川") == nil)
    #expect(dictionary.code(of: "") == 2)
  }

  @Test func growsPastItsFirstTable() {
    var builder = TextDictionaryBuilder()
    for index in 0..<10_000 { _ = builder.intern("value \(index)") }
    let dictionary = builder.build()
    #expect(dictionary.count == 10_000)
    #expect(dictionary.code(of: "value 9876") == 9876)
  }

  /// `take` gives the dictionary `build` gives, with its stores cut to their size, and
  /// leaves the builder empty; a merge's `reserve` changes no code. The table grows at
  /// three quarters full: every value is still found, the missing are not.
  @Test func takeCutsTheStoresAndReserveChangesNoCode() {
    var builder = TextDictionaryBuilder()
    var reserved = TextDictionaryBuilder()
    reserved.reserve(values: 50_000, bytes: 50_000 * 12)
    for index in 0..<50_000 {
      let text = "名称 \(index)"
      #expect(builder.intern(text) == UInt32(index))
      #expect(reserved.intern(text) == UInt32(index))
    }
    #expect(builder.intern("名称 123") == 123)
    let built = builder.build()
    #expect(builder.bytes.capacity > builder.bytes.count + builder.bytes.count / 8)
    let taken = builder.take()
    #expect(builder.count == 0)
    #expect(taken.count == 50_000)
    #expect(taken.bytes == built.bytes && taken.offsets == built.offsets && taken.slots == built.slots)
    #expect(taken.bytes.capacity <= taken.bytes.count + taken.bytes.count / 8 + 64)
    #expect(taken.code(of: "名称 49999") == 49_999)
    #expect(taken.code(of: "名称 50000") == nil)
    #expect(reserved.take().code(of: "名称 777") == 777)
    #expect(builder.intern("again") == 0)
  }

  /// A merge as a load in parts makes one, with values and slots of several `Pages.step`s,
  /// so that the loops give back pages as they go: the first part's stores moved into their reserved
  /// room, the second drained into it, the result taken (its wide slots narrowed). Every
  /// value keeps its text and code; a value of the second part the first had keeps the
  /// first's code.
  @Test func aMergeThatReturnsPagesKeepsEveryValue() {
    let count = 600_000
    func text(_ index: Int) -> String { "名称\(index)·第一期第二期第三期" + String(repeating: "x", count: index % 17) }
    var first = TextDictionaryBuilder()
    var second = TextDictionaryBuilder()
    for index in 0..<count { _ = first.intern(text(index)) }
    for index in count / 2..<count + count / 2 { _ = second.intern(text(index)) }
    #expect(first.bytes.count > 2 * Pages.step && second.bytes.count > 2 * Pages.step)
    first.reserve(values: first.count + second.count, bytes: first.bytes.count + second.bytes.count)
    #expect(first.count == count && first.intern(text(12_345)) == 12_345)
    var seen = 0
    var misread = 0
    let mapped = second.drain(ahead: 0) { value, _ in
      if seen % 101 == 0, String(decoding: value, as: UTF8.self) != text(count / 2 + seen) { misread += 1 }
      seen += 1
      return first.intern(value)
    }
    #expect(second.count == 0 && seen == count && misread == 0)
    #expect(mapped.count == count)
    #expect(second.bytes.isEmpty)
    #expect(mapped.enumerated().allSatisfy { $0.element == UInt32(count / 2 + $0.offset) })
    #expect(first.slots.count * MemoryLayout<UInt64>.stride >= 2 * Pages.step)
    let merged = first.take()
    #expect(merged.count == count + count / 2)
    for index in stride(from: 0, to: count + count / 2, by: 997) {
      #expect(merged.string(UInt32(index)) == text(index))
      #expect(merged.code(of: text(index)) == UInt32(index))
    }
    #expect(merged.code(of: text(count * 2)) == nil)
  }

  /// `absorb` (the merge of a later part's dictionary, asking for slots ahead): each value's
  /// code here, the shared ones found, the new ones added in order, the last eight too
  /// (nothing ahead of them), and with a table that grows on the way.
  @Test func absorbingADictionaryMapsEveryValue() {
    for (firstCount, secondCount) in [(0, 5), (3, 0), (1_000, 20_000), (50_000, 50_000)] {
      func text(_ index: Int) -> String { "值\(index)" + String(repeating: "·", count: index % 5) }
      var first = TextDictionaryBuilder()
      var second = TextDictionaryBuilder()
      for index in 0..<firstCount { _ = first.intern(text(index)) }
      for index in (firstCount / 2)..<(firstCount / 2 + secondCount) { _ = second.intern(text(index)) }
      let mapped = first.absorb(&second)
      #expect(second.count == 0)
      #expect(mapped.count == secondCount)
      #expect(first.count == max(firstCount, firstCount / 2 + secondCount))
      let merged = first.take()
      #expect(mapped.enumerated().allSatisfy { merged.string($0.element) == text(firstCount / 2 + $0.offset) })
    }
  }

  /// Ranking where the radix passes meet every case: groups of hundreds that tie for a long
  /// way (a 12,000-byte prefix: 1,500 levels, on a stack not in recursion), values that
  /// are prefixes of others or end in zero bytes, runs small enough to be compared, and
  /// chunks whose integers span a few bits or all 64.
  @Test func ranksOfValuesThatTieForLong() {
    let long = String(repeating: "科普", count: 2_000)
    var values: Set<String> = ["", "\u{0}", "\u{0}\u{0}", long, long + "\u{0}"]
    for index in 0..<300 {
      values.insert(long + String(index, radix: 7))
      values.insert("名称" + String(repeating: "x", count: index % 41) + "\(index % 13)")
      values.insert(String(UnicodeScalar(UInt8(index % 128))) + "尾\(index)")
    }
    var builder = TextDictionaryBuilder()
    for value in values { _ = builder.intern(value) }
    let dictionary = builder.build()
    let ranks = dictionary.ranks(checking: { false }) ?? []
    #expect(ranks.count == values.count)
    let byRank = (0..<dictionary.count).sorted { ranks[$0] < ranks[$1] }.map { dictionary.string(UInt32($0)) }
    // Byte order by memcmp (a comparison loop of the standard library's took seconds here).
    let expected = values.map { Array($0.utf8) }.sorted { a, b in
      let common = memcmp(a, b, min(a.count, b.count))
      return common != 0 ? common < 0 : a.count < b.count
    }
    // The first rank out of place, not two arrays of megabytes, when it fails.
    let wrong = expected.indices.first { Array(byRank[$0].utf8) != expected[$0] }
    #expect(wrong == nil, "rank \(wrong ?? 0) out of byte order")
  }

  @Test func ranksFollowUTF8ByteOrder() {
    var builder = TextDictionaryBuilder()
    for text in ["b", "南召", "a", "淅川", "B", ""] { _ = builder.intern(text) }
    let dictionary = builder.build()
    let sorted = (0..<dictionary.count).sorted { dictionary.ranks[$0] < dictionary.ranks[$1] }.map { dictionary.string(UInt32($0)) }
    #expect(sorted == ["", "B", "a", "b", "南召", "淅川"])
  }

  @Test func containsSweepFindsEachValueOnce() {
    var builder = TextDictionaryBuilder()
    for text in ["科普活动", "活动科", "普", "科普", "全民科学素质", "科普科普"] { _ = builder.intern(text) }
    #expect(builder.build().matchContains("科普") == [true, false, false, true, false, true])
    #expect(builder.build().matchAffix("科普", atStart: true) == [true, false, false, true, false, true])
    #expect(builder.build().matchAffix("普", atStart: false) == [false, false, true, true, false, true])
  }

  @Test func aMatchMayNotSpanTwoValues() {
    var builder = TextDictionaryBuilder()
    for text in ["ab", "cd"] { _ = builder.intern(text) }
    #expect(builder.build().matchContains("bc") == [false, false])
  }
}

@Suite struct ColumnTests {
  @Test func nullsAndGather() {
    let column = Column.from([.integer(1), .null, .integer(3)], type: .integer)
    #expect(column.isNull(1))
    #expect(column.value(at: 2) == .integer(3))
    let gathered = column.gather([2, 1, 0])
    #expect(gathered.value(at: 0) == .integer(3))
    #expect(gathered.isNull(1))
    let text = Column.from([.text("a"), .null], type: .text)
    #expect(text.isNull(1) && text.nulls == nil)
  }

  @Test func nullMaskCountsAndTests() {
    var mask = NullMask(count: 130)
    mask.set(0)
    mask.set(64)
    mask.set(129)
    #expect(mask.nullCount == 3)
    #expect(mask.isNull(64) && !mask.isNull(65))
    for count in [0, 1, 63, 64, 65, 130] {
      let all = NullMask.all(count: count)
      #expect(all.nullCount == count && all == NullMask([Bool](repeating: true, count: count)))
    }
    var other = NullMask(count: 130)
    other.set(1)
    let union = NullMask.union(mask, other, count: 130)
    #expect(union?.nullCount == 4 && union?.isNull(1) == true && union?.isNull(129) == true)
    #expect(NullMask.union(nil, other, count: 130) == other && NullMask.union(nil, nil, count: 130) == nil)
  }
}

@Suite struct JSONParserTests {
  /// The UTF-8 check (ASCII eight bytes at a time) finds the first bad byte where the
  /// standard library's decoder does, over runs of ASCII of every length between Chinese,
  /// accented and emoji text and every kind of bad sequence.
  @Test func theUTF8CheckFindsTheFirstBadByte() {
    let pieces: [[UInt8]] = [
      Array("淅川".utf8), Array("é".utf8), Array("🧑‍🔬".utf8), [0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF5, 0x80],
      [0xE6, 0xB7], [0xF0, 0x9F, 0x98],
    ]
    func reference(_ bytes: [UInt8]) -> Int {
      var parser = Unicode.UTF8.ForwardParser()
      var iterator = bytes.makeIterator()
      var offset = 0
      while true {
        switch parser.parseScalar(from: &iterator) {
        case .valid(let scalar): offset += scalar.count
        case .emptyInput: return bytes.count
        case .error: return offset
        }
      }
    }
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<3_000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0...6, using: &generator) {
        bytes += Array(repeating: UInt8(ascii: "a") + UInt8.random(in: 0...25, using: &generator), count: Int.random(in: 0...19, using: &generator))
        if Int.random(in: 0..<3, using: &generator) > 0 { bytes += pieces[Int.random(in: 0..<3, using: &generator)] }
        if Int.random(in: 0..<8, using: &generator) == 0 { bytes += pieces[Int.random(in: 0..<pieces.count, using: &generator)] }
      }
      let found = bytes.withUnsafeBufferPointer { JSONParser.firstInvalidUTF8($0) }
      #expect(found == reference(bytes), "\(bytes)")
    }
  }

  @Test func parsesEveryKindOfValue() throws {
    let value = try JSONParser.parse(#"{"a": [1, -2.5e1, true, false, null, "淅川\n\u4e2d\ud83d\ude00"], "b": {}}"#).get()
    #expect(value["a"] == .array([.integer(1), .decimal(-25), .bool(true), .bool(false), .null, .string("淅川\n中😀")]))
    #expect(value["b"] == .object([]))
  }

  @Test(arguments: [
    (#"{"a": 1,}"#, 8), ("[1 2]", 3), (#"{"a" 1}"#, 5), ("tru", 0), (#""abc"#, 4), ("[01]", 2), ("{}x", 2), ("", 0),
  ])
  func errorsCarryTheirOffset(text: String, offset: Int) {
    switch JSONParser.parse(text) {
    case .success: Issue.record("\(text) parsed")
    case .failure(let error): #expect(error.offset == offset, "\(text): \(error)")
    }
  }

  @Test func invalidUTF8InAStringIsFound() {
    let bytes: [UInt8] = Array(#"["ok", "a"#.utf8) + [0xFF] + Array(#""]"#.utf8)
    switch JSONParser.parse(bytes) {
    case .success: Issue.record("parsed invalid UTF-8")
    case .failure(let error): #expect(error.offset == 9)
    }
  }

  @Test func deepNestingIsRefused() {
    let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    if case .success = JSONParser.parse(deep) { Issue.record("parsed 10,000 nested arrays") }
  }

  /// Ranks by eight-byte chunks give the order of comparing the bytes: over values that share
  /// long prefixes, end inside a chunk, hold zero bytes, are empty, or are Chinese.
  @Test func ranksAreTheByteOrderOfTheValues() {
    var generator = SystemRandomNumberGenerator()
    let alphabet: [String] = ["a", "b", "\u{0}", "名", "称", "科普", "z", "Z", "0", "é"]
    for round in 0..<30 {
      var builder = TextDictionaryBuilder()
      var values: Set<String> = [""]
      let prefix = String(repeating: "活动名称", count: round % 4)
      for _ in 0..<(200 + round * 10) {
        let length = Int.random(in: 0...14, using: &generator)
        values.insert(prefix + (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "a" }.joined())
      }
      for value in values { _ = builder.intern(value) }
      let dictionary = builder.build()
      let ranks = dictionary.ranks(checking: { false }) ?? []
      let byRank = (0..<dictionary.count).sorted { ranks[$0] < ranks[$1] }.map { dictionary.string(UInt32($0)) }
      let expected = values.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
      #expect(byRank == expected)
    }
  }
}

/// `Pages`: memory given back behind a last read, never the partial pages at either end.
@Suite struct PagesTests {
  @Test func releaseGivesBackOnlyWholePagesInside() {
    var bytes = [UInt8](repeating: 0xAB, count: 3 * Pages.step)
    bytes.withUnsafeMutableBytes { buffer in
      guard let base = buffer.baseAddress else { return }
      let address = Int(bitPattern: base)
      let from = 1
      let before = 2 * Pages.step + 1
      #expect(Pages.release(buffer, from: from, before: from + Pages.step - 1) == from)  // under a step: kept
      #expect(Pages.release(buffer, from: from, before: before) == before)
      let first = (address + from + Pages.size - 1) / Pages.size * Pages.size - address
      let last = (address + before) / Pages.size * Pages.size - address
      #expect(buffer[first - 1] == 0xAB && buffer[first] == 0)
      #expect(buffer[last - 1] == 0 && buffer[last] == 0xAB)
      #expect(buffer[0] == 0xAB && buffer[buffer.count - 1] == 0xAB)
    }
  }

  @Test func movedKeepsEveryElementAndEmptiesTheSource() {
    var numbers = (0..<3_000_000).map { Int64($0) * 7 }
    let moved = Pages.moved(&numbers, capacity: 3_500_000)
    #expect(numbers.isEmpty)
    #expect(moved.count == 3_000_000 && moved.capacity >= 3_500_000)
    #expect(moved.enumerated().allSatisfy { $0.element == Int64($0.offset) * 7 })
  }

  /// A loaded column's store copied out as a one-pass load and a join of parts do it.
  @Test func aStoreMovesOutWhole() {
    for start in [0, 5] {
      let store = ColumnStore<Int64>(capacity: 3_000_000, initial: 0)
      for row in 0..<2_500_000 { store.pointer[row] = Int64(row) * 3 }
      var values = [Int64](repeating: -1, count: start)
      store.moveAll(count: 2_500_000, into: &values)
      #expect(values.count == start + 2_500_000)
      #expect(values.prefix(start).allSatisfy { $0 == -1 })
      #expect(values.dropFirst(start).enumerated().allSatisfy { $0.element == Int64($0.offset) * 3 })
    }
  }
}

/// `Parallel.run`: every job once, job 0 on the calling thread, with a thread a job or with
/// fewer threads than jobs (each takes the next job left).
@Suite struct ParallelTests {
  final class Runs: @unchecked Sendable {
    let counts: UnsafeMutableBufferPointer<Int>
    var firstOnCaller = false
    init(_ count: Int) {
      counts = .allocate(capacity: count)
      counts.initialize(repeating: 0)
    }
    deinit { counts.deallocate() }
  }

  @Test(arguments: [(1, nil), (5, nil), (40, 2), (40, 3), (7, 1)] as [(Int, Int?)])
  func everyJobRunsOnce(_ count: Int, _ threads: Int?) {
    let runs = Runs(count)
    let caller = pthread_self()
    Parallel.run(count, threads: threads) { job in
      runs.counts[job] += 1  // each job writes only its own slot
      if job == 0 { runs.firstOnCaller = pthread_equal(pthread_self(), caller) != 0 }
      var pause = timespec(tv_sec: 0, tv_nsec: 100_000)
      nanosleep(&pause, nil)
    }
    #expect(runs.counts.allSatisfy { $0 == 1 })
    #expect(runs.firstOnCaller)
  }
}

/// `Column.gather` (values asked for 16 rows ahead): every type, nulls, a shuffled order
/// longer than the prefetch distance, repeated and empty row lists.
@Suite struct GatherTests {
  @Test func gatheredRowsAreTheRowsAsked() {
    let count = 1_000
    var builders = [DataType.integer, .decimal, .bool, .text].map { ColumnBuilder(type: $0) }
    for row in 0..<count {
      let null = row % 7 == 0
      builders[0].append(null ? .null : .integer(Int64(row) * 3))
      builders[1].append(null ? .null : .decimal(Double(row) / 4))
      builders[2].append(null ? .null : .bool(row % 2 == 0))
      builders[3].append(null ? .null : .text("名\(row % 97)"))
    }
    let columns = builders.map { $0.build() }
    var generator = SystemRandomNumberGenerator()
    for rows in [(0..<count).map(Int32.init).shuffled(using: &generator), [5, 5, 0, 999, 5], []] as [[Int32]] {
      for column in columns {
        let gathered = column.gather(rows)
        #expect(gathered.count == rows.count)
        #expect(rows.indices.allSatisfy { gathered.value(at: $0) == column.value(at: Int(rows[$0])) })
      }
    }
  }
}
