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
    case entities(EntitiesRequest)
    /// Keyword-in-context lines for a word, phrase or entity.
    case kwic(KwicRequest)
    case compare(CompareRequest)
    /// Makes NAME count as TARGET; with no names, lists the aliases.
    case alias(name: String?, target: String?)
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
    /// Writes the last result, or a session as an HTML report; run by the shell, which holds both.
    case export(ExportRequest)

    /// The command's name, as `--json` output names it.
    public var name: String {
        switch self {
        case .find: return "find"
        case .show: return "show"
        case .note: return "note"
        case .notes: return "notes"
        case .timeline: return "timeline"
        case .date: return "date"
        case .entities: return "entities"
        case .kwic: return "kwic"
        case .compare: return "compare"
        case .alias: return "alias"
        case .stats: return "stats"
        case .rates: return "rates"
        case .help: return "help"
        case .quit: return "quit"
        case .save: return "save"
        case .replay: return "replay"
        case .comment: return "comment"
        case .export: return "export"
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

/// An entity listing: all entities, or those in the articles a query matches.
public struct EntitiesRequest: Hashable, Sendable {
    public var text: String?
    public var query: SearchQuery?
    public var kind: EntityMention.Kind?
    public var limit: Int

    public init(text: String?, query: SearchQuery?, kind: EntityMention.Kind? = nil, limit: Int = 20) {
        self.text = text
        self.query = query
        self.kind = kind
        self.limit = limit
    }
}

/// Keyword-in-context lines: a word, a "phrase", or an entity with all its forms.
public struct KwicRequest: Hashable, Sendable {
    public var term: String
    /// Code points of context on each side.
    public var width: Int
    public var limit: Int

    public init(term: String, width: Int = 40, limit: Int = 25) {
        self.term = term
        self.width = width
        self.limit = limit
    }
}

/// One side of `compare`: an entity, a word or "phrase", a (query), or an article.
public enum CompareSide: Hashable, Sendable {
    /// A word or phrase as typed; it names an entity, an article id or a term, decided when it runs.
    case text(String, isQuoted: Bool)
    case query(String, SearchQuery)
    case result(Int)

    public var label: String {
        switch self {
        case .text(let text, let isQuoted): return isQuoted ? "\"\(text)\"" : text
        case .query(let text, _): return "(\(text))"
        case .result(let number): return "@\(number)"
        }
    }
}

public struct CompareRequest: Hashable, Sendable {
    public var left: CompareSide
    public var right: CompareSide

    public init(left: CompareSide, right: CompareSide) {
        self.left = left
        self.right = right
    }
}

/// What `export` writes, and where.
public struct ExportRequest: Hashable, Sendable {
    public enum Format: String, Hashable, Sendable, CaseIterable {
        case csv, json, md, html
    }

    public var format: Format
    /// Nil for standard output (not for html).
    public var path: String?
    /// For html: a saved session's name or file, instead of the current session.
    public var session: String?
    /// Replace an existing file.
    public var force: Bool

    public init(format: Format, path: String?, session: String? = nil, force: Bool = false) {
        self.format = format
        self.path = path
        self.session = session
        self.force = force
    }
}
