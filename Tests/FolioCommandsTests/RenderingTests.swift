import FolioCommands
import Testing

@Suite struct RenderingTests {
    let runner: CommandRunner

    init() throws {
        let workspace = try Workspace()
        _ = try workspace.open([])
        runner = CommandRunner(workspace: workspace)
    }

    func text(_ lines: [String], style: TextStyle = .plain) -> String {
        var output = ""
        for line in lines {
            guard let outcome = runner.run(line: line) else { continue }
            output += "> \(line)\n"
            TextRenderer(style: style, idLength: runner.workspace.displayLength).render(outcome, to: &output)
        }
        return output
    }

    func json(_ lines: [String]) -> String {
        var output = ""
        for line in lines {
            guard let outcome = runner.run(line: line) else { continue }
            JSONRenderer().render(outcome, to: &output)
        }
        return output
    }

    @Test func plainTextOutputMatchesItsSnapshot() {
        Snapshot.assert(text([
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
        let colored = text(["find CSTO --limit 1"], style: TextStyle(isColored: true, width: 80))
        let plain = text(["find CSTO --limit 1"])
        #expect(colored.contains("\u{1B}[1;33mCSTO\u{1B}[0m"))
        #expect(!plain.contains("\u{1B}"))
        #expect(plain.contains("[CSTO]"))
    }

    @Test func textWrapsToTheGivenWidth() {
        let narrow = text(["show @1"].map { _ in "find CSTO --limit 1" }, style: TextStyle(isColored: false, width: 50))
        #expect(narrow.split(separator: "\n").allSatisfy { $0.count <= 50 })
    }

    @Test func atNBeforeAnyFindExplainsWhatToDo() {
        #expect(text(["show @1"]).contains("error: there is no result list yet: run find first"))
    }
}
