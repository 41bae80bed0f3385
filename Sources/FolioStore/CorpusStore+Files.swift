import Foundation
import FolioCore
import GRDB

extension CorpusStore {
    /// Every file the workspace holds, by path.
    public func storedFiles() throws -> [String: StoredFile] {
        try read("reading the file list") { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM sourceFile")
            var files: [String: StoredFile] = [:]
            for row in rows {
                let file = StoredFile(
                    path: row["path"], displayName: row["displayName"], size: row["size"], modified: row["modified"],
                    hash: row["hash"], format: row["format"], coverage: Self.coverage(row), source: row["source"])
                files[file.path] = file
            }
            return files
        }
    }

    /// Replaces everything a file contributed with `articles`, `rates` and its coverage, in one transaction.
    public func replaceFile(_ file: StoredFile, articles: [Article], rates: [RateQuote], analyses: [ArticleAnalysis] = []) throws {
        let prepared = articles.enumerated().map { index, article in
            PreparedArticle(article, analysis: index < analyses.count ? analyses[index] : nil)
        }
        try replaceFile(file, rates: rates) { insert in try insert(prepared) }
    }

    /// Replaces a file's contribution with articles that `fill` hands over in batches, in one transaction of its own.
    public func replaceFile(
        _ file: StoredFile, rates: [RateQuote], warnings: [IngestWarning] = [],
        articles fill: (_ insert: ([PreparedArticle]) throws -> Void) throws -> Void
    ) throws {
        try writeFiles { writer in try writer.replace(file, rates: rates, warnings: warnings, articles: fill) }
    }

    /// Records a new size and time for a file whose content did not change.
    public func touchFile(path: String, displayName: String, size: Int64, modified: Int64, source: String? = nil) throws {
        try writeFiles { writer in try writer.touch(path: path, displayName: displayName, size: size, modified: modified, source: source) }
    }

    /// Removes files and, with them, the articles no other file holds.
    public func removeFiles(_ paths: [String]) throws {
        guard !paths.isEmpty else { return }
        try write("removing files") { db in
            for path in paths {
                try db.execute(sql: "DELETE FROM sourceFile WHERE path = ?", arguments: [path])
            }
            try Self.removeOrphans(db)
        }
    }

    static func removeOrphans(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM article WHERE NOT EXISTS (SELECT 1 FROM articleSource s WHERE s.article = article.seq)")
    }

    static func encodeMetadata(_ metadata: [String: String]) -> String? {
        metadata.isEmpty ? nil : JSONText.object(metadata)
    }

    static func decodeMetadata(_ text: String?) -> [String: String] {
        guard let text, let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String] else { return [:] }
        return object
    }

    static func coverage(_ row: Row) -> Coverage? {
        guard let from: Int = row["coverageFrom"], let to: Int = row["coverageTo"], let of: Int = row["coverageOf"] else { return nil }
        return Coverage(from: from, to: to, of: of)
    }
}
