import FolioCore

/// What a command produced, as a value; rendering it as text or JSON is a separate step.
public enum CommandResult: Sendable {
    case search(FindRequest, SearchResults)
    case article(ArticleDetail, notes: [NoteListing])
    case note(NoteChange)
    case notes([NoteListing])
    case statistics(CorpusStatistics)
    case rates([RateQuote])
    case timeline(TimelineRequest, [TimelineEntry])
    case entities(EntitiesRequest, [EntitySummary])
    case concordance(KwicRequest, ConcordanceResult)
    case comparison(Comparison)
    case articleComparison(ArticleComparison)
    case aliases([EntityAlias])
    /// The overview when the topic is nil.
    case help(CommandInfo?)
    case quit
    /// A confirmation from a session command, such as `save`.
    case message(String)
    /// Text written as it is, such as an export to standard output.
    case exported(String)
}

/// One line's outcome: the command's name with its result, or the error that stopped it.
public struct CommandOutcome: Sendable {
    public var command: String
    public var result: Result<CommandResult, CommandFailure>

    public init(command: String, result: Result<CommandResult, CommandFailure>) {
        self.command = command
        self.result = result
    }

    public var isFailure: Bool {
        if case .failure = result { return true }
        return false
    }
}

/// A failed command's message, already in words for the analyst.
public struct CommandFailure: Error, Sendable, Hashable {
    public var message: String

    public init(_ error: Error) {
        message = String(describing: error)
    }

    public init(message: String) {
        self.message = message
    }
}

/// A note that was added, edited or deleted, as it stands after the change (or stood, when deleted).
public struct NoteChange: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case added, edited, deleted
    }

    public var kind: Kind
    public var listing: NoteListing

    public init(kind: Kind, listing: NoteListing) {
        self.kind = kind
        self.listing = listing
    }
}

extension CommandResult {
    /// Whether `export` can write it: find, timeline, entities, kwic, compare and notes results.
    public var isExportable: Bool {
        switch self {
        case .search, .timeline, .entities, .concordance, .comparison, .articleComparison, .notes: return true
        default: return false
        }
    }
}
