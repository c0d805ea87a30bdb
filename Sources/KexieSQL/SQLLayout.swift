/// Lays out one SELECT for reading: a short one stays on its line; a long one breaks before
/// its clauses (FROM, WHERE, GROUP BY, ORDER BY, LIMIT) and puts each item of a long select
/// list on a line of its own. Only top-level words count: nothing inside parentheses, quotes
/// or a subquery is moved, so the SQL means exactly what it did.
enum SQLLayout {
  /// Lines longer than this are broken.
  static let width = 100

  static func format(_ sql: String, indent: String) -> String {
    guard sql.count > width else { return sql }
    let bytes = Array(sql.utf8)
    let clauses = [" FROM ", " WHERE ", " GROUP BY ", " ORDER BY ", " LIMIT ", " LEFT JOIN ", " JOIN "]
    var lines: [String] = []
    var current: [UInt8] = []
    var depth = 0
    var quote: UInt8?
    var index = 0
    var inSelectList = sql.hasPrefix("SELECT ")
    var items: [String] = []
    func flushItem() {
      items.append(String(decoding: current, as: UTF8.self).trimmingSpaces)
      current = []
    }
    while index < bytes.count {
      let byte = bytes[index]
      if let open = quote {
        current.append(byte)
        if byte == open { quote = nil }
        index += 1
        continue
      }
      switch byte {
      case UInt8(ascii: "'"), UInt8(ascii: "\""): quote = byte
      case UInt8(ascii: "("): depth += 1
      case UInt8(ascii: ")"): depth -= 1
      default: break
      }
      if depth == 0, let clause = clauses.first(where: { matches($0, bytes, at: index) }) {
        if inSelectList {
          flushItem()
          lines.append(contentsOf: selectLines(items))
          inSelectList = false
        } else {
          lines.append(String(decoding: current, as: UTF8.self).trimmingSpaces)
          current = []
        }
        current.append(contentsOf: Array(clause.utf8.dropFirst()))
        index += clause.utf8.count
        continue
      }
      if inSelectList, depth == 0, byte == UInt8(ascii: ",") {
        flushItem()
        index += 1
        continue
      }
      current.append(byte)
      index += 1
    }
    if inSelectList {
      flushItem()
      lines.append(contentsOf: selectLines(items))
    } else {
      lines.append(String(decoding: current, as: UTF8.self).trimmingSpaces)
    }
    return lines.filter { !$0.isEmpty }.joined(separator: "\n" + indent)
  }

  /// `SELECT a, b` on one line when it fits, else one item per line.
  static func selectLines(_ items: [String]) -> [String] {
    guard var first = items.first else { return [] }
    let oneLine = items.joined(separator: ", ")
    if oneLine.count <= width { return [oneLine] }
    first = String(first.dropFirst("SELECT ".count))
    let rest = ([first] + items.dropFirst()).map { "  " + $0 }
    return ["SELECT"] + rest.enumerated().map { $0.offset < rest.count - 1 ? $0.element + "," : $0.element }
  }

  static func matches(_ word: String, _ bytes: [UInt8], at index: Int) -> Bool {
    let pattern = Array(word.utf8)
    guard index + pattern.count <= bytes.count else { return false }
    return Array(bytes[index..<(index + pattern.count)]) == pattern
  }
}

extension String {
  var trimmingSpaces: String {
    var text = Substring(self)
    while text.first == " " { text = text.dropFirst() }
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }
}
