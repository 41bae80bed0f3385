import FolioCore
import GRDB

/// Writes files' contributions inside one transaction of ``CorpusStore/writeFiles(_:)``: several small files
/// share a transaction, and each is either wholly replaced or not at all, since the transaction is.
public struct FileWriter {
    let db: Database
    /// Entity ids seen in this transaction.
    var entities: [CorpusStore.EntityKey: Int64] = [:]
    /// The leads of the excerpts held, so that a full article asks for its excerpts only when there may be one.
    var excerptLeads: Set<Int64>
    /// Excerpts merged into their full article so far in this transaction.
    public private(set) var merged = 0
    /// Articles after this seq are not yet in the search index: they join it in one statement before anything is
    /// deleted and when the transaction ends, since FTS5 writes its pending terms out at every later statement.
    private var unindexedAfter: Int64?
    private var unindexed = 0
    /// The articles the file being replaced held before: read again, they take the new reading's analysis.
    private var held: Set<Int64> = []
    /// Articles held back from the search index at most: a large file's batches join it as they come, so that
    /// SQLite indexes while the workers parse the next ones.
    static let indexingBatch = 2_000
    /// Whether any article was unloaded by id, so that stored articles must be checked against the list.
    private let hasUnloaded: Bool

    init(_ db: Database, excerptLeads: Set<Int64>?) throws {
        self.db = db
        self.excerptLeads = try excerptLeads ?? Set(Int64.fetchAll(db, sql: "SELECT lead FROM article WHERE isExcerpt = 1 AND lead IS NOT NULL"))
        hasUnloaded = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM unloaded WHERE id != '')") ?? true
    }

    /// Replaces everything a file contributed with the articles `fill` hands over in batches, with what ingest
    /// derived from them, its rates, its coverage and the warnings it raised. Articles already held from another
    /// file are kept once with this file added to their sources; articles left with no source are removed.
    /// Returns the number of articles the file gave. A file the store never held (`isNew`) has nothing to replace.
    @discardableResult
    public mutating func replace(
        _ file: StoredFile, isNew: Bool = false, rates: [RateQuote], warnings: [IngestWarning],
        articles fill: (_ insert: ([PreparedArticle]) throws -> Void) throws -> Void
    ) throws -> Int {
        var held: [Int64] = []
        if !isNew {
            held = try Int64.fetchAll(db.cachedStatement(sql: "SELECT article FROM articleSource WHERE path = ?"), arguments: [file.path])
            self.held = Set(held)
            try db.cachedStatement(sql: "DELETE FROM articleSource WHERE path = ?").execute(arguments: [file.path])
            try db.cachedStatement(sql: "DELETE FROM rate WHERE path = ?").execute(arguments: [file.path])
            try db.cachedStatement(sql: "DELETE FROM loadWarning WHERE path = ?").execute(arguments: [file.path])
        }
        try db.cachedStatement(
            sql: """
                INSERT INTO sourceFile (path, displayName, size, modified, hash, format, coverageFrom, coverageTo, coverageOf, source)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(path) DO UPDATE SET displayName = excluded.displayName, size = excluded.size,
                    modified = excluded.modified, hash = excluded.hash, format = excluded.format,
                    coverageFrom = excluded.coverageFrom, coverageTo = excluded.coverageTo, coverageOf = excluded.coverageOf,
                    source = excluded.source
                """).execute(
            arguments: [file.path, file.displayName, file.size, file.modified, file.hash, file.format,
                        file.coverage?.from, file.coverage?.to, file.coverage?.of, file.source])
        let insertRate = try db.cachedStatement(sql: "INSERT INTO rate (path, position, pair, rate, change) VALUES (?, ?, ?, ?, ?)")
        for (position, quote) in rates.enumerated() {
            try insertRate.execute(arguments: [file.path, position, quote.pair, quote.rate, quote.change])
        }
        let insertWarning = try db.cachedStatement(sql: "INSERT INTO loadWarning (path, position, line, message) VALUES (?, ?, ?, ?)")
        for (position, warning) in warnings.enumerated() {
            try insertWarning.execute(arguments: [file.path, position, warning.line, warning.message])
        }
        var position = 0
        try fill { batch in
            let excluded = !hasUnloaded ? [] : Set(try String.fetchAll(
                db.cachedStatement(sql: "SELECT id FROM unloaded WHERE id IN (SELECT value FROM json_each(?))"),
                arguments: [JSONText.array(batch.map(\.id))]))
            let kept = excluded.isEmpty ? batch : batch.filter { !excluded.contains($0.id) }
            let stored = try insert(kept, from: file.path, startingAt: position)
            try CorpusStore.removeAnalyses(of: stored.filter { self.held.contains($0.seq) }.map { ($0.seq, $0.article.id) }, db)
            try CorpusStore.insertEvents(stored.map { ($0.seq, $0.article.analysis.events) }, db)
            try CorpusStore.insertEntities(stored.map { ($0.seq, $0.article.analysis) }, entities: &entities, db)
            position += batch.count
            unindexed += stored.count
            if unindexed >= Self.indexingBatch { try indexArticles() }
        }
        if !held.isEmpty {
            try indexArticles()
            try CorpusStore.removeOrphans(db, among: held)
        }
        self.held = []
        return position
    }

    /// Replaces the warnings a file raised, for a file whose warnings are known only once it has streamed in.
    public func replaceWarnings(of path: String, with warnings: [IngestWarning]) throws {
        try db.execute(sql: "DELETE FROM loadWarning WHERE path = ?", arguments: [path])
        let insert = try db.cachedStatement(sql: "INSERT INTO loadWarning (path, position, line, message) VALUES (?, ?, ?, ?)")
        for (position, warning) in warnings.enumerated() { try insert.execute(arguments: [path, position, warning.line, warning.message]) }
    }

    /// Records a new size and time for a file whose content did not change.
    public func touch(path: String, displayName: String, size: Int64, modified: Int64, source: String?) throws {
        try db.execute(
            sql: "UPDATE sourceFile SET size = ?, modified = ?, displayName = ?, source = coalesce(?, source) WHERE path = ?",
            arguments: [size, modified, displayName, source, path])
    }

    /// Inserts `articles`, merges them into the copies already held, or into the full article an excerpt begins;
    /// returns those newly stored, and those the file held before, with their seqs, for their events and mentions.
    private mutating func insert(_ articles: [PreparedArticle], from path: String, startingAt firstPosition: Int) throws -> [(seq: Int64, article: PreparedArticle)] {
        if unindexedAfter == nil {
            unindexedAfter = try Int64.fetchOne(db, sql: "SELECT coalesce(max(seq), 0) FROM article") ?? 0
        }
        var insertArticle = try RowInserter(db, sql: """
            INSERT INTO article (id, ref, title, body, date, dateStart, dateEnd, url, source, isExcerpt, metadata, lead)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING
            """)
        let merge = try db.cachedStatement(sql: """
            UPDATE article SET
                ref = coalesce(ref, ?), date = coalesce(date, ?), dateStart = coalesce(dateStart, ?),
                dateEnd = coalesce(dateEnd, ?), url = coalesce(url, ?), source = coalesce(source, ?)
            WHERE id = ? RETURNING seq
            """)
        var insertSource = try RowInserter(db, sql: "INSERT OR IGNORE INTO articleSource (article, path, position, merged) VALUES (?, ?, ?, ?)")
        var stored: [(seq: Int64, article: PreparedArticle)] = []
        stored.reserveCapacity(articles.count)
        for (index, article) in articles.enumerated() {
            var seq: Int64
            var isMerged = false
            if article.isExcerpt, let lead = article.lead, let full = try fullArticle(beginningWith: article, lead: lead) {
                seq = full
                isMerged = true
                merged += 1
            } else {
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
                insertArticle.bind(article.lead)
                try insertArticle.run()
                seq = db.lastInsertedRowID
                if db.changesCount == 0 {
                    let arguments: StatementArguments = [
                        article.ref, article.date, article.dateStart, article.dateEnd, article.url, article.source, article.id,
                    ]
                    guard let existing = try Int64.fetchOne(merge, arguments: arguments) else {
                        throw DatabaseError(resultCode: .SQLITE_INTERNAL, message: "an article vanished while it was merged")
                    }
                    seq = existing
                    // Read again from the same file, perhaps by newer taggers: its analysis is this reading's.
                    if held.contains(existing) { stored.append((existing, article)) }
                } else {
                    stored.append((seq, article))
                    if let lead = article.lead {
                        if article.isExcerpt {
                            excerptLeads.insert(lead)
                        } else if excerptLeads.contains(lead) {
                            try absorbExcerpts(into: seq, article: article, lead: lead)
                        }
                    }
                }
            }
            insertSource.bind(seq)
            insertSource.bind(path)
            insertSource.bind(firstPosition + index)
            insertSource.bind(isMerged)
            try insertSource.run()
        }
        return stored
    }

    /// Adds the articles stored since the last call to the search index.
    mutating func indexArticles() throws {
        guard let after = unindexedAfter else { return }
        try db.execute(sql: "INSERT INTO article_fts (rowid, title, body) SELECT seq, title, body FROM article WHERE seq > ?", arguments: [after])
        unindexedAfter = nil
        unindexed = 0
    }

    /// The full article already held whose text the excerpt begins.
    private func fullArticle(beginningWith excerpt: PreparedArticle, lead: Int64) throws -> Int64? {
        let text = ExcerptLead.normalized(excerpt.body, dropsEllipsis: true)
        for row in try Row.fetchAll(db, sql: "SELECT seq, body FROM article WHERE lead = ? AND isExcerpt = 0 ORDER BY seq", arguments: [lead]) {
            if ExcerptLead.normalized(row[1], dropsEllipsis: false).hasPrefix(text) { return row[0] }
        }
        return nil
    }

    /// Merges the excerpts held that begin a new full article into it: their sources and notes move to it.
    private mutating func absorbExcerpts(into seq: Int64, article: PreparedArticle, lead: Int64) throws {
        let text = ExcerptLead.normalized(article.body, dropsEllipsis: false)
        for row in try Row.fetchAll(db, sql: "SELECT seq, id, body FROM article WHERE lead = ? AND isExcerpt = 1 ORDER BY seq", arguments: [lead]) {
            guard text.hasPrefix(ExcerptLead.normalized(row[2], dropsEllipsis: true)) else { continue }
            let excerpt: Int64 = row[0], id: String = row[1]
            try indexArticles()
            try db.execute(sql: """
                INSERT OR IGNORE INTO articleSource (article, path, position, merged) SELECT ?, path, position, 1 FROM articleSource WHERE article = ?
                """, arguments: [seq, excerpt])
            try db.execute(sql: "UPDATE note SET articleId = ? WHERE articleId = ?", arguments: [article.id, id])
            try db.execute(sql: "DELETE FROM articleSource WHERE article = ?", arguments: [excerpt])
            try db.execute(sql: "DELETE FROM article WHERE seq = ?", arguments: [excerpt])
            merged += 1
        }
    }
}

extension CorpusStore {
    /// Runs `body` in one write transaction with a ``FileWriter``: all its files change, or none.
    /// The excerpts' leads are read once and kept while this store makes them, so that a load of many small
    /// transactions does not read them again each time.
    public func writeFiles<T>(_ body: (inout FileWriter) throws -> T) throws -> T {
        var leads: Set<Int64>?
        defer { excerptLeads = leads }
        return try write("loading files") { db in
            var writer = try FileWriter(db, excerptLeads: excerptLeads)
            let result = try body(&writer)
            try writer.indexArticles()
            leads = writer.excerptLeads
            return result
        }
    }
}
