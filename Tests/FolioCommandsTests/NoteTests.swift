import Foundation
import FolioCommands
import FolioCore
import FolioTestSupport
import Testing

@Suite struct NoteTests {
    func run(_ runner: LineRunner, _ line: String) throws {
        let outcome = try #require(runner.run(line))
        if case .failure(let failure) = outcome.result { throw failure }
    }

    func notes(_ runner: LineRunner, _ line: String = "notes") throws -> [NoteListing] {
        try runner.output(line, as: NotesCommand.Output.self).listings
    }

    @Test func notesAreAddedEditedDeletedAndListedNewestFirst() throws {
        let runner = try LineRunner.seed()
        _ = try run(runner, "find \"Tajik-Afghan border\"")
        _ = try run(runner, "note @1 Reinforcement starts in 2025 #border #CSTO")
        _ = try run(runner, "note @2 Three stages to 2029 #border --quote \"will run until 2029\"")
        #expect(try notes(runner).map(\.note.id) == [2, 1])
        #expect(try notes(runner, "notes #csto").map(\.note.id) == [1])
        #expect(try notes(runner, "notes #border").map(\.note.id) == [2, 1])
        #expect(try notes(runner, "notes stages").map(\.note.id) == [2])
        #expect(try notes(runner, "notes @2").map(\.note.id) == [2])
        let second = try #require(try notes(runner).first)
        #expect(second.note.tags == ["border"])
        #expect(second.quoteLocation?.text == "will run until 2029")
        #expect(second.note.created == "2025-11-24T16:00:00Z")

        _ = try run(runner, "note --edit 1 Starts in 2025, says Interfax #border")
        #expect(try notes(runner, "notes #csto").isEmpty)
        _ = try run(runner, "note --delete 2")
        #expect(try notes(runner).map(\.note.id) == [1])
        #expect(throws: CommandFailure.self) { try run(runner, "note --delete 2") }
    }

    @Test func tagFiltersMatchTheirWordsOnlyNotLikePatterns() throws {
        let runner = try LineRunner.seed()
        runner.run("find Ataturk")
        try run(runner, "note @1 one #a_b")
        try run(runner, "note @1 two #axb")
        try run(runner, "note @1 three #a%")
        #expect(try notes(runner, "notes #a_b").map(\.note.id) == [1], "_ is not a wildcard")
        #expect(try notes(runner, "notes #a%").isEmpty, "% is not a wildcard: the tag of note 3 is a")
        #expect(try notes(runner, "notes #a").map(\.note.id) == [3])
    }

    @Test func aQuoteMustBeInTheArticle() throws {
        let runner = try LineRunner.seed()
        _ = try run(runner, "find Ataturk")
        let failure = try #require(runner.run("note @1 x --quote \"Ataturk was here\"").flatMap { outcome -> CommandFailure? in
            if case .failure(let failure) = outcome.result { return failure }
            return nil
        })
        #expect(failure.message == "the quote is not in the article's text, word for word: \"Ataturk was here\"")
        #expect(failure.code == .usage)
    }

    @Test func findWithNotesAlsoMatchesNoteText() throws {
        let runner = try LineRunner.seed()
        _ = try run(runner, "find Ataturk")
        _ = try run(runner, "note @1 compare with zebrafish policy")
        let plain = try runner.output("find zebrafish", as: FindCommand.Output.self)
        let withNotes = try runner.output("find zebrafish --notes", as: FindCommand.Output.self)
        #expect(plain.total == 0)
        #expect(withNotes.total == 1)
        #expect(withNotes.hits.first?.title == "Turkey’s Turkic Gambit: Balancing Influence in Post-Soviet States")
    }

    @Test func notesSurviveReopeningAndBecomeOrphansWhenTheirArticleLeaves() throws {
        let directory = try Scratch()
        try directory.write("corpus/a.txt", "Alpha\n\nAlmaty hosts talks.")
        try directory.write("corpus/b.txt", "Beta\n\nBishkek hosts talks.")
        let folio = directory.url(".folio").path
        do {
            let workspace = try Workspace(directory: folio)
            _ = try workspace.open(["corpus"], currentDirectory: directory.path)
            let runner = try LineRunner(workspace: workspace)
            _ = try run(runner, "find Bishkek")
            _ = try run(runner, "note @1 watch Bishkek")
        }
        let workspace = try Workspace(directory: folio)
        _ = try workspace.open([], currentDirectory: directory.path)
        let runner = try LineRunner(workspace: workspace)
        runner.session.currentDirectory = directory.path
        #expect(try notes(runner).first?.isOrphaned == false)
        #expect(runner.run("unload corpus/b.txt")?.isFailure == false)
        #expect(try notes(runner, "notes --orphans").map(\.note.text) == ["watch Bishkek"])
        let listing = try #require(try notes(runner).first)
        #expect(listing.note.text == "watch Bishkek")
        #expect(listing.isOrphaned)
        let text = runner.transcript(["notes"])
        #expect(text.contains("orphaned: the article is no longer in the corpus"))
        #expect(runner.run("load corpus/b.txt")?.isFailure == false)
        #expect(try notes(runner).first?.isOrphaned == false, "loading the same text again re-attaches the note")
        #expect(try workspace.open([], currentDirectory: directory.path).filesIngested.isEmpty)
    }

    @Test func aQuotedNoteFollowsItsArticleWhenTheTextShifts() throws {
        let directory = try Scratch()
        try directory.write("a.txt", "Border report\n\nThe programme will run until 2029 along the border.")
        let folio = directory.url(".folio").path
        do {
            let workspace = try Workspace(directory: folio)
            _ = try workspace.open(["a.txt"], currentDirectory: directory.path)
            let runner = try LineRunner(workspace: workspace)
            _ = try run(runner, "find programme")
            _ = try run(runner, "note @1 end date #border --quote \"will run until 2029\"")
        }
        try directory.write("a.txt", "Border report\n\nCorrection: officials said the programme will run until 2029 along the border.")
        let workspace = try Workspace(directory: folio)
        let report = try workspace.open(["a.txt"], currentDirectory: directory.path)
        #expect(report.notesMoved.map(\.note) == [1])
        let listing = try #require(try notes(try LineRunner(workspace: workspace)).first)
        #expect(!listing.isOrphaned)
        #expect(listing.note.articleID == workspace.articleIDs.first)
        #expect(listing.quoteLocation == QuoteLocation(offset: 41, text: "will run until 2029", isExact: true))
    }

    @Test func aQuoteWhoseWordsChangedIsFoundByItsContext() {
        let anchor = QuoteAnchor.make(quote: "will run until 2029", in: "The programme is scheduled and will run until 2029 along the southern border.")!
        let edited = "The programme is scheduled and will continue until 2029 along the southern border."
        #expect(anchor.locate(in: edited) == QuoteLocation(offset: 31, text: "will continue until 2029", isExact: false))
        #expect(anchor.locate(in: "Nothing alike here at all.") == nil)
    }

    @Test func noteJSONCarriesTheFieldsScriptsUse() throws {
        let runner = try LineRunner.seed()
        _ = runner.run("find Ataturk")
        let note = try #require(try runner.object("note @1 Kemalism #turkey --quote \"Mustafa Kemal Atatürk\"")["note"] as? [String: Any])
        #expect(Set(note.keys).isSuperset(of: ["id", "article", "text", "tags", "quote", "created"]))
        #expect(note["tags"] as? [String] == ["turkey"])
        #expect(note["quote"] as? String == "Mustafa Kemal Atatürk")
        #expect(note["created"] as? String == "2025-11-24T16:00:00Z")
    }
}
