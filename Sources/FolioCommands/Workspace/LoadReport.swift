import FolioCore
import FolioIngest

/// What opening a corpus did: files read, reused and dropped, and every warning.
public struct LoadReport: Sendable {
    public var filesIngested: [String] = []
    public var filesUnchanged: [String] = []
    /// Files whose time changed but whose content did not.
    public var filesTouched: [String] = []
    public var filesRemoved: [String] = []
    public var articlesRead = 0
    public var warnings: [IngestWarning] = []
    /// Orphaned notes that followed their quoted passage to an article's new text.
    public var notesMoved: [(note: Int, article: ArticleID)] = []

    public init() {}

    /// True when no file had to be parsed.
    public var didNoIngestWork: Bool { filesIngested.isEmpty && filesRemoved.isEmpty }
}
