import FolioCore
import FolioIngest

/// What a load did: files read, reused and missing, what was passed over and merged, and every warning.
public struct LoadReport: Sendable {
    public var filesIngested: [String] = []
    public var filesUnchanged: [String] = []
    /// Files whose time changed but whose content did not.
    public var filesTouched: [String] = []
    public var articlesRead = 0
    public var bytesRead: Int64 = 0
    public var warnings: [IngestWarning] = []
    /// Files a folder held that Folio passed over, by reason.
    public var skipped: [SkipReason: Int] = [:]
    /// Excerpts merged into the full article they begin.
    public var excerptsMerged = 0
    /// Files held that are no longer where they were, with the articles they gave: kept until `unload --missing`.
    public var missingFiles: [(file: String, articles: Int)] = []
    /// Orphaned notes that followed their quoted passage to an article's new text.
    public var notesMoved: [(note: Int, article: ArticleID)] = []

    public init() {}

    /// True when no file had to be parsed.
    public var didNoIngestWork: Bool { filesIngested.isEmpty }

    /// `skipped 12 files: 9 images, 2 PDFs, 1 archive`, or nil when none was.
    public var skippedSummary: String? {
        let total = skipped.values.reduce(0, +)
        guard total > 0 else { return nil }
        let parts = skipped.keys.sorted().map { $0.counted(skipped[$0]!) }
        return "skipped \(total) file\(total == 1 ? "" : "s"): " + parts.joined(separator: ", ")
    }

    /// `3 files missing; their 120 articles are kept; unload --missing removes them`, or nil.
    public var missingSummary: String? {
        guard !missingFiles.isEmpty else { return nil }
        let articles = missingFiles.reduce(0) { $0 + $1.articles }
        let files = missingFiles.count == 1 ? "1 file missing" : "\(missingFiles.count) files missing"
        return "\(files); \(missingFiles.count == 1 ? "its" : "their") \(articles) article\(articles == 1 ? " is" : "s are") kept; "
            + "`unload --missing` removes them"
    }
}

/// How far a load has come, for a progress line.
public struct LoadProgress: Sendable {
    public var filesDone: Int
    public var filesTotal: Int
    public var articles: Int
    public var bytesDone: Int64
    public var bytesTotal: Int64
}
