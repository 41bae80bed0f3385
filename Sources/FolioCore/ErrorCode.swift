/// What kind of failure an error is, as one stable word that scripts can test: JSON's `error.code`.
public enum ErrorCode: String, Hashable, Sendable, CaseIterable, Codable {
    /// A command typed wrongly: a missing argument, an unknown option, a value out of range.
    case usage
    case unknownCommand = "unknown-command"
    /// A query that cannot be searched; the error has a position.
    case query
    /// No article, note or session by that name.
    case notFound = "not-found"
    /// An id prefix that names more than one article.
    case ambiguousID = "ambiguous-id"
    /// `@N` before any list, or past its end.
    case noResults = "no-results"
    /// A file or the database could not be read or written.
    case io
    /// Another Folio holds the workspace.
    case busy
    /// Ctrl-C stopped the command.
    case interrupted
    /// A workspace or file written by a newer Folio.
    case version
    /// A session file that cannot be read, with its line and column.
    case sessionFormat = "session-format"
}

/// An error Folio shows to the analyst: its message, its code, and where in the typed text it lies.
public protocol FolioError: Error, Sendable, CustomStringConvertible {
    var code: ErrorCode { get }
    /// The 1-based column in the typed text, for errors that have one.
    var position: Int? { get }
}

extension FolioError {
    public var position: Int? { nil }
}

extension SearchQueryError: FolioError {
    public var code: ErrorCode { .query }
    public var position: Int? { column }
}
