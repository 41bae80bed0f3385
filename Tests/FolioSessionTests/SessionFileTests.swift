import FolioCommands
import FolioCore
import FolioTestSupport
import Foundation
import Testing
@testable import FolioSession

@Suite struct SessionFileTests {
    /// Records `lines` in a journaled workspace over the bundled corpus and saves them as `name`.
    static func record(_ lines: [String], name: String, in scratch: Scratch) throws -> String {
        let workspace = try Workspace(directory: scratch.file(".folio"))
        _ = try workspace.open([])
        let session = try SessionContext(workspace: workspace, now: LineRunner.fixedClock, sessionsDirectory: scratch.file("Sessions"))
        for line in lines { _ = session.perform(line) }
        let steps = session.perform("save \(name)")
        guard let message = steps.first?.outcome.output as? Message else {
            throw LineRunner.Failure("save failed: \(String(describing: steps.first?.outcome.result))")
        }
        #expect(message.message.hasPrefix("saved "))
        return scratch.file("Sessions/\(name).md")
    }

    @Test func saveThenParseThenPrintGivesTheIdenticalFile() throws {
        let scratch = try Scratch()
        let path = try Self.record([
            "# The Tajik-Afghan border story", "find \"Tajik-Afghan border\"", "show @2",
            "note @2 Three stages to 2029 #border --quote \"will run until 2029\"", "comment Two programmes, 2025 and 2026.",
            "notes", "find \"unclosed", "stats",
        ], name: "border", in: scratch)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let document = try SessionParser.parse(text, path: path)
        #expect(SessionPrinter.print(document) == text)
        #expect(document.commandCount == 6)
        #expect(document.cells.first == .comment("The Tajik-Afghan border story"))
        #expect(document.corpus.articles == 6)
        #expect(document.corpus.cited.map(\.id) == ["13be2d"])
    }

    @Test func positionalReferencesAreSavedResolved() throws {
        let scratch = try Scratch()
        let path = try Self.record(["find Ataturk", "show @1", "note @1 Kemal #turkey"], name: "canonical", in: scratch)
        let document = try SessionFile.read(path)
        let inputs = SessionCell.commands(in: document.cells).map(\.input)
        #expect(inputs == ["find Ataturk", "show f7e41c", "note f7e41c Kemal #turkey"])
    }

    @Test func awkwardOutputsSurviveTheRoundTrip() throws {
        let document = SessionDocument(
            title: "Edge cases", folioVersion: "0.1.0", saved: "2026-11-29",
            corpus: CorpusFingerprint(articles: 2, digest: "abcdef012345", cited: [CitedArticle(id: "abc123", title: "A `ticked` title")]),
            nextNote: 4,
            cells: [
                .comment("First line\nsecond line of the same paragraph"),
                .command(CommandCell(input: "show abc123", output: "a ``` fence inside\n\n````\nand blank lines")),
                .command(CommandCell(
                    input: "find x", output: "1 article matches x",
                    value: RecordedValue(json: #"{"command":"find","note":"an arrow --> inside","total":1}"#))),
                .command(CommandCell(input: "quit", output: "")),
            ])
        let text = SessionPrinter.print(document)
        #expect(try SessionParser.parse(text, path: "x.md") == document)
        #expect(SessionPrinter.print(try SessionParser.parse(text, path: "x.md")) == text)
    }

    @Test func aDamagedFileNamesItsLineAndColumn() throws {
        let text = "# T\n\n- format: folio-session 1\n- folio: 0.1.0\n- saved: 2026-11-29\n- corpus: 6 articles, fingerprint abc\n- next note: 1\n\n---\n\n```folio\nstats\n```\n\n```text\narticles  6\n"
        #expect(throws: SessionFormatError(path: "d.md", line: 15, column: 1, message: "this block is never closed with ```", sourceLine: "```text")) {
            try SessionParser.parse(text, path: "d.md")
        }
        let error = SessionFormatError(path: "d.md", line: 15, column: 1, message: "this block is never closed with ```", sourceLine: "```text")
        #expect(error.description == "this block is never closed with ```\n  --> d.md:15:1\n   |\n15 | ```text\n   | ^")
    }

    @Test func anUnknownFormatVersionIsRefusedNamingTheSupportedOne() {
        let text = "# T\n\n- format: folio-session 7\n- folio: 9.0.0\n\n---\n"
        do {
            _ = try SessionParser.parse(text, path: "future.md")
            Issue.record("a future format was accepted")
        } catch let error as SessionFormatError {
            #expect(error.message == "session format 7 is not supported; this Folio reads formats 1 to 2")
            #expect(error.line == 3)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func saveRefusesToOverwriteWithoutForce() throws {
        let scratch = try Scratch()
        let path = try Self.record(["stats"], name: "once", in: scratch)
        let before = try String(contentsOfFile: path, encoding: .utf8)
        let workspace = try Workspace(directory: scratch.file(".folio"))
        _ = try workspace.open([])
        let session = try SessionContext(workspace: workspace, sessionsDirectory: scratch.file("Sessions"))
        _ = session.perform("rates")
        let refused = session.perform("save once")
        guard case .failure(let failure)? = refused.first?.outcome.result else {
            Issue.record("an existing file was overwritten")
            return
        }
        #expect(failure.message.hasSuffix("once.md exists; add --force to overwrite it"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == before)
        guard session.perform("save once --force").first?.outcome.isFailure == false else {
            Issue.record("--force did not overwrite")
            return
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("```folio\nrates\n```"))
    }
}
