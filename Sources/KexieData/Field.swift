import KexieDiagnostics

/// One field of a table's schema.
public struct Field: Hashable, Sendable {
  public var name: String
  public var type: DataType
  /// For a link field, the set its values are ids of (events.organizer → orgs).
  public var link: String?
  /// A list field holds any number of values of `type` in each record (an event's counties):
  /// a comparison holds when it holds for any of them, and grouping groups by each.
  public var isList: Bool
  /// Hidden fields (a record's provenance: source, offset, line) are not shown by default;
  /// name them in select, or use cite, to see them.
  public var hidden: Bool
  /// For a field that says where a record came from in a document: which part of that it is
  /// (`cite` and `.source` look for these, whatever the fields are called).
  public var provenance: Provenance?
  /// Whether the field may be null.
  public var nullable: Bool
  /// One line for `.schema`.
  public var summary: String
  /// Its Chinese name (`县` for county), which a query may use instead (`ChineseWords`).
  public var chineseName: String?

  public init(
    _ name: String, _ type: DataType, link: String? = nil, list: Bool = false, hidden: Bool = false,
    nullable: Bool = true, provenance: Provenance? = nil, summary: String = "", chineseName: String? = nil
  ) {
    self.chineseName = chineseName
    self.provenance = provenance
    self.name = name
    self.type = type
    self.link = link
    self.isList = list
    self.hidden = hidden
    self.nullable = nullable
    self.summary = summary
  }

  /// How the type reads in `.schema` and `.plan`: `text`, `integer`, `→ orgs`, `list of text`,
  /// `list of → orgs`.
  public var typeDescription: String {
    Field.describe(type, link: link, list: isList)
  }

  /// The same in both languages, for messages: 文本, 指向 orgs 的链接, 文本列表.
  public var typePhrase: Phrase { Field.phrase(type, link: link, list: isList) }

  public static func phrase(_ type: DataType, link: String?, list: Bool) -> Phrase {
    let element = link.map { "指向 \($0) 的链接" } ?? type.phrase.zh
    return Phrase(describe(type, link: link, list: list), zh: list ? element + "列表" : element)
  }

  public static func describe(_ type: DataType, link: String?, list: Bool) -> String {
    let element = link.map { "→ \($0)" } ?? type.rawValue
    return list ? "list of " + element : element
  }
}

/// The parts of a record's provenance: the sentence it was read from, and where that sentence
/// is in its document.
public enum Provenance: String, Hashable, Sendable {
  /// The sentence itself (text).
  case sentence
  /// Its character offset in the document (integer).
  case offset
  /// Its line in the document (integer).
  case line
}
