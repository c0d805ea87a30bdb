import KexieDiagnostics

extension Parser {
  // clause = where-clause | select-clause | extend-clause | sort-clause | limit-clause
  //        | top-clause | count-clause | summarize-clause | distinct-clause | expand-clause
  //        | join-clause | cite-clause ;
  mutating func parseClause() -> Clause {
    guard let keyword = current.keyword, let spec = ClauseSpec.starting(with: keyword) else {
      return reportUnknownClause()
    }
    switch spec.kind {
    case .where: return parseWhereClause()
    case .select: return parseSelectClause()
    case .extend: return parseExtendClause()
    case .sort: return parseSortClause()
    case .limit: return parseLimitClause()
    case .top: return parseTopClause()
    case .count: return parseCountClause()
    case .summarize: return parseSummarizeClause()
    case .distinct: return parseDistinctClause()
    case .expand: return parseExpandClause()
    case .join: return parseJoinClause()
    case .cite: return parseCiteClause()
    }
  }

  mutating func reportUnknownClause() -> Clause {
    let start = current.range
    if current.isWordLike, ["like", "ilike"].contains(current.text.lowercased()) {
      // SQL's LIKE: say which text test its pattern means.
      let pattern: String? = peek().kind == .string ? peek().text : nil
      report(.likePattern(current.text, pattern: pattern, at: current.range))
    } else if current.isWordLike {
      let word = current.text
      if ChineseWords.hasChinese(word) {
        // In Chinese: the Chinese clause words, and a keyword written without its space
        // (`筛选县` is `筛选 县`).
        let chinese = ClauseSpec.completionWords.compactMap(ChineseWords.phrase)
        let suggestion = ChineseWords.leadingWord(of: word).map { "\($0.1) \(word.dropFirst($0.1.count))" }
          ?? Suggestion.closest(to: word, among: chinese).first
        report(.unknownClause(word, suggestion: suggestion, clauses: chinese.joined(separator: "、"), at: current.range))
      } else {
        let candidates = ClauseSpec.startingKeywords.map(\.rawValue)
        let suggestion = ClauseSpec.habit(word) ?? Suggestion.closest(to: word.lowercased(), among: candidates).first
        report(.unknownClause(word, suggestion: suggestion, clauses: ClauseSpec.listed, at: current.range))
      }
    } else if current.kind == .ampAmp || current.kind == .barBar {
      report(.foreignOperator(current.text, use: current.kind == .ampAmp ? "and" : "or", at: current.range))
    } else {
      reportExpected(Phrase("a clause (where, select, sort by, …) or the end of the statement", zh: "子句（where、select、sort by……）或语句的结尾"))
    }
    consume()
    synchronize()
    return .invalid(range: start.merged(with: SourceRange(start.start, current.range.start)))
  }

  // where-clause = "where" expression ;
  mutating func parseWhereClause() -> Clause {
    let keyword = consume()  // 'where'
    let condition = parseExpression()
    return .where(condition, range: keyword.range.merged(with: condition.range))
  }

  // select-clause = "select" ( "*" [ "," item { "," item } ] | item { "," item } ) ;
  mutating func parseSelectClause() -> Clause {
    let keyword = consume()  // 'select'
    if at(.star) {
      // `select *` keeps every visible column: written as a name so the checker expands it.
      let star = consume()
      let item = SelectItem(Expr(.name(Identifier("*", range: star.range)), range: star.range))
      var items = [item]
      if consume(if: .comma) != nil { items += parseItems(context: .select) }
      return .select(items, range: keyword.range.merged(with: items.last?.range ?? star.range))
    }
    let items = parseItems(context: .select)
    return .select(items, range: keyword.range.merged(with: items.last?.range ?? keyword.range))
  }

  // extend-clause = "extend" expression "as" name { "," expression "as" name } ;
  mutating func parseExtendClause() -> Clause {
    let keyword = consume()  // 'extend'
    let items = parseItems(context: .extend)
    return .extend(items, range: keyword.range.merged(with: items.last?.range ?? keyword.range))
  }

  // sort-clause = ( "sort" | "order" ) "by" sort-key { "," sort-key } ;
  // (排序 may go without its 按: `排序 名称 降序`.)
  mutating func parseSortClause() -> Clause {
    let keyword = consume()  // 'sort' or 'order'
    if keyword.chineseWord != nil {
      _ = consume(if: .keyword(.by))
    } else {
      let written = source.text(of: keyword.range)
      expect(.keyword(.by), Phrase("'by' after '\(written)'", zh: "'\(written)' 后面的 'by'"))
    }
    let (keys, end) = parseSortKeys()
    return .sort(keys, range: keyword.range.merged(with: end ?? keyword.range))
  }

  // sort-key = expression [ "asc" | "desc" ] ;
  /// The keys, and where the last ends (its `desc` included, so the clause's text is whole).
  mutating func parseSortKeys() -> ([SortKey], SourceRange?) {
    var keys: [SortKey] = []
    var end: SourceRange?
    repeat {
      let expression = parseExpression()
      end = expression.range
      var descending: Bool?
      if let word = consume(if: .keyword(.desc)) {
        descending = true
        end = word.range
      } else if let word = consume(if: .keyword(.asc)) {
        descending = false
        end = word.range
      }
      keys.append(SortKey(expression, descending: descending))
    } while consume(if: .comma) != nil
    return (keys, end)
  }

  // limit-clause = ( "limit" | "take" ) INTEGER ;
  mutating func parseLimitClause() -> Clause {
    let keyword = consume()  // 'limit' or 'take'
    let (count, range) = parseRowCount(after: source.text(of: keyword.range))
    return .limit(count, range: keyword.range.merged(with: range))
  }

  /// A non-negative integer number of rows.
  mutating func parseRowCount(after clause: String) -> (Int64, SourceRange) {
    if at(.integer), case .integer(let value)? = current.number {
      let token = consume()
      return (value, token.range)
    }
    if at(.minus), peek().kind == .integer {
      let minus = consume()
      let number = consume()
      report(.invalidCount(clause, found: "'-\(source.text(of: number.range))'", at: minus.range.merged(with: number.range)))
      return (0, minus.range.merged(with: number.range))
    }
    if at(.decimal) {
      let token = consume()
      report(.invalidCount(clause, found: "'\(source.text(of: token.range))'", at: token.range))
      return (0, token.range)
    }
    reportExpected(Phrase("a number of rows after '\(clause)'", zh: "'\(clause)' 后面的行数"))
    // A word here was meant as the count: skip it so it is not read as a clause.
    if current.kind == .name || current.kind == .quotedName { consume() }
    return (0, .point(current.range.start))
  }

  // top-clause = "top" INTEGER "by" sort-key { "," sort-key } ;
  mutating func parseTopClause() -> Clause {
    let keyword = consume()  // 'top'
    let written = source.text(of: keyword.range)
    let (count, countRange) = parseRowCount(after: written)
    expect(.keyword(.by), Phrase("'by' after '\(written) \(count)'", zh: "'\(written) \(count)' 后面的 'by'"))
    let (keys, end) = parseSortKeys()
    return .top(count, keys, range: keyword.range.merged(with: end ?? countRange))
  }

  // count-clause = "count" [ "(" [ "*" ] ")" ] [ "by" item { "," item } ] ;
  mutating func parseCountClause() -> Clause {
    var keyword = consume()  // 'count'
    // `count()` and SQL's `count(*)` are the clause too.
    if at(.leftParen), peek().kind == .rightParen || (peek().kind == .star && peek(2).kind == .rightParen) {
      consume()
      if at(.star) { consume() }
      keyword.range = keyword.range.merged(with: consume().range)
    }
    guard consume(if: .keyword(.by)) != nil else {
      return .count(by: [], range: keyword.range)
    }
    let items = parseItems(context: .group)
    return .count(by: items, range: keyword.range.merged(with: items.last?.range ?? keyword.range))
  }

  // summarize-clause = "summarize" item { "," item } [ "by" item { "," item } ] ;
  mutating func parseSummarizeClause() -> Clause {
    let keyword = consume()  // 'summarize'
    let aggregates = parseItems(context: .summarize)
    var groups: [SelectItem] = []
    if consume(if: .keyword(.by)) != nil {
      groups = parseItems(context: .group)
    }
    let end = groups.last?.range ?? aggregates.last?.range ?? keyword.range
    return .summarize(aggregates, by: groups, range: keyword.range.merged(with: end))
  }

  // distinct-clause = "distinct" item { "," item } ;
  mutating func parseDistinctClause() -> Clause {
    let keyword = consume()  // 'distinct'
    let items = parseItems(context: .group)
    return .distinct(items, range: keyword.range.merged(with: items.last?.range ?? keyword.range))
  }

  // expand-clause = "expand" item { "," item } ;
  mutating func parseExpandClause() -> Clause {
    let keyword = consume()  // 'expand'
    let items = parseItems(context: .group)
    return .expand(items, range: keyword.range.merged(with: items.last?.range ?? keyword.range))
  }

  // join-clause = [ "left" ] "join" name [ "as" name ] "on" coalesce "=" coalesce ;
  mutating func parseJoinClause() -> Clause {
    let first = consume()  // 'left' or 'join'
    var kind = JoinKind.inner
    if first.is(.left) {
      kind = .left
      expect(.keyword(.join), Phrase("'join' after 'left'", zh: "'left' 后面的 'join'"))
    }
    guard let table = parseName(Phrase("the name of a table to join", zh: "要连接的表的名字")) else {
      synchronize()
      return .invalid(range: first.range)
    }
    // `as NAME` names the joined side (a table joined to itself needs one).
    var alias: Identifier?
    if consume(if: .keyword(.as)) != nil { alias = parseName(Phrase("a name for the joined table after 'as'", zh: "'as' 后面给连接的表起的名字")) }
    expect(.keyword(.on), Phrase("'on' after 'join \(table.name)\(alias.map { " as " + $0.name } ?? "")'", zh: "'join \(table.name)\(alias.map { " as " + $0.name } ?? "")' 后面的 'on'"))
    // The condition is parsed below comparison level so '=' separates the two sides.
    let left = parseCoalesce()
    if at(.doubleEqual) { consume() } else { expect(.equal, Phrase("'=' between the two join fields", zh: "两个连接字段之间的 '='")) }
    let right = parseCoalesce()
    return .join(kind, table: table, alias: alias, left: left, right: right, range: first.range.merged(with: right.range))
  }

  // cite-clause = "cite" ;
  mutating func parseCiteClause() -> Clause {
    let keyword = consume()  // 'cite'
    return .cite(range: keyword.range)
  }

  enum ItemContext {
    case select, extend, summarize, group
  }

  /// A comma-separated list of items.
  mutating func parseItems(context: ItemContext) -> [SelectItem] {
    var items: [SelectItem] = []
    var progress = LoopProgress()
    repeat {
      progress.mark(index)
      items.append(parseItem(context: context))
    } while progress.advanced(to: index) && consume(if: .comma) != nil
    return items
  }

  // item = expression [ "as" name ] ;
  mutating func parseItem(context: ItemContext) -> SelectItem {
    let expression = parseExpression()
    if consume(if: .keyword(.as)) != nil {
      // Any expression may be named, a comparison too: `extend k = 1 as one`.
      if let alias = parseName(Phrase("a column name after 'as'", zh: "'as' 后面的列名")) {
        return SelectItem(expression, alias: alias)
      }
      return SelectItem(expression)
    }
    // `name = expression` with no `as` after it, where kexie wants `expression as name`.
    if context == .summarize || context == .extend, case .binary(.equal, let left, let right) = expression.kind,
      case .name(let name) = left.kind
    {
      report(.assignmentInSummarize(name: name.name, aggregate: source.text(of: right.range), at: expression.range))
      return SelectItem(right, alias: name)
    }
    if context == .extend, !expression.isInvalid {
      reportExpected(
        Phrase("'as' and a column name after the expression", zh: "表达式后面的 'as' 和列名"),
        notes: [Phrase("extend adds a named column: 'extend participants * 2 as doubled'", zh: "extend 添加的列要有名字：'extend participants * 2 as doubled'")])
    }
    return SelectItem(expression)
  }
}
