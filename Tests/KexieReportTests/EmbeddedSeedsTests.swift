import Foundation
import KexieTestSupport
import Testing

@testable import KexieReport
import KexieData

/// `Sources/KexieReport/EmbeddedSeeds.swift` is generated from seeds/. This test fails when they
/// disagree; with KEXIE_RECORD=1 it regenerates the file (and still fails once, so a
/// recording never passes by accident).
@Suite struct EmbeddedSeedsTests {
  static let sets = ["events", "orgs", "people", "places", "programs", "figures", "sections", "contacts", "mentions"]

  static func literal(_ text: String) -> String {
    var hashes = "#"
    while text.contains("\"\"\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
    return hashes + "\"\"\"\n" + text + "\n\"\"\"" + hashes
  }

  static func generate() throws -> String {
    var lines = [
      "// Generated from seeds/ by `KEXIE_RECORD=1 swift test --filter EmbeddedSeedsTests`. Do not edit:",
      "// edit seeds/*.jsonl and regenerate. A test fails when this file and seeds/ disagree.",
      "",
      "/// The report and its dataset, compiled into the binary so an installed kexie needs no files.",
      "enum EmbeddedSeeds {",
      "  static let sets: [(name: String, jsonl: String)] = [",
    ]
    for set in sets { lines.append("    (\"\(set)\", \(set)),") }
    lines.append("  ]")
    lines.append("")
    lines.append("  static let report = " + literal(try Repository.read("seeds/nanyang-kexie-2021-report.txt")))
    for set in sets {
      lines.append("")
      lines.append("  static let \(set) = " + literal(try Repository.read("seeds/\(set).jsonl")))
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  @Test func embeddedFileMatchesSeeds() throws {
    let path = "Sources/KexieReport/EmbeddedSeeds.swift"
    let expected = try EmbeddedSeedsTests.generate()
    let actual = try Repository.read(path)
    if actual != expected, Repository.recording {
      try expected.write(to: Repository.root.appendingPathComponent(path), atomically: true, encoding: .utf8)
      Issue.record("regenerated \(path); build and run the tests again")
      return
    }
    #expect(actual == expected, "seeds/ changed: run KEXIE_RECORD=1 swift test --filter EmbeddedSeedsTests")
  }

  @Test func embeddedTextsAreTheFiles() throws {
    #expect(ReportDataset.reportText == (try Repository.read("seeds/nanyang-kexie-2021-report.txt")))
    for set in EmbeddedSeedsTests.sets {
      #expect(ReportDataset.jsonl(for: set) == (try Repository.read("seeds/\(set).jsonl")))
    }
    #expect(Set(EntitySet.all.map(\.name)) == Set(EmbeddedSeedsTests.sets))
  }
}
