import FolioCore
import FolioStore

/// A command the analyst asked for, parsed and checked, ready to run against a workspace.
public enum Command: Hashable, Sendable {
    case find(FindRequest)
    case show(ArticleReference)
    case note(NoteAction)
    /// Lists notes: all, or those of an article, a `#tag`, or matching a query, decided when it runs.
    case notes(filter: String?)
    case timeline(TimelineRequest)
    /// Sets an article's publication date, so its relative dates resolve.
    case date(ArticleReference, PublicationDate)
    case stats
    case rates
    case help(topic: String?)
    case quit
    /// Writes the session to `Sessions/NAME.md`; run by the shell, which holds the session.
    case save(name: String, force: Bool, previous: Bool, directory: String?)
    /// Runs a saved session's commands again; run by the shell.
    case replay(String)
    /// Prose for the session: `comment TEXT`, or a line starting with `#`.
    case comment(String)

    /// The command's name, as `--json` output names it.
    public var name: String {
        switch self {
        case .find: return "find"
        case .show: return "show"
        case .note: return "note"
        case .notes: return "notes"
        case .timeline: return "timeline"
        case .date: return "date"
        case .stats: return "stats"
        case .rates: return "rates"
        case .help: return "help"
        case .quit: return "quit"
        case .save: return "save"
        case .replay: return "replay"
        case .comment: return "comment"
        }
    }
}

/// A search with its options.
public struct FindRequest: Hashable, Sendable {
    /// The query as typed, for display and JSON.
    public var text: String
    public var query: SearchQuery
    public var limit: Int
    public var since: PublicationDate?
    public var until: PublicationDate?
    public var column: SearchColumn?
    /// Also match the text of notes.
    public var includesNotes: Bool

    public init(
        text: String, query: SearchQuery, limit: Int = 10, since: PublicationDate? = nil, until: PublicationDate? = nil,
        column: SearchColumn? = nil, includesNotes: Bool = false
    ) {
        self.text = text
        self.query = query
        self.limit = limit
        self.since = since
        self.until = until
        self.column = column
        self.includesNotes = includesNotes
    }
}

/// What `note` does.
public enum NoteAction: Hashable, Sendable {
    case add(ArticleReference, text: String, quote: String?)
    case edit(Int, text: String)
    case delete(Int)
}

/// How a command names an article: by id prefix, or by its number in the last list (`@2`).
public enum ArticleReference: Hashable, Sendable {
    case id(String)
    case result(Int)

    /// Parses `3fa9c1` or `@2`.
    public init(parsing word: String) throws {
        if word.hasPrefix("@") {
            guard let number = Int(word.dropFirst()), number > 0 else {
                throw CommandError.usage("'\(word)' is not a result number: use @1, @2, …")
            }
            self = .result(number)
        } else {
            guard ArticleID.isPlausiblePrefix(word) else {
                throw CommandError.usage("'\(word)' is not an article id: ids are hex, such as 3fa9c1, or use @N for the Nth result")
            }
            self = .id(word.lowercased())
        }
    }
}

/// A chronology request.
public struct TimelineRequest: Hashable, Sendable {
    public enum Period: String, Sendable, CaseIterable {
        case year, month, day
    }

    /// The query as typed, or nil for every event.
    public var text: String?
    public var query: SearchQuery?
    /// Match the query against whole articles rather than the event's sentence.
    public var matchesArticles: Bool
    public var from: PublicationDate?
    public var to: PublicationDate?
    public var period: Period?

    public init(text: String?, query: SearchQuery?, matchesArticles: Bool = false, from: PublicationDate? = nil, to: PublicationDate? = nil, period: Period? = nil) {
        self.text = text
        self.query = query
        self.matchesArticles = matchesArticles
        self.from = from
        self.to = to
        self.period = period
    }
}
