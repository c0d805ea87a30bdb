import Foundation
import KexieData
import KexieDiagnostics
import KexieDriver

/// What the test targets share: where the repository is, the built binary, a session over
/// the report, scratch directories. (One copy, instead of one per target.)
public enum Repository {
  public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  public static var binary: URL { root.appendingPathComponent(".build/debug/kexie") }

  public static func read(_ path: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
  }

  /// `KEXIE_RECORD=1`: tests with snapshots rewrite them (and fail once).
  public static var recording: Bool { ProcessInfo.processInfo.environment["KEXIE_RECORD"] == "1" }
}

/// A session over the report dataset that writes to memory.
public func makeSession() -> (Session, TextSink, TextSink) {
  let output = TextSink.memory()
  let errors = TextSink.memory()
  guard case .success(let session) = Session.withReport(output: output, errors: errors) else {
    fatalError("the dataset does not load")
  }
  return (session, output, errors)
}

/// Runs script text in a fresh session; returns standard output and standard error.
public func runScript(_ text: String, configure: (Session) -> Void = { _ in }) -> (out: String, err: String, result: RunResult) {
  let (session, output, errors) = makeSession()
  configure(session)
  let result = session.run(SourceFile(name: "t.kx", text: text))
  return (output.buffer, errors.buffer, result)
}

/// What a run of the built kexie binary printed and how it ended.
public struct Run {
  public var status: Int32
  public var out: String
  public var err: String
}

/// Runs the built kexie binary (standard input from `stdin`, or nothing).
public func kexie(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:], directory: URL? = nil) throws -> Run {
  let process = Process()
  process.executableURL = Repository.binary
  process.arguments = arguments
  var env = ProcessInfo.processInfo.environment
  env["NO_COLOR"] = "1"
  env["HOME"] = NSTemporaryDirectory()
  // English whatever the machine's locale (a zh_CN machine would otherwise get Chinese).
  env["LC_ALL"] = nil
  env["LC_MESSAGES"] = nil
  env["LANG"] = "C.UTF-8"
  for (key, value) in environment { env[key] = value }
  process.environment = env
  if let directory { process.currentDirectoryURL = directory }
  let outPipe = Pipe()
  let errPipe = Pipe()
  let inPipe = Pipe()
  process.standardOutput = outPipe
  process.standardError = errPipe
  process.standardInput = inPipe
  try process.run()
  // Standard error is read on another thread: a run that fills one pipe while the test waits
  // on the other would otherwise never end.
  nonisolated(unsafe) var err = Data()
  let reading = DispatchGroup()
  DispatchQueue.global().async(group: reading) { err = errPipe.fileHandleForReading.readDataToEndOfFile() }
  if let stdin { inPipe.fileHandleForWriting.write(Data(stdin.utf8)) }
  try inPipe.fileHandleForWriting.close()
  let out = outPipe.fileHandleForReading.readDataToEndOfFile()
  reading.wait()
  process.waitUntilExit()
  return Run(status: process.terminationStatus, out: String(decoding: out, as: UTF8.self), err: String(decoding: err, as: UTF8.self))
}

/// A new empty directory for a test's files.
public func temporaryDirectory() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("kexie-test-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}
