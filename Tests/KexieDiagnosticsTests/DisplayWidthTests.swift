import Testing

@testable import KexieDiagnostics

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("events", 6), ("淅川", 4), ("淅川县 county", 13), ("ＡＢＣ", 6), ("\u{3000}", 2), ("e\u{301}", 1),
    ("a\u{200B}b", 2), ("——", 2), ("😀", 2), ("", 0), ("\t", 0), ("한국", 4),
  ])
  func widthOfText(text: String, width: Int) {
    #expect(DisplayWidth.of(text) == width)
  }

  /// The width of a String is read from its UTF-8 bytes; it is the generic sum over its
  /// scalars for every kind of text (Substring takes the generic path).
  @Test func theBytesGiveTheScalarsWidth() {
    let texts = [
      "events", "淅川县 county", "ＡＢＣ，", "\u{3000}〇", "e\u{301}te", "a\u{200B}b\u{FE0F}", "——…", "😀👩\u{200D}👩", "\t\u{7F}\u{85}x",
      "한국\u{1100}\u{1161}", "Straße ĳ", "\u{4DC0}\u{9FFF}\u{A000}", "\u{E0100}\u{10FFFF}", "",
    ]
    for text in texts {
      #expect(DisplayWidth.of(text) == DisplayWidth.of(text[...]), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
  }

  @Test func truncateNeverExceedsTheWidthAndNeverSplitsACharacter() {
    #expect(DisplayWidth.truncate("流动科技馆巡展", to: 6) == "流动…")
    #expect(DisplayWidth.truncate("流动科技馆巡展", to: 7) == "流动科…")
    #expect(DisplayWidth.truncate("abc", to: 3) == "abc")
    #expect(DisplayWidth.truncate("abcd", to: 3) == "ab…")
    #expect(DisplayWidth.truncate("淅川", to: 1) == "…")
    #expect(DisplayWidth.truncate("x", to: 0) == "")
    for width in 0..<12 {
      #expect(DisplayWidth.of(DisplayWidth.truncate("南阳市科协 kexie", to: width)) <= width)
    }
  }

  @Test func padAlignsByDisplayWidth() {
    #expect(DisplayWidth.pad("淅川", to: 6) == "淅川  ")
    #expect(DisplayWidth.pad("42", to: 5, alignRight: true) == "   42")
    #expect(DisplayWidth.pad("too wide", to: 3) == "too wide")
  }

  @Test func wideRangesAreSortedAndDisjoint() {
    for (a, b) in zip(DisplayWidth.wideRanges, DisplayWidth.wideRanges.dropFirst()) {
      #expect(a.upperBound < b.lowerBound)
    }
  }
}
