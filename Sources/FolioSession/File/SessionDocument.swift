import FolioCore
import Foundation

/// A saved session: a header that pins the corpus and Folio's version, then comments and command cells.
public struct SessionDocument: Hashable, Sendable {
    /// The file format this Folio writes; it reads this one and the ones before. Format 2 keeps each command's
    /// output value beside its text; format 1 kept the text only.
    public static let formatVersion = 2

    /// The format the file was read in; a document made now is of ``formatVersion``.
    public var formatVersion: Int
    public var title: String
    public var folioVersion: String
    /// The day it was saved, `YYYY-MM-DD`.
    public var saved: String
    public var corpus: CorpusFingerprint
    /// The number the session's first new note gets, so that a replay numbers notes alike.
    public var nextNote: Int
    public var cells: [SessionCell]
    /// The line of the file each cell starts on (a command's, its `folio` line), when it was read from a file.
    public var cellLines: [Int] = []

    public init(
        formatVersion: Int = SessionDocument.formatVersion, title: String, folioVersion: String, saved: String, corpus: CorpusFingerprint,
        nextNote: Int, cells: [SessionCell]
    ) {
        self.formatVersion = formatVersion
        self.title = title
        self.folioVersion = folioVersion
        self.saved = saved
        self.corpus = corpus
        self.nextNote = nextNote
        self.cells = cells
    }

    public var commandCount: Int { SessionCell.commands(in: cells).count }

    public static func == (lhs: SessionDocument, rhs: SessionDocument) -> Bool {
        (lhs.formatVersion, lhs.title, lhs.folioVersion, lhs.saved, lhs.nextNote) == (rhs.formatVersion, rhs.title, rhs.folioVersion, rhs.saved, rhs.nextNote)
            && lhs.corpus == rhs.corpus && lhs.cells == rhs.cells
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(title)
        hasher.combine(cells)
    }

    /// Today as `YYYY-MM-DD`, in UTC.
    public static func today(_ date: Date = Date()) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
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
