import FolioAnalysis
import FolioCore
import FolioIngest
import FolioStore

/// Brings the store in line with a list of files, doing no work for files that did not change.
struct CorpusLoader {
    let store: CorpusStore
    let analyzer = ArticleAnalyzer()

    private var prepare: @Sendable (Article) -> PreparedArticle {
        { [analyzer] article in PreparedArticle(article, analysis: analyzer.analyze(article)) }
    }

    /// Size and time are compared first; content is hashed only when they differ. Each file loads in one
    /// transaction, so a file is either wholly in the index or not changed at all.
    /// When the readers or the taggers have changed since the workspace was made, every file is read again.
    func synchronize(_ files: [CorpusFile], report: inout LoadReport) throws {
        let current = "\(ArticleAnalyzer.revision) readers \(SourceReader.revision)"
        let revision = try store.setting("analysis")
        if revision != current {
            try store.forgetFileStates()
        }
        defer { if revision != current { try? store.setSetting("analysis", to: current) } }
        let stored = try store.storedFiles()
        for file in files {
            let previous = stored[file.path]
            if let previous, previous.size == file.size, previous.modified == file.modified {
                if previous.displayName != file.displayName {
                    try store.touchFile(path: file.path, displayName: file.displayName, size: file.size, modified: file.modified)
                }
                report.filesUnchanged.append(file.displayName)
                continue
            }
            let hash: String, parser: SourceParser
            do {
                (hash, parser) = try Self.read(file)
            } catch {
                let kept = previous == nil ? "skipped" : "the copy already indexed is kept"
                report.warnings.append(IngestWarning(file: file.displayName, message: "cannot be read (\(error.localizedDescription)); \(kept)"))
                continue
            }
            var file = file
            if case .success(let now) = CorpusScanner().describe(file.path, displayName: file.displayName),
               now.size != file.size || now.modified != file.modified {
                report.warnings.append(IngestWarning(
                    file: file.displayName, message: "changed while it was being read; the copy read is loaded, and the file is read again next time"))
                file.size = -1
            }
            if let previous, previous.hash == hash, file.size >= 0 {
                try store.touchFile(path: file.path, displayName: file.displayName, size: file.size, modified: file.modified)
                report.filesTouched.append(file.displayName)
                continue
            }
            try load(parser, into: StoredFile(
                path: file.path, displayName: file.displayName, size: file.size, modified: file.modified, hash: hash,
                format: parser.format.rawValue, coverage: nil), report: &report)
            report.filesIngested.append(file.displayName)
        }
        let keep = Set(files.map(\.path))
        let removed = stored.values.filter { !keep.contains($0.path) }.sorted { $0.path < $1.path }
        try store.removeFiles(removed.map(\.path))
        report.filesRemoved = removed.map(\.displayName)
    }

    /// The file's hash and its decoded text; the raw bytes are let go here, before parsing, so that a large
    /// corpus is not held twice.
    private static func read(_ file: CorpusFile) throws -> (hash: String, parser: SourceParser) {
        let bytes = try file.read()
        return (ArticleIdentity.contentHash(bytes), SourceParser(bytes, file: file.displayName, fileExtension: file.fileExtension))
    }

    /// Results pages are parsed whole, since their coverage goes on the file's record; other formats stream
    /// their articles into the transaction as they are parsed.
    private func load(_ parser: SourceParser, into record: StoredFile, report: inout LoadReport) throws {
        var record = record
        var articleCount = 0
        if parser.format == .resultsPage {
            var prepared: [PreparedArticle] = []
            let parsed = parser.parse(deriving: prepare) { _, batch in prepared += batch }
            record.coverage = parsed.coverage
            try store.replaceFile(record, rates: parsed.rates) { insert in try insert(prepared) }
            report.warnings += parsed.warnings
            articleCount = prepared.count
        } else {
            var warnings: [IngestWarning] = []
            try store.replaceFile(record, rates: []) { insert in
                warnings = try parser.parse(deriving: prepare) { _, batch in
                    try insert(batch)
                    articleCount += batch.count
                }.warnings
            }
            report.warnings += warnings
        }
        report.articlesRead += articleCount
    }
}
