import Testing

@testable import KexieData

/// kexie's regular expressions: RE2's syntax without what needs backtracking, run in time
/// linear in the text.
@Suite struct PatternTests {
  func matches(_ pattern: String, _ text: String) -> Bool {
    guard let compiled = try? Pattern(pattern) else {
      Issue.record("'\(pattern)' does not compile")
      return false
    }
    return compiled.matches(text)
  }

  @Test func theSyntax() {
    #expect(matches("科普", "全国科普日"))
    #expect(matches("^科普", "科普讲座") && !matches("^科普", "全国科普日"))
    #expect(matches("大赛$", "科普摄影大赛") && !matches("大赛$", "大赛开幕"))
    #expect(matches("a.c", "abc") && !matches("a.c", "a\nc"))
    #expect(matches("[0-9]+人", "受益22万余人") == false && matches("[0-9]+万", "受益22万余人"))
    #expect(matches("[^a-z]", "abc1") && !matches("^[^a-z]+$", "abc"))
    #expect(matches("\\d{4}年", "2021年") && !matches("^\\d{5}$", "2021"))
    #expect(matches("(竞赛|大赛)$", "知识竞赛") && matches("(?:ab)+$", "xabab"))
    #expect(matches("colou?r", "color") && matches("colou?r", "colour"))
    #expect(matches("a{2,3}", "xaay") && !matches("^a{2,3}$", "aaaa") && matches("^a{2,}$", "aaaaa"))
    #expect(matches("\\bcat\\b", "a cat sat") && !matches("\\bcat\\b", "concatenate"))
    #expect(matches("\\u{6DC5}川", "淅川") && matches("[\\u4E00-\\u9FFF]", "中"))
    #expect(matches("(?i)nanyang", "NanYang") && !matches("nanyang", "NanYang"))
    #expect(matches("\\.", "a.b") && !matches("\\.", "ab"))
    #expect(matches("a*?b", "aab") && matches("x|", "anything"))
    #expect(matches("\\s", "a b") && !matches("\\S", "   "))
  }

  @Test func whatNeedsBacktrackingIsRefusedWithAReason() {
    for (pattern, words) in [("a(?=b)", "look-ahead"), ("(?<n>a)", "look-behind"), ("(a)\\1", "back-references"), ("[[:alpha:]]", "POSIX")] {
      do throws(PatternError) {
        _ = try Pattern(pattern)
        Issue.record("'\(pattern)' compiled")
      } catch {
        #expect(error.message.en.contains(words), "\(pattern): \(error.message.en)")
        #expect(error.message.zh.contains("不支持"), "\(pattern): \(error.message.zh)")
      }
    }
    for bad in ["[abc", "(ab", "ab)", "*a", "a{3,2}", "\\", "a{1001}", "\\q"] {
      #expect((try? Pattern(bad)) == nil, "'\(bad)' compiled")
    }
  }

  /// Patterns that take a backtracking engine exponential time run in linear time here
  /// (`^(a+)+$` on thirty a's and a '!' took 37–120 s before, and Ctrl-C could not stop it).
  /// No time is asserted: an exponential engine would not finish this test at all.
  @Test func catastrophicPatternsRunInLinearTime() throws {
    let text = String(repeating: "a", count: 50_000) + "!"
    for pattern in ["^(a+)+$", "^(a|aa)+$", "^(a*)*b$", "(x+x+)+y", "^(a|a?)+$"] {
      #expect(try Pattern(pattern).matches(text) == false)
    }
    #expect(try Pattern("^(a+)+!$").matches(text))
  }

  /// Against Swift's Regex on patterns both read alike (literals, classes, anchors, groups,
  /// alternation, quantifiers) and text without combining marks (where characters and
  /// scalars agree): the same answer for every pair.
  @Test func agreesWithSwiftRegexWhereTheyMeanTheSame() throws {
    var random = SplitMix(seed: 2021)
    let atoms = ["a", "b", "科", "普", ".", "[ab]", "[^a]", "[a-c科]", "\\d", "(a|b)", "(科普|b)", "(?:ab)"]
    let quantifiers = ["", "", "*", "+", "?", "{2}", "{1,2}", "{0,}"]
    let alphabet: [Character] = ["a", "b", "c", "科", "普", "1", " "]
    var compared = 0
    for _ in 0..<3_000 {
      var pattern = random.next() % 4 == 0 ? "^" : ""
      for _ in 0..<(1 + Int(random.next() % 4)) {
        pattern += atoms[Int(random.next() % UInt64(atoms.count))] + quantifiers[Int(random.next() % UInt64(quantifiers.count))]
      }
      if random.next() % 4 == 0 { pattern += "$" }
      let text = String((0..<Int(random.next() % 9)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
      let swift = try Regex(pattern)
      #expect(try Pattern(pattern).matches(text) == text.contains(swift), "'\(pattern)' on '\(text)'")
      compared += 1
    }
    #expect(compared == 3_000)
  }
}

struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
