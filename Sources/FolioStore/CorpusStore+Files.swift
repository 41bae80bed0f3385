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
                    hash: row["hash"], format: row["format"], coverage: Self.coverage(row))
                files[file.path] = file
            }
            return files
        }
    }

    /// Replaces everything a file contributed with `articles`, `rates` and its coverage, in one transaction.
    ///
    /// Articles already held from another file are kept once, with this file added to their sources;
    /// articles left with no source are removed.
    public func replaceFile(_ file: StoredFile, articles: [Article], rates: [RateQuote], analyses: [ArticleAnalysis] = []) throws {
        let prepared = articles.enumerated().map { index, article in
            PreparedArticle(article, analysis: index < analyses.count ? analyses[index] : nil)
        }
        try replaceFile(file, rates: rates) { insert in try insert(prepared) }
    }

    /// Replaces a file's contribution with articles that `fill` hands over in batches, with what ingest derived
    /// from them (dated events, entity mentions, acronyms), all in one transaction.
    ///
    /// Each batch is indexed in one FTS5 statement, so parsing can run ahead on other cores while earlier
    /// batches are stored. If `fill` throws, nothing of the file changes.
    public func replaceFile(
        _ file: StoredFile, rates: [RateQuote], articles fill: (_ insert: ([PreparedArticle]) throws -> Void) throws -> Void
    ) throws {
        try write("loading \(file.displayName)") { db in
            try db.execute(sql: "DELETE FROM articleSource WHERE path = ?", arguments: [file.path])
            try db.execute(sql: "DELETE FROM rate WHERE path = ?", arguments: [file.path])
            try db.execute(
                sql: """
                    INSERT INTO sourceFile (path, displayName, size, modified, hash, format, coverageFrom, coverageTo, coverageOf)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(path) DO UPDATE SET displayName = excluded.displayName, size = excluded.size,
                        modified = excluded.modified, hash = excluded.hash, format = excluded.format,
                        coverageFrom = excluded.coverageFrom, coverageTo = excluded.coverageTo, coverageOf = excluded.coverageOf
                    """,
                arguments: [file.path, file.displayName, file.size, file.modified, file.hash, file.format,
                            file.coverage?.from, file.coverage?.to, file.coverage?.of])
            let insertRate = try db.cachedStatement(sql: "INSERT INTO rate (path, position, pair, rate, change) VALUES (?, ?, ?, ?, ?)")
            for (position, quote) in rates.enumerated() {
                try insertRate.execute(arguments: [file.path, position, quote.pair, quote.rate, quote.change])
            }
            var position = 0
            var entities: [EntityKey: Int64] = [:]
            try fill { batch in
                let seqs = try Self.insert(batch, from: file.path, startingAt: position, db)
                try Self.insertEvents(zip(seqs, batch).map { ($0, $1.analysis.events) }, db)
                try Self.insertEntities(zip(seqs, batch).map { ($0, $1.analysis) }, entities: &entities, db)
                position += batch.count
            }
            try Self.removeOrphans(db)
        }
    }

    /// Inserts `articles`, or merges them into the copies already held, and returns their seqs in order.
    private static func insert(_ articles: [PreparedArticle], from path: String, startingAt firstPosition: Int, _ db: Database) throws -> [Int64] {
        let lastSeq = try Int64.fetchOne(db, sql: "SELECT coalesce(max(seq), 0) FROM article") ?? 0
        var insertArticle = try RowInserter(db, sql: """
            INSERT INTO article (id, ref, title, body, date, dateStart, dateEnd, url, source, isExcerpt, metadata)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING
            """)
        let merge = try db.cachedStatement(sql: """
            UPDATE article SET
                ref = coalesce(ref, ?), date = coalesce(date, ?), dateStart = coalesce(dateStart, ?),
                dateEnd = coalesce(dateEnd, ?), url = coalesce(url, ?), source = coalesce(source, ?)
            WHERE id = ? RETURNING seq
            """)
        var insertSource = try RowInserter(db, sql: "INSERT OR IGNORE INTO articleSource (article, path, position) VALUES (?, ?, ?)")
        var seqs: [Int64] = []
        seqs.reserveCapacity(articles.count)
        for (index, article) in articles.enumerated() {
            insertArticle.bind(article.id)
            insertArticle.bind(article.ref)
            insertArticle.bind(article.title)
            insertArticle.bind(article.body)
            insertArticle.bind(article.date)
            insertArticle.bind(article.dateStart)
            insertArticle.bind(article.dateEnd)
            insertArticle.bind(article.url)
            insertArticle.bind(article.source)
            insertArticle.bind(article.isExcerpt)
            insertArticle.bind(article.metadata)
            try insertArticle.run()
            var seq = db.lastInsertedRowID
            if db.changesCount == 0 {
                let arguments: StatementArguments = [
                    article.ref, article.date, article.dateStart, article.dateEnd, article.url, article.source, article.id,
                ]
                guard let merged = try Int64.fetchOne(merge, arguments: arguments) else {
                    throw DatabaseError(resultCode: .SQLITE_INTERNAL, message: "an article vanished while it was merged")
                }
                seq = merged
            }
            insertSource.bind(seq)
            insertSource.bind(path)
            insertSource.bind(firstPosition + index)
            try insertSource.run()
            seqs.append(seq)
        }
        try db.execute(
            sql: "INSERT INTO article_fts (rowid, title, body) SELECT seq, title, body FROM article WHERE seq > ?",
            arguments: [lastSeq])
        return seqs
    }

    /// Records a new size and time for a file whose content did not change.
    public func touchFile(path: String, displayName: String, size: Int64, modified: Int64) throws {
        try write("updating \(displayName)") { db in
            try db.execute(
                sql: "UPDATE sourceFile SET size = ?, modified = ?, displayName = ? WHERE path = ?",
                arguments: [size, modified, displayName, path])
        }
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

    private static func removeOrphans(_ db: Database) throws {
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
