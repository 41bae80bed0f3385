import FolioCore
import GRDB

extension CorpusStore {
    /// Stores events by article seq; an article already indexed from another file keeps the events it has.
    static func insertEvents(_ events: [(article: Int64, events: [TimeEvent])], _ db: Database) throws {
        var insert = try RowInserter(db, sql: """
            INSERT OR IGNORE INTO timeEvent (article, offset, length, value, start, end, granularity, sentenceStart, sentenceLength)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (article, articleEvents) in events {
            for event in articleEvents {
                let expression = event.expression
                insert.bind(article)
                insert.bind(expression.offset)
                insert.bind(expression.length)
                insert.bind(expression.value)
                insert.bind(expression.start)
                insert.bind(expression.end)
                insert.bind(expression.granularity.rawValue)
                insert.bind(expression.offset - event.sentenceOffset)
                insert.bind(event.sentenceLength)
                try insert.run()
            }
        }
    }

    /// Replaces one article's events, as after its publication date changes.
    public func replaceEvents(of article: ArticleID, with events: [TimeEvent]) throws {
        try write("storing dates") { db in
            guard let seq = try Int64.fetchOne(db, sql: "SELECT seq FROM article WHERE id = ?", arguments: [article.hex]) else { return }
            try db.execute(sql: "DELETE FROM timeEvent WHERE article = ?", arguments: [seq])
            try Self.insertEvents([(seq, events)], db)
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
    /// `articles`, when given, keeps only the events of those articles; `sentences`, when given, keeps only the
    /// events whose sentence it accepts, before the rest of the event is read.
    public func timeline(
        from: String? = nil, to: String? = nil, articles: Set<ArticleID>? = nil, sentences: ((String) -> Bool)? = nil
    ) throws -> [TimelineEntry] {
        try read("reading the timeline") { db in
            // substr counts code points, as the stored offsets do, so the sentence comes out whole from SQLite.
            var sql = """
                SELECT substr(a.body, e.sentenceStart + 1, e.sentenceLength), a.id, e.offset, e.length,
                       substr(a.body, e.offset + 1, e.length), e.value,
                       e.start, e.end, e.granularity, e.sentenceStart, e.sentenceLength, a.title, a.ref
                FROM timeEvent e JOIN article a ON a.seq = e.article WHERE 1
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
                sql += " AND e.article IN (SELECT seq FROM article WHERE id IN (SELECT value FROM json_each(?)))"
                arguments.append(JSONText.array(articles.map(\.hex).sorted()))
            }
            sql += " ORDER BY e.start IS NULL, e.start, e.end, a.id, e.offset"
            var entries: [TimelineEntry] = []
            let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
            while let row = try rows.next() {
                let sentence: String = row[0] ?? ""
                if let sentences, !sentences(sentence) { continue }
                let offset: Int = row[2]
                let expression = TimeExpression(
                    offset: offset, length: row[3], text: row[4], value: row[5], start: row[6], end: row[7],
                    granularity: TimeExpression.Granularity(rawValue: row[8]) ?? .day)
                entries.append(TimelineEntry(
                    event: TimeEvent(
                        article: ArticleID(hex: row[1]), expression: expression, sentence: sentence,
                        sentenceOffset: offset - (row[9] as Int), sentenceLength: row[10]),
                    title: row[11], ref: row[12]))
            }
            return entries
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
