import Foundation
import KexieFuzzing
import KexieTestSupport
import Testing

/// Every fuzzer's seeds and every finding kept in Fuzz/regressions run through the fuzz
/// targets in each test run, so a finding fixed once stays fixed (make fuzz searches for new
/// ones; this replays the known ones, without libFuzzer).
@Suite struct FuzzReplayTests {
  static func inputs(_ target: FuzzTarget) -> [URL] {
    var folders = ["Fuzz/corpus/\(target.rawValue)", "Fuzz/regressions/\(target.rawValue)"]
    switch target {
    case .syntax, .query: folders += ["examples", "Tests/GoldenTests/Cases"]
    case .csv: folders += ["examples/data"]
    case .json: folders += ["seeds"]
    }
    return folders.flatMap { folder -> [URL] in
      let url = Repository.root.appendingPathComponent(folder)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
      return names.sorted().map { url.appendingPathComponent($0) }.filter { !$0.hasDirectoryPath && !$0.lastPathComponent.hasPrefix(".") }
    }
  }

  @Test(arguments: FuzzTarget.allCases)
  func replay(_ target: FuzzTarget) throws {
    let files = FuzzReplayTests.inputs(target)
    #expect(files.count >= 3)
    for file in files {
      let bytes = try [UInt8](Data(contentsOf: file))
      let problems = target.run(bytes)
      #expect(problems.isEmpty, "\(target.rawValue) \(file.lastPathComponent): \(problems)")
    }
  }

  @Test func theQueryTargetWritesNoFiles() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("kexie-fuzz-\(UUID()).txt").path
    #expect(FuzzTarget.query.run(Array(".output \(path)\nevents\n.save \(path)\n".utf8)).isEmpty)
    #expect(!FileManager.default.fileExists(atPath: path))
  }
}
