/// The catalogue: every diagnostic kexie reports is made here, in alphabetical order, so the
/// wording stays consistent and each message can be reviewed in one place.
///
/// Messages start lower-case, quote source text with '…', and say what was expected and what
/// was found. Help goes in notes.
extension Diagnostic {
  public static func ambiguousCommand(_ name: String, candidates: [String], at range: SourceRange) -> Diagnostic {
    let commands = candidates.map { "." + $0 }
    return Diagnostic(
      .error, .unknownCommand, Phrase("'.\(name)' is ambiguous", zh: "'.\(name)' 可以指好几个命令"), at: range,
      notes: [Phrase("it could be " + commands.joined(separator: ", "), zh: "可能是 " + commands.joined(separator: "、"))])
  }

  public static func ambiguousField(_ name: String, tables: [String], at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .ambiguousField,
      Phrase(
        "field '\(name)' is ambiguous: both \(tables.joined(separator: " and ")) have it",
        zh: "\(tables.joined(separator: " 和 ")) 都有字段 '\(name)'，不知道指的是哪一个"),
      at: range, notes: tables.map { Phrase("write '\($0).\(name)' for the one in \($0)", zh: "写 '\($0).\(name)' 表示 \($0) 里的那个") })
  }

  public static func argumentType(
    function: String, position: Int, expected: Phrase, found: Phrase, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, .argumentType,
      Phrase(
        "\(function)() takes \(expected.en) as argument \(position), found \(found.en)",
        zh: Phrase.chinese("\(function)() 的第 \(position) 个参数应该是", expected.zh, "，这里是", found.zh)), at: range,
      notes: [.seeFunctions])
  }

  public static func arithmeticType(operator op: String, found: Phrase, at range: SourceRange) -> Diagnostic {
    var notes: [Phrase] = []
    if op == "+", found.en == "text" { notes.append(Phrase("to join text, use concat(a, b)", zh: "要把文字接起来，用 concat(a, b)")) }
    return Diagnostic(
      .error, .arithmeticType, Phrase("'\(op)' needs numbers, found \(found.en)", zh: Phrase.chinese("'\(op)' 只能算数字，这里是", found.zh)),
      at: range, notes: notes)
  }

  public static func assignmentInSummarize(name: String, aggregate: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .assignmentInSummarize,
      Phrase("kexie names an aggregate after it, not before", zh: "kexie 把列名写在汇总函数后面，不写在前面"),
      at: range, notes: [Phrase("use '\(aggregate) as \(name)'", zh: "写成 '\(aggregate) as \(name)'（或 '\(aggregate) 为 \(name)'）")])
  }

  public static func cancelled() -> Diagnostic {
    Diagnostic(.error, .cancelled, Phrase("query cancelled", zh: "查询已取消"))
  }

  public static func loadCancelled(_ path: String, name: String, replacing: Bool) -> Diagnostic {
    Diagnostic(
      .error, .cancelled,
      Phrase("loading \(path) was cancelled: nothing was loaded", zh: "读取 \(path) 已取消，什么也没有读进来"),
      notes: replacing ? [Phrase("the table '\(name)' loaded before is unchanged", zh: "之前读进来的表 '\(name)' 没有变")] : [])
  }

  public static func tableReplaced(_ name: String, by path: String) -> Diagnostic {
    Diagnostic(
      .warning, .rebinding,
      Phrase(
        "'\(name)' now names the table loaded from \(path), not the one loaded before",
        zh: "'\(name)' 现在指从 \(path) 读进来的表，不再是之前那张"),
      notes: [Phrase("a let bound before keeps the table it was checked against", zh: "之前定义的命名查询仍然用检查它时的那张表")])
  }

  public static func shadowsChineseName(_ name: String, set: String, by what: Phrase, at range: SourceRange? = nil) -> Diagnostic {
    Diagnostic(
      .warning, .shadowsChineseName,
      Phrase(
        "'\(name)' is the Chinese name of the set \(set): from here on it names \(what.en)",
        zh: Phrase.chinese("'\(name)' 是集合 \(set) 的中文名，从这里起它指", what.zh)),
      at: range,
      notes: [Phrase(
        "the set is still '\(set)'; give \(what.en) another name to use both",
        zh: Phrase.chinese("集合仍然可以写作 '\(set)'；想两个都用，就给", what.zh, "换个名字"))])
  }

  public static func pagerMissing(_ command: String) -> Diagnostic {
    Diagnostic(
      .warning, .pagerMissing,
      Phrase(
        "the pager '\(command)' cannot be found: results are written to the terminal directly",
        zh: "找不到分页器 '\(command)'，结果直接显示在终端上"),
      notes: [Phrase(
        "set PAGER to a pager you have, or turn paging off with .pager off",
        zh: "把 PAGER 设成你装了的分页器，或者用 .pager off 关掉分页")])
  }

  public static func printingInterrupted(after rows: Int, of total: Int) -> Diagnostic {
    Diagnostic(
      .error, .cancelled,
      Phrase(
        "interrupted after \(groupedCount(rows)) of \(groupedCount(total)) rows",
        zh: "显示了 \(groupedCount(rows)) 行后中断（共 \(groupedCount(total)) 行）"))
  }

  public static func chineseComma(at range: SourceRange) -> Diagnostic {
    Diagnostic(.note, .chineseComma, Phrase("read '、' as ',' between list items", zh: "列表项之间的 '、' 按 ',' 读"), at: range)
  }

  public static func chineseQuote(opening: String, at range: SourceRange) -> Diagnostic {
    let pair = opening == "‘" || opening == "’" ? "‘…’" : "“…”"
    return Diagnostic(
      .note, .chineseQuote, Phrase("read \(pair) as string quotes", zh: "\(pair) 按字符串的引号读"), at: range,
      notes: [Phrase("the text inside is kept exactly as typed", zh: "引号里的文字原样保留")])
  }

  public static func clauseOnNewLine(_ keyword: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .clauseOnNewLine,
      Phrase(
        "'\(keyword)' starts a new statement, but a statement cannot start with a clause",
        zh: "'\(keyword)' 开始了一句新的语句，可语句不能以子句开头"),
      at: range,
      notes: [Phrase(
        "to continue the query on a new line, start the line with '| \(keyword)'",
        zh: "要在新的一行接着写查询，这一行要以 '| \(keyword)' 开头")])
  }

  public static func commandArgument(_ command: String, _ message: Phrase, at range: SourceRange? = nil, notes: [Phrase] = []) -> Diagnostic {
    Diagnostic(.error, .commandArgument, Phrase("\(command): \(message.en)", zh: Phrase.chinese("\(command)：", message.zh)), at: range, notes: notes)
  }

  public static func conditionNotBoolean(clause: String, found: Phrase, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .conditionNotBoolean,
      Phrase("'\(clause)' needs a true/false condition, found \(found.en)", zh: Phrase.chinese("'\(clause)' 需要一个算出真或假的条件，这里是", found.zh)),
      at: range,
      notes: [Phrase(
        "compare it with something, e.g. 'participants > 100' or 'county is not null'",
        zh: "拿它和别的值比一比，例如 'participants > 100' 或 'county is not null'")])
  }

  public static func danglingLink(
    file: String, record: String, field: String, target: String, value: String
  ) -> Diagnostic {
    Diagnostic(
      .error, .danglingLink,
      Phrase(
        "\(file): record '\(record)' links \(field) to '\(value)', which is not an id in \(target)",
        zh: "\(file)：记录 '\(record)' 的 \(field) 链接到 '\(value)'，可 \(target) 里没有这个 id"))
  }

  public static func divisionByZero(at range: SourceRange) -> Diagnostic {
    Diagnostic(.error, .divisionByZero, Phrase("division by zero", zh: "除数为零"), at: range)
  }

  public static func duplicateColumn(_ name: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .duplicateColumn, Phrase("the result already has a column named '\(name)'", zh: "结果里已经有一列叫 '\(name)'"), at: range,
      notes: [Phrase("rename one of them with 'as'", zh: "用 'as' 给其中一列改个名")])
  }

  public static func duplicateHeader(_ name: String, file: String) -> Diagnostic {
    Diagnostic(
      .error, .duplicateHeader,
      Phrase("\(file): column '\(name)' appears twice in the header", zh: "\(file)：表头里有两列都叫 '\(name)'"))
  }

  public static func textAfterQuote() -> Diagnostic {
    Diagnostic(
      .error, .textAfterQuote, Phrase("text after the closing quote of a field", zh: "字段的结尾引号后面还有文字"),
      notes: [Phrase(
        "a quote inside a quoted field is written twice: \"say \"\"hi\"\"\"",
        zh: "带引号的字段里，引号本身要写两遍：\"say \"\"hi\"\"\"")])
  }

  public static func duplicateKey(_ key: String) -> Diagnostic {
    Diagnostic(.error, .duplicateKey, Phrase("the object names '\(key)' twice", zh: "这个对象里 '\(key)' 出现了两次"))
  }

  public static func inputTooLarge(_ what: Phrase, limit: String, file: String? = nil) -> Diagnostic {
    Diagnostic(
      .error, .inputTooLarge,
      Phrase(
        (file.map { "\($0): " } ?? "") + "\(what.en) is larger than \(limit)",
        zh: Phrase.chinese(file.map { "\($0)：" } ?? "", what.zh, "超过了 \(limit)")),
      notes: [.seeLimits])
  }

  public static func tooManyColumns(_ what: Phrase, file: String) -> Diagnostic {
    Diagnostic(
      .error, .inputTooLarge,
      Phrase(
        "\(file): \(what.en); a table holds at most \(Limits.columns.shown) columns",
        zh: Phrase.chinese("\(file)：", what.zh, "，而一张表最多 \(Limits.columns.shown) 列")),
      notes: [.seeLimits])
  }

  public static func keptAsText(column: String, file: String, value: String, line: Int, why: Phrase) -> Diagnostic {
    Diagnostic(
      .warning, .keptAsText,
      Phrase(
        "\(file): column '\(column)' is kept as text: \(value) (line \(line)) \(why.en)",
        zh: Phrase.chinese("\(file)：列 '\(column)' 按文字保存：第 \(line) 行的 \(value)", why.zh)),
      notes: [Phrase(
        "to_int() or to_decimal() reads its values as numbers, rounded where they must be",
        zh: "to_int() 或 to_decimal() 能把它的值读成数字，必要时取整")])
  }

  public static func emptyData(file: String, _ what: Phrase) -> Diagnostic {
    Diagnostic(.error, .emptyData, Phrase("\(file): \(what.en)", zh: Phrase.chinese("\(file)：", what.zh)))
  }

  public static func emptyQuotedName(at range: SourceRange) -> Diagnostic {
    Diagnostic(.error, .emptyQuotedName, Phrase("a quoted name cannot be empty", zh: "加引号的名字不能是空的"), at: range)
  }

  public static func expandOfComputedList(_ written: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .notAList,
      Phrase(
        "expand takes a list field of the rows, and '\(written)' is computed",
        zh: "expand 展开的是记录里的列表字段，而 '\(written)' 是算出来的"),
      at: range,
      notes: [Phrase(
        "name it first: 'extend \(written) as values | expand values'",
        zh: "先给它起个名字：'extend \(written) as values | expand values'")])
  }

  public static func expected(_ expected: Phrase, found: Phrase, at range: SourceRange, notes: [Phrase] = []) -> Diagnostic {
    Diagnostic(
      .error, .expectedToken,
      Phrase("expected \(expected.en), found \(found.en)", zh: Phrase.chinese("这里应该是", expected.zh, "，实际是", found.zh)),
      at: range, notes: notes)
  }

  /// SQL's LIKE, with the text test its pattern means (`%科技%` is contains "科技").
  public static func likePattern(_ written: String, pattern: String?, at range: SourceRange) -> Diagnostic {
    var use = Phrase(
      "contains, startswith or endswith (or matches for a pattern)",
      zh: "contains、startswith 或 endswith（要按模式匹配，用 matches）")
    var notes = [Phrase(
      "kexie tests text with words: contains \"科技\", startswith \"南阳\", endswith \"大赛\"; matches takes a regular expression",
      zh: "kexie 用词来检验文字：contains \"科技\"、startswith \"南阳\"、endswith \"大赛\"；matches 后面接正则表达式")]
    if let pattern {
      var inner = Substring(pattern)
      while inner.first == "%" { inner = inner.dropFirst() }
      while inner.last == "%" { inner = inner.dropLast() }
      let wild = inner.contains("%") || inner.contains("_")
      if !wild && !inner.isEmpty {
        let start = pattern.hasPrefix("%"), end = pattern.hasSuffix("%")
        let word = start && end ? "contains" : end ? "startswith" : start ? "endswith" : "="
        use = .same("\(word) \"\(inner)\"")
        notes = [Phrase("'\(pattern)' is \(word) \"\(inner)\" in kexie", zh: "'\(pattern)' 在 kexie 里写作 \(word) \"\(inner)\"")]
      }
    }
    return Diagnostic(
      .error, .foreignOperator, Phrase("kexie has no '\(written)': use \(use.en)", zh: Phrase.chinese("kexie 没有 '\(written)'，请用", use.zh)),
      at: range, notes: notes)
  }

  public static func foreignOperator(_ written: String, use replacement: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .foreignOperator, Phrase("kexie writes '\(written)' as '\(replacement)'", zh: "kexie 把 '\(written)' 写作 '\(replacement)'"),
      at: range, notes: Suggestion.didYouMean([replacement]).map { [$0] } ?? [])
  }

  public static func incomparableTypes(
    _ left: Phrase, _ right: Phrase, operator op: String, at range: SourceRange, notes: [Phrase] = []
  ) -> Diagnostic {
    Diagnostic(
      .error, .incomparableTypes,
      Phrase("cannot compare \(left.en) with \(right.en) using '\(op)'", zh: Phrase.chinese("'\(op)' 不能拿", left.zh, "和", right.zh, "比较")),
      at: range, notes: notes)
  }

  public static func tooManyClauses(_ count: Int, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .tooManyClauses,
      Phrase(
        "this query has \(count) clauses, with those of the lets it builds on; kexie runs at most \(Limits.clauses.shown)",
        zh: "这个查询连同它用到的命名查询共有 \(count) 个子句，kexie 最多运行 \(Limits.clauses.shown) 个"),
      at: range,
      notes: [Phrase(
        "several columns can be made by one extend: 'extend a as x, b as y'",
        zh: "一个 extend 就能算出好几列：'extend a as x, b as y'")])
  }

  public static func queryTooDeep(_ name: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .queryTooDeep,
      Phrase(
        "'\(name)' is built on \(Limits.queryDepth.shown) lets or sub-queries, each on the last; kexie runs at most that many",
        zh: "'\(name)' 一层套一层地建立在 \(Limits.queryDepth.shown) 个命名查询或子查询上，kexie 最多只运行这么多层"),
      at: range,
      notes: [Phrase(
        "bind an intermediate result with fewer levels, or write the steps as clauses of one query",
        zh: "把层数少一些的中间结果起个名字，或者把这些步骤写成同一个查询的子句")])
  }

  public static func joinOnLet(_ name: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .unknownSource,
      Phrase(
        "'\(name)' is a let binding, and join takes a set or a loaded table",
        zh: "'\(name)' 是命名查询，join 只能连接集合或读进来的表"),
      at: range,
      notes: [Phrase("start from the binding instead: \(name) | join … on …", zh: "改成从这个命名查询出发：\(name) | join … on …")])
  }

  public static func selfJoinNeedsName(_ table: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .ambiguousField,
      Phrase("\(table) is joined to itself: its two sides need different names", zh: "\(table) 和自己连接，两边要用不同的名字"),
      at: range,
      notes: [Phrase(
        "name the joined side with 'as': join \(table) as other on … = …, then other.FIELD names its fields",
        zh: "用 'as' 给连接进来的一边起名：join \(table) as other on … = …，再用 other.字段 指它的字段")])
  }

  public static func decimalOverflow(_ operation: Phrase, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .integerOverflow, Phrase("decimal overflow in \(operation.en)", zh: Phrase.chinese(operation.zh, "的结果超出了小数的范围")), at: range,
      notes: [Phrase("decimals are finite doubles, up to ±1.8e308", zh: "小数是有限的双精度数，绝对值最大约 1.8e308")])
  }

  public static func integerOverflow(_ operation: Phrase, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .integerOverflow, Phrase("integer overflow in \(operation.en)", zh: Phrase.chinese(operation.zh, "的结果超出了整数的范围")), at: range,
      notes: [Phrase(
        "integers are exact 64-bit values; use to_decimal() for larger magnitudes",
        zh: "整数是精确的 64 位值；更大的数用 to_decimal() 换成小数")])
  }

  public static func invalidArgument(function: String, _ message: Phrase, at range: SourceRange) -> Diagnostic {
    Diagnostic(.error, .invalidArgument, Phrase("\(function)(): \(message.en)", zh: Phrase.chinese("\(function)()：", message.zh)), at: range)
  }

  public static func invalidCount(_ clause: String, found: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .invalidCount,
      Phrase("'\(clause)' needs a whole number of rows, found \(found)", zh: "'\(clause)' 后面应该是行数（一个整数），这里是 \(found)"),
      at: range)
  }

  public static func invalidEscape(_ written: String, at range: SourceRange) -> Diagnostic {
    let known = "\\\" \\' \\\\ \\n \\t \\r \\0 \\u{4E2D}"
    return Diagnostic(
      .error, .invalidEscape, Phrase("unknown escape sequence '\(written)'", zh: "不认识的转义序列 '\(written)'"), at: range,
      notes: [Phrase(
        "known escapes: \(known); write \\\\ for a backslash",
        zh: "认识的转义有：\(known)；反斜杠本身写作 \\\\")])
  }

  public static func invalidNumber(_ written: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .invalidNumber, Phrase("'\(written)' is not a number", zh: "'\(written)' 不是数字"), at: range,
      notes: [Phrase(
        "numbers look like 42, 58.7, 1e6, 58.7万, 1.5亿, 2万亿 or 35%",
        zh: "数字的写法：42、58.7、1e6、58.7万、1.5亿、2万亿 或 35%")])
  }

  public static func invalidRegex(_ pattern: String, reason: Phrase, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .invalidRegex,
      Phrase("invalid regular expression '\(pattern)': \(reason.en)", zh: Phrase.chinese("正则表达式 '\(pattern)' 写得不对：", reason.zh)), at: range)
  }

  public static func invalidUTF8(byte: UInt8, at range: SourceRange) -> Diagnostic {
    let hex = String(byte, radix: 16, uppercase: true)
    let shown = "0x" + (hex.count < 2 ? "0" + hex : hex)
    return Diagnostic(
      .error, .invalidUTF8,
      Phrase(
        "invalid UTF-8 byte \(shown) at byte offset \(range.start)",
        zh: "第 \(range.start) 个字节（从 0 数起）\(shown) 不是有效的 UTF-8"),
      at: range, notes: [Phrase("kexie reads scripts as UTF-8", zh: "kexie 按 UTF-8 读脚本")])
  }

  public static func invalidUTF8InData(byteOffset: Int) -> Diagnostic {
    Diagnostic(
      .error, .invalidUTF8InData,
      Phrase("invalid UTF-8 at byte offset \(byteOffset)", zh: "第 \(byteOffset) 个字节（从 0 数起）处不是有效的 UTF-8"),
      notes: [Phrase("data files must be UTF-8", zh: "数据文件必须是 UTF-8 编码")])
  }

  public static func jsonShape(_ message: Phrase) -> Diagnostic {
    Diagnostic(.error, .jsonShape, message)
  }

  public static func jsonSyntax(_ message: Phrase) -> Diagnostic {
    Diagnostic(.error, .jsonSyntax, message)
  }

  public static func listItemType(expected: Phrase, found: Phrase, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .listItemType,
      Phrase("list item is \(found.en), but the value tested is \(expected.en)", zh: Phrase.chinese("列表里这一项是", found.zh, "，而要检验的值是", expected.zh)),
      at: range)
  }

  public static func listValue(_ written: String, type: Phrase, use: Phrase, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .listValue,
      Phrase("'\(written)' is a \(type.en), but \(use.en) takes one value", zh: Phrase.chinese("'\(written)' 是", type.zh, "，而", use.zh, "只接受一个值")),
      at: range,
      notes: [Phrase(
        "'expand \(written)' first gives one row per value; size(\(written)) says how many it holds",
        zh: "先 'expand \(written)'，每个值就各占一行；size(\(written)) 给出它有几个值")])
  }

  public static func missingFunction(_ name: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(.error, .missingObject, Phrase("this engine has no function '\(name)()'", zh: "这个引擎没有函数 '\(name)()'"), at: range)
  }

  public static func missingTable(_ name: String) -> Diagnostic {
    Diagnostic(
      .error, .missingObject,
      Phrase("the table '\(name)' this query was checked against is gone", zh: "检查这个查询时用的表 '\(name)' 已经不在了"),
      notes: [Phrase(
        "run the query again to check it against the tables there are now (.sets lists them)",
        zh: "再运行一次查询，按现有的表重新检查（.sets 列出现有的表）")])
  }

  public static func misplacedAggregate(_ function: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .misplacedAggregate,
      Phrase("\(function)() is an aggregate; it can only be used in 'summarize'", zh: "\(function)() 是汇总函数，只能用在 'summarize' 里"),
      at: range, notes: [Phrase("e.g. 'summarize \(function)(…) by county'", zh: "例如 'summarize \(function)(…) by county'")])
  }

  public static func nestingTooDeep(limit: Int, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .nestingTooDeep, Phrase("nesting too deep (more than \(limit) levels)", zh: "嵌套太深（超过 \(limit) 层）"), at: range,
      notes: [Phrase("split the expression with 'extend … as name'", zh: "用 'extend … as 名字' 把表达式拆成几步")])
  }

  public static func noMatchingValue(
    field: String, value: String, suggestions: [String], at range: SourceRange
  ) -> Diagnostic {
    var message = Phrase("no \(field) is '\(value)'", zh: "没有哪条记录的 \(field) 是 '\(value)'")
    if let hint = Suggestion.didYouMean(suggestions) { message = message + Phrase("; " + hint.en, zh: "；" + hint.zh) }
    return Diagnostic(.warning, .noMatchingValue, message, at: range)
  }

  public static func notALink(_ field: String, type: Phrase, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .notALink,
      Phrase("'\(field)' is \(type.en), not a link, so it has no fields", zh: Phrase.chinese("'\(field)' 是", type.zh, "，不是链接，没有字段可取")),
      at: range,
      notes: [Phrase(
        "only link fields (→ in '.schema') can be followed with '.'",
        zh: "只有链接字段（'.schema' 里标着 → 的）后面才能接 '.'")])
  }

  public static func notAList(_ written: String, type: Phrase, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .notAList,
      Phrase(
        "'\(written)' is \(type.en.hasPrefix("list") ? "a " : "")\(type.en), not a list field: there is nothing to expand",
        zh: Phrase.chinese("'\(written)' 是", type.zh, "，不是列表字段，没有什么可展开的")),
      at: range,
      notes: [Phrase("expand takes fields shown as 'list of …' in .schema", zh: "expand 展开的是 .schema 里标着 'list of …' 的字段")])
  }

  public static func notAnAggregate(at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .notAnAggregate,
      Phrase("'summarize' needs an aggregate such as count() or sum(…)", zh: "'summarize' 需要 count() 或 sum(…) 这样的汇总函数"),
      at: range,
      notes: [Phrase(
        "put grouping fields after 'by': 'summarize count() by county'",
        zh: "分组的字段写在 'by' 后面：'summarize count() by county'")])
  }

  public static func nothingToCite(in owner: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .unknownField, Phrase("unknown field 'source' in \(owner)", zh: "\(owner) 没有字段 'source'"), at: range,
      notes: [Phrase(
        "cite shows the report sentence of each row; rows made by count, summarize or distinct have none",
        zh: "cite 显示每一行出自报告的哪一句；count、summarize、distinct 得出的行没有出处")])
  }

  public static func notOneQuery() -> Diagnostic {
    Diagnostic(.error, .expectedToken, Phrase("expected one query", zh: "这里应该是一个查询"))
  }

  public static func notInDialect(_ what: Phrase, dialect: String, reason: Phrase, at range: SourceRange?) -> Diagnostic {
    Diagnostic(
      .error, .notInDialect,
      Phrase(
        "\(what.en) cannot be written exactly in \(dialect) SQL: \(reason.en)",
        zh: Phrase.chinese(what.zh, "没法用 \(dialect) 的 SQL 原样写出来：", reason.zh)),
      at: range,
      notes: [Phrase(
        "when a database runs this query, kexie runs this part itself on the rows it returns",
        zh: "数据库运行这个查询时，这一部分由 kexie 在数据库返回的行上自己运行")])
  }

  public static func databaseUnavailable(_ database: String, reason: Phrase) -> Diagnostic {
    Diagnostic(.error, .databaseUnavailable, Phrase("cannot open \(database): \(reason.en)", zh: Phrase.chinese("打不开 \(database)：", reason.zh)))
  }

  public static func databaseFailure(_ database: String, reason: Phrase, at range: SourceRange? = nil) -> Diagnostic {
    Diagnostic(
      .error, .databaseFailure, Phrase("\(database) stopped the query: \(reason.en)", zh: Phrase.chinese("\(database) 中止了查询：", reason.zh)), at: range)
  }

  public static func numberTooLarge(_ written: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .numberTooLarge, Phrase("'\(written)' does not fit in a 64-bit integer", zh: "'\(written)' 超出了 64 位整数的范围"), at: range,
      notes: [Phrase(
        "integers range from -9223372036854775808 to 9223372036854775807",
        zh: "整数的范围是 -9223372036854775808 到 9223372036854775807")])
  }

  public static func optionArgument(_ option: String, _ message: Phrase) -> Diagnostic {
    Diagnostic(.error, .optionArgument, Phrase("\(option): \(message.en)", zh: Phrase.chinese("\(option)：", message.zh)), notes: [.seeHelp])
  }

  public static func raggedRow(expected: Int, found: Int) -> Diagnostic {
    Diagnostic(
      .error, .raggedRow,
      Phrase(
        "row has \(found) field\(found == 1 ? "" : "s"), the header has \(expected)",
        zh: "这一行有 \(found) 个字段，表头有 \(expected) 个"),
      notes: [Phrase("quote fields that contain the separator", zh: "含有分隔符的字段要加引号")])
  }

  public static func rebinding(_ name: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(.warning, .rebinding, Phrase("'\(name)' now names a new query", zh: "'\(name)' 现在指新的查询了"), at: range)
  }

  public static func reservedName(_ name: String, kind: Phrase, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .reservedName,
      Phrase("'\(name)' already names \(kind.en); let cannot rebind it", zh: Phrase.chinese("'\(name)' 已经是", kind.zh, "的名字，let 不能再用它")),
      at: range, notes: [Phrase("choose another name", zh: "换一个名字")])
  }

  public static func statementStartsWithOperator(_ written: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .clauseOnNewLine, Phrase("a statement cannot start with '\(written)'", zh: "语句不能以 '\(written)' 开头"), at: range,
      notes: [Phrase(
        "to continue on the next line, end this line with '\(written)' (or start the next line with '|')",
        zh: "要在下一行接着写，就让上一行以 '\(written)' 结尾（或者让下一行以 '|' 开头）")])
  }

  public static func statementStartsWithPipe(at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .clauseOnNewLine, Phrase("a statement cannot start with '|'", zh: "语句不能以 '|' 开头"), at: range,
      notes: [Phrase(
        "'|' joins the clauses of one statement: to continue a statement on the next line, end its line with '|'",
        zh: "'|' 连接同一句里的子句：要在下一行接着写，就让上一行以 '|' 结尾")])
  }

  public static func sqlStyleQuery(at range: SourceRange, suggestion: String?) -> Diagnostic {
    var notes = [Phrase("kexie starts with the source and flows left to right", zh: "kexie 的查询从来源开始，从左往右一步步处理")]
    if let suggestion { notes.append(Phrase("try '\(suggestion)'", zh: "试试 '\(suggestion)'")) }
    return Diagnostic(
      .error, .sqlStyleQuery,
      Phrase("a query starts with its source, not with 'select'", zh: "查询应该以来源开头，不以 'select' 开头"),
      at: range, notes: notes)
  }

  public static func tableNameIsALet(_ name: String) -> Diagnostic {
    Diagnostic(
      .error, .tableNameTaken, Phrase("'\(name)' already names a let binding", zh: "'\(name)' 已经是一个命名查询的名字"),
      notes: [Phrase("load it with another name: '.load FILE as NAME'", zh: "换个名字读进来：'.load 文件 as 名字'")])
  }

  public static func tableNameTaken(_ name: String) -> Diagnostic {
    Diagnostic(
      .error, .tableNameTaken,
      Phrase("'\(name)' is an entity set; a loaded table needs another name", zh: "'\(name)' 是一个集合，读进来的表要用别的名字"),
      notes: [Phrase("load it with a name: '.load FILE as NAME'", zh: "读的时候起个名字：'.load 文件 as 名字'")])
  }

  public static func unclosedQuote() -> Diagnostic {
    Diagnostic(
      .error, .unclosedQuote, Phrase("quoted field is never closed", zh: "带引号的字段一直没有闭合"),
      notes: [Phrase("a quote inside a quoted field is written twice: \"\"", zh: "带引号的字段里，引号本身要写两遍：\"\"")])
  }

  public static func unexpectedCharacter(_ character: String, count: Int = 1, at range: SourceRange) -> Diagnostic {
    var notes: [Phrase] = []
    switch character {
    case "~": notes.append(Phrase("for regular expressions use 'matches'", zh: "正则表达式用 'matches'"))
    case "[", "]", "{", "}":
      notes.append(Phrase("lists are written in parentheses: in (\"a\", \"b\")", zh: "列表写在圆括号里：in (\"a\", \"b\")"))
    case ":": notes.append(Phrase("name a column with 'as': 'count() as n'", zh: "给列起名用 'as'：'count() as n'"))
    case "。", "．":
      notes.append(Phrase(
        "a full stop from a Chinese input method: a statement needs none (a new line or ';' ends it)",
        zh: "这是中文输入法打出的句号：语句末尾不用句号（换行或 ';' 就结束一句）"))
    case "%": notes.append(Phrase("% follows a number directly: 35%", zh: "% 要紧跟在数字后面：35%"))
    default: break
    }
    return Diagnostic(
      .error, .unexpectedCharacter,
      Phrase(
        "unexpected character '\(character)'" + (count > 1 ? " (\(count) in a row)" : ""),
        zh: "这里不能有字符 '\(character)'" + (count > 1 ? "（连着 \(count) 个）" : "")),
      at: range, notes: notes)
  }

  public static func unknownClause(_ word: String, suggestion: String?, clauses: String, at range: SourceRange) -> Diagnostic {
    var notes: [Phrase] = []
    if let suggestion, let hint = Suggestion.didYouMean([suggestion]) { notes.append(hint) }
    notes.append(Phrase("clauses: " + clauses, zh: "子句有：" + clauses.replacing(", ", with: "、")))
    return Diagnostic(
      .error, .unknownClause, Phrase("expected a clause, found '\(word)'", zh: "这里应该是子句，实际是 '\(word)'"), at: range,
      notes: notes)
  }

  public static func unknownCommand(_ name: String, suggestions: [String]) -> Diagnostic {
    var notes: [Phrase] = []
    if let hint = Suggestion.didYouMean(suggestions.map { "." + $0 }) { notes.append(hint) }
    notes.append(Phrase("'.help' lists the commands", zh: "'.help' 列出了所有命令"))
    return Diagnostic(.error, .unknownCommand, Phrase("unknown command '.\(name)'", zh: "没有命令 '.\(name)'"), notes: notes)
  }

  public static func unknownField(
    _ name: String, in owner: String, suggestions: [String], available: [String], at range: SourceRange
  ) -> Diagnostic {
    var notes: [Phrase] = []
    if let hint = Suggestion.didYouMean(suggestions) { notes.append(hint) }
    if !available.isEmpty {
      notes.append(Phrase("\(owner) has: \(Suggestion.list(available))", zh: "\(owner) 的字段有：\(Suggestion.list(available, separator: "、"))"))
    }
    return Diagnostic(
      .error, .unknownField, Phrase("unknown field '\(name)' in \(owner)", zh: "\(owner) 没有字段 '\(name)'"), at: range, notes: notes)
  }

  public static func unknownFileKind(_ path: String, known: String) -> Diagnostic {
    Diagnostic(.error, .commandArgument, Phrase("'\(path)': kexie loads \(known) files", zh: "'\(path)'：kexie 能读的是 \(known) 文件"))
  }

  public static func unknownFunction(_ name: String, suggestions: [String], at range: SourceRange) -> Diagnostic {
    var notes: [Phrase] = []
    if let hint = Suggestion.didYouMean(suggestions) { notes.append(hint) }
    notes.append(Phrase("'.help functions' lists them", zh: "'.help functions' 列出了所有函数"))
    return Diagnostic(.error, .unknownFunction, Phrase("unknown function '\(name)'", zh: "没有函数 '\(name)'"), at: range, notes: notes)
  }

  public static func unknownOption(_ option: String, suggestions: [String]) -> Diagnostic {
    var notes: [Phrase] = []
    if let hint = Suggestion.didYouMean(suggestions) { notes.append(hint) }
    notes.append(.seeHelp)
    return Diagnostic(.error, .unknownOption, Phrase("unknown option '\(option)'", zh: "没有选项 '\(option)'"), notes: notes)
  }

  public static func unknownSource(
    _ name: String, suggestions: [String], available: [String], at range: SourceRange
  ) -> Diagnostic {
    var notes: [Phrase] = []
    if let hint = Suggestion.didYouMean(suggestions) { notes.append(hint) }
    if !available.isEmpty {
      notes.append(Phrase("sources: \(Suggestion.list(available))", zh: "可用的来源：\(Suggestion.list(available, separator: "、"))"))
    }
    return Diagnostic(
      .error, .unknownSource,
      Phrase("no set, let binding or table is named '\(name)'", zh: "没有叫 '\(name)' 的集合、命名查询或表"), at: range, notes: notes)
  }

  public static func historyNotSaved(_ problem: Phrase) -> Diagnostic {
    Diagnostic(.warning, .writeFailed, problem, notes: [Phrase("KEXIE_HISTORY names another file for it", zh: "可以用 KEXIE_HISTORY 换一个文件存历史")])
  }

  public static func writeFailed(_ target: Phrase, reason: Phrase) -> Diagnostic {
    Diagnostic(.error, .writeFailed, Phrase("cannot write to \(target.en): \(reason.en)", zh: Phrase.chinese("写不进", target.zh, "：", reason.zh)))
  }

  public static func unreadableFile(_ path: String, reason: Phrase) -> Diagnostic {
    Diagnostic(.error, .unreadableFile, Phrase("cannot read '\(path)': \(reason.en)", zh: Phrase.chinese("读不了 '\(path)'：", reason.zh)))
  }

  public static func unterminatedQuotedName(closing: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, .unterminatedQuotedName, Phrase("quoted name is not closed", zh: "加引号的名字没有闭合"), at: range,
      notes: [Phrase("end it with '\(closing)' on the same line", zh: "在同一行里用 '\(closing)' 结束它")])
  }

  public static func unterminatedString(quote: String, at range: SourceRange) -> Diagnostic {
    let closing: String
    switch quote {
    case "“", "”": closing = "”"
    case "‘", "’": closing = "’"
    default: closing = quote
    }
    return Diagnostic(
      .error, .unterminatedString, Phrase("string is not closed", zh: "字符串没有闭合"), at: range,
      notes: [Phrase("the input ends before the closing \(closing)", zh: "还没写到结尾的 \(closing)，输入就结束了")])
  }

  public static func wrongArgumentCount(
    function: String, expected: Phrase, found: Int, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, .wrongArgumentCount,
      Phrase(
        "\(function)() takes \(expected.en), found \(found) argument\(found == 1 ? "" : "s")",
        zh: Phrase.chinese("\(function)() 要", expected.zh, "，这里有 \(found) 个参数")),
      at: range, notes: [.seeFunctions])
  }
}

extension Phrase {
  /// Notes that several messages end with.
  static let seeFunctions = Phrase("see '.help functions'", zh: "'.help functions' 列出了每个函数的用法")
  static let seeHelp = Phrase("see 'kexie --help'", zh: "'kexie --help' 列出了所有选项")
  /// The operation named by an overflow in a sum (kexie's engine and the databases').
  public static let sumOperation = Phrase("sum", zh: "求和")
  static let seeLimits = Phrase("docs/LIMITS.md lists kexie's limits", zh: "docs/LIMITS.md 列出了 kexie 的各项限制")
}
