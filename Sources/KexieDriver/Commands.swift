import KexieData
import KexieDiagnostics
import KexieOutput
import KexieSemantics
import KexieSyntax
import KexieReport

extension Session {
  /// Every dot command. `.help`, dispatch and tab completion all read this table.
  package static let commands: [ReplCommand] = shellCommands + [loadCommand] + databaseCommands + teachingCommands

  static let shellCommands: [ReplCommand] = [
    ReplCommand(name: "help", arguments: "[COMMAND|TOPIC|CODE]", summary: "show help: commands, a command, functions, a clause, an error code", argument: .helpTopic) { session, call in
      session.help(call)
    },
    ReplCommand(name: "quit", arguments: "", summary: "leave kexie", argument: .none) { session, _ in
      session.wantsQuit = true
      return true
    },
    ReplCommand(name: "exit", arguments: "", summary: "leave kexie", argument: .none) { session, _ in
      session.wantsQuit = true
      return true
    },
    ReplCommand(name: "sets", arguments: "", summary: "list the entity sets and loaded tables with their row counts", argument: .none) { session, _ in
      session.listSets()
    },
    ReplCommand(name: "schema", arguments: "[SET]", summary: "show the fields of a set, table or let binding: types and links", argument: .set) { session, call in
      session.schema(call)
    },
    ReplCommand(name: "mode", arguments: "FORMAT", summary: "set the output format: " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", "), argument: .choice(OutputFormat.allCases.map(\.rawValue))) { session, call in
      guard let word = call.words.first else {
        session.output.write("mode: \(session.settings.format.rawValue)\n")
        return true
      }
      guard let format = OutputFormat(rawValue: word.lowercased()) else {
        let hint = Suggestion.didYouMean(Suggestion.closest(to: word, among: OutputFormat.allCases.map(\.rawValue)))
        session.report(call.problem(
          "unknown format '\(word)'", zh: "没有输出格式 '\(word)'",
          notes: (hint.map { [$0] } ?? []) + [Phrase(
            "formats: " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", "),
            zh: "输出格式有：" + OutputFormat.allCases.map(\.rawValue).joined(separator: "、"))]))
        return false
      }
      session.settings.format = format
      return true
    },
    ReplCommand(name: "numbers", arguments: "plain|grouped|wan", summary: "how tables write numbers: 15066000, 15,066,000 (on a terminal) or 1506.6万", argument: .choice(NumberStyle.allCases.map(\.rawValue))) { session, call in
      guard let word = call.words.first else {
        session.output.write("numbers: \((session.settings.numbers ?? (session.output.isTerminal ? .grouped : .plain)).rawValue)\n")
        return true
      }
      guard let style = NumberStyle(rawValue: word.lowercased()) else {
        let hint = Suggestion.didYouMean(Suggestion.closest(to: word, among: NumberStyle.allCases.map(\.rawValue)))
        session.report(call.problem(
          "unknown style '\(word)'", zh: "没有数字写法 '\(word)'",
          notes: (hint.map { [$0] } ?? []) + NumberStyle.allCases.map { Phrase("\($0.rawValue): \($0.summary)", zh: "\($0.rawValue)：\($0.chineseSummary)") }))
        return false
      }
      session.settings.numbers = style
      return true
    },
    ReplCommand(name: "timer", arguments: "on|off", summary: "show how long each query takes", argument: .choice(["on", "off"])) { session, call in
      session.toggle(call, { session.settings.timer = $0 }, current: session.settings.timer)
    },
    ReplCommand(name: "echo", arguments: "on|off", summary: "print each statement before its result", argument: .choice(["on", "off"])) { session, call in
      session.toggle(call, { session.settings.echo = $0 }, current: session.settings.echo)
    },
    ReplCommand(name: "bail", arguments: "on|off", summary: "stop a script at its first error", argument: .choice(["on", "off"])) { session, call in
      session.toggle(call, { session.settings.bail = $0 }, current: session.settings.bail)
    },
    ReplCommand(name: "read", arguments: "FILE", summary: "run a script file", argument: .file) { session, call in
      session.readFile(call)
    },
    ReplCommand(name: "output", arguments: "[FILE|stdout]", summary: "send results to a file, or back to standard output", argument: .file) { session, call in
      session.redirect(call, once: false)
    },
    ReplCommand(name: "once", arguments: "FILE", summary: "send the next result to a file", argument: .file) { session, call in
      session.redirect(call, once: true)
    },
    ReplCommand(name: "maxrows", arguments: "N", summary: "show at most N rows in table styles (0: all)", argument: .none) { session, call in
      guard let word = call.words.first else {
        let zh = session.settings.language == .zh
        let rows = session.settings.maxRows.map { $0 == 0 ? (zh ? "全部" : "all") : String($0) }
        let fitted = zh
          ? "按终端的高度（现在是 \(Terminal.defaultRows()) 行）；不是终端时显示全部"
          : "what fits the terminal's height (\(Terminal.defaultRows()) rows now), all when not a terminal"
        session.output.write("maxrows: \(rows ?? fitted)\n")
        return true
      }
      guard let count = Int(word), count >= 0 else {
        session.report(call.problem("expected a whole number of rows, found '\(word)'", zh: "这里应该是行数（一个整数），实际是 '\(word)'"))
        return false
      }
      session.settings.maxRows = count
      return true
    },
    ReplCommand(name: "nullvalue", arguments: "TEXT", summary: "how null is shown in table styles (default: null)", argument: .none) { session, call in
      guard !call.rest.isEmpty else {
        session.output.write("nullvalue: \(session.settings.nullText)\n")
        return true
      }
      session.settings.nullText = call.words.first ?? call.rest
      return true
    },
    ReplCommand(name: "lets", arguments: "", summary: "list the let bindings", argument: .none) { session, _ in
      session.writeTable(
        [("name", .text), ("columns", .text), ("query", .text)],
        session.checker.bindings.map { binding in
          [.text(binding.name), .text(binding.plan.output.filter { !$0.hidden }.map(\.name).joined(separator: ", ")), .text(binding.text)]
        })
      return true
    },
    ReplCommand(name: "lang", arguments: "zh|en", summary: "the language of messages, .help CODE and footers (default: the locale's, zh for zh_*)", argument: .choice(Language.allCases.map(\.rawValue))) { session, call in
      guard let word = call.words.first else {
        session.output.write("lang: \(session.settings.language.rawValue)\n")
        return true
      }
      guard let language = Language(rawValue: word.lowercased()) else {
        session.report(call.problem("expected zh or en, found '\(word)'", zh: "这里应该是 zh 或 en，实际是 '\(word)'"))
        return false
      }
      session.settings.language = language
      return true
    },
    ReplCommand(name: "pager", arguments: "on|off|auto", summary: "page results taller or wider than the screen ($PAGER, else less -SRFX)", argument: .choice(PagerMode.allCases.map(\.rawValue))) { session, call in
      guard let word = call.words.first else {
        session.output.write("pager: \(session.settings.pager.rawValue) (\(Pager.command() ?? "PAGER is empty: off"))\n")
        return true
      }
      guard let mode = PagerMode(rawValue: word.lowercased()) else {
        session.report(call.problem("expected on, off or auto, found '\(word)'", zh: "这里应该是 on、off 或 auto，实际是 '\(word)'"))
        return false
      }
      session.settings.pager = mode
      return true
    },
    ReplCommand(name: "last", arguments: "", summary: "show the previous result again, whole: every row and column, no cell cut (through the pager)", argument: .none) { session, call in
      guard let result = session.lastResult else {
        session.report(call.problem("no query has run yet", zh: "还没有运行过查询"))
        return false
      }
      session.write(result, whole: true)
      return true
    },
    ReplCommand(name: "edit", arguments: "", summary: "edit the last query in $VISUAL or $EDITOR (else vi), run it when the editor exits", argument: .none) { session, call in
      session.edit(call)
    },
    ReplCommand(name: "history", arguments: "", summary: "list the statements entered so far", argument: .none) { session, _ in
      let entries = session.historyProvider?() ?? []
      for (index, entry) in entries.enumerated() {
        let number = String(index + 1)
        let indent = String(repeating: " ", count: max(0, 5 - number.count))
        session.output.write(indent + number + "  " + entry.replacing("\n", with: "\n       ") + "\n")
      }
      return true
    },
  ]

  func listSets() -> Bool {
    // The Chinese names a query may use, when any table has one.
    let chinese = catalog.tables.contains { $0.ref.chineseName != nil } || catalog.attachedTables.contains { $0.chineseName != nil }
    func name(_ ref: TableRef) -> [Value] { [.text(ref.name)] + (chinese ? [.text(ref.chineseName ?? "")] : []) }
    var rows: [[Value]] = []
    for table in catalog.tables {
      let summary = settings.language == .zh ? EntitySet.chineseSetSummaries[table.name].flatMap { catalog.isBuiltin(table.name) ? $0 : nil } : nil
      rows.append(name(table.ref) + [.integer(Int64(table.rowCount)), .text(summary ?? table.summary ?? (settings.language == .zh ? "读进来的表" : "loaded table"))])
    }
    // An attached database's tables: their count when they were attached (a view's is not
    // known without running it).
    for ref in catalog.attachedTables {
      rows.append(name(ref) + [ref.rowCount.map { .integer(Int64($0)) } ?? .null, .text(ref.summary ?? "")])
    }
    let zh = settings.language == .zh
    writeTable(
      [(zh ? "集合" : "set", .text)] + (chinese ? [("中文", .text)] : []) + [(zh ? "记录数" : "rows", .integer), (zh ? "内容" : "what", .text)],
      rows)
    return true
  }

  func schema(_ call: CommandCall) -> Bool {
    let names = call.words.isEmpty ? catalog.names : call.words
    for (index, name) in names.enumerated() {
      if index > 0 { output.write("\n") }
      if let ref = checker.binding(named: name) == nil ? catalog.ref(nameOrChinese: name) : catalog.ref(named: name) {
        let zh = settings.language == .zh
        let builtin = catalog.isBuiltin(ref.name) && zh
        let summary = (builtin ? EntitySet.chineseSetSummaries[ref.name] : nil) ?? ref.summary
          ?? (zh ? "读进来的表，\(groupedCount(ref.rowCount ?? 0)) 行" : "loaded table, \(ref.rowCount ?? 0) rows")
        output.write("\(ref.name)\(ref.chineseName.map { " (\($0))" } ?? ""): \(summary)\n")
        // The Chinese names a query may use instead, when the table has them.
        let chinese = ref.fields.contains { $0.chineseName != nil }
        writeTable(
          [(zh ? "字段" : "field", .text)] + (chinese ? [("中文", .text)] : [])
            + [(zh ? "类型" : "type", .text), (zh ? "可为空" : "null", .text), (zh ? "说明" : "about", .text)],
          ref.fields.map { field in
            [.text(field.name + (field.hidden ? " (hidden)" : ""))] + (chinese ? [.text(field.chineseName ?? "")] : []) + [
              .text(field.typeDescription), .text(field.nullable ? (zh ? "是" : "yes") : (zh ? "否" : "no")),
              .text((builtin ? EntitySet.chineseSummary(set: ref.name, field: field.name) : nil) ?? field.summary),
            ]
          })
      } else if let binding = checker.binding(named: name) {
        output.write("\(name): let \(name) = \(binding.text)\n")
        writeTable(
          [("field", .text), ("type", .text)],
          binding.plan.output.map { [.text($0.name + ($0.hidden ? " (hidden)" : "")), .text($0.typeDescription)] })
      } else {
        let candidates = catalog.names + checker.bindings.map(\.name)
        report(call.problem(
          "no set, table or let binding is named '\(name)'", zh: "没有叫 '\(name)' 的集合、表或命名查询",
          notes: (Suggestion.didYouMean(Suggestion.closest(to: name, among: candidates)).map { [$0] } ?? [])
            + [Phrase("sets: " + candidates.joined(separator: ", "), zh: "现有的有：" + candidates.joined(separator: "、"))]))
        return false
      }
    }
    return true
  }

  func readFile(_ call: CommandCall) -> Bool {
    guard let path = call.words.first else {
      report(call.problem("expected a file name", zh: "这里应该是文件名"))
      return false
    }
    guard readDepth < 16 else {
      report(call.problem("scripts read each other more than 16 levels deep", zh: "脚本互相读取超过了 16 层"))
      return false
    }
    switch FileSystem.read(path) {
    case .failure(let failure):
      var diagnostic = Diagnostic.unreadableFile(path, reason: failure.reason)
      diagnostic.range = call.range
      diagnostic.source = call.source
      report(diagnostic)
      return false
    case .success(let bytes):
      readDepth += 1
      defer { readDepth -= 1 }
      let result = run(SourceFile(name: path, bytes: bytes))
      return result.errors == 0
    }
  }

  func redirect(_ call: CommandCall, once: Bool) -> Bool {
    let target = call.words.first
    if !once, target == nil || target == "stdout" || target == "-" {
      if output !== standardOutput {
        output.close()
        guard checkWritten(output) else {
          output = standardOutput
          return false
        }
      }
      output = standardOutput
      return true
    }
    guard let path = target else {
      report(call.problem("expected a file name", zh: "这里应该是文件名"))
      return false
    }
    switch TextSink.file(path) {
    case .failure(let failure):
      report(call.problem(failure.reason) { ("cannot write '\(path)': " + $0.en, "写不进 '\(path)'：" + $0.zh) })
      return false
    case .success(let sink):
      if once {
        self.once?.close()
        self.once = sink
      } else {
        if output !== standardOutput {
          output.close()
          let written = checkWritten(output)
          output = sink
          return written
        }
        output = sink
      }
      return true
    }
  }
}
