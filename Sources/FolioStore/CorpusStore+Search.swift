import FolioCore
import GRDB

extension CorpusStore {
    /// Ranks articles matching `query` by bm25, the title weighted ten times the body; ties go to the lower id.
    ///
    /// Dated filters keep only dated articles: `since` compares with an article's first day, `until` with it too.
    public func search(
        _ query: SearchQuery, in column: SearchColumn? = nil, since: PublicationDate? = nil, until: PublicationDate? = nil,
        limit: Int = 10, offset: Int = 0
    ) throws -> SearchResults {
        let match = FTS5Expression.compile(query, column: column)
        var filter = ""
        var filterArguments: [DatabaseValueConvertible?] = []
        if let since {
            filter += " AND a.dateStart >= ?"
            filterArguments.append(since.firstDay)
        }
        if let until {
            filter += " AND a.dateStart <= ?"
            filterArguments.append(until.lastDay)
        }
        return try read("searching") { db in
            let total = try Int.fetchOne(
                db,
                sql: "SELECT count(*) FROM article_fts JOIN article a ON a.seq = article_fts.rowid WHERE article_fts MATCH ?\(filter)",
                arguments: StatementArguments([match] + filterArguments)) ?? 0
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.id, a.ref, a.title, a.date, a.isExcerpt,
                           round(-bm25(article_fts, 10.0, 1.0), 2) AS score,
                           snippet(article_fts, 1, char(2), char(3), '…', 24) AS snippet
                    FROM article_fts JOIN article a ON a.seq = article_fts.rowid
                    WHERE article_fts MATCH ?\(filter)
                    ORDER BY score DESC, a.id
                    LIMIT ? OFFSET ?
                    """,
                arguments: StatementArguments([match] + filterArguments + [limit, offset]))
            let hits = rows.enumerated().map { index, row in
                SearchHit(
                    rank: offset + index + 1, id: ArticleID(hex: row["id"]), ref: row["ref"], title: row["title"],
                    date: (row["date"] as String?).flatMap(PublicationDate.init(parsing:)), isExcerpt: row["isExcerpt"],
                    score: row["score"], snippet: row["snippet"] ?? "")
            }
            return SearchResults(total: total, hits: hits)
        }
    }
}
