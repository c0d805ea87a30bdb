import KexieData
import KexieDiagnostics
import KexieEngine
import KexieOutput
import KexieSemantics
import KexieSQL
import KexieSyntax

/// The views that make kexie's machinery visible: `.tokens`, `.ast`, `.plan`, `.explain`,
/// `.fmt`, `.steps` and `.source`. Each is plain text that reads well on a projector.
extension Session {
  static let teachingCommands: [ReplCommand] = [
    ReplCommand(name: "tokens", arguments: "QUERY", summary: "show the tokens of QUERY: kind, text, position, and what the tokenizer normalised", argument: .query) { session, call in
      session.showTokens(call)
    },
    ReplCommand(name: "ast", arguments: "QUERY", summary: "show the syntax tree of QUERY", argument: .query) { session, call in
      session.withParsed(call) { session, script, _ in
        session.output.write(ASTPrinter.dump(script))
        return true
      }
    },
    ReplCommand(name: "plan", arguments: "QUERY", summary: "show the checked plan of QUERY: every name resolved, every type", argument: .query) { session, call in
      session.withPlan(call) { session, plan in
        session.output.write(PlanPrinter.dump(plan))
        return true
      }
    },
    ReplCommand(name: "explain", arguments: "QUERY", summary: "run QUERY and show each step with rows in, rows out and time", argument: .query) { session, call in
      session.explain(call)
    },
    ReplCommand(name: "fmt", arguments: "[zh|en] QUERY", summary: "show QUERY in canonical form: one clause per line, canonical keywords (zh: in Chinese words)", argument: .query) { session, call in
      // `.fmt zh QUERY` and `.fmt en QUERY`: the vocabulary first, when a query follows it.
      var call = call
      var vocabulary: Vocabulary?
      if call.words.count > 1, let first = call.words.first, let chosen = Vocabulary(rawValue: first.lowercased()) {
        vocabulary = chosen
        call = call.droppingFirstWord()
      }
      return session.withParsed(call) { session, script, _ in
        session.output.write(vocabulary.map { session.formatted(script, in: $0) } ?? Formatter.format(script))
        return true
      }
    },
    ReplCommand(name: "steps", arguments: "on|off", summary: "after each clause of a query, show the rows so far", argument: .choice(["on", "off"])) { session, call in
      session.toggle(call, { session.settings.steps = $0 }, current: session.settings.steps)
    },
    ReplCommand(name: "source", arguments: "SET ID", summary: "show the report sentence a record came from, its words marked", argument: .record) { session, call in
      session.showSource(call)
    },
  ]

  /// The query after a teaching command, as its own source text.
  func queryArgument(_ call: CommandCall) -> SourceFile? {
    guard !call.rest.isEmpty else {
      report(call.problem("expected a query, e.g. .\(call.name) events where county = \"淅川\"", zh: "这里应该是查询，例如 .\(call.name) events where county = \"淅川\""))
      return nil
    }
    return SourceFile(name: "<\(call.name)>", text: call.rest, namesItself: false)
  }

  func withParsed(_ call: CommandCall, _ body: (Session, Script, SourceFile) -> Bool) -> Bool {
    guard let source = queryArgument(call) else { return false }
    let (script, diagnostics) = Compiler.parse(source)
    report(diagnostics)
    if diagnostics.hasErrors { return false }
    return body(self, script, source)
  }

  func withPlan(_ call: CommandCall, _ body: (Session, Plan) -> Bool) -> Bool {
    withParsed(call) { session, script, source in
      guard let statement = script.statements.first else { return true }
      var checker = session.checker
      var statementToCheck = statement
      if case .let(_, let query, _) = statement { statementToCheck = .query(query) }
      let (checked, diagnostics) = Compiler.check(statementToCheck, in: source, checker: &checker)
      session.report(diagnostics)
      guard case .query(let plan) = checked else { return !diagnostics.hasErrors }
      return body(session, plan)
    }
  }

  func showTokens(_ call: CommandCall) -> Bool {
    guard let source = queryArgument(call) else { return false }
    let (tokens, diagnostics) = Lexer.tokenize(source)
    report(diagnostics.filter { $0.severity != .note })
    var rows: [[Value]] = []
    for token in tokens where token.kind != .end {
      let location = source.location(of: token.range.start)
      rows.append([
        .text(Session.kindName(token.kind)),
        .text(source.text(of: token.range).replacing("\n", with: "\\n")),
        .text(Session.meaning(token)),
        .text("\(location.line):\(location.column)"),
        .text("\(token.range.start)..<\(token.range.end)"),
        .integer(Int64(location.displayColumn)),
        token.normalization.map(Value.text) ?? .null,
      ])
    }
    let headers = settings.language == .zh
      ? ["种类", "写法", "意思", "位置", "字节", "显示列", "规范化"]
      : ["kind", "written", "meaning", "at", "bytes", "display column", "normalised"]
    writeTable(headers.enumerated().map { ($1, $0 == 5 ? .integer : .text) }, rows)
    return !diagnostics.hasErrors
  }

  /// What a token means, as `.tokens` shows it: a string's value, a number's value.
  static func meaning(_ token: Token) -> String {
    switch token.kind {
    case .string: return Formatter.quote(token.text)
    case .integer, .decimal:
      switch token.number {
      case .integer(let value)?: return String(value)
      case .decimal(let value)?: return Value.format(value)
      case nil: return token.text
      }
    default: return token.text.replacing("\n", with: "\\n")
    }
  }

  static func kindName(_ kind: TokenKind) -> String {
    switch kind {
    case .name: "name"
    case .quotedName: "quoted name"
    case .keyword: "keyword"
    case .string: "string"
    case .integer: "integer"
    case .decimal: "decimal"
    case .dotCommand: "command"
    case .newline: "newline"
    case .end: "end"
    case .invalid: "invalid"
    case .ampAmp, .barBar, .bang: "foreign operator"
    case .equal, .doubleEqual, .notEqual, .lessGreater, .less, .lessEqual, .greater, .greaterEqual,
      .plus, .minus, .star, .slash, .questionQuestion:
      "operator"
    default: "punctuation"
    }
  }

  func explain(_ call: CommandCall) -> Bool {
    withPlan(call) { session, plan in
      if let backend = session.backend(for: plan) as? DatabaseBackend {
        return session.explainInDatabase(plan, backend)
      }
      var reports: [StepReport] = []
      var executor = Executor(catalog: session.catalog) { reports.append($0) }
      executor.previewLimit = 0
      let start = Stopwatch.now()
      let result: ResultTable
      do throws(RuntimeFailure) {
        result = try executor.run(plan, cancellation: session.cancellation)
      } catch {
        session.report(error.diagnostic)
        return false
      }
      let total = start.duration(to: Stopwatch.now())
      var rows: [[Value]] = []
      // The rows the source gave: what the first step took in (the whole result without steps).
      let sourceRows = Int64(reports.first?.rowsIn ?? result.rowCount)
      let zh = session.settings.language == .zh
      rows.append([.text("0"), .text((zh ? "来源 " : "source ") + plan.sourceName), .text(""), .integer(sourceRows), .text("")])
      for (index, report) in reports.enumerated() {
        // A sort run with the limit after it (a top-n) says so: its rows out are the limit's.
        let clause = plan.sourceFile.text(of: report.range)
          + (report.fusedWithNext ? (zh ? "（和后面的取行数合成一步：前 n 行）" : " (with the limit: a top-n)") : "")
        rows.append([
          .text("\(index + 1)"), .text(clause),
          .text(String(report.rowsIn)), .integer(Int64(report.rowsOut)), .text(Stopwatch.describe(report.duration)),
        ])
      }
      if zh {
        session.writeTable([("步骤", .text), ("子句", .text), ("输入行数", .text), ("输出行数", .integer), ("用时", .text)], rows)
        session.output.write("共用时 \(Stopwatch.describe(total))，输出 \(groupedCount(result.rowCount)) 行\n")
      } else {
        session.writeTable([("step", .text), ("clause", .text), ("rows in", .text), ("rows out", .integer), ("time", .text)], rows)
        session.output.write("total \(Stopwatch.describe(total)), \(result.rowCount) row\(result.rowCount == 1 ? "" : "s") out\n")
      }
      return true
    }
  }

  func showSource(_ call: CommandCall) -> Bool {
    guard call.words.count == 2 else {
      report(call.problem("expected a set and an id, e.g. .source events liudong-kejiguan-xunzhan", zh: "这里应该是集合和 id，例如 .source events liudong-kejiguan-xunzhan"))
      return false
    }
    let (setName, id) = (call.words[0], call.words[1])
    let known = catalog.ref(nameOrChinese: setName).flatMap { catalog.lookupRows(for: $0) }
    guard let table = known, let row = table.rowsByID[id] else {
      let candidates = known.map { Array($0.rowsByID.keys).sorted() } ?? catalog.names
      report(call.problem(
        known == nil ? "no set is named '\(setName)'" : "\(setName) has no record '\(id)'",
        zh: known == nil ? "没有叫 '\(setName)' 的集合" : "\(setName) 里没有记录 '\(id)'",
        notes: Suggestion.didYouMean(Suggestion.closest(to: known == nil ? setName : id, among: candidates)).map { [$0] } ?? []))
      return false
    }
    guard case .text(let sentence)? = table.column(for: .sentence)?.value(at: row) else {
      report(call.problem("\(setName) records carry no source sentence", zh: "\(setName) 的记录没有出处"))
      return false
    }
    let offset = table.column(for: .offset)?.value(at: row).description ?? "?"
    let line = table.column(for: .line)?.value(at: row).description ?? "?"
    var words: [String] = []
    for (index, field) in table.fields.enumerated() where field.type == .text && field.link == nil && !field.hidden && field.name != "id" {
      switch table.columns[index].value(at: row) {
      case .text(let word): words.append(word)
      case .list(let values): for case .text(let word) in values { words.append(word) }
      default: break
      }
    }
    output.write("\(setName) \(id): \(table.document ?? "its document"), line \(line), offset \(offset)\n")
    output.write("  " + Session.mark(words, in: sentence, color: settings.colorOutput && output.isTerminal) + "\n")
    return true
  }

  /// The sentence with every occurrence of the words marked 【like this】 (or in reverse
  /// video on a colour terminal); overlapping marks merge.
  static func mark(_ words: [String], in sentence: String, color: Bool) -> String {
    let characters = Array(sentence)
    var marked = [Bool](repeating: false, count: characters.count)
    for word in words {
      let pattern = Array(word)
      guard !pattern.isEmpty, pattern.count <= characters.count else { continue }
      for start in 0...(characters.count - pattern.count) where Array(characters[start..<(start + pattern.count)]) == pattern {
        for index in start..<(start + pattern.count) { marked[index] = true }
      }
    }
    let (open, close) = color ? ("\u{1B}[7m", "\u{1B}[0m") : ("【", "】")
    var text = ""
    for (index, character) in characters.enumerated() {
      if marked[index], index == 0 || !marked[index - 1] { text += open }
      text.append(character)
      if marked[index], index == characters.count - 1 || !marked[index + 1] { text += close }
    }
    return text
  }
}

extension Session {
  /// `.explain` over a database's table: which steps run inside the database as one SQL
  /// statement and which kexie runs on the rows it returns, then the run's time. (A database
  /// runs the statement as a whole, so there are no rows or times per step to show.)
  func explainInDatabase(_ plan: Plan, _ backend: DatabaseBackend) -> Bool {
    let database = backend.database.dialect.title
    let pushed = backend.pushedDown(plan)?.stepsRun ?? 0
    let zh = settings.language == .zh
    var rows: [[Value]] = [[.text("0"), .text((zh ? "来源 " : "source ") + plan.sourceName), .text(database)]]
    for (index, step) in plan.steps.enumerated() {
      rows.append([.text("\(index + 1)"), .text(plan.sourceFile.text(of: step.range)), .text(index < pushed ? database : "kexie")])
    }
    let start = Stopwatch.now()
    let result: ResultTable
    do throws(RuntimeFailure) {
      result = try backend.run(plan, cancellation: cancellation)
    } catch {
      report(error.diagnostic)
      return false
    }
    let total = start.duration(to: Stopwatch.now())
    if zh {
      writeTable([("步骤", .text), ("子句", .text), ("在哪里运行", .text)], rows)
      let split = pushed == plan.steps.count
        ? "整个查询作为一条语句在 \(database) 里运行"
        : "\(database) 运行来源\(pushed == 1 ? "和第 1 步" : pushed > 1 ? "和第 1–\(pushed) 步" : "")，其余由 kexie 运行（.sql 说明原因）"
      output.write("\(split)；共用时 \(Stopwatch.describe(total))，输出 \(groupedCount(result.rowCount)) 行\n")
      return true
    }
    writeTable([("step", .text), ("clause", .text), ("runs in", .text)], rows)
    let split = pushed == plan.steps.count
      ? "all of it runs in \(database) as one statement"
      : "\(database) runs the source\(pushed == 1 ? " and step 1" : pushed > 1 ? " and steps 1–\(pushed)" : ""), kexie the rest (.sql shows why)"
    output.write("\(split); total \(Stopwatch.describe(total)), \(result.rowCount) row\(result.rowCount == 1 ? "" : "s") out\n")
    return true
  }
}
