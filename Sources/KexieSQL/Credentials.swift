/// Passwords in connection strings, kept out of everything kexie writes: the REPL's history,
/// echoed statements and messages. A URI's `user:password@` and a key-value string's
/// `password=…` (quoted or not) become `***`; the rest of the text stays as it was typed, so
/// the history still reads as what was done. (PGPASSWORD and ~/.pgpass, which libpq reads
/// itself, are the places for a password; docs/DATABASES.md says so.)
public enum Credentials {
  public static func redacted(_ text: String) -> String {
    guard text.contains("://") || text.contains("password") else { return text }
    var out = ""
    var rest = Substring(text)
    while !rest.isEmpty {
      // postgresql://user:secret@host → postgresql://user:***@host
      if rest.hasPrefix("://") {
        out += "://"
        rest = rest.dropFirst(3)
        let authority = rest.prefix { $0 != "/" && $0 != " " && $0 != "?" }
        if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
          out += authority[..<colon] + ":***"
          rest = rest[at...]
        }
        continue
      }
      // password=secret, password = 'se cret', ?password=secret&…
      if rest.lowercased().hasPrefix("password"), out.last.map({ !$0.isLetter && !$0.isNumber && $0 != "_" }) ?? true {
        var cursor = rest.dropFirst("password".count)
        let spaces = cursor.prefix { $0 == " " }
        cursor = cursor.dropFirst(spaces.count)
        if cursor.first == "=" {
          cursor = cursor.dropFirst()
          let more = cursor.prefix { $0 == " " }
          cursor = cursor.dropFirst(more.count)
          out += rest.prefix("password".count) + spaces + "=" + more + "***"
          if cursor.first == "'" {
            // A quoted value ends at the next quote that is not escaped.
            var value = cursor.dropFirst()
            while let first = value.first, first != "'" {
              value = value.dropFirst(first == "\\" ? 2 : 1)
            }
            rest = value.dropFirst()
          } else {
            rest = cursor.drop { $0 != " " && $0 != "&" }
          }
          continue
        }
      }
      out.append(rest.removeFirst())
    }
    return out
  }
}
