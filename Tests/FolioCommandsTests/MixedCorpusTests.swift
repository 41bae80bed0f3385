import Foundation
import FolioCommands
import FolioCore
import FolioIngest
import FolioTestSupport
import GRDB
import Testing

/// A feed, a saved web page and a results page, loaded together into one corpus.
@Suite struct MixedCorpusTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("FolioIngestTests/Fixtures")

    @Test func aFeedASavedPageAndAResultsPageMakeOneCorpus() throws {
        let directory = try Scratch()
        try FileManager.default.createDirectory(at: directory.url("corpus"), withIntermediateDirectories: true)
        for name in ["central-asia-feed.rss", "csto-border-saved-page.html"] {
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(name), to: directory.url("corpus/\(name)"))
        }
        try directory.write("corpus/results.txt", WorkspaceTests.seedText())
        let workspace = try Workspace(directory: directory.url(".folio").path)
        let report = try workspace.open(["corpus"], currentDirectory: directory.path)
        #expect(report.filesIngested == ["corpus/central-asia-feed.rss", "corpus/csto-border-saved-page.html", "corpus/results.txt"])
        #expect(workspace.articleIDs.count == 6 + 3 + 1)
        #expect(report.warnings.map(\.description) == [
            "corpus/central-asia-feed.rss:31: unrecognized date 'sometime last week'; article kept without a date",
            "corpus/central-asia-feed.rss:37: record has no title or body; skipped",
            "corpus/csto-border-saved-page.html: declares windows-1251 in its <meta charset>, but its bytes are valid UTF-8; read as UTF-8",
        ])

        let runner = try LineRunner(workspace: workspace)
        let results = try runner.output("find \"Tajik-Afghan border\"", as: FindCommand.Output.self)
        let titles = Set(results.hits.map(\.title))
        #expect(titles.contains("CSTO approves funding for the Tajik-Afghan border"))
        #expect(titles.contains("CSTO ministers meet in Astana"))
        #expect(titles.contains("CSTO to Strengthen Tajik-Afghan Border in 2025"))

        let entries = try runner.output("timeline Kyzyl-Bel", as: TimelineCommand.Output.self).entries
        #expect(entries.map(\.event.expression.value) == ["2022-09", "2024-11-28"])
    }

    @Test func aWorkspaceReadByOlderReadersReadsItsFilesAgain() throws {
        let directory = try Scratch()
        try FileManager.default.createDirectory(at: directory.url("corpus"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.fixtures.appendingPathComponent("csto-border-saved-page.html"), to: directory.url("corpus/page.html"))
        let first = try Workspace(directory: directory.url(".folio").path)
        _ = try first.open(["corpus"], currentDirectory: directory.path)
        let unchanged = try Workspace(directory: directory.url(".folio").path).open(["corpus"], currentDirectory: directory.path)
        #expect(unchanged.filesUnchanged == ["corpus/page.html"])

        let analysed = try first.store.entities(limit: 100)
        #expect(!analysed.isEmpty)
        // As an older tagger would have left it: no events or mentions.
        try DatabaseQueue(path: directory.url(".folio/folio.sqlite").path).write { db in
            try db.execute(sql: "DELETE FROM mention; DELETE FROM timeEvent")
        }
        #expect(try first.store.entities(limit: 100).isEmpty)
        try first.store.setSetting("analysis", to: "2026-11-29.1")
        let again = try Workspace(directory: directory.url(".folio").path)
        let report = try again.open(["corpus"], currentDirectory: directory.path)
        #expect(report.filesIngested == ["corpus/page.html"])
        #expect(try again.store.entities(limit: 100) == analysed, "the articles read again take the new analysis")
        let timeline = try LineRunner(workspace: again).output("timeline", as: TimelineCommand.Output.self)
        #expect(!timeline.entries.isEmpty)
    }
}
