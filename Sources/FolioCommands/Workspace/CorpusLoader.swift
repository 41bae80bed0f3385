import FolioAnalysis
import FolioCore
import FolioIngest
import FolioStore
import Foundation

/// Brings the store in line with files, doing no work for files that did not change. Small files are read and
/// parsed on the worker threads while the calling thread stores those before them, several to a transaction of
/// a few megabytes; a large file streams into a transaction of its own. A file is either wholly in the index or not
/// changed at all, and a load that is killed leaves every file it had not committed to the next one.
struct CorpusLoader {
    let store: CorpusStore
    let analyzer = ArticleAnalyzer()
    var progress: (@Sendable (LoadProgress) -> Void)?

    /// Files at least this large stream into a transaction of their own.
    static let largeFile: Int64 = 8 << 20
    /// A transaction holds files up to this many bytes in all.
    static let groupBytes: Int64 = 8 << 20
    static let groupFiles = 1000

    private var prepare: @Sendable (Article) -> PreparedArticle {
        { [analyzer] article in PreparedArticle(article, analysis: analyzer.analyze(article)) }
    }

    /// What reading one small file gave.
    private enum Read: Sendable {
        case unreadable(String)
        /// The content is what the workspace holds already.
        case same
        /// A session, report or export that Folio wrote.
        case folios
        case parsed(hash: String, format: SourceFormat, source: ParsedSource, articles: [PreparedArticle], changedWhileRead: Bool)
    }

    /// Reads what changed of `files`, against `stored`, the files the store holds (read again when the analysis
    /// changed since they were read).
    func synchronize(_ files: [CorpusFile], stored: [String: StoredFileState], report: inout LoadReport) throws {
        let current = "\(ArticleAnalyzer.revision) readers \(SourceReader.revision)"
        let revision = try store.setting("analysis")
        if revision != current { try store.forgetFileStates() }
        defer { if revision != current { try? store.setSetting("analysis", to: current) } }
        let stored = revision != current ? try store.fileStates() : stored
        var pending: [CorpusFile] = []
        for file in files {
            if let previous = stored[file.path], previous.size == file.size, previous.modified == file.modified {
                if previous.displayName != file.displayName || previous.source != file.source {
                    try store.touchFile(path: file.path, displayName: file.displayName, size: file.size, modified: file.modified, source: file.source)
                }
                report.filesUnchanged.append(file.displayName)
            } else {
                pending.append(file)
            }
        }
        let work = pending
        guard !work.isEmpty else { return }
        let total = work.reduce(Int64(0)) { $0 + max(0, $1.size) }
        var done = 0, bytes: Int64 = 0
        let reads = OrderedHandoff<Read?>(count: work.count, window: 3 * Self.groupFiles, budget: 3 * Self.groupBytes)
        let prepare = self.prepare
        let held = try store.hashes(ofFiles: work.map(\.path).filter { stored[$0] != nil })
        let hashes = work.map { held[$0.path] }
        DispatchQueue.global().async {
            DispatchQueue.concurrentPerform(iterations: work.count) { index in
                let file = work[index]
                let isLarge = file.size >= Self.largeFile
                reads.put(isLarge ? nil : Self.read(file, storedHash: hashes[index], prepare: prepare), at: index, weight: isLarge ? 0 : file.size)
            }
        }
        var group: [(file: CorpusFile, read: Read, isNew: Bool)] = []
        var groupSize: Int64 = 0
        func flush(_ report: inout LoadReport) throws {
            guard !group.isEmpty else { return }
            try store.writeFiles { writer in
                for (file, read, isNew) in group { try Self.store(read, of: file, isNew: isNew, in: &writer, report: &report) }
                report.excerptsMerged += writer.merged
            }
            for (file, _, _) in group {
                done += 1
                bytes += max(0, file.size)
            }
            group = []
            groupSize = 0
            progress?(LoadProgress(filesDone: done, filesTotal: work.count, articles: report.articlesRead, bytesDone: bytes, bytesTotal: total))
        }
        for (index, file) in work.enumerated() {
            guard let read = reads.take(index) else {
                try flush(&report)
                try loadLarge(file, storedHash: hashes[index], report: &report)
                done += 1
                bytes += max(0, file.size)
                progress?(LoadProgress(filesDone: done, filesTotal: work.count, articles: report.articlesRead, bytesDone: bytes, bytesTotal: total))
                continue
            }
            group.append((file, read, hashes[index] == nil))
            groupSize += max(0, file.size)
            if groupSize >= Self.groupBytes || group.count >= Self.groupFiles { try flush(&report) }
        }
        try flush(&report)
    }

    /// Reads and parses a small file on a worker thread.
    private static func read(_ file: CorpusFile, storedHash: String?, prepare: @escaping @Sendable (Article) -> PreparedArticle) -> Read {
        let bytes: [UInt8]
        do {
            bytes = try file.read()
        } catch {
            return .unreadable(error.localizedDescription)
        }
        let hash = ArticleIdentity.contentHash(bytes)
        if let storedHash, storedHash == hash { return .same }
        if FolioFiles.wrote(bytes) { return .folios }
        let changed = Self.changedWhileRead(file)
        let parser = SourceParser(bytes, file: file.displayName, fileExtension: file.fileExtension, mapping: file.mapping, modified: file.modifiedDate)
        var articles: [PreparedArticle] = []
        let parsed = parser.parse(deriving: prepare) { _, batch in articles += batch }
        return .parsed(hash: hash, format: parser.format, source: parsed, articles: articles, changedWhileRead: changed)
    }

    private static func changedWhileRead(_ file: CorpusFile) -> Bool {
        guard case .success(let now) = CorpusScanner().describe(file.path, displayName: file.displayName, isStandard: true) else { return false }
        return now.size != file.size || now.modified != file.modified
    }

    /// Stores what a worker read, inside the group's transaction.
    private static func store(_ read: Read, of file: CorpusFile, isNew: Bool, in writer: inout FileWriter, report: inout LoadReport) throws {
        switch read {
        case .unreadable(let reason):
            report.warnings.append(IngestWarning(file: file.displayName, message: "cannot be read (\(reason)); skipped"))
        case .same:
            try writer.touch(path: file.path, displayName: file.displayName, size: file.size, modified: file.modified, source: file.source)
            report.filesTouched.append(file.displayName)
        case .folios:
            report.skipped[.folio, default: 0] += 1
        case .parsed(let hash, let format, let source, let articles, let changed):
            var warnings = source.warnings
            if changed {
                warnings.append(IngestWarning(
                    file: file.displayName, message: "changed while it was being read; the copy read is loaded, and the file is read again next time"))
            }
            try writer.replace(
                StoredFile(
                    path: file.path, displayName: file.displayName, size: changed ? -1 : file.size, modified: file.modified, hash: hash,
                    format: format.rawValue, coverage: source.coverage, source: file.source),
                isNew: isNew, rates: source.rates, warnings: warnings) { insert in try insert(articles) }
            report.warnings += warnings
            report.articlesRead += articles.count
            report.bytesRead += max(0, file.size)
            report.filesIngested.append(file.displayName)
        }
    }

    /// A large file's hash and its decoded text; the raw bytes are let go here, before parsing, so that a large
    /// corpus is not held twice.
    private static func readLarge(_ file: CorpusFile) throws -> (hash: String, parser: SourceParser) {
        let bytes = try file.read()
        return (ArticleIdentity.contentHash(bytes), SourceParser(bytes, file: file.displayName, fileExtension: file.fileExtension, mapping: file.mapping, modified: file.modifiedDate))
    }

    /// A large file streams its articles into a transaction of its own as they are parsed.
    private func loadLarge(_ file: CorpusFile, storedHash: String?, report: inout LoadReport) throws {
        let hash: String, parser: SourceParser
        do {
            (hash, parser) = try Self.readLarge(file)
        } catch {
            let kept = storedHash == nil ? "skipped" : "the copy already indexed is kept"
            report.warnings.append(IngestWarning(file: file.displayName, message: "cannot be read (\(error.localizedDescription)); \(kept)"))
            return
        }
        let changed = Self.changedWhileRead(file)
        if let storedHash, storedHash == hash, !changed {
            try store.touchFile(path: file.path, displayName: file.displayName, size: file.size, modified: file.modified, source: file.source)
            report.filesTouched.append(file.displayName)
            return
        }
        var record = StoredFile(
            path: file.path, displayName: file.displayName, size: changed ? -1 : file.size, modified: file.modified, hash: hash,
            format: parser.format.rawValue, coverage: nil, source: file.source)
        var count = 0
        try store.writeFiles { writer in
            var warnings: [IngestWarning] = []
            if parser.format == .resultsPage {
                var prepared: [PreparedArticle] = []
                let parsed = parser.parse(deriving: prepare) { _, batch in prepared += batch }
                record.coverage = parsed.coverage
                warnings = parsed.warnings
                count = try writer.replace(record, rates: parsed.rates, warnings: warnings) { insert in try insert(prepared) }
            } else {
                count = try writer.replace(record, rates: [], warnings: []) { insert in
                    warnings = try parser.parse(deriving: prepare) { _, batch in try insert(batch) }.warnings
                }
                try writer.replaceWarnings(of: file.path, with: warnings)
            }
            if changed {
                warnings.append(IngestWarning(
                    file: file.displayName, message: "changed while it was being read; the copy read is loaded, and the file is read again next time"))
            }
            report.warnings += warnings
            report.excerptsMerged += writer.merged
        }
        report.articlesRead += count
        report.bytesRead += max(0, file.size)
        report.filesIngested.append(file.displayName)
    }
}
