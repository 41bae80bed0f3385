import GRDB

/// Twenty searches, rare and common words, phrases, NOT and prefixes: as typed to `find`, and as the FTS5
/// expression the direct SQL floor runs with MATCH, bm25 and snippet.
enum FindQueries {
    static let all: [(folio: String, fts5: String)] = [
        ("oil", "oil"), ("dollar", "dollar"), ("wheat", "wheat"), ("coffee", "coffee"), ("tin", "tin"),
        ("bank", "bank"), ("said", "said"), ("rubber", "rubber"),
        ("\"interest rates\"", "\"interest rates\""), ("\"trade deficit\"", "\"trade deficit\""), ("\"stock split\"", "\"stock split\""),
        ("opec prices", "opec prices"), ("dollar yen", "dollar yen"), ("coffee brazil", "coffee brazil"),
        ("bank -japan", "bank NOT japan"), ("oil NOT opec", "oil NOT opec"), ("(wheat OR corn) export", "(wheat OR corn) AND export"),
        ("bank*", "bank*"), ("export*", "export*"), ("petro*", "petro*"),
    ]

    /// The floor: total, then the top ten by bm25 (title weighted ten times) with a snippet, straight through SQLite.
    static func runDirect(_ expression: String, in database: DatabaseQueue) throws {
        try database.read { db in
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?", arguments: [expression])
            _ = try Row.fetchAll(db, sql: """
                SELECT a.id, a.title, bm25(article_fts, 10.0, 1.0) AS score, snippet(article_fts, 1, '[', ']', '…', 24)
                FROM article_fts JOIN article a ON a.seq = article_fts.rowid
                WHERE article_fts MATCH ? ORDER BY score, a.id LIMIT 10
                """, arguments: [expression])
        }
    }
}
