import FolioCore
import GRDB

extension CorpusStore {
    /// Every article id, sorted.
    public func articleIDs() throws -> [ArticleID] {
        try read("listing ids") { db in
            try String.fetchAll(db, sql: "SELECT id FROM article ORDER BY id").map(ArticleID.init(hex:))
        }
    }

    /// The one article whose id starts with `prefix`.
    /// - Throws: ``StoreError/noSuchArticle(prefix:)`` or ``StoreError/ambiguousArticle(prefix:candidates:)``.
    public func resolve(prefix: String) throws -> ArticleID {
        let lower = prefix.lowercased()
        let matches = try read("finding an article") { db in
            try String.fetchAll(
                db, sql: "SELECT id FROM article WHERE id >= ? AND id < ? ORDER BY id LIMIT 6",
                arguments: [lower, lower + "g"])
        }
        guard let first = matches.first else { throw StoreError.noSuchArticle(prefix: prefix) }
        guard matches.count == 1 else {
            let length = max(ArticleID.minimumDisplayLength, lower.count + 2)
            throw StoreError.ambiguousArticle(prefix: prefix, candidates: matches.prefix(5).map { String($0.prefix(length)) })
        }
        return ArticleID(hex: first)
    }

    /// The article with `id`, with the display names of its sources.
    public func article(_ id: ArticleID) throws -> ArticleDetail {
        try read("reading an article") { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM article WHERE id = ?", arguments: [id.hex]) else {
                throw StoreError.noSuchArticle(prefix: id.hex)
            }
            let sources = try String.fetchAll(
                db,
                sql: """
                    SELECT f.displayName FROM articleSource s JOIN sourceFile f ON f.path = s.path
                    WHERE s.article = ? ORDER BY f.displayName
                    """,
                arguments: [row["seq"] as Int64])
            return ArticleDetail(article: Self.article(from: row), sources: sources)
        }
    }

    static func article(from row: Row) -> Article {
        Article(
            id: ArticleID(hex: row["id"]), ref: row["ref"], title: row["title"], body: row["body"],
            date: (row["date"] as String?).flatMap(PublicationDate.init(parsing:)), url: row["url"], source: row["source"],
            isExcerpt: row["isExcerpt"], metadata: decodeMetadata(row["metadata"]))
    }

    /// The distinct currency quotes, by pair, then rate and change.
    public func rates() throws -> [RateQuote] {
        try read("reading rates") { db in
            try Row.fetchAll(db, sql: "SELECT DISTINCT pair, rate, change FROM rate ORDER BY pair, rate, change").map {
                RateQuote(pair: $0["pair"], rate: $0["rate"], change: $0["change"])
            }
        }
    }

    /// How many articles and source files the workspace holds.
    public func counts() throws -> (articles: Int, sources: Int) {
        try read("counting the corpus") { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0, try Int.fetchOne(db, sql: "SELECT count(*) FROM sourceFile") ?? 0)
        }
    }

    /// Counts for `stats`.
    public func statistics() throws -> CorpusStatistics {
        try read("counting the corpus") { db in
            let counts = try Row.fetchOne(db, sql: """
                SELECT count(*) AS articles, coalesce(sum(isExcerpt), 0) AS excerpts, count(date) AS dated,
                       min(date) AS earliest, max(date) AS latest
                FROM article
                """)!
            let sources = try Int.fetchOne(db, sql: "SELECT count(*) FROM sourceFile") ?? 0
            let rates = try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT DISTINCT pair, rate, change FROM rate)") ?? 0
            let spans = try Row.fetchAll(db, sql: "SELECT coverageFrom, coverageTo, coverageOf FROM sourceFile WHERE coverageOf IS NOT NULL")
                .compactMap(Self.coverage)
            var statistics = CorpusStatistics(
                articles: counts["articles"], sources: sources, excerpts: counts["excerpts"], datedArticles: counts["dated"],
                earliest: (counts["earliest"] as String?).flatMap(PublicationDate.init(parsing:)),
                latest: (counts["latest"] as String?).flatMap(PublicationDate.init(parsing:)),
                coverage: Coverage.merge(spans), rates: rates, indexBytes: try Self.indexBytes(db))
            statistics.mergedExcerpts = try Int.fetchOne(db, sql: "SELECT count(*) FROM articleSource WHERE merged = 1") ?? 0
            return statistics
        }
    }

    /// Bytes used by the FTS5 index's tables, or by the whole database where `dbstat` is not compiled in.
    private static func indexBytes(_ db: Database) throws -> Int {
        if let bytes = try? Int.fetchOne(db, sql: "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'article_fts%'") {
            return bytes
        }
        let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
        let size = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0
        return pages * size
    }
}
