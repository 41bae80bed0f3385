import Foundation
import FolioCore
import FolioIngest
import FolioStore

/// The analyst's working state: the database in `.folio/`, the corpus it mirrors, and the last result list.
public final class Workspace {
    public static let defaultDirectory = ".folio"
    public static let databaseName = "folio.sqlite"

    /// Where the workspace lives, or nil for an in-memory one.
    public let directory: String?
    public let store: CorpusStore
    public private(set) var displayLength = ArticleID.minimumDisplayLength
    private var cachedArticleIDs: [ArticleID]?
    var lastResults: [ArticleID]?
    private var cachedEntityWords: [String]?

    /// Opens the workspace in `directory`, creating it when needed; `whileBusy` is told when a write has to
    /// wait for another Folio.
    public init(directory: String, whileBusy: (@Sendable () -> Void)? = nil) throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw CommandError.workspace("cannot create the workspace \(directory): \(error.localizedDescription)")
        }
        self.directory = directory
        store = try CorpusStore(path: (directory as NSString).appendingPathComponent(Self.databaseName), whileBusy: whileBusy)
        try refreshIDs(articlesChanged: false)
    }

    /// A workspace that lives in memory only.
    public init() throws {
        directory = nil
        store = try CorpusStore()
        try refreshIDs(articlesChanged: false)
    }

    /// The words of the most mentioned entities' names and short forms, for completion: `Tasmagambetov`, `CSTO`.
    /// Read once per open: the list changes only when the corpus does.
    public func entityWords() -> [String] {
        if let cachedEntityWords { return cachedEntityWords }
        let entities = (try? store.entities(limit: 2000)) ?? []
        let words = entities.flatMap { $0.name.split(separator: " ").map(String.init) + $0.aliases.filter { !$0.contains(" ") } }
        cachedEntityWords = Array(Set(words.filter { $0.count > 2 })).sorted()
        return cachedEntityWords ?? []
    }

    /// Where the shell keeps its line history.
    public var historyPath: String? {
        directory.map { ($0 as NSString).appendingPathComponent("history") }
    }

    /// Makes the workspace hold exactly the files under `paths`, or the bundled corpus when `paths` is empty.
    public func open(_ paths: [String], currentDirectory: String = FileManager.default.currentDirectoryPath) throws -> LoadReport {
        let scanner = CorpusScanner(currentDirectory: currentDirectory)
        var files: [CorpusFile]
        var report = LoadReport()
        cachedEntityWords = nil
        if paths.isEmpty {
            guard let bundled = BundledCorpus.file() else {
                throw CommandError.workspace("the bundled corpus is missing from this build of Folio")
            }
            files = [bundled]
        } else {
            let scan = scanner.scan(paths)
            files = scan.files
            report.warnings += scan.warnings
        }
        try CorpusLoader(store: store).synchronize(files, report: &report)
        if !report.didNoIngestWork {
            report.notesMoved = try store.reattachOrphanedNotes().map { ($0.note, $0.article) }
        }
        try refreshIDs(articlesChanged: !report.didNoIngestWork)
        lastResults = nil
        return report
    }

    /// Every article id, sorted; read when first needed, as a large corpus has many.
    public var articleIDs: [ArticleID] {
        if let cachedArticleIDs { return cachedArticleIDs }
        let ids = (try? store.articleIDs()) ?? []
        cachedArticleIDs = ids
        return ids
    }

    /// The display length is kept in the workspace, so that opening an unchanged corpus need not read every id.
    private func refreshIDs(articlesChanged: Bool) throws {
        cachedArticleIDs = nil
        if !articlesChanged, let stored = try store.setting("displayLength").flatMap(Int.init) {
            displayLength = stored
            return
        }
        displayLength = ArticleID.displayLength(forSorted: articleIDs)
        try store.setSetting("displayLength", to: String(displayLength))
    }

    /// The id as people see it: the shortest prefix that is unique in this corpus, at least six characters.
    public func shortID(_ id: ArticleID) -> String {
        id.prefix(displayLength)
    }

    /// The article a reference names.
    public func resolve(_ reference: ArticleReference) throws -> ArticleID {
        switch reference {
        case .id(let prefix):
            return try store.resolve(prefix: prefix)
        case .result(let number):
            guard let results = lastResults else { throw CommandError.noResults }
            guard number <= results.count else { throw CommandError.resultOutOfRange(number, count: results.count) }
            return results[number - 1]
        }
    }
}
