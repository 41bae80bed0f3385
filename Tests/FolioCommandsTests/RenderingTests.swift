import FolioCommands
import FolioTestSupport
import Testing

@Suite struct RenderingTests {
    let runner: LineRunner

    init() throws {
        runner = try LineRunner.seed()
    }

    func json(_ lines: [String]) -> String {
        lines.compactMap { runner.run($0)?.json() }.map { $0 + "\n" }.joined()
    }

    @Test func plainTextOutputMatchesItsSnapshot() {
        Snapshot.assert(runner.transcript([
            "stats", "rates", "find \"Tajik-Afghan border\"", "show @2", "find Ataturk --limit 1", "find nothing-here-at-all",
            "show @9", "find \"unclosed", "help", "help find",
        ]), named: "seed-tour.txt")
    }

    @Test func jsonOutputIsOneObjectPerLineAndMatchesItsSnapshot() {
        let output = json(["stats", "rates", "find \"Tajik-Afghan border\" --limit 1", "show @1", "find (", "nope"])
        #expect(output.split(separator: "\n").count == 6)
        Snapshot.assert(output, named: "seed-tour.jsonl")
    }

    @Test func colourAppearsOnlyWhenAsked() {
        let colored = runner.transcript(["find CSTO --limit 1"], style: TextStyle(isColored: true, width: 80))
        let plain = runner.transcript(["find CSTO --limit 1"])
        #expect(colored.contains("\u{1B}[1;33mCSTO\u{1B}[0m"))
        #expect(!plain.contains("\u{1B}"))
        #expect(plain.contains("[CSTO]"))
    }

    @Test func textWrapsToTheGivenWidth() {
        let narrow = runner.transcript(["find CSTO --limit 1"], style: TextStyle(isColored: false, width: 50))
        #expect(narrow.split(separator: "\n").allSatisfy { $0.count <= 50 })
    }

    @Test func atNBeforeAnyFindExplainsWhatToDo() {
        #expect(runner.transcript(["show @1"]).contains("error: there is no result list yet: run find first"))
    }

    @Test func errorsCarryAStableCodeAndQueryErrorsTheirPosition() throws {
        let query = try #require(try runner.object("find CSTO (border")["error"] as? [String: Any])
        #expect(query["code"] as? String == "query")
        #expect(query["position"] as? Int == 6)
        #expect((query["message"] as? String)?.hasPrefix("'(' is never closed at column 6") == true)
        let codes = try ["show ffffff", "show @3", "fnd CSTO", "find x --limit 0", "notes nothing-noted-here"].map { line in
            (try runner.object(line)["error"] as? [String: Any])?["code"] as? String
        }
        #expect(codes == ["not-found", "no-results", "unknown-command", "usage", nil])
    }
}
