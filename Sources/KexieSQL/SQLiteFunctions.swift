import CSQLite
import KexieData
import KexieDiagnostics
import KexieSemantics
import Synchronization

/// The functions kexie's SQLite backend defines on each connection, so SQL computes exactly
/// what kexie's engine does: the builtins whose rules SQLite's own functions do not follow
/// (characters as people see them, Unicode case, every kind of space), `regexp` for SQL's
/// REGEXP with kexie's regular expressions, and `kexie_error`, which stops a query with one of
/// kexie's errors (a division by zero, at its place in the query).
///
/// Each calls the builtin's own implementation (`Builtins`), so the two cannot drift apart.
enum SQLiteFunctions {
  static let builtins: [(sql: String, builtin: String, arity: Int32)] = [
    ("kexie_length", "length", 1), ("kexie_width", "width", 1), ("kexie_lower", "lower", 1),
    ("kexie_upper", "upper", 1), ("kexie_trim", "trim", 1), ("kexie_substr", "substr", 2), ("kexie_substr", "substr", 3),
  ]

  /// The prefix of the messages kexie_error raises, so the backend knows them for its own.
  static let errorPrefix = "kexie: "

  static func register(on handle: OpaquePointer) {
    let flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC
    for (index, (name, _, arity)) in builtins.enumerated() {
      // Which builtin travels as the function's user data (a C callback cannot capture).
      sqlite3_create_function_v2(handle, name, arity, flags, UnsafeMutableRawPointer(bitPattern: index + 1), { context, count, values in
        SQLiteFunctions.callBuiltin(context, count, values)
      }, nil, nil, nil)
    }
    sqlite3_create_function_v2(handle, "regexp", 2, flags, nil, { context, _, values in
      SQLiteFunctions.regexp(context, values)
    }, nil, nil, nil)
    // Integer arithmetic that stops on overflow, as kexie's does (SQLite's own turns the
    // result into an inexact REAL): kexie_add(a, b, start, end) and its kin.
    for (index, name) in arithmetic.enumerated() {
      sqlite3_create_function_v2(handle, name, 4, flags, UnsafeMutableRawPointer(bitPattern: index + 1), { context, _, values in
        SQLiteFunctions.checkedArithmetic(context, values)
      }, nil, nil, nil)
    }
    sqlite3_create_function_v2(handle, "kexie_error", 1, SQLITE_UTF8, nil, { context, _, values in
      guard let values, let text = sqlite3_value_text(values[0]) else { return }
      sqlite3_result_error(context, SQLiteFunctions.errorPrefix + String(cString: text), -1)
    }, nil, nil, nil)
  }

  static let arithmetic = ["kexie_add", "kexie_sub", "kexie_mul"]

  static func checkedArithmetic(_ context: OpaquePointer?, _ values: UnsafeMutablePointer<OpaquePointer?>?) {
    let index = Int(bitPattern: sqlite3_user_data(context)) - 1
    guard let values, arithmetic.indices.contains(index) else { return }
    guard sqlite3_value_type(values[0]) == SQLITE_INTEGER, sqlite3_value_type(values[1]) == SQLITE_INTEGER else {
      if sqlite3_value_type(values[0]) == SQLITE_NULL || sqlite3_value_type(values[1]) == SQLITE_NULL {
        sqlite3_result_null(context)
      } else {
        sqlite3_result_error(context, errorPrefix + "E0505 integer arithmetic on a value that is not an integer", -1)
      }
      return
    }
    let (a, b) = (sqlite3_value_int64(values[0]), sqlite3_value_int64(values[1]))
    let (result, overflow): (Int64, Bool)
    let symbol: String
    switch index {
    case 0: (result, overflow) = a.addingReportingOverflow(b); symbol = "+"
    case 1: (result, overflow) = a.subtractingReportingOverflow(b); symbol = "-"
    default: (result, overflow) = a.multipliedReportingOverflow(by: b); symbol = "*"
    }
    guard !overflow else {
      let start = sqlite3_value_int64(values[2])
      let end = sqlite3_value_int64(values[3])
      sqlite3_result_error(context, errorPrefix + "E0502 \(start) \(end) \(a) \(symbol) \(b)", -1)
      return
    }
    sqlite3_result_int64(context, result)
  }

  /// A SQLite value as a kexie value.
  static func value(_ pointer: OpaquePointer?) -> Value {
    switch sqlite3_value_type(pointer) {
    case SQLITE_INTEGER: return .integer(sqlite3_value_int64(pointer))
    case SQLITE_FLOAT: return .decimal(sqlite3_value_double(pointer))
    case SQLITE_NULL: return .null
    default:
      guard let text = sqlite3_value_text(pointer) else { return .null }
      return .text(String(cString: text))
    }
  }

  static func callBuiltin(_ context: OpaquePointer?, _ count: Int32, _ values: UnsafeMutablePointer<OpaquePointer?>?) {
    let index = Int(bitPattern: sqlite3_user_data(context)) - 1
    guard let values, builtins.indices.contains(index), let builtin = Builtins.named(builtins[index].builtin) else {
      sqlite3_result_error(context, "kexie: no such function", -1)
      return
    }
    let arguments = (0..<Int(count)).map { value(values[$0]) }
    // Null in, null out, as the engine calls builtins.
    if !builtin.acceptsNull, arguments.contains(where: \.isNull) {
      sqlite3_result_null(context)
      return
    }
    do throws(BuiltinError) {
      result(context, try builtin.evaluate(arguments))
    } catch {
      sqlite3_result_error(context, errorPrefix + "E0505 \(builtin.name)(): \(error.message)", -1)
    }
  }

  /// A kexie value as the function's result.
  static func result(_ context: OpaquePointer?, _ value: Value) {
    switch value {
    case .null, .list: sqlite3_result_null(context)
    case .bool(let flag): sqlite3_result_int(context, flag ? 1 : 0)
    case .integer(let number): sqlite3_result_int64(context, number)
    case .decimal(let number): sqlite3_result_double(context, number)
    case .text(let text):
      // SQLite copies the bytes; an empty text still needs a pointer, or it is NULL.
      var bytes = Array(text.utf8CString)
      bytes.withUnsafeMutableBufferPointer { buffer in
        sqlite3_result_text(context, buffer.baseAddress, Int32(buffer.count - 1), kx_sqlite_transient())
      }
    }
  }

  static func regexp(_ context: OpaquePointer?, _ values: UnsafeMutablePointer<OpaquePointer?>?) {
    guard let values else { return }
    guard case .text(let pattern) = value(values[0]), case .text(let text) = value(values[1]) else {
      sqlite3_result_null(context)
      return
    }
    guard let regex = RegexCache.shared.regex(pattern) else {
      sqlite3_result_error(context, errorPrefix + "E0503 " + pattern, -1)
      return
    }
    sqlite3_result_int(context, regex.matches(text) ? 1 : 0)
  }

  /// kexie's diagnostic for a message kexie_error raised (`kexie: E0501 12 14`), placed in `file`.
  static func diagnostic(forError message: String, file: SourceFile?) -> Diagnostic? {
    guard message.hasPrefix(errorPrefix) else { return nil }
    let words = message.dropFirst(errorPrefix.count).split(separator: " ").map(String.init)
    switch words.first {
    case "E0501":  // E0501 start end [the divisor PostgreSQL's cast carries]
      let range = words.count >= 3 ? SourceRange(Int(words[1]) ?? 0, Int(words[2]) ?? 0) : SourceRange.point(0)
      let diagnostic = Diagnostic.divisionByZero(at: range)
      return file.map { diagnostic.located(in: $0) } ?? diagnostic
    case "E0502":  // E0502 start end a op b
      let range = words.count >= 3 ? SourceRange(Int(words[1]) ?? 0, Int(words[2]) ?? 0) : SourceRange.point(0)
      let diagnostic = Diagnostic.integerOverflow(.same(words.dropFirst(3).joined(separator: " ")), at: range)
      return file.map { diagnostic.located(in: $0) } ?? diagnostic
    case "E0503":
      return .invalidRegex(words.dropFirst().joined(separator: " "), reason: Phrase("it does not compile", zh: "它编译不了"), at: .point(0))
    case "E0505":
      return .invalidArgument(function: "", .same(words.dropFirst().joined(separator: " ")), at: .point(0))
    default:
      return nil
    }
  }
}

/// Patterns compiled once each, for `regexp` (SQLite calls it once per row).
final class RegexCache: Sendable {
  static let shared = RegexCache()
  private let lock = Mutex<[String: Pattern?]>([:])

  func regex(_ pattern: String) -> Pattern? {
    lock.withLock { cache in
      if let found = cache[pattern] { return found }
      let compiled = try? Pattern(pattern)
      if cache.count > 256 { cache.removeAll() }
      cache[pattern] = compiled
      return compiled
    }
  }
}
