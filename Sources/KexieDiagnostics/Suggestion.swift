/// "Did you mean …?": the closest candidates to a misspelt word.
///
/// Like swift-argument-parser, a suggestion is only made when it is likely: a case slip, a
/// candidate the word is a prefix of, or an edit distance small for the word's length.
public enum Suggestion {
  /// The optimal-string-alignment distance between two strings, counted in characters:
  /// insertions, deletions, substitutions and swaps of two neighbours each cost one.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          best = min(best, previousPrevious[j - 2] + 1)
        }
        current[j] = best
      }
      swap(&previousPrevious, &previous)
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  /// The largest distance at which a candidate still counts as a likely slip.
  static func threshold(for word: String) -> Int {
    max(1, word.count / 3)
  }

  /// The candidates most likely meant by `word`, best first (at most `limit`).
  public static func closest(
    to word: String, among candidates: some Sequence<String>, limit: Int = 1
  ) -> [String] {
    let lowered = word.lowercased()
    let wordLength = lowered.count
    // No candidate is accepted beyond this distance (unless the word is its prefix), and the
    // distance is at least the difference in length: most candidates of a long list (the
    // values of a loaded column) are rejected here, without computing a distance.
    let reach = max(threshold(for: word), max(1, word.count / 2))
    var scored: [(score: Int, order: Int, candidate: String)] = []
    var seen = Set<String>()
    for (order, candidate) in candidates.enumerated() where candidate != word {
      guard seen.insert(candidate).inserted else { continue }
      let candidateLowered = candidate.lowercased()
      if candidateLowered == lowered {
        scored.append((0, order, candidate))
        continue
      }
      let lengthGap = abs(candidateLowered.count - wordLength)
      if lengthGap > reach, !(word.count >= 3 && candidateLowered.hasPrefix(lowered)) { continue }
      let distance = editDistance(lowered, candidateLowered)
      if distance <= threshold(for: word) {
        scored.append((distance * 2, order, candidate))
      } else if word.count >= 3, candidateLowered.hasPrefix(lowered) {
        scored.append((3, order, candidate))
      } else if sharesCharacters(word, candidate), distance <= max(1, word.count / 2) {
        scored.append((distance * 2 + 1, order, candidate))
      }
    }
    scored.sort { ($0.score, $0.order) < ($1.score, $1.order) }
    return scored.prefix(limit).map(\.candidate)
  }

  /// Whether two strings share a non-ASCII character (for Chinese, a shared character is a
  /// better sign of relatedness than the edit distance of short words).
  static func sharesCharacters(_ a: String, _ b: String) -> Bool {
    let wide = Set(a.filter { !$0.isASCII })
    return b.contains { wide.contains($0) }
  }

  /// `did you mean 'x'?` or `did you mean 'x' or 'y'?` (是不是想写 'x'？), or nil when there is
  /// nothing to say.
  public static func didYouMean(_ suggestions: [String]) -> Phrase? {
    switch suggestions.count {
    case 0: return nil
    case 1: return Phrase("did you mean '\(suggestions[0])'?", zh: "是不是想写 '\(suggestions[0])'？")
    default:
      let quoted = suggestions.map { "'\($0)'" }
      return Phrase(
        "did you mean \(quoted.dropLast().joined(separator: ", ")) or \(quoted.last ?? "")?",
        zh: "是不是想写 \(quoted.dropLast().joined(separator: "、")) 或 \(quoted.last ?? "")？")
    }
  }

  /// A list of names for a note, cut after `limit` with `…`.
  public static func list(_ names: [String], limit: Int = 12, separator: String = ", ") -> String {
    let shown = names.prefix(limit).joined(separator: separator)
    return names.count > limit ? shown + separator + "…" : shown
  }
}
