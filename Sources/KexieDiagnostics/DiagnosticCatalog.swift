/// The catalogue: every diagnostic kexie reports is made here, in alphabetical order, so the
/// wording stays consistent and each message can be reviewed in one place.
///
/// Messages start lower-case, quote source text with '…', and say what was expected and what
/// was found. Help goes in notes.
extension Diagnostic {
  public static func ambiguousCommand(_ name: String, candidates: [String], at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .unknownCommand, "'.\(name)' is ambiguous", at: range,
      notes: ["it could be " + candidates.map { "." + $0 }.joined(separator: ", ")])
  }

  public static func ambiguousField(_ name: String, tables: [String], at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .ambiguousField, "field '\(name)' is ambiguous: both \(tables.joined(separator: " and ")) have it",
      at: range, notes: tables.map { "write '\($0).\(name)' for the one in \($0)" })
  }

  public static func argumentType(
    function: String, position: Int, expected: String, found: String, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, .argumentType,
      "\(function)() takes \(expected) as argument \(position), found \(found)", at: range,
      notes: ["see '.help functions'"])
  }

  public static func arithmeticType(operator op: String, found: String, at range: SourceRange) -> Diagnostic {
    var notes: [String] = []
    if op == "+", found == "text" { notes.append("to join text, use concat(a, b)") }
    return Diagnostic(
      .error, .arithmeticType, "'\(op)' needs numbers, found \(found)", at: range, notes: notes)
  }

  public static func assignmentInSummarize(name: String, aggregate: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .assignmentInSummarize, "kexie names an aggregate after it, not before",
      at: range, notes: ["use '\(aggregate) as \(name)'"])
  }

  public static func cancelled() -> Diagnostic {
    Diagnostic(.error, .cancelled, "query cancelled")
  }

  public static func loadCancelled(_ path: String, name: String, replacing: Bool) -> Diagnostic {
    Diagnostic(
      .error, .cancelled, "loading \(path) was cancelled: nothing was loaded",
      notes: replacing ? ["the table '\(name)' loaded before is unchanged"] : [])
  }

  public static func tableReplaced(_ name: String, by path: String) -> Diagnostic {
    Diagnostic(
      .warning, .rebinding, "'\(name)' now names the table loaded from \(path), not the one loaded before",
      notes: ["a let bound before keeps the table it was checked against"])
  }

  public static func shadowsChineseName(_ name: String, set: String, by what: String, at range: SourceRange? = nil) -> Diagnostic {
    Diagnostic(
      .warning, .shadowsChineseName, "'\(name)' is the Chinese name of the set \(set): from here on it names \(what)",
      at: range, notes: ["the set is still '\(set)'; give \(what) another name to use both"])
  }

  public static func pagerMissing(_ command: String) -> Diagnostic {
    Diagnostic(
      .warning, .pagerMissing, "the pager '\(command)' cannot be found: results are written to the terminal directly",
      notes: ["set PAGER to a pager you have, or turn paging off with .pager off"])
  }

  public static func printingInterrupted(after rows: Int, of total: Int) -> Diagnostic {
    Diagnostic(.error, .cancelled, "interrupted after \(rows) of \(total) rows")
  }

  public static func chineseComma(at range: SourceRange) -> Diagnostic {
    Diagnostic(.note, .chineseComma, "read '、' as ',' between list items", at: range)
  }

  public static func chineseQuote(opening: String, at range: SourceRange) -> Diagnostic {
    let pair = opening == "‘" || opening == "’" ? "‘…’" : "“…”"
    return Diagnostic(
      .note, .chineseQuote, "read \(pair) as string quotes", at: range,
      notes: ["the text inside is kept exactly as typed"])
  }

  public static func clauseOnNewLine(_ keyword: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .clauseOnNewLine, "'\(keyword)' starts a new statement, but a statement cannot start with a clause",
      at: range, notes: ["to continue the query on a new line, start the line with '| \(keyword)'"])
  }

  public static func commandArgument(_ command: String, _ message: String, at range: SourceRange? = nil, notes: [String] = []) -> Diagnostic {
    Diagnostic(.error, .commandArgument, "\(command): \(message)", at: range, notes: notes)
  }

  public static func conditionNotBoolean(clause: String, found: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .conditionNotBoolean, "'\(clause)' needs a true/false condition, found \(found)",
      at: range, notes: ["compare it with something, e.g. 'participants > 100' or 'county is not null'"])
  }

  public static func danglingLink(
    file: String, record: String, field: String, target: String, value: String
  ) -> Diagnostic {
    Diagnostic(
      .error, .danglingLink,
      "\(file): record '\(record)' links \(field) to '\(value)', which is not an id in \(target)")
  }

  public static func divisionByZero(at range: SourceRange) -> Diagnostic {
    Diagnostic(.error, .divisionByZero, "division by zero", at: range)
  }

  public static func duplicateColumn(_ name: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .duplicateColumn, "the result already has a column named '\(name)'", at: range,
      notes: ["rename one of them with 'as'"])
  }

  public static func duplicateHeader(_ name: String, file: String) -> Diagnostic {
    Diagnostic(.error, .duplicateHeader, "\(file): column '\(name)' appears twice in the header")
  }

  public static func textAfterQuote() -> Diagnostic {
    Diagnostic(
      .error, .textAfterQuote, "text after the closing quote of a field",
      notes: ["a quote inside a quoted field is written twice: \"say \"\"hi\"\"\""])
  }

  public static func duplicateKey(_ key: String) -> Diagnostic {
    Diagnostic(.error, .duplicateKey, "the object names '\(key)' twice")
  }

  public static func inputTooLarge(_ what: String, limit: String, file: String? = nil) -> Diagnostic {
    Diagnostic(
      .error, .inputTooLarge, (file.map { "\($0): " } ?? "") + "\(what) is larger than \(limit)",
      notes: ["docs/LIMITS.md lists kexie's limits"])
  }

  public static func tooManyColumns(_ what: String, file: String) -> Diagnostic {
    Diagnostic(
      .error, .inputTooLarge, "\(file): \(what); a table holds at most \(Limits.columns.shown) columns",
      notes: ["docs/LIMITS.md lists kexie's limits"])
  }

  public static func keptAsText(column: String, file: String, value: String, line: Int, why: String) -> Diagnostic {
    Diagnostic(
      .warning, .keptAsText, "\(file): column '\(column)' is kept as text: \(value) (line \(line)) \(why)",
      notes: ["to_int() or to_decimal() reads its values as numbers, rounded where they must be"])
  }

  public static func emptyData(file: String, _ what: String) -> Diagnostic {
    Diagnostic(.error, .emptyData, "\(file): \(what)")
  }

  public static func emptyQuotedName(at range: SourceRange) -> Diagnostic {
    Diagnostic(.error, .emptyQuotedName, "a quoted name cannot be empty", at: range)
  }

  public static func expandOfComputedList(_ written: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .notAList, "expand takes a list field of the rows, and '\(written)' is computed", at: range,
      notes: ["name it first: 'extend \(written) as values | expand values'"])
  }

  public static func expected(_ expected: String, found: String, at range: SourceRange, notes: [String] = []) -> Diagnostic {
    Diagnostic(.error, .expectedToken, "expected \(expected), found \(found)", at: range, notes: notes)
  }

  /// SQL's LIKE, with the text test its pattern means (`%科技%` is contains "科技").
  public static func likePattern(_ written: String, pattern: String?, at range: SourceRange) -> Diagnostic {
    var use = "contains, startswith or endswith (or matches for a pattern)"
    var notes = ["kexie tests text with words: contains \"科技\", startswith \"南阳\", endswith \"大赛\"; matches takes a regular expression"]
    if let pattern {
      var inner = Substring(pattern)
      while inner.first == "%" { inner = inner.dropFirst() }
      while inner.last == "%" { inner = inner.dropLast() }
      let wild = inner.contains("%") || inner.contains("_")
      if !wild && !inner.isEmpty {
        let start = pattern.hasPrefix("%"), end = pattern.hasSuffix("%")
        let word = start && end ? "contains" : end ? "startswith" : start ? "endswith" : "="
        use = "\(word) \"\(inner)\""
        notes = ["'\(pattern)' is \(word) \"\(inner)\" in kexie"]
      }
    }
    return Diagnostic(.error, .foreignOperator, "kexie has no '\(written)': use \(use)", at: range, notes: notes)
  }

  public static func foreignOperator(_ written: String, use replacement: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .foreignOperator, "kexie writes '\(written)' as '\(replacement)'", at: range,
      notes: ["did you mean '\(replacement)'?"])
  }

  public static func incomparableTypes(
    _ left: String, _ right: String, operator op: String, at range: SourceRange, notes: [String] = []
  ) -> Diagnostic {
    Diagnostic(
      .error, .incomparableTypes, "cannot compare \(left) with \(right) using '\(op)'", at: range,
      notes: notes)
  }

  public static func tooManyClauses(_ count: Int, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .tooManyClauses, "this query has \(count) clauses, with those of the lets it builds on; kexie runs at most \(Limits.clauses.shown)",
      at: range, notes: ["several columns can be made by one extend: 'extend a as x, b as y'"])
  }

  public static func queryTooDeep(_ name: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .queryTooDeep, "'\(name)' is built on \(Limits.queryDepth.shown) lets or sub-queries, each on the last; kexie runs at most that many",
      at: range, notes: ["bind an intermediate result with fewer levels, or write the steps as clauses of one query"])
  }

  public static func joinOnLet(_ name: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .unknownSource, "'\(name)' is a let binding, and join takes a set or a loaded table", at: range,
      notes: ["start from the binding instead: \(name) | join … on …"])
  }

  public static func selfJoinNeedsName(_ table: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .ambiguousField, "\(table) is joined to itself: its two sides need different names", at: range,
      notes: ["name the joined side with 'as': join \(table) as other on … = …, then other.FIELD names its fields"])
  }

  public static func decimalOverflow(_ operation: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .integerOverflow, "decimal overflow in \(operation)", at: range,
      notes: ["decimals are finite doubles, up to ±1.8e308"])
  }

  public static func integerOverflow(_ operation: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .integerOverflow, "integer overflow in \(operation)", at: range,
      notes: ["integers are exact 64-bit values; use to_decimal() for larger magnitudes"])
  }

  public static func invalidArgument(function: String, _ message: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(.error, .invalidArgument, "\(function)(): \(message)", at: range)
  }

  public static func invalidCount(_ clause: String, found: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .invalidCount, "'\(clause)' needs a whole number of rows, found \(found)", at: range)
  }

  public static func invalidEscape(_ written: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .invalidEscape, "unknown escape sequence '\(written)'", at: range,
      notes: ["known escapes: \\\" \\' \\\\ \\n \\t \\r \\0 \\u{4E2D}; write \\\\ for a backslash"])
  }

  public static func invalidNumber(_ written: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .invalidNumber, "'\(written)' is not a number", at: range,
      notes: ["numbers look like 42, 58.7, 1e6, 58.7万, 1.5亿, 2万亿 or 35%"])
  }

  public static func invalidRegex(_ pattern: String, reason: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(.error, .invalidRegex, "invalid regular expression '\(pattern)': \(reason)", at: range)
  }

  public static func invalidUTF8(byte: UInt8, at range: SourceRange) -> Diagnostic {
    let hex = String(byte, radix: 16, uppercase: true)
    return Diagnostic(
      .error, .invalidUTF8, "invalid UTF-8 byte 0x\(hex.count < 2 ? "0" + hex : hex) at byte offset \(range.start)",
      at: range, notes: ["kexie reads scripts as UTF-8"])
  }

  public static func invalidUTF8InData(byteOffset: Int) -> Diagnostic {
    Diagnostic(
      .error, .invalidUTF8InData, "invalid UTF-8 at byte offset \(byteOffset)",
      notes: ["data files must be UTF-8"])
  }

  public static func jsonShape(_ message: String) -> Diagnostic {
    Diagnostic(.error, .jsonShape, message)
  }

  public static func jsonSyntax(_ message: String) -> Diagnostic {
    Diagnostic(.error, .jsonSyntax, message)
  }

  public static func listItemType(expected: String, found: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .listItemType, "list item is \(found), but the value tested is \(expected)", at: range)
  }

  public static func listValue(_ written: String, type: String, use: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .listValue, "'\(written)' is a \(type), but \(use) takes one value", at: range,
      notes: ["'expand \(written)' first gives one row per value; size(\(written)) says how many it holds"])
  }

  public static func missingFunction(_ name: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(.error, .missingObject, "this engine has no function '\(name)()'", at: range)
  }

  public static func missingTable(_ name: String) -> Diagnostic {
    Diagnostic(
      .error, .missingObject, "the table '\(name)' this query was checked against is gone",
      notes: ["run the query again to check it against the tables there are now (.sets lists them)"])
  }

  public static func misplacedAggregate(_ function: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .misplacedAggregate, "\(function)() is an aggregate; it can only be used in 'summarize'",
      at: range, notes: ["e.g. 'summarize \(function)(…) by county'"])
  }

  public static func nestingTooDeep(limit: Int, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .nestingTooDeep, "nesting too deep (more than \(limit) levels)", at: range,
      notes: ["split the expression with 'extend … as name'"])
  }

  public static func noMatchingValue(
    field: String, value: String, suggestions: [String], at range: SourceRange
  ) -> Diagnostic {
    var message = "no \(field) is '\(value)'"
    if let hint = Suggestion.didYouMean(suggestions) { message += "; " + hint }
    return Diagnostic(.warning, .noMatchingValue, message, at: range)
  }

  public static func notALink(_ field: String, type: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .notALink, "'\(field)' is \(type), not a link, so it has no fields", at: range,
      notes: ["only link fields (→ in '.schema') can be followed with '.'"])
  }

  public static func notAList(_ written: String, type: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .notAList, "'\(written)' is \(type.hasPrefix("list") ? "a " : "")\(type), not a list field: there is nothing to expand",
      at: range, notes: ["expand takes fields shown as 'list of …' in .schema"])
  }

  public static func notAnAggregate(at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .notAnAggregate, "'summarize' needs an aggregate such as count() or sum(…)",
      at: range, notes: ["put grouping fields after 'by': 'summarize count() by county'"])
  }

  public static func nothingToCite(in owner: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .unknownField, "unknown field 'source' in \(owner)", at: range,
      notes: ["cite shows the report sentence of each row; rows made by count, summarize or distinct have none"])
  }

  public static func notOneQuery() -> Diagnostic {
    Diagnostic(.error, .expectedToken, "expected one query")
  }

  public static func notInDialect(_ what: String, dialect: String, reason: String, at range: SourceRange?) -> Diagnostic {
    Diagnostic(
      .error, .notInDialect, "\(what) cannot be written exactly in \(dialect) SQL: \(reason)", at: range,
      notes: ["when a database runs this query, kexie runs this part itself on the rows it returns"])
  }

  public static func databaseUnavailable(_ database: String, reason: String) -> Diagnostic {
    Diagnostic(.error, .databaseUnavailable, "cannot open \(database): \(reason)")
  }

  public static func databaseFailure(_ database: String, reason: String, at range: SourceRange? = nil) -> Diagnostic {
    Diagnostic(.error, .databaseFailure, "\(database) stopped the query: \(reason)", at: range)
  }

  public static func numberTooLarge(_ written: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .numberTooLarge, "'\(written)' does not fit in a 64-bit integer", at: range,
      notes: ["integers range from -9223372036854775808 to 9223372036854775807"])
  }

  public static func optionArgument(_ option: String, _ message: String) -> Diagnostic {
    Diagnostic(.error, .optionArgument, "\(option): \(message)", notes: ["see 'kexie --help'"])
  }

  public static func raggedRow(expected: Int, found: Int) -> Diagnostic {
    Diagnostic(
      .error, .raggedRow, "row has \(found) field\(found == 1 ? "" : "s"), the header has \(expected)",
      notes: ["quote fields that contain the separator"])
  }

  public static func rebinding(_ name: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(.warning, .rebinding, "'\(name)' now names a new query", at: range)
  }

  public static func reservedName(_ name: String, kind: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .reservedName, "'\(name)' already names \(kind); let cannot rebind it", at: range,
      notes: ["choose another name"])
  }

  public static func statementStartsWithOperator(_ written: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .clauseOnNewLine, "a statement cannot start with '\(written)'", at: range,
      notes: ["to continue on the next line, end this line with '\(written)' (or start the next line with '|')"])
  }

  public static func statementStartsWithPipe(at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .clauseOnNewLine, "a statement cannot start with '|'", at: range,
      notes: ["'|' joins the clauses of one statement: to continue a statement on the next line, end its line with '|'"])
  }

  public static func sqlStyleQuery(at range: SourceRange, suggestion: String?) -> Diagnostic {
    var notes = ["kexie starts with the source and flows left to right"]
    if let suggestion { notes.append("try '\(suggestion)'") }
    return Diagnostic(
      .error, .sqlStyleQuery, "a query starts with its source, not with 'select'", at: range,
      notes: notes)
  }

  public static func tableNameIsALet(_ name: String) -> Diagnostic {
    Diagnostic(
      .error, .tableNameTaken, "'\(name)' already names a let binding", notes: ["load it with another name: '.load FILE as NAME'"])
  }

  public static func tableNameTaken(_ name: String) -> Diagnostic {
    Diagnostic(
      .error, .tableNameTaken, "'\(name)' is an entity set; a loaded table needs another name",
      notes: ["load it with a name: '.load FILE as NAME'"])
  }

  public static func unclosedQuote() -> Diagnostic {
    Diagnostic(
      .error, .unclosedQuote, "quoted field is never closed",
      notes: ["a quote inside a quoted field is written twice: \"\""])
  }

  public static func unexpectedCharacter(_ character: String, count: Int = 1, at range: SourceRange) -> Diagnostic {
    var notes: [String] = []
    switch character {
    case "~": notes.append("for regular expressions use 'matches'")
    case "[", "]", "{", "}": notes.append("lists are written in parentheses: in (\"a\", \"b\")")
    case ":": notes.append("name a column with 'as': 'count() as n'")
    case "。", "．": notes.append("a full stop from a Chinese input method: a statement needs none (a new line or ';' ends it)")
    case "%": notes.append("% follows a number directly: 35%")
    default: break
    }
    let times = count > 1 ? " (\(count) in a row)" : ""
    return Diagnostic(.error, .unexpectedCharacter, "unexpected character '\(character)'\(times)", at: range, notes: notes)
  }

  public static func unknownClause(_ word: String, suggestion: String?, clauses: String, at range: SourceRange) -> Diagnostic {
    var notes: [String] = []
    if let suggestion { notes.append("did you mean '\(suggestion)'?") }
    notes.append("clauses: " + clauses)
    return Diagnostic(
      .error, .unknownClause, "expected a clause, found '\(word)'", at: range, notes: notes)
  }

  public static func unknownCommand(_ name: String, suggestions: [String]) -> Diagnostic {
    var notes: [String] = []
    if let hint = Suggestion.didYouMean(suggestions.map { "." + $0 }) { notes.append(hint) }
    notes.append("'.help' lists the commands")
    return Diagnostic(.error, .unknownCommand, "unknown command '.\(name)'", notes: notes)
  }

  public static func unknownField(
    _ name: String, in owner: String, suggestions: [String], available: [String], at range: SourceRange
  ) -> Diagnostic {
    var notes: [String] = []
    if let hint = Suggestion.didYouMean(suggestions) { notes.append(hint) }
    if !available.isEmpty { notes.append("\(owner) has: \(Suggestion.list(available))") }
    return Diagnostic(.error, .unknownField, "unknown field '\(name)' in \(owner)", at: range, notes: notes)
  }

  public static func unknownFileKind(_ path: String, known: String) -> Diagnostic {
    Diagnostic(.error, .commandArgument, "'\(path)': kexie loads \(known) files")
  }

  public static func unknownFunction(_ name: String, suggestions: [String], at range: SourceRange) -> Diagnostic {
    var notes: [String] = []
    if let hint = Suggestion.didYouMean(suggestions) { notes.append(hint) }
    notes.append("'.help functions' lists them")
    return Diagnostic(.error, .unknownFunction, "unknown function '\(name)'", at: range, notes: notes)
  }

  public static func unknownOption(_ option: String, suggestions: [String]) -> Diagnostic {
    var notes: [String] = []
    if let hint = Suggestion.didYouMean(suggestions) { notes.append(hint) }
    notes.append("see 'kexie --help'")
    return Diagnostic(.error, .unknownOption, "unknown option '\(option)'", notes: notes)
  }

  public static func unknownSource(
    _ name: String, suggestions: [String], available: [String], at range: SourceRange
  ) -> Diagnostic {
    var notes: [String] = []
    if let hint = Suggestion.didYouMean(suggestions) { notes.append(hint) }
    if !available.isEmpty { notes.append("sources: \(Suggestion.list(available))") }
    return Diagnostic(
      .error, .unknownSource, "no set, let binding or table is named '\(name)'", at: range, notes: notes)
  }

  public static func historyNotSaved(_ problem: String) -> Diagnostic {
    Diagnostic(.warning, .writeFailed, problem, notes: ["KEXIE_HISTORY names another file for it"])
  }

  public static func writeFailed(_ target: String, reason: String) -> Diagnostic {
    Diagnostic(.error, .writeFailed, "cannot write to \(target): \(reason)")
  }

  public static func unreadableFile(_ path: String, reason: String) -> Diagnostic {
    Diagnostic(.error, .unreadableFile, "cannot read '\(path)': \(reason)")
  }

  public static func unterminatedQuotedName(closing: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .unterminatedQuotedName, "quoted name is not closed", at: range,
      notes: ["end it with '\(closing)' on the same line"])
  }

  public static func unterminatedString(quote: String, at range: SourceRange) -> Diagnostic {
    let closing: String
    switch quote {
    case "“", "”": closing = "”"
    case "‘", "’": closing = "’"
    default: closing = quote
    }
    return Diagnostic(
      .error, .unterminatedString, "string is not closed", at: range,
      notes: ["the input ends before the closing \(closing)"])
  }

  public static func wrongArgumentCount(
    function: String, expected: String, found: Int, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, .wrongArgumentCount,
      "\(function)() takes \(expected), found \(found) argument\(found == 1 ? "" : "s")", at: range,
      notes: ["see '.help functions'"])
  }
}
