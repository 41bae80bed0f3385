import FolioCore
import GRDB

extension CorpusStore {
    /// Ranks articles matching `query` by bm25, the title weighted ten times the body; ties go to the lower id.
    ///
    /// With `includingNotes`, articles whose notes match are found too.
    /// Dated filters keep only dated articles: `since` compares with an article's first day, `until` with it too.
    public func search(
        _ query: SearchQuery, in column: SearchColumn? = nil, since: PublicationDate? = nil, until: PublicationDate? = nil,
        includingNotes: Bool = false, limit: Int = 10, offset: Int = 0
    ) throws -> SearchResults {
        let match = FTS5Expression.compile(query, column: column)
        let noteMatch = FTS5Expression.compile(query)
        let (filter, filterArguments) = Self.dateFilter(since: since, until: until)
        let notesPart = includingNotes ? """
            UNION ALL
            SELECT a.seq, 0.0 FROM note n JOIN article a ON a.id = n.articleId
            WHERE n.id IN (SELECT rowid FROM note_fts WHERE note_fts MATCH ?)
            """ : ""
        let matched = """
            WITH matched(seq, score) AS MATERIALIZED (
                SELECT rowid, round(-bm25(article_fts, 10.0, 1.0), 2) FROM article_fts WHERE article_fts MATCH ?
                \(notesPart)
            ),
            best AS MATERIALIZED (SELECT seq, max(score) AS score FROM matched GROUP BY seq)
            """
        let matchArguments: [DatabaseValueConvertible?] = includingNotes ? [match, noteMatch] : [match]
        return try read("searching") { db in
            let total = !includingNotes
                ? try Int.fetchOne(
                    db,
                    sql: filter.isEmpty
                        ? "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?"
                        : "SELECT count(*) FROM article_fts JOIN article a ON a.seq = article_fts.rowid WHERE article_fts MATCH ?\(filter)",
                    arguments: StatementArguments([match] + filterArguments)) ?? 0
                : try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM article a WHERE a.seq IN (
                        SELECT rowid FROM article_fts WHERE article_fts MATCH ?
                        \(includingNotes ? "UNION SELECT a.seq FROM note n JOIN article a ON a.id = n.articleId WHERE n.id IN (SELECT rowid FROM note_fts WHERE note_fts MATCH ?)" : "")
                    )\(filter)
                    """,
                arguments: StatementArguments(matchArguments + filterArguments)) ?? 0
            let rows = includingNotes ? try Row.fetchAll(
                db,
                sql: """
                    \(matched)
                    SELECT a.seq, a.id, a.ref, a.title, a.date, a.isExcerpt, best.score
                    FROM best JOIN article a ON a.seq = best.seq
                    WHERE 1\(filter)
                    ORDER BY best.score DESC, a.id
                    LIMIT ? OFFSET ?
                    """,
                arguments: StatementArguments(matchArguments + filterArguments + [limit, offset]))
                : try Row.fetchAll(
                    db,
                    sql: """
                        SELECT a.seq, a.id, a.ref, a.title, a.date, a.isExcerpt, round(-bm25(article_fts, 10.0, 1.0), 2) AS score
                        FROM article_fts JOIN article a ON a.seq = article_fts.rowid
                        WHERE article_fts MATCH ?\(filter)
                        ORDER BY score DESC, a.id
                        LIMIT ? OFFSET ?
                        """,
                    arguments: StatementArguments([match] + filterArguments + [limit, offset]))
            let snippets = try Self.snippets(db, match: match, seqs: rows.map { $0["seq"] as Int64 })
            let hits = rows.enumerated().map { index, row in
                SearchHit(
                    rank: offset + index + 1, id: ArticleID(hex: row["id"]), ref: row["ref"], title: row["title"],
                    date: (row["date"] as String?).flatMap(PublicationDate.init(parsing:)), isExcerpt: row["isExcerpt"],
                    score: row["score"], snippet: snippets[row["seq"] as Int64] ?? "(matched by a note)")
            }
            return SearchResults(total: total, hits: hits)
        }
    }

    /// Snippets for one page of results only: computing them for every match would cost more than the search.
    private static func snippets(_ db: Database, match: String, seqs: [Int64]) throws -> [Int64: String] {
        guard !seqs.isEmpty else { return [:] }
        let placeholders = Array(repeating: "?", count: seqs.count).joined(separator: ", ")
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT rowid, snippet(article_fts, 1, char(2), char(3), '…', 24) AS snippet
                FROM article_fts WHERE article_fts MATCH ? AND rowid IN (\(placeholders))
                """,
            arguments: StatementArguments([match] + seqs))
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["rowid"] as Int64, $0["snippet"] as String) })
    }
}

extension CorpusStore {
    /// The conditions that keep articles (`a`) dated from `since` to `until`, and their arguments.
    static func dateFilter(since: PublicationDate?, until: PublicationDate?) -> (sql: String, arguments: [DatabaseValueConvertible?]) {
        var sql = ""
        var arguments: [DatabaseValueConvertible?] = []
        if let since {
            sql += " AND a.dateStart >= ?"
            arguments.append(since.firstDay)
        }
        if let until {
            sql += " AND a.dateStart <= ?"
            arguments.append(until.lastDay)
        }
        return (sql, arguments)
    }
}
