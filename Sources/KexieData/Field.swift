/// One field of a table's schema.
public struct Field: Hashable, Sendable {
  public var name: String
  public var type: DataType
  /// For a link field, the set its values are ids of (events.organizer → orgs).
  public var link: String?
  /// Hidden fields (a record's provenance: source, offset, line) are not shown by default;
  /// name them in select, or use cite, to see them.
  public var hidden: Bool
  /// Whether the field may be null.
  public var nullable: Bool
  /// One line for `.schema`.
  public var summary: String

  public init(
    _ name: String, _ type: DataType, link: String? = nil, hidden: Bool = false,
    nullable: Bool = true, summary: String = ""
  ) {
    self.name = name
    self.type = type
    self.link = link
    self.hidden = hidden
    self.nullable = nullable
    self.summary = summary
  }

  /// How the type reads in `.schema` and `.plan`: `text`, `integer`, `→ orgs`.
  public var typeDescription: String {
    link.map { "→ \($0)" } ?? type.rawValue
  }
}
