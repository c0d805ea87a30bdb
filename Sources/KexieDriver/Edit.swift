import Glibc
import KexieData
import KexieDiagnostics

/// `.edit`: the last query or let in `$VISUAL` or `$EDITOR` (else vi), run when the editor exits
/// with success — psql's `\e` and DuckDB's `.edit`. The edited text goes into the history.
extension Session {
  func edit(_ call: CommandCall) -> Bool {
    guard interactive, Terminal.stdinIsTerminal else {
      report(call.problem("'.edit' opens an editor on the terminal, so it works only in the REPL", zh: "'.edit' 要在终端上打开编辑器，所以只能在交互界面里用"))
      return false
    }
    let entries = historyProvider?() ?? []
    // The last query or let (dot commands are skipped, as psql's \e edits the query buffer:
    // after `.timer on`, `.edit` still opens the query).
    let previous = entries.last { !$0.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix(".") } ?? ""
    let editor = [Environment.value("VISUAL"), Environment.value("EDITOR")].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
    guard Subprocess.canRun(editor) else {
      report(call.problem("the editor '\(editor)' cannot be found", zh: "找不到编辑器 '\(editor)'", notes: [Phrase("set VISUAL or EDITOR to the editor you use", zh: "把 VISUAL 或 EDITOR 设成你用的编辑器")]))
      return false
    }
    let directory = Environment.value("TMPDIR").flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array("\(directory)/kexie-edit-XXXXXX.kx".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemps($0, 3) } ?? -1
    }
    guard descriptor >= 0 else {
      report(call.problem(systemError()) { ("cannot create a file for the editor in \(directory): " + $0.en, "没法在 \(directory) 里给编辑器建文件：" + $0.zh) })
      return false
    }
    let path = template.withUnsafeBufferPointer { buffer in buffer.baseAddress.map { String(cString: $0) } ?? "" }
    defer { unlink(path) }
    var text = previous.isEmpty ? "" : previous + "\n"
    let written = text.withUTF8 { bytes in bytes.isEmpty || Glibc.write(descriptor, bytes.baseAddress, bytes.count) == bytes.count }
    close(descriptor)
    guard written else {
      report(call.problem(systemError()) { ("cannot write \(path): " + $0.en, "写不进 \(path)：" + $0.zh) })
      return false
    }
    output.flush()
    guard let pid = Subprocess.start(editor, arguments: [path]) else {
      report(call.problem("the editor '\(editor)' could not be started", zh: "编辑器 '\(editor)' 启动不了"))
      return false
    }
    let status = Subprocess.wait(pid)
    guard status == 0 else {
      report(call.problem("the editor exited with status \(status): nothing was run", zh: "编辑器退出时的状态码是 \(status)，什么也没有运行"))
      return false
    }
    let edited: String
    switch FileSystem.read(path) {
    case .failure(let failure):
      report(call.problem(failure.reason) { ("cannot read what the editor saved: " + $0.en, "读不了编辑器保存的内容：" + $0.zh) })
      return false
    case .success(let bytes):
      edited = String(decoding: bytes, as: UTF8.self)
    }
    var entry = Substring(edited)
    while let last = entry.last, last.isWhitespace { entry = entry.dropLast() }
    guard !entry.isEmpty else {
      errors.write(settings.language == .zh ? "文件是空的，没有要运行的内容\n" : "nothing to run: the file was left empty\n")
      return true
    }
    // What runs is shown, as if it had been typed.
    errors.write(String(entry) + "\n")
    errors.flush()
    historyRecorder?(String(entry))
    return run(SourceFile(name: "<edit>", text: String(entry), namesItself: false)).errors == 0
  }
}
