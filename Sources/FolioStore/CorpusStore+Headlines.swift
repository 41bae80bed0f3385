import FolioCore
import GRDB

extension CorpusStore {
    /// The metadata field that keeps a saved page's headline as the page gives it, once the site's name that
    /// its neighbours repeat is taken off its title.
    public static let pageTitleField = "page title"

    /// A saved page's stored headline, with what groups it with the other pages of its site.
    public struct PageHeadline: Sendable {
        public var id: ArticleID
        public var title: String
        /// The headline as the page alone gives it.
        public var pageTitle: String
        public var url: String?
        /// The first file that holds the page.
        public var path: String
    }

    /// The headlines of the articles read from saved web pages, in article order.
    public func pageHeadlines() throws -> [PageHeadline] {
        try read("reading headlines") { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, a.title, a.url, a.metadata, min(s.path) AS path
                FROM article a JOIN articleSource s ON s.article = a.seq JOIN sourceFile f ON f.path = s.path
                WHERE f.format = 'html' GROUP BY a.seq ORDER BY a.seq
                """).map { row in
                let title: String = row["title"]
                return PageHeadline(
                    id: ArticleID(hex: row["id"]), title: title,
                    pageTitle: Self.decodeMetadata(row["metadata"])[Self.pageTitleField] ?? title, url: row["url"], path: row["path"])
            }
        }
    }

    /// Gives articles new titles, each with the analysis of its new text, in one transaction: the search index,
    /// the entities and the dates follow the title.
    public func retitle(_ changes: [(article: Article, analysis: ArticleAnalysis)]) throws {
        guard !changes.isEmpty else { return }
        try write("storing headlines") { db in
            var entities: [EntityKey: Int64] = [:]
            for (article, analysis) in changes {
                guard let row = try Row.fetchOne(db, sql: "SELECT seq, title, body FROM article WHERE id = ?", arguments: [article.id.hex]) else { continue }
                let seq: Int64 = row["seq"], body: String = row["body"]
                try db.execute(
                    sql: "INSERT INTO article_fts (article_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)", arguments: [seq, row["title"] as String, body])
                try db.execute(
                    sql: "UPDATE article SET title = ?, metadata = ? WHERE seq = ?",
                    arguments: [article.title, Self.encodeMetadata(article.metadata), seq])
                try db.execute(sql: "INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)", arguments: [seq, article.title, body])
                try db.execute(sql: "DELETE FROM mention WHERE article = ?", arguments: [seq])
                try db.execute(sql: "DELETE FROM acronym WHERE articleId = ?", arguments: [article.id.hex])
                try db.execute(sql: "DELETE FROM timeEvent WHERE article = ?", arguments: [seq])
                try Self.insertEvents([(seq, analysis.events)], db)
                try Self.insertEntities([(seq, analysis)], entities: &entities, db)
            }
        }
    }
}
