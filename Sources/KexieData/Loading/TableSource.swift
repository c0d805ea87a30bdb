import CSupport
import KexieDiagnostics

/// A kind of data file kexie loads into a table. The registry `TableSources.all` is the one
/// list of them: `.load` and `--load` choose by the file's ending (or, for standard input, by
/// sniffing the bytes), Tab completes file names by the endings, and messages list them. A new
/// source is one type conforming here and one line in `all`.
public protocol TableSource: Sendable {
  /// The format's name, as `--load-format` takes it and messages say it (`csv`).
  var format: String { get }
  /// The file name endings it reads, lower-case, with the dot (`.csv`).
  var extensions: [String] { get }
  /// What people call the files it reads (`CSV`; `JSON`, `JSON Lines`).
  var kinds: [String] { get }
  /// Whether bytes that start a file look like this format (for input without a name).
  func looksLike(_ prefix: ArraySlice<UInt8>) -> Bool
  /// Reads the input as a table named `name`: whole, or not at all.
  /// `progress` is told how far it is; false stops the load (E0504, nothing made).
  func load(_ input: ByteInput, name: String, progress: ((Int, Int) -> Bool)?) -> Result<Table, LoadFailure>
}

/// CSV and TSV (`DelimitedLoader`).
public struct DelimitedSource: TableSource {
  public let format: String
  public let extensions: [String]
  public var kinds: [String] { [format.uppercased()] }
  let separator: UInt8

  public static let csv = DelimitedSource(format: "csv", extensions: [".csv"], separator: UInt8(ascii: ","))
  public static let tsv = DelimitedSource(format: "tsv", extensions: [".tsv", ".tab"], separator: UInt8(ascii: "\t"))

  /// The first line holds the separator (a TSV header has tabs, a CSV one commas).
  public func looksLike(_ prefix: ArraySlice<UInt8>) -> Bool {
    prefix.prefix { $0 != UInt8(ascii: "\n") }.contains(separator)
  }

  public func load(_ input: ByteInput, name: String, progress: ((Int, Int) -> Bool)?) -> Result<Table, LoadFailure> {
    withLoadAllocation { DelimitedLoader(input: input, separator: separator, progress: progress).load(name: name) }
  }
}

/// A JSON array of objects, or JSON Lines (`JSONLoader`).
public struct JSONSource: TableSource {
  public let format = "json"
  public let extensions = [".json", ".jsonl", ".ndjson"]
  public let kinds = ["JSON", "JSON Lines"]

  /// The first character that is not white space opens an object or an array.
  public func looksLike(_ prefix: ArraySlice<UInt8>) -> Bool {
    guard let first = prefix.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }) else { return false }
    return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
  }

  public func load(_ input: ByteInput, name: String, progress: ((Int, Int) -> Bool)?) -> Result<Table, LoadFailure> {
    var loader: JSONLoader
    switch input {
    case .bytes(let given): loader = JSONLoader(name: input.name, bytes: given)
    case .file(let path):
      do throws(LoadFailure) {
        // A file is mapped, not read: its pages are not the process's own memory. A pipe or
        // a device is read whole.
        let what = Phrase("a JSON file", zh: "JSON 文件")
        if let mapped = try MappedFile.map(path, limit: Limits.documentBytes, what: what) {
          loader = JSONLoader(name: input.name, file: mapped)
        } else {
          loader = JSONLoader(name: input.name, bytes: try Files.readWhole(path, limit: Limits.documentBytes, what: what))
        }
      } catch {
        return .failure(error)
      }
    }
    loader.progress = progress
    return withLoadAllocation { loader.load(tableName: name) }
  }
}

/// `body`, a load, with glibc's allocator set for loading, and for querying after it: large
/// buffers are mappings of their own while a table is built and come from the heap's free
/// memory after (why and what it measured: Sources/CSupport/support.h).
func withLoadAllocation<Result>(_ body: () -> Result) -> Result {
  kx_set_load_allocation()
  defer { kx_set_query_allocation() }
  return body()
}

public enum TableSources {
  /// Every source, in the order messages list them.
  public static let all: [any TableSource] = [DelimitedSource.csv, DelimitedSource.tsv, JSONSource()]

  /// Every file name ending a source reads.
  public static var extensions: [String] { all.flatMap(\.extensions) }

  /// "CSV, TSV, JSON or JSON Lines": the kinds of file kexie loads, for help and messages.
  public static var described: String {
    let kinds = all.flatMap(\.kinds)
    return kinds.count < 2 ? kinds.joined() : kinds.dropLast().joined(separator: ", ") + " or " + (kinds.last ?? "")
  }

  /// The source for a file, by its ending (case-insensitive).
  public static func forPath(_ path: String) -> (any TableSource)? {
    let lowered = path.lowercased()
    return all.first { source in source.extensions.contains { lowered.hasSuffix($0) } }
  }

  /// The source of a format's name (`csv`).
  public static func named(_ format: String) -> (any TableSource)? {
    all.first { $0.format == format.lowercased() }
  }

  /// The source whose format the bytes look like: JSON, then TSV, else CSV.
  public static func sniff(_ bytes: ArraySlice<UInt8>) -> any TableSource {
    let prefix = bytes.prefix(4096)
    if JSONSource().looksLike(prefix) { return JSONSource() }
    if DelimitedSource.tsv.looksLike(prefix), !DelimitedSource.csv.looksLike(prefix) { return DelimitedSource.tsv }
    return DelimitedSource.csv
  }

  /// The table name a file gets by default: its base name without the extension, with
  /// characters that cannot be in a plain name turned into `_` (Chinese names stay).
  public static func defaultName(for path: String) -> String {
    var base = Substring(path.split(separator: "/").last ?? Substring(path))
    if let dot = base.lastIndex(of: "."), dot != base.startIndex { base = base[..<dot] }
    var name = ""
    for scalar in base.unicodeScalars {
      let plain = scalar.isASCII
        ? (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_")
        : scalar.properties.isXIDContinue
      name.unicodeScalars.append(plain ? scalar : "_")
    }
    if let first = name.unicodeScalars.first, ("0"..."9").contains(first) { name = "t_" + name }
    return name.isEmpty ? "table" : name
  }
}
