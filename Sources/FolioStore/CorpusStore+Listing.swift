import FolioCore
import GRDB

extension CorpusStore {
    /// Articles, all or those a query matches, filtered by date and by the file or folder they came from, in
    /// `order`, with the number there are in all.
    public func listArticles(
        matching query: SearchQuery? = nil, since: PublicationDate? = nil, until: PublicationDate? = nil, source: String? = nil,
        order: ArticleOrder = .date, limit: Int, offset: Int = 0
    ) throws -> (total: Int, articles: [ArticleListing]) {
        var (filter, arguments) = Self.dateFilter(since: since, until: until)
        if let query {
            filter += " AND a.seq IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)"
            arguments.append(FTS5Expression.compile(query))
        }
        if let source {
            let trimmed = source.hasSuffix("/") ? String(source.dropLast()) : source
            filter += """
                 AND EXISTS (SELECT 1 FROM articleSource s JOIN sourceFile f ON f.path = s.path WHERE s.article = a.seq
                    AND (f.displayName = ? OR substr(f.displayName, 1, ?) = ? OR f.path = ? OR substr(f.path, 1, ?) = ?))
                """
            arguments += [trimmed, trimmed.count + 1, trimmed + "/", trimmed, trimmed.count + 1, trimmed + "/"]
        }
        let ordering: String
        switch order {
        case .date: ordering = "a.dateStart IS NULL, a.dateStart DESC, a.id"
        case .title: ordering = "a.title COLLATE NOCASE, a.id"
        case .id: ordering = "a.id"
        }
        return try read("listing articles") { db in
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM article a WHERE 1\(filter)", arguments: StatementArguments(arguments)) ?? 0
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.id, a.ref, a.title, a.date, a.isExcerpt, a.body,
                       (SELECT f.displayName FROM articleSource s JOIN sourceFile f ON f.path = s.path WHERE s.article = a.seq
                        ORDER BY f.displayName LIMIT 1) AS file
                FROM article a WHERE 1\(filter) ORDER BY \(ordering) LIMIT ? OFFSET ?
                """, arguments: StatementArguments(arguments + [limit, offset]))
            let articles = rows.map { row in
                let body: String = row["body"]
                return ArticleListing(
                    id: ArticleID(hex: row["id"]), ref: row["ref"], title: row["title"],
                    date: (row["date"] as String?).flatMap(PublicationDate.init(parsing:)), source: row["file"], isExcerpt: row["isExcerpt"],
                    words: body.split(whereSeparator: \.isWhitespace).count)
            }
            return (total, articles)
        }
    }
}
