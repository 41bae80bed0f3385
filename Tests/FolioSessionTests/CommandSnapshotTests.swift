import FolioCommands
import FolioTestSupport
import Foundation
import Testing
@testable import FolioSession

/// Every registered command's examples, run on the sample corpus, as text (unwrapped) and as JSON: one snapshot a
/// command, in Snapshots/commands/NAME.txt.
@Suite struct CommandSnapshotTests {
    static let sessions = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sessions")

    /// Run first, unrecorded, so that `@1` and note 1 exist.
    static let setup = ["find border", "note @1 Seed note #seed --quote \"Tajik-Afghan border\""]

    @Test(arguments: CommandRegistry.folio.models.map(\.name))
    func theExamplesOfEachCommandGiveTheirSnapshot(name: String) throws {
        let model = try #require(CommandRegistry.folio.command(named: name)?.model)
        let scratch = try Scratch()
        try scratch.write("Sessions/tajik-afghan-border.md", try Data(contentsOf: Self.sessions.appendingPathComponent("tajik-afghan-border.md")))
        let workspace = try Workspace(directory: scratch.file(".folio"))
        _ = try workspace.open([])
        let session = try SessionContext(workspace: workspace, now: LineRunner.fixedClock, sessionsDirectory: scratch.file("Sessions"))
        session.currentDirectory = scratch.path
        for line in Self.setup { _ = session.perform(line) }
        var transcript = ""
        for example in model.examples + model.options.map(\.example) + ["\(name) --bogus"] {
            let line = Self.inScratch(example, scratch)
            transcript += "> \(example)\n"
            for step in session.perform(line) {
                if let echo = step.echo { transcript += "folio> \(echo)\n" }
                transcript += step.outcome.text(in: OutputStyle(text: Self.unwrapped, idLength: workspace.displayLength))
                transcript += step.outcome.json() + "\n"
            }
        }
        Snapshot.assert(transcript.replacingOccurrences(of: scratch.path, with: "$SCRATCH"), named: "commands/\(name).txt")
    }

    /// Plain text not wrapped, so that the scratch folder's path does not move the line breaks.
    static let unwrapped = TextStyle(isColored: false, width: 10_000)

    /// Files an example writes go to the scratch folder, not where the tests run.
    static func inScratch(_ line: String, _ scratch: Scratch) -> String {
        CommandTokenizer.tokenize(line).map { word in
            let isFile = [".csv", ".md", ".html", ".json"].contains { word.hasSuffix($0) } && !word.contains("/")
            if isFile { return scratch.file(word) }
            if word == "/tmp" { return scratch.file("tmp") }
            return word
        }.joined(separator: " ")
    }
}
