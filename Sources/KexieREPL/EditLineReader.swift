import CEditLine
import CSupport
import KexieDiagnostics
import KexieDriver

#if canImport(Glibc)
  import Glibc
#endif

/// What completing the text before the cursor offers.
public struct CompletionResult: Equatable, Sendable {
  /// How many characters before the cursor the candidates replace.
  public var replacing: Int
  public var candidates: [String]

  public init(replacing: Int, candidates: [String]) {
    self.replacing = replacing
    self.candidates = candidates
  }

  /// The longest prefix all candidates share.
  public var commonPrefix: String {
    guard var prefix = candidates.first.map(Array.init) else { return "" }
    for candidate in candidates.dropFirst() {
      let characters = Array(candidate)
      var length = 0
      while length < prefix.count, length < characters.count, prefix[length] == characters[length] { length += 1 }
      prefix = Array(prefix.prefix(length))
    }
    return String(prefix)
  }
}

/// State the C callbacks reach: libedit calls plain C functions, which cannot capture, so the
/// reader hands libedit a pointer to this (EL_CLIENTDATA) and each callback takes it back from
/// the EditLine it is given. No global: one reader, one state, used on the reader's thread.
final class EditLineState {
  /// The prompt as libedit draws it: memory of its own, so the pointer handed to libedit stays
  /// valid until the next prompt replaces it.
  private(set) var prompt: UnsafeMutablePointer<wchar_t>
  /// Text of the statement typed on earlier lines (for completion across lines).
  var pending = ""
  let complete: (String) -> CompletionResult

  init(complete: @escaping (String) -> CompletionResult) {
    self.complete = complete
    prompt = .allocate(capacity: 1)
    prompt.initialize(to: 0)
  }

  deinit { prompt.deallocate() }

  func setPrompt(_ text: String) {
    let wide = EditLineReader.wide(text)
    let fresh = UnsafeMutablePointer<wchar_t>.allocate(capacity: wide.count)
    fresh.initialize(from: wide, count: wide.count)
    prompt.deallocate()
    prompt = fresh
  }

  /// The state of the reader that owns `editLine`.
  static func of(_ editLine: OpaquePointer?) -> EditLineState? {
    guard let editLine, let data = kx_el_clientdata(editLine) else { return nil }
    return Unmanaged<EditLineState>.fromOpaque(data).takeUnretainedValue()
  }
}

/// The libedit line reader: Emacs keys, Up/Down history, Ctrl-R search, Tab completion, and
/// editing of Chinese text by character through libedit's wide-character interface.
public final class EditLineReader: LineReader {
  let editLine: OpaquePointer
  let history: OpaquePointer
  /// Kept alive as long as the reader: libedit holds only an unretained pointer to it.
  let state: EditLineState

  /// Sets up libedit on the terminal, or returns nil (the REPL then reads plain lines).
  public init?(entries: [String], complete: @escaping (String) -> CompletionResult) {
    EditLineReader.useUTF8Locale()
    guard let editLine = el_init("kexie", kx_stdin(), kx_stdout(), kx_stderr()) else { return nil }
    guard let history = history_winit() else {
      el_end(editLine)
      return nil
    }
    self.editLine = editLine
    self.history = history
    self.state = EditLineState(complete: complete)
    kx_el_set_clientdata(editLine, Unmanaged.passUnretained(state).toOpaque())
    kx_history_set_size(history, 1000)
    kx_history_set_unique(history, 1)
    for entry in entries { kx_history_enter(history, EditLineReader.wide(entry)) }
    kx_el_set_history(editLine, history)
    kx_el_set_editor(editLine, EditLineReader.wide("emacs"))
    kx_el_set_prompt(editLine) { editLine in EditLineState.of(editLine)?.prompt }
    kx_el_add_function(editLine, EditLineReader.wide("kexie-complete"), EditLineReader.wide("complete a name"), { editLine, _ in
      EditLineReader.completeCallback(editLine)
    })
    kx_el_bind(editLine, EditLineReader.wide("^I"), EditLineReader.wide("kexie-complete"))
    kx_el_bind(editLine, EditLineReader.wide("^R"), EditLineReader.wide("em-inc-search-prev"))
    // Home, End, Delete and Ctrl-arrows as xterm, rxvt, tmux and the Linux console send them.
    let keys: [(String, String)] = [
      ("\\e[H", "ed-move-to-beg"), ("\\eOH", "ed-move-to-beg"), ("\\e[1~", "ed-move-to-beg"), ("\\e[7~", "ed-move-to-beg"),
      ("\\e[F", "ed-move-to-end"), ("\\eOF", "ed-move-to-end"), ("\\e[4~", "ed-move-to-end"), ("\\e[8~", "ed-move-to-end"),
      ("\\e[3~", "ed-delete-next-char"), ("\\e[1;5D", "ed-prev-word"), ("\\e[1;5C", "em-next-word"),
    ]
    for (key, function) in keys {
      kx_el_bind(editLine, EditLineReader.wide(key), EditLineReader.wide(function))
    }
    // Read ~/.editrc like other libedit programs, for people's own key bindings.
    el_source(editLine, nil)
  }

  deinit {
    history_wend(history)
    el_end(editLine)
  }

  /// libedit needs a UTF-8 locale to read and measure Chinese text.
  static func useUTF8Locale() {
    setlocale(LC_CTYPE, "")
    if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) == "UTF-8" { return }
    if setlocale(LC_CTYPE, "C.UTF-8") == nil { setlocale(LC_CTYPE, "en_US.UTF-8") }
  }

  static func wide(_ text: String) -> [wchar_t] {
    text.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
  }

  static func string(_ pointer: UnsafePointer<wchar_t>, count: Int) -> String {
    var text = ""
    for index in 0..<count {
      if let scalar = Unicode.Scalar(UInt32(bitPattern: pointer[index])) { text.unicodeScalars.append(scalar) }
    }
    return text
  }

  public var pending: String {
    get { state.pending }
    set { state.pending = newValue }
  }

  public func readLine(prompt: String) -> LineInput {
    state.setPrompt(prompt)
    var count: Int32 = 0
    errno = 0
    guard let line = el_wgets(editLine, &count) else {
      // Interrupted by Ctrl-C: a fresh line. Any other failure (the terminal went away: EIO
      // after a hang-up) ends the REPL like Ctrl-D, instead of spinning on a dead terminal.
      if count < 0 && errno == EINTR {
        // Ctrl-C: libedit gave up the line; start a fresh one.
        fputs("^C\n", kx_stdout())
        fflush(kx_stdout())
        return .interrupted
      }
      fputs("\n", kx_stdout())
      return .end
    }
    var text = EditLineReader.string(line, count: Int(count))
    while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
    return .line(text)
  }

  public func remember(_ entry: String) {
    kx_history_enter(history, EditLineReader.wide(entry))
  }

  /// Tab: insert the completion, or the common prefix, or list the candidates.
  static func completeCallback(_ editLine: OpaquePointer?) -> UInt8 {
    guard let editLine, let info = el_wline(editLine), let state = EditLineState.of(editLine) else { return UInt8(CC_ERROR) }
    let before = string(info.pointee.buffer, count: info.pointee.cursor - info.pointee.buffer)
    let context = state.pending.isEmpty ? before : state.pending + "\n" + before
    let result = state.complete(context)
    guard !result.candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
    let typed = String(before.suffix(result.replacing))
    var insertion = result.candidates.count == 1 ? result.candidates[0] : result.commonPrefix
    // A finished word gets a space after it, as in shells; paths, calls and files do not.
    if result.candidates.count == 1, let last = insertion.last, last.isLetter || last.isNumber || last == "_" || last == "\"" || last == "”" || last == "’" {
      insertion += " "
    }
    if insertion.count > typed.count || (insertion != typed && !insertion.isEmpty && result.candidates.count == 1) {
      if result.replacing > 0 { el_deletestr(editLine, Int32(result.replacing)) }
      el_winsertstr(editLine, wide(insertion))
      return UInt8(CC_REFRESH)
    }
    // Nothing more to insert: show the choices under the line.
    var listing = "\n"
    let width = (result.candidates.map { DisplayWidth.of($0) }.max() ?? 0) + 2
    let columns = max(1, (Terminal.width() ?? 80) / max(width, 1))
    for (index, candidate) in result.candidates.prefix(200).enumerated() {
      listing += candidate + String(repeating: " ", count: max(0, width - DisplayWidth.of(candidate)))
      if (index + 1) % columns == 0 { listing += "\n" }
    }
    if !listing.hasSuffix("\n") { listing += "\n" }
    fputs(listing, kx_stdout())
    fflush(kx_stdout())
    return UInt8(CC_REDISPLAY)
  }
}
