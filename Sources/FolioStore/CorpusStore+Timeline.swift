import FolioCore
import GRDB

extension CorpusStore {
    /// Stores events; an article already indexed from another file keeps the events it has.
    static func insertEvents(_ events: [TimeEvent], _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO timeEvent (articleId, offset, length, text, value, start, end, granularity, sentenceStart, sentenceLength)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for event in events {
            let expression = event.expression
            statement.setUncheckedArguments([
                event.article.hex, expression.offset, expression.length, expression.text, expression.value, expression.start,
                expression.end, expression.granularity.rawValue, expression.offset - event.sentenceOffset,
                event.sentenceLength,
            ])
            try statement.execute()
        }
    }

    /// Replaces one article's events, as after its publication date changes.
    public func replaceEvents(of article: ArticleID, with events: [TimeEvent]) throws {
        try write("storing dates") { db in
            try db.execute(sql: "DELETE FROM timeEvent WHERE articleId = ?", arguments: [article.hex])
            try Self.insertEvents(events, db)
        }
    }

    /// Sets an article's publication date.
    public func setDate(_ date: PublicationDate, of article: ArticleID) throws {
        try write("setting the date") { db in
            try db.execute(
                sql: "UPDATE article SET date = ?, dateStart = ?, dateEnd = ? WHERE id = ?",
                arguments: [date.iso, date.firstDay, date.lastDay, article.hex])
        }
    }

    /// Events in chronological order (start, then article id, then offset); events of unknown year last.
    /// `articles`, when given, keeps only the events of those articles.
    public func timeline(from: String? = nil, to: String? = nil, articles: Set<ArticleID>? = nil) throws -> [TimelineEntry] {
        try read("reading the timeline") { db in
            var sql = """
                SELECT e.*, a.title, a.ref, substr(a.body, e.sentenceStart + 1, e.sentenceLength) AS sentence
                FROM timeEvent e JOIN article a ON a.id = e.articleId WHERE 1
                """
            var arguments: [DatabaseValueConvertible?] = []
            if let from {
                sql += " AND e.end >= ?"
                arguments.append(from)
            }
            if let to {
                sql += " AND e.start <= ?"
                arguments.append(to)
            }
            if let articles {
                sql += " AND e.articleId IN (SELECT value FROM json_each(?))"
                arguments.append(JSONText.array(articles.map(\.hex).sorted()))
            }
            sql += " ORDER BY e.start IS NULL, e.start, e.end, e.articleId, e.offset"
            // substr counts code points, as the stored offsets do, so the sentence comes out whole from SQLite.
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                let id = ArticleID(hex: row["articleId"])
                let sentenceStart: Int = row["sentenceStart"]
                let sentence: String = row["sentence"] ?? ""
                let expression = TimeExpression(
                    offset: row["offset"], length: row["length"], text: row["text"], value: row["value"], start: row["start"],
                    end: row["end"], granularity: TimeExpression.Granularity(rawValue: row["granularity"]) ?? .day)
                return TimelineEntry(
                    event: TimeEvent(
                        article: id, expression: expression, sentence: sentence, sentenceOffset: expression.offset - sentenceStart,
                        sentenceLength: row["sentenceLength"]),
                    title: row["title"], ref: row["ref"])
            }
        }
    }

    /// The ids of every article matching `query`, for `timeline --article`.
    public func articleIDs(matching query: SearchQuery) throws -> Set<ArticleID> {
        try read("searching") { db in
            Set(try String.fetchAll(
                db, sql: "SELECT a.id FROM article_fts JOIN article a ON a.seq = article_fts.rowid WHERE article_fts MATCH ?",
                arguments: [FTS5Expression.compile(query)]).map(ArticleID.init(hex:)))
        }
    }
}
