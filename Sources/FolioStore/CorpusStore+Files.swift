import Foundation
import FolioCore
import GRDB

extension CorpusStore {
    /// Every file the workspace holds, by path.
    public func storedFiles() throws -> [String: StoredFile] {
        try read("reading the file list") { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT path, displayName, size, modified, hash, format, coverageFrom, coverageTo, coverageOf, source FROM sourceFile
                """)
            var files: [String: StoredFile] = [:]
            while let row = try rows.next() {
                let coverage: Coverage? = row.hasNull(atIndex: 6) || row.hasNull(atIndex: 7) || row.hasNull(atIndex: 8)
                    ? nil : Coverage(from: row[6], to: row[7], of: row[8])
                let file = StoredFile(
                    path: row[0], displayName: row[1], size: row[2], modified: row[3],
                    hash: row[4], format: row[5], coverage: coverage, source: row[9])
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

    /// Removes those of `seqs` that no file holds any more, without reading the rest of the library.
    static func removeOrphans(_ db: Database, among seqs: [Int64]) throws {
        guard !seqs.isEmpty else { return }
        try db.execute(sql: """
            DELETE FROM article WHERE seq IN (SELECT value FROM json_each(?))
                AND NOT EXISTS (SELECT 1 FROM articleSource s WHERE s.article = article.seq)
            """, arguments: ["[" + seqs.map(String.init).joined(separator: ",") + "]"])
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
