import Foundation
import FolioCore
import GRDB
import GRDBSQLite

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

    /// Each file's size, time, name and source, by path: read at every open, so through SQLite's C interface.
    public func fileStates() throws -> [String: StoredFileState] {
        try read("reading the file list") { db in
            var states: [String: StoredFileState] = [:]
            try RowScanner(db, sql: "SELECT path, displayName, size, modified, source FROM sourceFile", arguments: []).forEachRow { row in
                guard let path = RowScanner.text(row, 0) else { return }
                states[path] = StoredFileState(
                    displayName: RowScanner.text(row, 1) ?? path, size: sqlite3_column_int64(row, 2), modified: sqlite3_column_int64(row, 3),
                    source: RowScanner.text(row, 4))
            }
            return states
        }
    }

    /// How many files the sources hold.
    public func fileCount(ofSources sources: [String]) throws -> Int {
        try read("counting files") { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM sourceFile WHERE source IN (SELECT value FROM json_each(?))",
                             arguments: [JSONText.array(sources)]) ?? 0
        }
    }

    /// The content hashes of the files held among `paths`.
    public func hashes(ofFiles paths: [String]) throws -> [String: String] {
        guard !paths.isEmpty else { return [:] }
        return try read("reading file hashes") { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT path, hash FROM sourceFile WHERE path IN (SELECT value FROM json_each(?))", arguments: [JSONText.array(paths)])
            return Dictionary(rows.map { ($0[0] as String, $0[1] as String) }, uniquingKeysWith: { first, _ in first })
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
        _ = try writeFiles { writer in try writer.replace(file, rates: rates, warnings: warnings, articles: fill) }
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

    /// Removes the events, mentions and acronym definitions of articles about to be analysed again.
    static func removeAnalyses(of articles: [(seq: Int64, id: String)], _ db: Database) throws {
        guard !articles.isEmpty else { return }
        let seqs = seqArray(articles.map(\.seq))
        try db.execute(sql: "DELETE FROM mention WHERE article IN (SELECT value FROM json_each(?))", arguments: [seqs])
        try db.execute(sql: "DELETE FROM timeEvent WHERE article IN (SELECT value FROM json_each(?))", arguments: [seqs])
        try db.execute(sql: "DELETE FROM acronym WHERE articleId IN (SELECT value FROM json_each(?))", arguments: [JSONText.array(articles.map(\.id))])
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
            """, arguments: [seqArray(seqs)])
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
