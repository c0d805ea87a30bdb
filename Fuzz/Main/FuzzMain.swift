import Glibc
import KexieFuzzing

/// The fuzzers' program. Built with `-sanitize=fuzzer,address -D FUZZING` (scripts/fuzz),
/// libFuzzer calls `LLVMFuzzerTestOneInput` with its inputs for the target that
/// `KEXIE_FUZZ_TARGET` names. Built plainly (as `swift build` does), it replays the files
/// given on its command line through a target: `kexie-fuzz query crash-1234`.
/// Writes a line to standard error (stdio's `stderr` is a global Swift 6 will not touch).
func complain(_ text: String) {
  var line = text + "\n"
  line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}

let target: FuzzTarget = {
  let name = getenv("KEXIE_FUZZ_TARGET").map { String(cString: $0) } ?? "query"
  return FuzzTarget(rawValue: name) ?? .query
}()

/// Runs one input; a broken rule stops the process, so libFuzzer keeps the input.
func check(_ bytes: [UInt8], _ target: FuzzTarget) {
  let problems = target.run(bytes)
  guard problems.isEmpty else {
    complain("kexie-fuzz \(target.rawValue): \(problems.joined(separator: "\n"))")
    abort()
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  check(bytes, target)
  return 0
}

#if FUZZING
  /// libFuzzer's driver, for a program whose `main` is not libFuzzer's: SwiftPM names an
  /// executable's entry `kexie_fuzz_main` and points `main` at it.
  @_silgen_name("LLVMFuzzerRunDriver")
  func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  @_cdecl("kexie_fuzz_main")
  public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var vector = argv
    return runDriver(&count, &vector) { data, size in fuzzOneInput(data, size) }
  }
#else
  @main
  struct Replay {
    static func main() {
      let arguments = Array(CommandLine.arguments.dropFirst())
      guard let first = arguments.first, let chosen = FuzzTarget(rawValue: first) else {
        complain("usage: kexie-fuzz \(FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")) FILE...")
        exit(64)
      }
      for path in arguments.dropFirst() {
        guard let file = fopen(path, "rb") else {
          complain("kexie-fuzz: cannot read \(path)")
          exit(66)
        }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
          let count = fread(&buffer, 1, buffer.count, file)
          if count == 0 { break }
          bytes.append(contentsOf: buffer[0..<count])
        }
        fclose(file)
        check(bytes, chosen)
        print("ok  \(path)")
      }
    }
  }
#endif
