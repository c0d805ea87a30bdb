/// kexie's words in Chinese: every clause and operator word has a Chinese twin, so a class can
/// write `活动 | 筛选 县 = "淅川" | 选取 名称, 类型`. One table: the lexer reads these words as
/// the keywords they stand for, `.fmt zh` writes them, completion offers them, `.tokens` shows
/// what each stands for, and grammar/chinese.md lists them (a test keeps it in sync).
///
/// The rules that keep the language unambiguous:
/// - A Chinese word is a whole word, between spaces or punctuation, as an English keyword is
///   (`筛选县` is one name; write `筛选 县`). Values are always quoted (`"淅川"`), so a value
///   never reads as a word.
/// - Each keyword has one Chinese word and each word one keyword (`sort` and `order` share 排序,
///   `limit` and `take` share 取, as they are one clause); `by` is 按, and after 排序 it may be
///   left out (`排序 名称 降序`), as a Chinese reader would.
/// - Like English keywords, these words are reserved: a field or table of that name is
///   written in backquotes (`` `前` ``).
public enum ChineseWords {
  /// Each keyword's Chinese word (the canonical one `.fmt zh` writes).
  public static let byKeyword: [(Keyword, String)] = [
    (.let, "令"),
    (.where, "筛选"),
    (.select, "选取"),
    (.extend, "扩展"),
    (.as, "为"),
    (.sort, "排序"),
    (.by, "按"),
    (.asc, "升序"),
    (.desc, "降序"),
    (.limit, "取"),
    (.top, "前"),
    (.count, "计数"),
    (.summarize, "汇总"),
    (.distinct, "去重"),
    (.expand, "展开"),
    (.join, "连接"),
    (.left, "左"),
    (.on, "于"),
    (.cite, "出处"),
    (.and, "且"),
    (.or, "或"),
    (.not, "非"),
    (.in, "属于"),
    (.is, "是"),
    (.null, "空"),
    (.true, "真"),
    (.false, "假"),
    (.contains, "包含"),
    (.startswith, "开头是"),
    (.endswith, "结尾是"),
    (.matches, "匹配"),
    (.between, "介于"),
  ]

  /// Keywords that share another's Chinese word (they are one clause in two spellings).
  public static let sharing: [Keyword: Keyword] = [.order: .sort, .take: .limit]

  static let keywordByWord: [String: Keyword] = Dictionary(uniqueKeysWithValues: byKeyword.map { ($1, $0) })
  static let wordByKeyword: [Keyword: String] = Dictionary(uniqueKeysWithValues: byKeyword.map { ($0, $1) })

  /// The keyword a Chinese word stands for.
  public static func keyword(_ word: String) -> Keyword? { keywordByWord[word] }

  /// The Chinese word of a keyword.
  public static func word(for keyword: Keyword) -> String? {
    wordByKeyword[sharing[keyword] ?? keyword]
  }

  /// The Chinese word a longer word starts with, when it is one written without its space
  /// (`筛选县` is `筛选 县`): for the unknown-word note.
  public static func leadingWord(of text: String) -> (Keyword, String)? {
    byKeyword.filter { text.hasPrefix($0.1) && text.count > $0.1.count }.max { $0.1.count < $1.1.count }
  }

  /// A word or phrase of English keywords in Chinese (`sort by` → `排序`, `left join` → `左 连接`),
  /// nil when a word has none or the phrase is a second spelling (`order by`, `take`).
  public static func phrase(_ english: String) -> String? {
    let words = english.split(separator: " ").map(String.init)
    if words.contains(where: { Keyword(word: $0).map { sharing[$0] != nil } ?? false }) { return nil }
    var out: [String] = []
    for (index, word) in words.enumerated() {
      guard let keyword = Keyword(word: word), let chinese = self.word(for: keyword) else { return nil }
      // 排序 takes no 按.
      if keyword == .by, index > 0, Keyword(word: words[index - 1]) == .sort { continue }
      out.append(chinese)
    }
    return out.joined(separator: " ")
  }

  /// Whether text holds a Chinese character (for completion in the line's language).
  public static func hasChinese<S: StringProtocol>(_ text: S) -> Bool {
    text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
  }
}
