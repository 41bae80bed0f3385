import FolioAnalysis
import FolioCore
import Foundation
import FolioStore

/// Runs commands against a workspace and returns their results as values.
public struct CommandRunner {
    public let workspace: Workspace
    /// The clock that stamps new notes.
    public var now: @Sendable () -> Date

    public init(workspace: Workspace, now: @escaping @Sendable () -> Date = { Date() }) {
        self.workspace = workspace
        self.now = now
    }

    /// Parses and runs one line; nil for a blank line. Every failure becomes a ``CommandFailure``.
    public func run(line: String) -> CommandOutcome? {
        let command: Command
        do {
            guard let parsed = try CommandParser.parse(line) else { return nil }
            command = parsed
        } catch {
            let name = CommandTokenizer.tokenize(line).first?.lowercased() ?? ""
            return CommandOutcome(command: name, result: .failure(CommandFailure(error)))
        }
        return CommandOutcome(command: command.name, result: Result { try run(command) }.mapError(CommandFailure.init))
    }

    public func run(_ command: Command) throws -> CommandResult {
        switch command {
        case .find(let request):
            let results = try workspace.store.search(
                request.query, in: request.column, since: request.since, until: request.until,
                includingNotes: request.includesNotes, limit: request.limit)
            workspace.lastResults = results.hits.map(\.id)
            return .search(request, results)
        case .show(let reference):
            let id = try workspace.resolve(reference)
            return .article(try workspace.store.article(id), notes: try workspace.store.notes(.article(id)))
        case .note(let action):
            return .note(try runNote(action))
        case .notes(let filter):
            return .notes(try workspace.store.notes(noteFilter(filter)))
        case .timeline(let request):
            return .timeline(request, try timeline(request))
        case .date(let reference, let date):
            let id = try workspace.resolve(reference)
            try workspace.store.setDate(date, of: id)
            let article = try workspace.store.article(id).article
            let events = EventExtractor().events(for: article)
            try workspace.store.replaceEvents(of: id, with: events)
            return .message("\(workspace.shortID(id)) is dated \(date.iso); \(events.count) date expression\(events.count == 1 ? "" : "s") resolved again")
        case .entities(let request):
            return .entities(request, try entities(request))
        case .kwic(let request):
            return .concordance(request, try concordance(request))
        case .compare(let request):
            return try compare(request)
        case .alias(let name, let target):
            return try alias(name: name, target: target)
        case .stats:
            return .statistics(try workspace.store.statistics())
        case .rates:
            return .rates(try workspace.store.rates())
        case .help(let topic):
            guard let topic else { return .help(nil) }
            guard let info = CommandCatalog.info(topic) else {
                throw CommandError.unknownCommand(topic, suggestion: EditDistance.nearest(to: topic, in: CommandCatalog.names))
            }
            return .help(info)
        case .quit:
            return .quit
        case .save, .replay, .comment, .export:
            throw CommandError.usage("\(command.name) works in a folio session: in the shell, from -c, or from piped input")
        }
    }

    func timeline(_ request: TimelineRequest) throws -> [TimelineEntry] {
        // A sentence can only match where its article does, so the index narrows the articles first;
        // exclusions apply to the sentence alone, so only the included part narrows.
        var narrowing = request.query
        if !request.matchesArticles, case .excluding(let included, _)? = request.query { narrowing = included }
        let matcher = request.matchesArticles ? nil : request.query.map(SentenceQueryMatcher.init)
        return try workspace.store.timeline(
            from: request.from?.firstDay, to: request.to?.lastDay, articles: narrowing, sentences: matcher.map { matcher in { matcher.matches($0) } },
            necessaryWords: matcher?.necessaryWords ?? [])
    }

    func runNote(_ action: NoteAction) throws -> NoteChange {
        let store = workspace.store
        switch action {
        case .add(let reference, let text, let quote):
            let id = try workspace.resolve(reference)
            let article = try store.article(id).article
            var anchor: QuoteAnchor?
            if let quote {
                guard let made = QuoteAnchor.make(quote: quote, in: article.body) else {
                    throw CommandError.usage("the quote is not in the article's text, word for word: \"\(quote)\"")
                }
                anchor = made
            }
            let note = try store.addNote(to: id, text: text, quote: anchor, created: Self.timestamp(now()))
            return NoteChange(kind: .added, listing: try listing(note.id))
        case .edit(let noteID, let text):
            let note = try store.editNote(noteID, text: text)
            return NoteChange(kind: .edited, listing: try listing(note.id))
        case .delete(let noteID):
            let before = try listing(noteID)
            _ = try store.deleteNote(noteID)
            return NoteChange(kind: .deleted, listing: before)
        }
    }

    private func listing(_ noteID: Int) throws -> NoteListing {
        guard let listing = try workspace.store.notes(.all).first(where: { $0.note.id == noteID }) else {
            throw StoreError.noSuchNote(noteID)
        }
        return listing
    }

    /// `#tag`, an article (`@N` or an id prefix), or else a query over note text.
    func noteFilter(_ text: String?) throws -> NoteFilter {
        guard let text = text?.trimmingWhitespace(), !text.isEmpty else { return .all }
        if text.hasPrefix("#"), !text.contains(" ") { return .tag(String(text.dropFirst())) }
        if !text.contains(" "), let reference = try? ArticleReference(parsing: text) {
            if case .result = reference { return .article(try workspace.resolve(reference)) }
            if text.count >= 4, let id = try? workspace.resolve(reference) { return .article(id) }
        }
        return .matching(try SearchQuery(parsing: text))
    }

    public static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
