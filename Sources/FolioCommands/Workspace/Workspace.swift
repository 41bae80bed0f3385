import Foundation
import FolioAnalysis
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
    /// The articles of the last list, which `@N` names.
    public internal(set) var lastResults: [ArticleID]?
    var cachedEntityWords: [String]?

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

    /// Opens the workspace on what it holds: its recorded sources are read again where they changed, and new files
    /// in recorded folders are added; `paths` are recorded and loaded too. Nothing is ever removed: files that are
    /// no longer there keep their articles and are reported. A new, empty workspace opened without paths gets the
    /// bundled sample.
    public func open(
        _ paths: [String], mapping: FieldMapping? = nil, currentDirectory: String = FileManager.default.currentDirectoryPath,
        now: String = "", progress: (@Sendable (LoadProgress) -> Void)? = nil
    ) throws -> LoadReport {
        cachedEntityWords = nil
        let scanner = CorpusScanner(currentDirectory: currentDirectory)
        var sources = try store.sources()
        if paths.isEmpty, sources.isEmpty, try store.counts().articles == 0 {
            guard let bundled = BundledCorpus.file() else {
                throw CommandError.workspace("the bundled corpus is missing from this build of Folio")
            }
            let source = RecordedSource(path: bundled.path, displayName: bundled.displayName, kind: .bundled, added: now)
            try store.record(source)
            sources.append(source)
        }
        var refused: [IngestWarning] = []
        let added = try record(paths, mapping: mapping, scanner: scanner, now: now, refusing: &refused)
        let known = Set(sources.map(\.path))
        sources += added.filter { !known.contains($0.path) }
        var report = try load(sources, scanner: scanner, now: now, progress: progress)
        report.warnings = refused + report.warnings
        lastResults = nil
        return report
    }

    /// `load PATH…`: records the paths and loads them, letting back in the articles that were unloaded from them.
    public func load(
        _ paths: [String], mapping: FieldMapping? = nil, currentDirectory: String = FileManager.default.currentDirectoryPath,
        now: String = "", progress: (@Sendable (LoadProgress) -> Void)? = nil
    ) throws -> LoadReport {
        let scanner = CorpusScanner(currentDirectory: currentDirectory)
        var refused: [IngestWarning] = []
        let sources = try record(paths, mapping: mapping, scanner: scanner, now: now, refusing: &refused)
        try store.readmit(files: sources.map(\.path))
        cachedEntityWords = nil
        var report = try load(sources, scanner: scanner, now: now, progress: progress)
        report.warnings = refused + report.warnings
        return report
    }

    /// Records each path as a source: a file, or a folder read recursively. A path that is not there is not
    /// recorded: a warning says so.
    private func record(
        _ paths: [String], mapping: FieldMapping?, scanner: CorpusScanner, now: String, refusing refused: inout [IngestWarning]
    ) throws -> [RecordedSource] {
        var sources: [RecordedSource] = []
        for given in paths {
            let path = scanner.absolutePath(given)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                var link = stat()
                let isLink = lstat(path, &link) == 0 && link.st_mode & S_IFMT == S_IFLNK
                refused.append(IngestWarning(
                    file: given, message: isLink ? "a link to something that does not exist; skipped" : "no such file or directory; skipped"))
                continue
            }
            let source = RecordedSource(
                path: path, displayName: given, kind: isFolder.boolValue ? .folder : .file, mapping: mapping?.description, added: now)
            if let mapping, let recorded = try store.sources().first(where: { $0.path == path }), recorded.mapping != mapping.description {
                try store.forgetFiles(ofSource: path)
            }
            try store.record(source)
            sources.append(try store.sources().first { $0.path == path } ?? source)
        }
        return sources
    }

    /// Scans sources and loads what changed; reports what is missing.
    private func load(
        _ sources: [RecordedSource], scanner: CorpusScanner, now: String, progress: (@Sendable (LoadProgress) -> Void)?
    ) throws -> LoadReport {
        var report = LoadReport()
        var roots: [CorpusScanner.Root] = []
        var files: [CorpusFile] = []
        for source in sources {
            if source.kind == .bundled {
                guard var bundled = BundledCorpus.file() else { continue }
                bundled.source = source.path
                files.append(bundled)
            } else {
                roots.append(CorpusScanner.Root(
                    path: source.path, displayName: source.displayName, mapping: try source.mapping.map { try FieldMapping(parsing: $0) }))
            }
        }
        var scanner = scanner
        scanner.excluded = try excludedPaths()
        scanner.leftOut = Set(try store.unloadedFiles())
        let scan = scanner.scan(roots)
        files += scan.files
        report.warnings += scan.warnings
        report.skipped = scan.skipped
        var loader = CorpusLoader(store: store)
        loader.progress = progress
        let stored = try store.fileStates()
        try loader.synchronize(files, stored: stored, report: &report)
        let scanned = Set(sources.map(\.path))
        var missing: [(key: String, value: StoredFileState)] = []
        // Every file held under the sources scanned was found again, unless fewer were found than are held.
        if try store.fileCount(ofSources: Array(scanned)) > files.count(where: { stored[$0.path]?.source.map(scanned.contains) == true }) {
            let found = Set(files.map(\.path))
            missing = stored.filter { $0.value.source.map(scanned.contains) == true && !found.contains($0.key) }
                .sorted { $0.value.displayName < $1.value.displayName }
        }
        let counts = try store.articleCounts(ofFiles: missing.map(\.key))
        report.missingFiles = missing.map { ($0.value.displayName, counts[$0.key] ?? 0) }
        try store.markLoaded(sources.filter { scan.missing.map(\.path).contains($0.path) == false }.map(\.path), at: now)
        if try !report.didNoIngestWork || store.setting(SiteHeadlines.settingKey) != SiteHeadlines.revision {
            try SiteHeadlines(store: store, analyzer: loader.analyzer).apply()
            try store.setSetting(SiteHeadlines.settingKey, to: SiteHeadlines.revision)
        }
        if !report.didNoIngestWork, try PeopleLinks(store: store).apply() { cachedEntityWords = nil }
        if !report.didNoIngestWork {
            report.notesMoved = try store.reattachOrphanedNotes().map { ($0.note, $0.article) }
        }
        try refreshIDs(articlesChanged: !report.didNoIngestWork)
        return report
    }

    /// Makes `name` count as `target`, the analyst's alias, and finds Folio's own links of people again, which
    /// it overrides.
    public func setAlias(_ name: String, to target: String) throws {
        try store.setAlias(name, to: target)
        try PeopleLinks(store: store).apply()
        cachedEntityWords = nil
    }

    /// Removes sources, files and articles; files of a folder that stays a source are left out of its scans.
    public func unload(sources: [String], files: [String], filesOfFolders: [String], articles: [ArticleID]) throws {
        try store.excludeFiles(filesOfFolders)
        try store.unload(sources: sources, files: files, articles: articles)
        try SiteHeadlines(store: store, analyzer: ArticleAnalyzer()).apply()
        try PeopleLinks(store: store).apply()
        cachedEntityWords = nil
        try refreshIDs(articlesChanged: true)
        lastResults = nil
    }

    /// The files the recorded sources hold now, as a load would find them.
    public func scan(currentDirectory: String = FileManager.default.currentDirectoryPath) throws -> CorpusScanner.Scan {
        var scanner = CorpusScanner(currentDirectory: currentDirectory)
        scanner.excluded = try excludedPaths()
        scanner.leftOut = Set(try store.unloadedFiles())
        var scan = scanner.scan(try store.sources().filter { $0.kind != .bundled }.map { CorpusScanner.Root(path: $0.path, displayName: $0.displayName) })
        if let bundled = BundledCorpus.file() { scan.files.append(bundled) }
        return scan
    }

    /// What Folio wrote: the workspace itself, saved sessions and exports.
    private func excludedPaths() throws -> Set<String> {
        var paths = Set(try store.writtenPaths())
        if let directory { paths.insert(CorpusScanner().absolutePath(directory)) }
        return paths
    }

    /// Every article id, sorted; read when first needed, as a large corpus has many.
    public var articleIDs: [ArticleID] {
        if let cachedArticleIDs { return cachedArticleIDs }
        let ids = (try? store.articleIDs()) ?? []
        cachedArticleIDs = ids
        return ids
    }

    /// The display length is kept in the workspace, so that opening an unchanged corpus need not read every id.
    func refreshIDs(articlesChanged: Bool) throws {
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

    /// Runs `body` and then puts back the result list `@N` names, for work that runs a command again unseen.
    public func keepingResults<T>(_ body: () throws -> T) rethrows -> T {
        let results = lastResults
        defer { lastResults = results }
        return try body()
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
