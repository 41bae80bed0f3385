import FolioCommands
import FolioCore
import FolioIngest
import FolioSession
import FolioTestSupport
import Foundation
import Testing

/// The workspace as a library: it grows only when asked, says what it holds and keeps what goes missing.
@Suite struct LibraryTests {
    func runner(_ scratch: Scratch, paths: [String] = []) throws -> (LineRunner, LoadReport) {
        let workspace = try Workspace(directory: scratch.file(".folio"))
        let report = try workspace.open(paths, currentDirectory: scratch.path, now: "2026-12-01T10:00:00Z")
        let runner = try LineRunner(workspace: workspace, sessions: scratch.file("Sessions"))
        runner.session.currentDirectory = scratch.path
        return (runner, report)
    }

    func titles(_ runner: LineRunner, _ line: String = "list --limit 100") throws -> [String] {
        try runner.output(line, as: ListCommand.Output.self).articles.map(\.title).sorted()
    }

    @Test func mondaysCorpusIsTuesdaysLibraryWithItsNotes() throws {
        let scratch = try Scratch()
        try scratch.write("corpus/a.txt", "Almaty talks\n\nTalks in Almaty on water.")
        try scratch.write("corpus/sub/b.txt", "Bishkek talks\n\nTalks in Bishkek on trade.")
        do {
            let (monday, report) = try runner(scratch, paths: ["corpus"])
            #expect(report.filesIngested.count == 2)
            monday.run("find Bishkek")
            #expect(monday.run("note @1 watch this #trade")?.isFailure == false)
        }
        let (tuesday, reopened) = try runner(scratch)
        #expect(reopened.didNoIngestWork, "opening again reads nothing")
        #expect(try titles(tuesday) == ["Almaty talks", "Bishkek talks"], "not the bundled sample")
        #expect(try tuesday.output("notes", as: NotesCommand.Output.self).listings.map(\.isOrphaned) == [false])
        try scratch.write("corpus/c.txt", "Dushanbe talks\n\nTalks in Dushanbe.")
        let (wednesday, grown) = try runner(scratch, paths: ["corpus/sub"])
        #expect(grown.filesIngested == ["corpus/c.txt"], "a new file in a recorded folder is read")
        #expect(try titles(wednesday).count == 3, "naming a subfolder adds nothing and drops nothing")
        let sources = try wednesday.output("sources", as: SourcesCommand.Output.self).sources
        #expect(sources.map(\.path) == ["corpus", "corpus/sub"])
        #expect(sources.map(\.loaded) == ["2026-12-01T10:00:00Z", "2026-12-01T10:00:00Z"])
    }

    @Test func aMissingFolderKeepsItsArticlesAndSaysSoUntilUnloaded() throws {
        let scratch = try Scratch()
        try scratch.write("feeds/one.txt", "One\n\nFirst story.")
        try scratch.write("feeds/two.txt", "Two\n\nSecond story.")
        try scratch.write("pages/three.txt", "Three\n\nThird story.")
        _ = try runner(scratch, paths: ["feeds", "pages"])
        try FileManager.default.removeItem(atPath: scratch.file("feeds"))
        let (runner, report) = try runner(scratch)
        #expect(report.missingSummary == "2 files missing; their 2 articles are kept; `unload --missing` removes them")
        #expect(report.warnings.map(\.description) == ["feeds: no such file or folder; its articles are kept"])
        #expect(try titles(runner) == ["One", "Three", "Two"])
        let unloaded = try runner.output("unload --missing", as: UnloadCommand.Output.self)
        #expect(unloaded.lines(in: .plain(idLength: 6)) == ["unloaded feeds/one.txt, feeds/two.txt: 2 articles"])
        #expect(try titles(runner) == ["Three"])
        #expect(try runner.output("sources", as: SourcesCommand.Output.self).sources.map(\.path) == ["pages"])
    }

    @Test func filesOfEveryNameAreReadByContentAndTheRestCountedByReason() throws {
        let scratch = try Scratch()
        try scratch.write("saved/story.php", "<!DOCTYPE html><html><head><title>Page</title></head><body><article><h1>Osh market reopens</h1>"
            + "<p>The market in Osh reopened on Monday after the floods, traders said.</p></article></body></html>")
        try scratch.write("saved/plain", "Khujand notes\n\nA note about Khujand.")
        try scratch.write("saved/pic.png", Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0]))
        try scratch.write("saved/scan.pdf", "%PDF-1.4")
        try scratch.write("saved/mystery.bin2", Data([0x50, 0x4B, 0x03, 0x04, 0, 1]))
        try scratch.write("saved/story_files/app.js", "var x = 1;")
        let (runner, report) = try runner(scratch, paths: ["saved"])
        #expect(try titles(runner) == ["Khujand notes", "Osh market reopens"])
        #expect(report.skippedSummary == "skipped 4 files: 1 image, 1 PDF, 1 archive, 1 script or style sheet")
    }

    @Test func aFileUnloadedFromAFolderStaysOutWithoutAWordUntilLoadedByName() throws {
        let scratch = try Scratch()
        try scratch.write("corpus/a.txt", "Almaty talks\n\nTalks in Almaty on water.")
        try scratch.write("corpus/b.txt", "Bishkek talks\n\nTalks in Bishkek on trade.")
        do {
            let (monday, _) = try runner(scratch, paths: ["corpus"])
            #expect(monday.run("unload corpus/b.txt --yes")?.isFailure == false)
        }
        try scratch.write("corpus/c.png", Data([0x89, 0x50, 0x4E, 0x47, 0]))
        let (tuesday, report) = try runner(scratch)
        #expect(report.skipped == [.image: 1], "the unloaded file is not counted as passed over")
        #expect(report.didNoIngestWork)
        #expect(try titles(tuesday) == ["Almaty talks"])
        #expect(tuesday.run("load corpus/b.txt")?.isFailure == false)
        #expect(try titles(tuesday) == ["Almaty talks", "Bishkek talks"])
    }

    @Test func aFolderIsReadInNameOrderAtEveryDepth() throws {
        let scratch = try Scratch()
        for name in ["b/2.txt", "a/z.txt", "a/b/1.txt", "c.txt", "a.txt"] {
            try scratch.write("corpus/" + name, "Story \(name)\n\nA story filed as \(name).")
        }
        let scan = CorpusScanner(currentDirectory: scratch.path).scan([CorpusScanner.Root(path: scratch.file("corpus"), displayName: "corpus")])
        #expect(scan.files.map(\.displayName) == ["corpus/a/b/1.txt", "corpus/a/z.txt", "corpus/a.txt", "corpus/b/2.txt", "corpus/c.txt"])
        #expect(scan.files.allSatisfy { $0.path.hasPrefix(scratch.file("corpus") + "/") && !$0.path.contains("//") })
    }

    @Test func folioignoreLeavesOutWhatItNames() throws {
        let scratch = try Scratch()
        try scratch.write("corpus/.folioignore", "# scratch work\ndrafts/\n*.tmp.txt\n**/old/*\n!old/keep.txt\n")
        try scratch.write("corpus/a.txt", "Kept\n\nStays.")
        try scratch.write("corpus/b.tmp.txt", "Temp\n\nGoes.")
        try scratch.write("corpus/drafts/c.txt", "Draft\n\nGoes.")
        try scratch.write("corpus/x/old/d.txt", "Old\n\nGoes.")
        try scratch.write("corpus/old/keep.txt", "Kept old\n\nStays.")
        try scratch.write("corpus/x/.folioignore", "e.txt\n")
        try scratch.write("corpus/x/e.txt", "Nested\n\nGoes.")
        let (runner, _) = try runner(scratch, paths: ["corpus"])
        #expect(try titles(runner) == ["Kept", "Kept old"])
    }

    @Test func folioNeverReadsWhatItWrote() throws {
        let scratch = try Scratch()
        try scratch.write("corpus/a.txt", "Almaty talks\n\nTalks in Almaty on water.")
        let workspace = try Workspace(directory: scratch.file("corpus/.work"))
        _ = try workspace.open(["corpus"], currentDirectory: scratch.path)
        let runner = try LineRunner(workspace: workspace, sessions: scratch.file("corpus/Sessions"), isJournaled: true)
        runner.session.currentDirectory = scratch.path
        runner.run("find Almaty")
        #expect(runner.run("export csv corpus/hits.csv")?.isFailure == false)
        #expect(runner.run("save talks")?.isFailure == false)
        try scratch.write("corpus/colleague.md", try String(contentsOfFile: scratch.file("corpus/Sessions/talks.md"), encoding: .utf8))
        let report = try workspace.open([], currentDirectory: scratch.path)
        #expect(try titles(runner) == ["Almaty talks"])
        #expect(report.skipped[.folio] == 3, "the export and the saved session by their paths, a copied session by its content")
    }

    @Test func tablesWithTheirTextElsewhereFindIt() throws {
        let scratch = try Scratch()
        try scratch.write("feed.csv", "headline,summary,link\nOsh market reopens,The market in Osh reopened after the floods.,https://x/1\n")
        try scratch.write("huff.json", #"[{"headline": "Bishkek votes", "short_description": "Voters in Bishkek went to the polls.", "date": "2024-11-03"}]"#)
        try scratch.write("named.csv", "Title,Combined_Text,Published\nAndijan anniversary,Residents of Andijan marked the day.,2025-05-13\n")
        try scratch.write("empty.csv", "title,notes\nNo body here,\nNor here,\n")
        try scratch.write("bare.csv", "Tashkent talks,Talks opened in Tashkent.\nSamarkand fair,A fair opened in Samarkand.\n")
        let (runner, report) = try runner(scratch, paths: ["feed.csv", "huff.json", "empty.csv", "bare.csv"])
        let bodies = try runner.workspace.store.listArticles(limit: 10).articles.map { try runner.workspace.store.article($0.id).article }
        #expect(bodies.first { $0.title == "Osh market reopens" }?.body == "The market in Osh reopened after the floods.")
        #expect(bodies.first { $0.title == "Bishkek votes" }?.body == "Voters in Bishkek went to the polls.")
        let warnings = report.warnings.map(\.description)
        #expect(warnings.contains("empty.csv: none of the 2 records has a body; the columns are title, notes; name the one that holds the text with --map body=COLUMN"))
        #expect(warnings.contains { $0.hasPrefix("bare.csv:1: the first row (Tashkent talks, Talks opened in Tashkent.) names no title or body column") && $0.hasSuffix("--map title=1,body=2") })
        #expect(runner.run("load named.csv --map body=Combined_Text,date=Published")?.isFailure == false)
        #expect(runner.run("load bare.csv --map title=1,body=2")?.isFailure == false)
        #expect(try titles(runner, "list Andijan").first == "Andijan anniversary")
        #expect(try runner.output("list Andijan", as: ListCommand.Output.self).articles.first?.date == PublicationDate(year: 2025, month: 5, day: 13))
        #expect(try titles(runner, "list Samarkand OR Tashkent") == ["Samarkand fair", "Tashkent talks"])
        let reopened = try Workspace(directory: scratch.file(".folio")).open([], currentDirectory: scratch.path)
        #expect(reopened.didNoIngestWork, "the mapping is kept with the source")
    }

    @Test func aHeadlineCorpusIsAnalysedThroughItsTitles() throws {
        let scratch = try Scratch()
        let rows = ["Russia and Ukraine trade prisoners", "Kazakhstan raises oil output", "Ukraine says Russia struck Kharkiv",
                    "Putin visits Kazakhstan for talks", "Ukraine wins vote at UN assembly"]
        try scratch.write("headlines.csv", "headline\n" + rows.joined(separator: "\n") + "\n")
        let (runner, _) = try runner(scratch, paths: ["headlines.csv"])
        guard case .sides(let sides) = try runner.output("compare Russia Ukraine", as: CompareCommand.Output.self) else {
            Issue.record("no comparison")
            return
        }
        #expect((sides.left.articles, sides.right.articles) == (2, 3))
        #expect(try runner.output("entities", as: EntitiesCommand.Output.self).entities.map(\.name).contains("Kazakhstan"))
        let kwic = try runner.output("kwic Kazakhstan", as: KwicCommand.Output.self)
        #expect(kwic.total == 2 && kwic.lines.allSatisfy { $0.field == .title })
    }

    @Test(arguments: [false, true])
    func anExcerptJoinsItsFullArticleInEitherOrder(fullFirst: Bool) throws {
        let scratch = try Scratch()
        let full = "The Collective Security Treaty Organization will reinforce the Tajik-Afghan border from 2025, its secretary general said on Thursday in Moscow."
        try scratch.write("full.txt", "CSTO to reinforce the border\n\n" + full)
        try scratch.write("page.txt", "CSTO to reinforce the border\n\n" + String(full.prefix(90)) + "...")
        let (runner, _) = try runner(scratch, paths: [fullFirst ? "page.txt" : "full.txt"])
        runner.run("find border")
        #expect(runner.run("note @1 noted on the first copy")?.isFailure == false)
        let report = try runner.workspace.load([fullFirst ? "full.txt" : "page.txt"], currentDirectory: scratch.path)
        #expect(report.excerptsMerged == 1)
        let listed = try runner.output("list", as: ListCommand.Output.self)
        #expect(listed.total == 1)
        let article = try runner.workspace.store.article(try #require(listed.articles.first).id)
        #expect(!article.article.isExcerpt)
        #expect(article.sources == ["full.txt", "page.txt"])
        #expect(try runner.output("notes", as: NotesCommand.Output.self).listings.map(\.isOrphaned) == [false], "the note moved with the excerpt")
        let stats = try runner.output("stats", as: StatsCommand.Output.self).statistics
        #expect((stats.excerpts, stats.mergedExcerpts) == (0, 1))
    }

    @Test func browsingListsFiltersAndFindsWithDatesAlone() throws {
        let scratch = try Scratch()
        try scratch.write("news.jsonl", [
            #"{"title": "Older", "body": "Talks in Osh.", "date": "2023-05-01"}"#,
            #"{"title": "Newer", "body": "Talks in Osh and Bishkek.", "date": "2024-06-02"}"#,
            #"{"title": "Undated", "body": "Talks somewhere."}"#,
        ].joined(separator: "\n"))
        let (runner, _) = try runner(scratch, paths: ["news.jsonl"])
        #expect(try runner.output("list", as: ListCommand.Output.self).articles.map(\.title) == ["Newer", "Older", "Undated"])
        #expect(try runner.output("list --sort title --limit 2", as: ListCommand.Output.self).articles.map(\.title) == ["Newer", "Older"])
        let object = try runner.object("list Osh")
        #expect(object["total"] as? Int == 2)
        #expect((object["articles"] as? [[String: Any]])?.first.map { Set($0.keys) } == ["id", "ref", "title", "date", "source", "excerpt", "words"])
        #expect(try runner.output("find --since 2024-01", as: FindCommand.Output.self).hits.map(\.title) == ["Newer"])
        #expect(runner.run("find")?.isFailure == true)
        runner.run("list")
        let ofOne = try runner.output("entities @1", as: EntitiesCommand.Output.self).entities.map(\.name)
        #expect(ofOne == ["Bishkek", "Osh"] || ofOne == ["Osh", "Bishkek"])
        let hints = try runner.object("find Osh or Bishkek")["hints"] as? [String]
        #expect(hints == ["or was searched as a word; write OR for either term"])
        #expect((try runner.object("search Osh")["error"] as? [String: Any])?["message"] as? String
            == "unknown command 'search'; did you mean 'find'? (type help for the list)")
        #expect(runner.transcript(["ls"]).contains("did you mean 'list'?"))
    }

    @Test func publicationDatesAreEventsOfTheirOwnKind() throws {
        let scratch = try Scratch()
        try scratch.write("news.jsonl", [
            #"{"title": "CSTO meets", "body": "The CSTO met in Astana on 3 March.", "date": "2024-03-04"}"#,
            #"{"title": "CSTO drills", "body": "CSTO drills went on.", "date": "2024-05-20"}"#,
        ].joined(separator: "\n"))
        let (runner, _) = try runner(scratch, paths: ["news.jsonl"])
        let published = try runner.output("timeline CSTO --published --by month", as: TimelineCommand.Output.self).entries
        #expect(published.map(\.event.expression.value) == ["2024-03-04", "2024-05-20"])
        #expect(published.allSatisfy { $0.event.kind == .published })
        let events = try #require(try runner.object("timeline CSTO")["events"] as? [[String: Any]])
        #expect(events.map { $0["kind"] as? String } == ["mentioned"])
    }

    @Test func showExportsAsMarkdown() throws {
        let scratch = try Scratch()
        let (runner, _) = try runner(scratch)
        runner.run("find Ataturk")
        runner.run("show @1")
        guard case .text(let markdown) = try runner.output("export md", as: ExportCommand.Output.self) else {
            Issue.record("no text")
            return
        }
        #expect(markdown.hasPrefix("# Turkey’s Turkic Gambit: Balancing Influence in Post-Soviet States\n\n- id: `f7e41c"))
        #expect(runner.transcript(["export csv"]).contains("error: show exports as json or md, not csv"))
    }
}
