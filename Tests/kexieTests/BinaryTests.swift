import Foundation
import KexieTestSupport
import Testing

/// Script mode through the built binary: exit codes, positions in errors, and every output
/// format read back by a real parser (Python's json and csv modules).
@Suite(.serialized) struct BinaryTests {
  @Test func versionAndHelp() throws {
    let version = try kexie(["--version"])
    #expect(version.status == 0 && version.out.hasPrefix("kexie "))
    let help = try kexie(["--help"])
    #expect(help.status == 0 && help.out.contains("--format"))
  }

  @Test func exitCodesAreDistinct() throws {
    #expect(try kexie(["-c", "places | count"]).status == 0)
    #expect(try kexie(["-c", "events where countyy = 1"]).status == 1)
    #expect(try kexie(["--fromat", "csv"]).status == 64)
    #expect(try kexie(["/no/such/script.kx"]).status == 66)
    let usage = try kexie(["--fromat", "csv"])
    #expect(usage.err.contains("did you mean '--format'?"))
  }

  /// Every write is checked (before, a full disk or a dead reader exited 0 in silence).
  @Test func outputThatCannotBeWrittenIsAnError() throws {
    // Standard output on a full device: the run stops, exit status 74, and it says why.
    let process = Process()
    process.executableURL = Repository.binary
    process.arguments = ["-c", "events", "-c", "places | count"]
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
    let errors = Pipe()
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 74)
    #expect(said.contains("error[E0003]: cannot write to standard output: No space left on device"))
    // A file of .output or .once that cannot be written fails its statement.
    for command in [".output", ".once"] {
      let run = try kexie(["-c", "\(command) /dev/full", "-c", "events"])
      #expect(run.status == 1, "\(command)")
      #expect(run.err.contains("cannot write to /dev/full: No space left on device"), "\(command): \(run.err)")
    }
    // With SIGPIPE ignored, a reader that went away is seen (EPIPE), not written to for ever.
    let shell = Process()
    shell.executableURL = URL(fileURLWithPath: "/bin/bash")
    shell.arguments = ["-c", "trap '' PIPE; \"$0\" -c events -c events -c events 2>/tmp/kexie-epipe-$$ | head -c 10 >/dev/null; echo \"${PIPESTATUS[0]}\"; cat /tmp/kexie-epipe-$$; rm -f /tmp/kexie-epipe-$$", Repository.binary.path]
    let out = Pipe()
    shell.standardOutput = out
    shell.standardInput = FileHandle.nullDevice
    try shell.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    shell.waitUntilExit()
    #expect(text.hasPrefix("74\n"), "\(text)")
    #expect(text.contains("cannot write to standard output: Broken pipe"))
  }

  @Test func errorsNameTheScriptLineAndColumn() throws {
    let directory = try temporaryDirectory()
    let script = directory.appendingPathComponent("saved.kx")
    try "# a saved query\n\nevents where countyy = \"淅川\"\n".write(to: script, atomically: true, encoding: .utf8)
    let run = try kexie([script.path])
    #expect(run.status == 1)
    #expect(run.err.hasPrefix("\(script.path):3:14: error[E0203]: unknown field 'countyy' in events\n  |\n3 | events where countyy = \"淅川\"\n  |              ^^^^^^^\n"))
  }

  @Test func scriptsFromStandardInputAndShebang() throws {
    let piped = try kexie([], stdin: "#!/usr/bin/env kexie\nplaces | count\n")
    #expect(piped.status == 0 && piped.out.contains("9"))
    let dash = try kexie(["-c", "sections | count", "-"], stdin: "places | count")
    #expect(dash.out.contains(" 4\n") && dash.out.contains(" 9\n"))
    #expect(dash.out.range(of: " 4\n")!.lowerBound < dash.out.range(of: " 9\n")!.lowerBound)
  }

  @Test func bailAndKeepGoing() throws {
    let text = "places | count\nevents where nope = 1\nsections | count\n"
    let bail = try kexie([], stdin: text)
    #expect(bail.status == 1 && bail.out.contains(" 9\n") && !bail.out.contains(" 4\n"))
    let keep = try kexie(["--keep-going"], stdin: text)
    #expect(keep.status == 1 && keep.out.contains(" 4\n"))
  }

  @Test func echo() throws {
    let run = try kexie(["--echo", "-c", "places | count"])
    #expect(run.out.hasPrefix("places | count\n count\n"))
  }

  @Test func invalidUTF8InAScriptIsAPositionedError() throws {
    let directory = try temporaryDirectory()
    let script = directory.appendingPathComponent("bad.kx")
    try Data(Array("places | where name = \"".utf8) + [0xFF] + Array("\"\n".utf8)).write(to: script)
    let run = try kexie([script.path])
    #expect(run.status == 1)
    #expect(run.err.contains("bad.kx:1:24: error[E0001]: invalid UTF-8 byte 0xFF at byte offset 23"))
  }

  @Test func everyFormatParsesBack() throws {
    let query = "events | select id, name, participants, year | limit 6"
    let csv = try kexie(["-f", "csv", "-c", query])
    let tsv = try kexie(["-f", "tsv", "-c", query])
    let json = try kexie(["-f", "json", "-c", query])
    let jsonl = try kexie(["-f", "jsonl", "-c", query])
    let python = """
      import csv, io, json, sys
      data = json.loads(sys.argv[1])
      rows = list(csv.DictReader(io.StringIO(sys.argv[2])))
      tsv = list(csv.DictReader(io.StringIO(sys.argv[3]), delimiter='\\t'))
      lines = [json.loads(l) for l in sys.argv[4].splitlines()]
      assert len(data) == len(rows) == len(tsv) == len(lines) == 6, (len(data), len(rows))
      assert data == lines
      for d, r, t in zip(data, rows, tsv):
          assert d['id'] == r['id'] == t['id']
          assert d['name'] == r['name']
          assert (d['participants'] is None) == (r['participants'] == '')
          assert isinstance(d['participants'], (int, type(None)))
      print('ok')
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", python, json.out, csv.out, tsv.out, jsonl.out]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(output == "ok\n", "\(output)")
  }

  @Test func markdownAndLineAndBox() throws {
    #expect(try kexie(["-f", "markdown", "-c", "places | select short | limit 1"]).out == "| short |\n|-------|\n| 南阳  |\n")
    #expect(try kexie(["-f", "line", "-c", "places | select short | limit 1"]).out == "short = 南阳\n")
    #expect(try kexie(["-f", "box", "-c", "places | select short | limit 1"]).out.hasPrefix("┌"))
  }

  @Test func jsonErrors() throws {
    let run = try kexie(["--error-format", "json", "-c", "events where countyy = 1"])
    let object = try JSONSerialization.jsonObject(with: Data(run.err.utf8)) as? [String: Any]
    #expect(object?["code"] as? String == "E0203")
    #expect(object?["file"] as? String == "-c")
  }

  @Test func colourOnlyWhenAskedOrOnATerminal() throws {
    let plain = try kexie(["-c", "events where countyy = 1"])
    #expect(!plain.err.contains("\u{1B}["))
    let forced = try kexie(["-c", "events where countyy = 1"], environment: ["NO_COLOR": "", "FORCE_COLOR": "1"])
    #expect(forced.err.contains("\u{1B}[1;31m"))
    let refused = try kexie(["--no-color", "-c", "events where countyy = 1"], environment: ["NO_COLOR": "", "FORCE_COLOR": "1"])
    #expect(!refused.err.contains("\u{1B}["))
    // FORCE_COLOR colours tables too (headers bold, nulls dim), not only errors.
    let table = try kexie(["-c", "events | top 1 by participants | select name, sessions"], environment: ["NO_COLOR": "", "FORCE_COLOR": "1"])
    #expect(table.out.contains("\u{1B}[1m") && table.out.contains("\u{1B}[2m"), "\(table.out)")
    #expect(!(try kexie(["-c", "events | count"])).out.contains("\u{1B}["))
  }
}

/// A soak: 100,000 statements through `.read` (one 10,000-statement script read ten times)
/// end with the memory one reading of it takes — nothing a statement leaves behind
/// accumulates. Peak memory comes from python3's `getrusage` of its one child.
@Suite struct SoakTests {
  static func peakMegabytes(reading script: URL, times: Int, in directory: URL) throws -> Int {
    let driver = directory.appendingPathComponent("read-\(times).kx")
    try String(repeating: ".read \(script.path)\n", count: times).write(to: driver, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", "-c",
      "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)",
      Repository.binary.path, driver.path,
    ]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return (Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) / 1024
  }

  @Test func memoryStaysFlatOverAHundredThousandStatements() throws {
    let directory = try temporaryDirectory()
    let script = directory.appendingPathComponent("ten-thousand.kx")
    var text = ""
    for index in 0..<10_000 { text += index % 2 == 0 ? "places where level = \"县\" | count\n" : "events | summarize count() by kind | limit 2\n" }
    try text.write(to: script, atomically: true, encoding: .utf8)
    let once = try SoakTests.peakMegabytes(reading: script, times: 1, in: directory)
    let tenTimes = try SoakTests.peakMegabytes(reading: script, times: 10, in: directory)
    #expect(once > 0)
    #expect(tenTimes - once < 16, "memory grew from \(once) MB to \(tenTimes) MB over 90,000 more statements")
  }
}
