import ArgumentParser
import FolioCore
import FolioStore
import Foundation

/// `note ID TEXT`: attaches a note to an article, optionally anchored to a quoted passage; `--edit` and
/// `--delete` change one.
public struct NoteCommand: FolioCommand {
    public static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Attach a note to an article; #tags in the text are kept as tags.",
        usage: "note ID|@N TEXT [--quote \"exact words\"] | note --edit NOTE TEXT | note --delete NOTE",
        discussion: """
            note @1 The border programme runs to 2029 #border --quote "will run until 2029"
            note --edit 1 The programme runs in three stages to 2029 #border
            note --delete 1
            """)

    @Option(help: ArgumentHelp(
        "anchor the note to a passage of the article, quoted exactly",
        discussion: "note @1 Runs to 2029 #border --quote \"will run until 2029\"", valueName: "\"exact words\""))
    public var quote: String?
    @Option(help: ArgumentHelp(
        "replace the text of note NOTE", discussion: "note --edit 1 The programme runs in three stages #border", valueName: "NOTE"))
    public var edit: Int?
    @Option(help: ArgumentHelp("delete note NOTE", discussion: "note --delete 1", valueName: "NOTE"))
    public var delete: Int?
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("the article, then the note's text", valueName: "ID|@N TEXT"))
    public var words: [String] = []

    public init() {}

    public static var effect: CommandEffect { .annotates }

    /// What the command does.
    public enum Action: Hashable, Sendable {
        case add(ArticleReference, text: String, quote: String?)
        case edit(Int, text: String)
        case delete(Int)
    }

    public mutating func validate() throws {
        _ = try action()
    }

    public func action() throws -> Action {
        if let delete {
            guard words.isEmpty, edit == nil, quote == nil else {
                throw ValidationError("note --delete takes only the note's number: note --delete 3")
            }
            return .delete(delete)
        }
        if let edit {
            guard quote == nil else { throw ValidationError("note --edit changes the text only; delete the note to change its quote") }
            let text = ArgumentValue.text(words)
            guard !text.isEmpty else { throw ValidationError("note --edit needs the new text: note --edit 3 new text") }
            return .edit(edit, text: text)
        }
        guard let target = words.first else {
            throw ValidationError("note needs an article and a text: note @1 the programme runs until 2029 #border")
        }
        let text = ArgumentValue.text(Array(words.dropFirst()))
        guard !text.isEmpty else { throw ValidationError("note needs a text after the article: note \(target) TEXT") }
        let quote = self.quote.map(CommandTokenizer.unquote)
        if let quote, quote.isBlank { throw ValidationError("--quote needs the exact words to anchor the note to") }
        do {
            return .add(try ArticleReference(parsing: target), text: text, quote: quote)
        } catch {
            throw ValidationError(String(describing: error))
        }
    }

    public var citation: ArticleReference? {
        if case .add(let reference, _, _)? = try? action() { return reference }
        return nil
    }

    /// The same command with the note numbers a replay gave the notes it made.
    public func renumbered(_ numbers: [Int: Int]) -> NoteCommand {
        var note = self
        if let edit { note.edit = numbers[edit] ?? edit }
        if let delete { note.delete = numbers[delete] ?? delete }
        return note
    }

    public func run(in context: CommandContext) throws -> Output {
        let store = context.workspace.store
        switch try action() {
        case .add(let reference, let text, let quote):
            let id = try context.workspace.resolve(reference)
            let article = try store.article(id).article
            var anchor: QuoteAnchor?
            if let quote {
                guard let made = QuoteAnchor.make(quote: quote, in: article.body) else {
                    throw CommandError.usage("the quote is not in the article's text, word for word: \"\(quote)\"")
                }
                anchor = made
            }
            if let replayed = context.replayedNote, let same = try store.notes(.article(id)).first(where: {
                $0.note.id < replayed.firstNewNote && $0.note.quote?.exact == anchor?.exact && ([text] + replayed.laterTexts).contains($0.note.text)
            }) {
                return Output(kind: .existing, listing: same)
            }
            let note = try store.addNote(to: id, text: text, quote: anchor, created: Self.timestamp(context.now()))
            return Output(kind: .added, listing: try listing(note.id, in: context))
        case .edit(let number, let text):
            let note = try store.editNote(number, text: text)
            return Output(kind: .edited, listing: try listing(note.id, in: context))
        case .delete(let number):
            let before = try listing(number, in: context)
            _ = try store.deleteNote(number)
            return Output(kind: .deleted, listing: before)
        }
    }

    private func listing(_ number: Int, in context: CommandContext) throws -> NoteListing {
        guard let listing = try context.workspace.store.notes(.all).first(where: { $0.note.id == number }) else {
            throw StoreError.noSuchNote(number)
        }
        return listing
    }

    public func canonical(in printer: CanonicalPrinter) -> String {
        switch try? action() {
        case .add(let reference, let text, let quote)?:
            return printer.line(Self.self, printer.reference(reference), text).quoted("--quote", quote).description
        case .edit(let number, let text)?:
            return "note --edit \(number) \(text)"
        case .delete(let number)?:
            return "note --delete \(number)"
        case nil:
            return (["note"] + words).joined(separator: " ")
        }
    }

    /// An ISO 8601 time in UTC, as notes are stamped.
    public static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// A note that was added, edited or deleted, as it stands after the change (or stood, when deleted).
    public struct Output: CommandOutput, Codable {
        public enum Kind: String, Sendable, Codable {
            case added, edited, deleted
            /// The replayed note was already there, the same article, text and quote; it was not added again.
            case existing
        }

        public var kind: Kind
        public var listing: NoteListing

        public init(kind: Kind, listing: NoteListing) {
            self.kind = kind
            self.listing = listing
        }

        public func lines(in output: OutputStyle) -> [String] {
            let style = output.text
            var head = kind == .existing
                ? "note \(listing.note.id) is already on \(output.short(listing.note.articleID))"
                : "\(kind.rawValue) note \(listing.note.id) on \(output.short(listing.note.articleID))"
            if let title = listing.articleTitle { head += " " + style.bold(title) }
            return TextWrapper.wrap(head, width: style.width) + NoteText.body(of: listing, in: output)
        }

        private enum Key: String, CodingKey { case action, note }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            kind = try container.decode(Kind.self, forKey: .action)
            listing = try container.decode(NoteListing.self, forKey: .note)
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(kind, forKey: .action)
            try container.encode(listing, forKey: .note)
        }
    }
}
