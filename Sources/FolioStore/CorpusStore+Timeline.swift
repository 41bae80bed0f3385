import FolioCore
import GRDB

extension CorpusStore {
    /// Stores events by article seq; an article already indexed from another file keeps the events it has.
    static func insertEvents(_ events: [(article: Int64, events: [TimeEvent])], _ db: Database) throws {
        var insert = try RowInserter(db, sql: """
            INSERT OR IGNORE INTO timeEvent (
                article, field, offset, length, value, start, end, granularity, sentenceStart, sentenceLength, sentenceByteStart,
                sentenceByteLength, anchor, anchorOffset)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (article, articleEvents) in events {
            for event in articleEvents {
                let expression = event.expression
                insert.bind(article)
                insert.bind(event.field.rawValue)
                insert.bind(expression.offset)
                insert.bind(expression.length)
                insert.bind(expression.value)
                insert.bind(expression.start)
                insert.bind(expression.end)
                insert.bind(expression.granularity.rawValue)
                insert.bind(expression.offset - event.sentenceOffset)
                insert.bind(event.sentenceLength)
                insert.bind(event.sentenceBytes.map { Int64($0.lowerBound) })
                insert.bind(event.sentenceBytes.map { Int64($0.count) })
                insert.bind(expression.anchor.rawValue)
                insert.bind(expression.anchoredBy.map(Int64.init))
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
    /// `articles`, when given, keeps only the events of the articles the index matches to it; `sentences`, when
    /// given, keeps only the events whose sentence it accepts, each sentence asked once, before the rest of the
    /// event is read.
    /// `necessaryWords` are lower-case ASCII words of which every ASCII sentence `sentences` accepts holds one;
    /// SQLite turns away the sentences without any before Swift sees them.
    public func timeline(
        from: String? = nil, to: String? = nil, articles: SearchQuery? = nil, sentences: ((String) -> Bool)? = nil,
        necessaryWords: [String] = []
    ) throws -> [TimelineEntry] {
        try read("reading the timeline") { db in
            // The sentence is cut by its bytes where ingest stored them, which costs nothing for its place in the
            // text; by code points otherwise, which counts from the start.
            // A title's expression stands in the whole title.
            let sentence = """
                CASE WHEN e.field = 1 THEN a.title
                WHEN e.sentenceByteStart IS NULL THEN substr(a.body, e.sentenceStart + 1, e.sentenceLength)
                ELSE CAST(substr(CAST(a.body AS BLOB), e.sentenceByteStart + 1, e.sentenceByteLength) AS TEXT) END
                """
            var sql = """
                SELECT \(sentence), a.id, e.offset, e.length, e.value,
                       e.start, e.end, e.granularity, e.sentenceStart, e.sentenceLength, a.title, a.ref, e.field,
                       e.anchor, e.anchorOffset, CASE WHEN e.anchor = 'publication' THEN a.date ELSE r.value END,
                       CASE WHEN r.field = 1 THEN substr(a.title, r.offset + 1, r.length) ELSE substr(a.body, r.offset + 1, r.length) END
                FROM timeEvent e JOIN article a ON a.seq = e.article
                LEFT JOIN timeEvent r ON e.anchorOffset IS NOT NULL AND r.article = e.article AND r.field = e.field AND r.offset = e.anchorOffset
                WHERE 1
                """
            let span = Self.spanConditions(start: "e.start", end: "e.end", article: "e.article", from: from, to: to, articles: articles)
            sql += span.sql
            var arguments = span.arguments
            // The sentence test runs inside the query, so rejected events are never sorted or read.
            let filter = sentences.map { SentenceFilter($0) }
            let function = filter.map { filter in
                DatabaseFunction("folio_accepts_sentence", argumentCount: 3, pure: false) { values in
                    guard let article = Int64.fromDatabaseValue(values[0]), let start = Int.fromDatabaseValue(values[1]) else { return false }
                    return filter.accepts(article: article, start: start, sentence: String.fromDatabaseValue(values[2]) ?? "")
                }
            }
            if let function {
                db.add(function: function)
                if !necessaryWords.isEmpty {
                    let holdsAWord = necessaryWords.map { _ in "instr(lower(\(sentence)), ?) > 0" }.joined(separator: " OR ")
                    sql += " AND (length(\(sentence)) != length(CAST(\(sentence) AS BLOB)) OR \(holdsAWord))"
                    arguments += necessaryWords
                }
                sql += " AND folio_accepts_sentence(e.article, CASE WHEN e.field = 1 THEN -1 ELSE e.sentenceStart END, \(sentence))"
            }
            defer { if let function { db.remove(function: function) } }
            sql += " ORDER BY e.start IS NULL, \(Self.chronological("e.start")), \(Self.chronological("e.end")), a.id, e.field, e.offset"
            var entries: [TimelineEntry] = []
            let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
            while let row = try rows.next() {
                let sentence: String = row[0] ?? ""
                let offset: Int = row[2], length: Int = row[3]
                let offsetInSentence = offset - (row[8] as Int)
                let expression = TimeExpression(
                    offset: offset, length: length, text: Self.cut(sentence, from: offsetInSentence, length: length), value: row[4],
                    start: row[5], end: row[6], granularity: TimeExpression.Granularity(rawValue: row[7]) ?? .day,
                    anchor: (row[13] as String?).flatMap(TimeExpression.Anchor.init(rawValue:)) ?? .unknown, anchoredBy: row[14])
                entries.append(TimelineEntry(
                    event: TimeEvent(
                        article: ArticleID(hex: row[1]), expression: expression, sentence: sentence,
                        sentenceOffset: offsetInSentence, sentenceLength: row[9], field: TextField(rawValue: row[12]) ?? .body),
                    title: row[10], ref: row[11], anchorValue: row[15], anchorText: row[16]))
            }
            return entries
        }
    }

    /// An ISO date as a key that sorts in time, years before Christ (`-0499-01-01`, `-0493-01-01`) first and the
    /// earlier of them first.
    static func chronological(_ column: String) -> String {
        "CASE WHEN substr(\(column), 1, 1) = '-' THEN printf('-%04d', 10000 - CAST(substr(\(column), 2, 4) AS INTEGER)) || substr(\(column), 6) ELSE \(column) END"
    }

    /// `length` code points of `text` from code point `start`.
    static func cut(_ text: String, from start: Int, length: Int) -> String {
        let scalars = text.unicodeScalars
        guard let from = scalars.index(scalars.startIndex, offsetBy: max(0, start), limitedBy: scalars.endIndex) else { return "" }
        let to = scalars.index(from, offsetBy: max(0, length), limitedBy: scalars.endIndex) ?? scalars.endIndex
        return String(scalars[from..<to])
    }

    /// A sentence test that asks about each sentence once; used only on the thread that runs the query.
    private final class SentenceFilter: @unchecked Sendable {
        private struct Key: Hashable {
            let article: Int64
            let start: Int
        }

        private let test: (String) -> Bool
        private var verdicts: [Key: Bool] = [:]

        init(_ test: @escaping (String) -> Bool) {
            self.test = test
        }

        func accepts(article: Int64, start: Int, sentence: String) -> Bool {
            let key = Key(article: article, start: start)
            if let verdict = verdicts[key] { return verdict }
            let verdict = test(sentence)
            verdicts[key] = verdict
            return verdict
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

extension CorpusStore {
    /// The publication dates of the dated articles, as events of their own kind, in chronological order (then by
    /// id); `articles`, when given, keeps the articles the index matches to it.
    public func publications(from: String? = nil, to: String? = nil, articles: SearchQuery? = nil) throws -> [TimelineEntry] {
        try read("reading the publication dates") { db in
            var sql = "SELECT a.id, a.date, a.dateStart, a.dateEnd, a.title, a.ref FROM article a WHERE a.date IS NOT NULL"
            let span = Self.spanConditions(start: "a.dateStart", end: "a.dateEnd", article: "a.seq", from: from, to: to, articles: articles)
            sql += span.sql
            let arguments = span.arguments
            sql += " ORDER BY a.dateStart, a.dateEnd, a.id"
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                let value: String = row[1]
                let granularity: TimeExpression.Granularity = value.count == 4 ? .year : value.count == 7 ? .month : .day
                let expression = TimeExpression(
                    offset: 0, length: 0, text: value, value: value, start: row[2], end: row[3], granularity: granularity, anchor: .publication)
                return TimelineEntry(
                    event: TimeEvent(
                        article: ArticleID(hex: row[0]), expression: expression, sentence: "", sentenceOffset: 0, field: .title,
                        kind: .published),
                    title: row[4], ref: row[5])
            }
        }
    }
}

extension CorpusStore {
    /// The conditions that keep what overlaps `from`…`to` and whose article the index matches to `articles`.
    static func spanConditions(
        start: String, end: String, article: String, from: String?, to: String?, articles: SearchQuery?
    ) -> (sql: String, arguments: [DatabaseValueConvertible?]) {
        var sql = "", arguments: [DatabaseValueConvertible?] = []
        if let from {
            sql += " AND \(end) >= ?"
            arguments.append(from)
        }
        if let to {
            sql += " AND \(start) <= ?"
            arguments.append(to)
        }
        if let articles {
            sql += " AND \(article) IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)"
            arguments.append(FTS5Expression.compile(articles))
        }
        return (sql, arguments)
    }
}
