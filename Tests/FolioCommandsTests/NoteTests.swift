import Foundation
import FolioCommands
import FolioCore
import Testing

@Suite struct NoteTests {
    static let fixedClock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_764_000_000) }

    func run(_ runner: CommandRunner, _ line: String) throws -> CommandResult {
        let outcome = try #require(runner.run(line: line))
        switch outcome.result {
        case .success(let result): return result
        case .failure(let failure): throw failure
        }
    }

    func notes(_ runner: CommandRunner, _ line: String = "notes") throws -> [NoteListing] {
        guard case .notes(let listings) = try run(runner, line) else { throw CommandFailure(message: "not a note list") }
        return listings
    }

    @Test func notesAreAddedEditedDeletedAndListedNewestFirst() throws {
        let workspace = try Workspace()
        _ = try workspace.open([])
        let runner = CommandRunner(workspace: workspace, now: Self.fixedClock)
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

    @Test func aQuoteMustBeInTheArticle() throws {
        let workspace = try Workspace()
        _ = try workspace.open([])
        let runner = CommandRunner(workspace: workspace)
        _ = try run(runner, "find Ataturk")
        #expect(throws: CommandFailure(message: "the quote is not in the article's text, word for word: \"Ataturk was here\"")) {
            try run(runner, "note @1 x --quote \"Ataturk was here\"")
        }
    }

    @Test func findWithNotesAlsoMatchesNoteText() throws {
        let workspace = try Workspace()
        _ = try workspace.open([])
        let runner = CommandRunner(workspace: workspace)
        _ = try run(runner, "find Ataturk")
        _ = try run(runner, "note @1 compare with zebrafish policy")
        guard case .search(_, let plain) = try run(runner, "find zebrafish"),
              case .search(_, let withNotes) = try run(runner, "find zebrafish --notes") else {
            Issue.record("not searches")
            return
        }
        #expect(plain.total == 0)
        #expect(withNotes.total == 1)
        #expect(withNotes.hits.first?.title == "Turkey’s Turkic Gambit: Balancing Influence in Post-Soviet States")
    }

    @Test func notesSurviveReopeningAndBecomeOrphansWhenTheirArticleLeaves() throws {
        let directory = try TemporaryDirectory()
        try directory.write("corpus/a.txt", "Alpha\n\nAlmaty hosts talks.")
        try directory.write("corpus/b.txt", "Beta\n\nBishkek hosts talks.")
        let folio = directory.url(".folio").path
        do {
            let workspace = try Workspace(directory: folio)
            _ = try workspace.open(["corpus"], currentDirectory: directory.path)
            let runner = CommandRunner(workspace: workspace)
            _ = try run(runner, "find Bishkek")
            _ = try run(runner, "note @1 watch Bishkek")
        }
        try FileManager.default.removeItem(at: directory.url("corpus/b.txt"))
        let workspace = try Workspace(directory: folio)
        _ = try workspace.open(["corpus"], currentDirectory: directory.path)
        let listing = try #require(try notes(CommandRunner(workspace: workspace)).first)
        #expect(listing.note.text == "watch Bishkek")
        #expect(listing.isOrphaned)
        var text = ""
        TextRenderer(style: .plain, idLength: 6).render(CommandOutcome(command: "notes", result: .success(.notes([listing]))), to: &text)
        #expect(text.contains("orphaned: the article is no longer in the corpus"))
    }

    @Test func aQuotedNoteFollowsItsArticleWhenTheTextShifts() throws {
        let directory = try TemporaryDirectory()
        try directory.write("a.txt", "Border report\n\nThe programme will run until 2029 along the border.")
        let folio = directory.url(".folio").path
        do {
            let workspace = try Workspace(directory: folio)
            _ = try workspace.open(["a.txt"], currentDirectory: directory.path)
            let runner = CommandRunner(workspace: workspace)
            _ = try run(runner, "find programme")
            _ = try run(runner, "note @1 end date #border --quote \"will run until 2029\"")
        }
        try directory.write("a.txt", "Border report\n\nCorrection: officials said the programme will run until 2029 along the border.")
        let workspace = try Workspace(directory: folio)
        let report = try workspace.open(["a.txt"], currentDirectory: directory.path)
        #expect(report.notesMoved.map(\.note) == [1])
        let listing = try #require(try notes(CommandRunner(workspace: workspace)).first)
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
        let workspace = try Workspace()
        _ = try workspace.open([])
        let runner = CommandRunner(workspace: workspace, now: Self.fixedClock)
        _ = runner.run(line: "find Ataturk")
        let outcome = try #require(runner.run(line: "note @1 Kemalism #turkey --quote \"Mustafa Kemal Atatürk\""))
        guard case .object(let object) = JSONRenderer().value(for: outcome), case .object(let note)? = object["note"] else {
            Issue.record("no note object")
            return
        }
        #expect(Set(note.keys).isSuperset(of: ["id", "article", "text", "tags", "quote", "created"]))
        #expect(note["tags"] == .array([.string("turkey")]))
        #expect(note["quote"] == .string("Mustafa Kemal Atatürk"))
        #expect(note["created"] == .string("2025-11-24T16:00:00Z"))
    }
}
