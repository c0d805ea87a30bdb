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
  /// Candidates that take no space after them when inserted alone: a link field or a table
  /// name, which a `.` may follow (`organizer` → `organizer.label`).
  public var open: Set<String> = []

  public init(replacing: Int, candidates: [String], open: Set<String> = []) {
    self.replacing = replacing
    self.candidates = candidates
    self.open = open
  }

  /// The text Tab inserts: the one candidate (a finished word with a space after it, as in
  /// shells; paths, calls, files and names a `.` can follow without), or the common prefix.
  public var insertion: String {
    guard candidates.count == 1 else { return commonPrefix }
    let candidate = candidates[0]
    guard !open.contains(candidate), let last = candidate.last,
      last.isLetter || last.isNumber || last == "_" || last == "\"" || last == "”" || last == "’"
    else { return candidate }
    return candidate + " "
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

  /// Set after a key that edits the line as one whole command (a printable character,
  /// Backspace, Delete as Ctrl-D): before the next key, a wrapped line with wide text is
  /// redrawn. Never inside an escape sequence, a Ctrl-R search or after a prefix key, where
  /// libedit reads the next key as part of the same command.
  var redrawAfterEdit = false
  private var inSequence = false
  private var searching = false
  private var prefixed = false

  func read(_ key: wchar_t) {
    redrawAfterEdit = false
    if inSequence {
      // ESC [ … final, ESC O x, or ESC x (meta): the sequence ends at a letter or '~'.
      if key != 0x5B, key != 0x4F || !sequenceStarted { inSequence = key < 0x40 || key > 0x7E }
      sequenceStarted = true
      return
    }
    if key == 0x1B {
      inSequence = true
      sequenceStarted = false
      return
    }
    if prefixed {
      prefixed = false
      return
    }
    switch key {
    case 0x12: searching = true  // Ctrl-R
    case 0x16, 0x18: prefixed = true  // Ctrl-V quotes the next key; Ctrl-X is a prefix
    case 0x08, 0x7F, 0x04: redrawAfterEdit = !searching  // Backspace, Ctrl-D
    case 0x20...:
      redrawAfterEdit = !searching
    default:
      searching = false
    }
  }
  private var sequenceStarted = false

  /// The prompt as text, for measuring.
  private(set) var promptText = ""

  func setPrompt(_ text: String) {
    promptText = text
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
    // libedit (3.1, 2021–2023) misplaces the cursor by a column after a wide character is
    // inserted or deleted on a line that wraps, when the wrap pushes a wide character to the
    // next row (its incremental update does not count the column left blank at the row's
    // end); Ctrl-L put it right. kexie reads keys itself and, after such an edit on such a
    // line, hands libedit one private key (U+009F, which no keyboard sends) bound to a full
    // redisplay — ed-redisplay's CC_REDISPLAY, Ctrl-L without clearing the screen.
    kx_el_add_function(editLine, EditLineReader.wide("kexie-redisplay"), EditLineReader.wide("redraw the line"), { _, _ in
      UInt8(CC_REDISPLAY)
    })
    kx_el_bind(editLine, [EditLineReader.redisplayKey, 0], EditLineReader.wide("kexie-redisplay"))
    kx_el_set_getc(editLine) { editLine, character in
      guard let editLine, let character, let state = EditLineState.of(editLine) else { return -1 }
      if state.redrawAfterEdit, EditLineReader.wrapsWithWideText(editLine) {
        state.redrawAfterEdit = false
        character.pointee = EditLineReader.redisplayKey
        return 1
      }
      let result = kx_read_char_or_interrupt(0, character) { interruptFlag.isCancelled ? 1 : 0 }
      if result == 1 { state.read(character.pointee) }
      return result
    }
    // Read ~/.editrc like other libedit programs, for people's own key bindings.
    el_source(editLine, nil)
  }

  deinit {
    history_wend(history)
    el_end(editLine)
  }

  /// The private key bound to a full redisplay (a C1 control no keyboard sends).
  static let redisplayKey: wchar_t = 0x9F

  /// Whether the line being edited holds a wide character and is wider than the terminal.
  static func wrapsWithWideText(_ editLine: OpaquePointer) -> Bool {
    guard let info = el_wline(editLine), let state = EditLineState.of(editLine) else { return false }
    let count = info.pointee.lastchar - info.pointee.buffer
    guard count > 0 else { return false }
    let text = string(info.pointee.buffer, count: count)
    guard text.unicodeScalars.contains(where: { DisplayWidth.of($0) == 2 }) else { return false }
    let columns = Terminal.width() ?? 80
    return DisplayWidth.of(state.promptText) + DisplayWidth.of(text) >= columns
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
    let insertion = result.insertion
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
