import FolioCommands
import FolioCore
import FolioTestSupport
import Foundation
import Testing
@testable import FolioSession

/// One replay engine, for the shell's `replay` and for `--check`.
@Suite struct ReplayTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let sessions = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sessions")

    func notes(_ session: SessionContext) throws -> [[String]] {
        try session.workspace.store.notes(.all).map { [$0.note.articleID.hex, $0.note.text, $0.note.quote?.exact ?? ""] }
    }

    @Test func replayingASessionTwiceInOneWorkspaceLeavesTheSameNotes() throws {
        let scratch = try Scratch()
        let path = try SessionFileTests.record([
            "find \"Tajik-Afghan border\"", "note @1 first #border --quote \"Tajik-Afghan border\"", "note @2 second #border",
            "note --edit 2 second, edited #border", "note @1 third", "note --delete 3",
        ], name: "notes", in: scratch)
        let workspace = try Workspace(directory: scratch.file(".folio"))
        _ = try workspace.open([])
        let session = try SessionContext(workspace: workspace, now: LineRunner.fixedClock, sessionsDirectory: scratch.file("Sessions"))
        let recorded = try notes(session)
        #expect(recorded.count == 2)
        let first = session.perform("replay notes")
        #expect(!first.contains { $0.outcome.isFailure })
        #expect(try notes(session) == recorded, "the notes were already there, so none is added")
        #expect(first.compactMap { ($0.outcome.output as? NoteCommand.Output)?.kind } == [.existing, .existing, .edited, .added, .deleted])
        _ = session.perform("replay notes")
        #expect(try notes(session) == recorded, "a second replay leaves the same notes")
    }

    @Test func aReplayInANewWorkspaceRenumbersTheNotesItMakes() throws {
        let scratch = try Scratch()
        let path = try SessionFileTests.record(["find Ataturk", "note @1 one", "note @1 two", "note --edit 2 two, edited"], name: "renumber", in: scratch)
        let other = try Workspace(directory: scratch.file("other"))
        _ = try other.open([])
        let session = try SessionContext(workspace: other, sessionsDirectory: scratch.file("Sessions"))
        _ = session.perform("find Ataturk")
        _ = session.perform("note @1 made before the replay")
        _ = session.perform("replay \(path)")
        #expect(try other.store.notes(.all).map(\.note.text) == ["two, edited", "one", "made before the replay"],
                "--edit 2 follows the saved note 2, now note 3")
    }

    @Test func aSessionOfFormatOneStillLoadsChecksAndReplays() throws {
        let path = Self.fixtures.appendingPathComponent("format-1-tajik-afghan-border.md").path
        let document = try SessionFile.read(path)
        #expect(document.formatVersion == 1)
        #expect(SessionCell.commands(in: document.cells).allSatisfy { $0.value == nil })
        var output = "", errors = ""
        #expect(SessionCheck.run(path: path, corpus: [], update: false, output: &output, errors: &errors) == .matches, "\(output)\(errors)")
        let runner = try LineRunner.seed()
        let steps = runner.session.perform("replay \(path)")
        #expect(steps.filter { $0.echo != nil }.count == 10)
        #expect(!steps.contains { $0.outcome.isFailure })
        #expect(try runner.workspace.store.notes(.all).map(\.note.id) == [2, 1], "notes numbered in order, as format 1 kept no values")
    }

    @Test func everySavedValueReadsBackToTheTextItWasSavedWith() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.sessions.path).filter { $0.hasSuffix(".md") }
        var cells = 0
        for file in files {
            let document = try SessionFile.read(Self.sessions.appendingPathComponent(file).path)
            for cell in SessionCell.commands(in: document.cells) {
                let value = try #require(cell.value, "\(file): \(cell.input) has no value")
                let outcome = try #require(CommandRegistry.folio.outcome(from: value), "\(file): \(cell.input)'s value does not read back")
                #expect(outcome.savedText(idLength: 6) == cell.output, "\(file): \(cell.input)")
                cells += 1
            }
        }
        #expect(cells == 28)
    }

    @Test func aHandEditedSessionIsNotReplayedWhereItHoldsCommandsASessionNeverRecords() throws {
        let scratch = try Scratch()
        let path = try SessionFileTests.record(["stats"], name: "edited", in: scratch)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try scratch.write("Sessions/edited.md", text + "\n```folio\nsave again\n```\n\n```text\nsaved\n```\n")
        var output = "", errors = ""
        #expect(SessionCheck.run(path: path, corpus: [], update: false, output: &output, errors: &errors) == .matches)
        #expect(output.hasSuffix("edited.md: 1 command, 1 match, 0 differ\n"))
        let runner = try LineRunner.seed()
        let steps = runner.session.perform("replay \(path)")
        #expect(steps.last?.echo == "save again")
        #expect((steps.last?.outcome.output as? Message)?.message == "skipped: a session does not replay this command")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("Sessions/again.md")))
    }
}

/// A session from someone else, or edited by hand, never changes the library when it is replayed.
@Suite struct ReplaySafetyTests {
    @Test func aHandEditedSessionThatUnloadsAndLoadsChangesNothing() throws {
        let scratch = try Scratch()
        let path = try SessionFileTests.record(["find Ataturk", "note @1 Kemalism #turkey"], name: "edited", in: scratch)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try scratch.write("Sessions/edited.md", text
            + "\n```folio\nunload bundled/central-asia-results-page-1.txt\n```\n\n```text\nunloaded\n```\n"
            + "\n```folio\nload /etc\n```\n\n```text\nread 300 files\n```\n"
            + "\n```folio\nalias Kemal = Mustafa Kemal Atatürk\n```\n\n```text\nKemal now counts as Mustafa Kemal Atatürk\n```\n")
        let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        let unloadLine = try #require(lines.firstIndex(of: "unload bundled/central-asia-results-page-1.txt")) + 1
        let loadLine = try #require(lines.firstIndex(of: "load /etc")) + 1

        let runner = try LineRunner.seed()
        runner.session.sessionsDirectory = scratch.file("Sessions")
        let steps = runner.session.perform("replay edited")
        #expect(try runner.workspace.counts().articles == 6, "nothing was unloaded")
        #expect(try runner.workspace.store.sources().count == 1, "nothing was loaded")
        let summary = try #require((steps.last?.outcome.output as? Message)?.message)
        #expect(summary == "applied from the session: 1 alias, 1 note; skipped 2 commands that change the library or write files "
            + "(replay edited --allow-changes runs them): line \(unloadLine): unload bundled/central-asia-results-page-1.txt; line \(loadLine): load /etc")
        #expect(steps.contains { $0.echo == "load /etc" && ($0.outcome.output as? Message)?.message == "skipped: it changes the library" })

        var output = "", errors = ""
        _ = SessionCheck.run(path: path, corpus: [], update: false, output: &output, errors: &errors)
        #expect(output.contains("edited.md:\(loadLine): skipped load /etc: it changes the library (--allow-changes runs it)"))
    }

    @Test func allowingChangesRunsThem() throws {
        let scratch = try Scratch()
        let path = try SessionFileTests.record(["stats"], name: "unloads", in: scratch)
        try scratch.write("Sessions/unloads.md", try String(contentsOfFile: path, encoding: .utf8)
            + "\n```folio\nunload bundled/central-asia-results-page-1.txt --yes\n```\n\n```text\nunloaded\n```\n")
        let runner = try LineRunner.seed()
        runner.session.sessionsDirectory = scratch.file("Sessions")
        _ = runner.session.perform("replay unloads --allow-changes")
        #expect(try runner.workspace.counts().articles == 0)

        var output = "", errors = ""
        _ = SessionCheck.run(path: scratch.file("Sessions/unloads.md"), corpus: [], update: false, allowsChanges: true, output: &output, errors: &errors)
        #expect(!output.contains("skipped"), "in its scratch workspace, --check --allow-changes runs the unload")
        #expect(output.contains("corpus changed: 6 articles then, 0 now (6 removed)"), "\(output)")
    }
}
