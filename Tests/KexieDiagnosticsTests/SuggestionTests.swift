import Testing

@testable import KexieDiagnostics

@Suite struct SuggestionTests {
  @Test(arguments: [("countyy", "county"), ("County", "county"), ("lenght", "length"), ("orgnizer", "organizer"), ("西川", "淅川"), ("社旗县", "社旗"), ("partic", "participants")])
  func suggestsTheLikelyCandidate(word: String, expected: String) {
    let candidates = ["id", "name", "county", "organizer", "length", "participants", "淅川", "南召", "社旗"]
    #expect(Suggestion.closest(to: word, among: candidates).first == expected)
  }

  @Test func staysQuietWhenNothingIsClose() {
    #expect(Suggestion.closest(to: "xyzzy", among: ["county", "name"]).isEmpty)
    #expect(Suggestion.closest(to: "a", among: ["county"]).isEmpty)
  }

  @Test func editDistanceCountsSwapsAsOne() {
    #expect(Suggestion.editDistance("lenght", "length") == 1)
    #expect(Suggestion.editDistance("", "abc") == 3)
    #expect(Suggestion.editDistance("淅川", "西川") == 1)
  }

  @Test func didYouMeanWording() {
    #expect(Suggestion.didYouMean([]) == nil)
    #expect(Suggestion.didYouMean(["a"]) == Phrase("did you mean 'a'?", zh: "是不是想写 'a'？"))
    #expect(Suggestion.didYouMean(["a", "b", "c"]) == Phrase("did you mean 'a', 'b' or 'c'?", zh: "是不是想写 'a'、'b' 或 'c'？"))
  }
}
