import FolioCore

/// A saved session: a header that pins the corpus and Folio's version, then comments and command cells.
public struct SessionDocument: Hashable, Sendable {
    /// The file format this Folio writes and reads.
    public static let formatVersion = 1

    public var title: String
    public var folioVersion: String
    /// The day it was saved, `YYYY-MM-DD`.
    public var saved: String
    public var corpus: CorpusFingerprint
    /// The number the session's first new note gets, so that a replay numbers notes alike.
    public var nextNote: Int
    public var cells: [SessionCell]

    public init(title: String, folioVersion: String, saved: String, corpus: CorpusFingerprint, nextNote: Int, cells: [SessionCell]) {
        self.title = title
        self.folioVersion = folioVersion
        self.saved = saved
        self.corpus = corpus
        self.nextNote = nextNote
        self.cells = cells
    }

    public var commandCount: Int {
        cells.reduce(0) { count, cell in
            if case .command = cell { return count + 1 }
            return count
        }
    }
}

/// What the session's corpus was: its size, a digest of its ids, and the articles the session cites.
public struct CorpusFingerprint: Hashable, Sendable {
    public var articles: Int
    /// The first 12 hex characters of SHA-256 over the sorted full ids, one per line.
    public var digest: String
    public var cited: [CitedArticle]

    public init(articles: Int, digest: String, cited: [CitedArticle]) {
        self.articles = articles
        self.digest = digest
        self.cited = cited
    }
}

/// An article a session's commands name, by short id and title.
public struct CitedArticle: Hashable, Sendable {
    public var id: String
    public var title: String

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}
