import ArgumentParser
import FolioCore
import FolioStore

/// `notes [ID|#tag|QUERY]`: the notes, newest first, with their articles.
public struct NotesCommand: FolioCommand {
    public static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract: "List notes, newest first, with their articles; a note whose article left the corpus is orphaned.",
        discussion: """
            notes
            notes #border
            notes @1
            notes programme
            notes --orphans
            """)

    @Flag(help: ArgumentHelp("only notes whose article is no longer in the workspace", discussion: "notes --orphans"))
    public var orphans = false

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("an article, a #tag or words of the notes", valueName: "[ID|@N|#tag|QUERY]"))
    public var words: [String] = []

    public init() {}

    var filterText: String? { words.isEmpty ? nil : words.joined(separator: " ") }

    public func run(in context: CommandContext) throws -> Output {
        let listings = try context.workspace.store.notes(try filter(in: context.workspace))
        return Output(listings: orphans ? listings.filter(\.isOrphaned) : listings)
    }

    /// `#tag`, an article (`@N` or an id prefix of four characters or more), or else a query over note text.
    func filter(in workspace: Workspace) throws -> NoteFilter {
        guard let text = filterText?.trimmingWhitespace(), !text.isEmpty else { return .all }
        if text.hasPrefix("#"), !text.contains(" ") { return .tag(String(text.dropFirst())) }
        if !text.contains(" "), let reference = try? ArticleReference(parsing: text) {
            if case .result = reference { return .article(try workspace.resolve(reference)) }
            if text.count >= 4, let id = try? workspace.resolve(reference) { return .article(id) }
        }
        return .matching(try SearchQuery(parsing: text))
    }

    public func canonical(in printer: CanonicalPrinter) -> String {
        let flag = orphans ? " --orphans" : ""
        guard let filter = filterText else { return "notes" + flag }
        if let reference = try? ArticleReference(parsing: filter), case .result = reference {
            return "notes " + printer.reference(reference) + flag
        }
        return "notes " + filter + flag
    }

    /// Notes as listed.
    public struct Output: CommandOutput, Codable {
        public var listings: [NoteListing]

        public func lines(in output: OutputStyle) -> [String] {
            guard !listings.isEmpty else { return [output.text.dim("no notes")] }
            return listings.flatMap { NoteText.head(of: $0, in: output) + NoteText.body(of: $0, in: output) }
        }

        public var table: ResultTable? {
            ResultTable(
                caption: "notes: \(listings.count)", columns: ["id", "article", "title", "orphaned", "text", "tags", "quote", "created"],
                rows: listings.map { listing in
                    let note = listing.note
                    return [String(note.id), note.articleID.hex, listing.articleTitle ?? "", listing.isOrphaned ? "yes" : "no",
                            note.text, note.tags.joined(separator: " "), note.quote?.exact ?? "", note.created]
                })
        }

        private enum CodingKeys: String, CodingKey { case listings = "notes" }
    }
}
