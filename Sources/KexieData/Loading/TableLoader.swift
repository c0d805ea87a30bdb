import KexieDiagnostics

/// Loads a data file into a table, choosing the format by the file's extension: `.csv`,
/// `.tsv` (or `.tab`), `.json`, `.jsonl` / `.ndjson`. A `.json` file holding JSON Lines is
/// read as such.
public enum TableLoader {
  public enum Format: String, Sendable {
    case csv, tsv, json

    /// The file name endings kexie loads, and the format of each.
    public static let extensions: [(extension: String, format: Format)] = [
      (".csv", .csv), (".tsv", .tsv), (".tab", .tsv), (".json", .json), (".jsonl", .json), (".ndjson", .json),
    ]

    public static func of(path: String) -> Format? {
      let lowered = path.lowercased()
      return extensions.first { lowered.hasSuffix($0.extension) }?.format
    }
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

  /// Loads `input` as a table named `name`.
  public static func load(
    _ input: ByteInput, format: Format, name: String, progress: ((Int, Int) -> Void)? = nil
  ) -> Result<Table, LoadFailure> {
    switch format {
    case .csv:
      return DelimitedLoader(input: input, separator: UInt8(ascii: ","), progress: progress).load(name: name)
    case .tsv:
      return DelimitedLoader(input: input, separator: UInt8(ascii: "\t"), progress: progress).load(name: name)
    case .json:
      let bytes: [UInt8]
      switch input {
      case .bytes(let given): bytes = given
      case .file(let path):
        switch readAll(path) {
        case .success(let read): bytes = read
        case .failure(let failure): return .failure(failure)
        }
      }
      return JSONLoader(name: input.name, bytes: bytes).load(tableName: name)
    }
  }

  static func readAll(_ path: String) -> Result<[UInt8], LoadFailure> {
    do throws(LoadFailure) {
      return .success(try Files.readWhole(path))
    } catch {
      return .failure(error)
    }
  }
}
