import FolioCore
import GRDB
import GRDBSQLite

/// An article that the index matches to a query, with where each match is: the spans FTS5's `highlight()`
/// marks, in code points of the title and the body, so that they are the occurrences `find` matched. The texts
/// are kept marked, and unmarked when asked for.
public struct MatchedText: Sendable {
    public var id: ArticleID
    public var titleMatches: [TextSpan]
    public var bodyMatches: [TextSpan]
    let markedTitle: String
    let markedBody: String

    public func matches(in field: TextField) -> [TextSpan] { field == .title ? titleMatches : bodyMatches }
    public var title: String { CorpusStore.unmarked(markedTitle) }
    public var body: String { CorpusStore.unmarked(markedBody) }
}

/// Code points into an article's title or body.
public struct TextSpan: Hashable, Sendable {
    public var offset: Int
    public var length: Int

    public init(offset: Int, length: Int) {
        self.offset = offset
        self.length = length
    }

    public func overlaps(_ other: TextSpan) -> Bool { offset < other.offset + other.length && other.offset < offset + length }
}

/// How many times the index holds a phrase in one field of one article.
public struct IndexedCount: Sendable {
    public var article: ArticleID
    public var seq: Int64
    public var field: TextField
    public var count: Int
}

/// A mention of an entity with its text as it stands in the article.
public struct SurfacedMention: Sendable {
    public var article: ArticleID
    public var seq: Int64
    public var field: TextField
    public var span: TextSpan
    public var surface: String
}

extension CorpusStore {
    /// The index's terms for each text: see ``IndexTerms``.
    public func indexTerms(of texts: [String]) throws -> [[String]] {
        do {
            return try IndexTerms.shared.terms(of: texts)
        } catch let error as DatabaseError {
            throw Self.storeError("reading the index's terms", error)
        }
    }

    /// How many times the index holds `terms` in a row, by article and field, in corpus order, read from the
    /// index's own lists of where each term is (`article_instance`), with no text read.
    public func indexedCounts(ofPhrase terms: [String]) throws -> [IndexedCount] {
        guard !terms.isEmpty else { return [] }
        return try read("counting occurrences") { db in
            let distinct = Array(Set(terms)).sorted()
            var counts: [IndexedCount] = []
            var ids: [Int64: String] = [:]
            if terms.count == 1 {
                for row in try Row.fetchAll(db, sql: """
                    SELECT i.doc, a.id, i.col, count(*) FROM article_instance i JOIN article a ON a.seq = i.doc
                    WHERE i.term = ? GROUP BY i.doc, i.col ORDER BY i.doc, i.col DESC
                    """, arguments: [terms[0]]) {
                    counts.append(IndexedCount(article: ArticleID(hex: row[1]), seq: row[0], field: (row[2] as String) == "title" ? .title : .body, count: row[3]))
                }
                return counts
            }
            // A phrase: the places of its first term that its other terms follow, one token apart each.
            var places: [Int64: [String: [String: Set<Int>]]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT i.doc, a.id, i.col, i.term, i.offset FROM article_instance i JOIN article a ON a.seq = i.doc
                WHERE i.term IN (SELECT value FROM json_each(?)) ORDER BY i.doc
                """, arguments: [JSONText.array(distinct)]) {
                let doc: Int64 = row[0]
                ids[doc] = row[1]
                places[doc, default: [:]][row[2], default: [:]][row[3], default: []].insert(row[4])
            }
            for doc in places.keys.sorted() {
                for column in ["title", "body"] {
                    guard let byTerm = places[doc]?[column], let firsts = byTerm[terms[0]] else { continue }
                    let count = firsts.count { start in terms.indices.allSatisfy { byTerm[terms[$0]]?.contains(start + $0) == true } }
                    if count > 0 { counts.append(IndexedCount(article: ArticleID(hex: ids[doc]!), seq: doc, field: column == "title" ? .title : .body, count: count)) }
                }
            }
            return counts
        }
    }

    /// Every mention of an entity, under its own name, its aliases or a defined acronym, with its text; in article
    /// order, then the title's before the body's, then by offset.
    public func surfacedMentions(of name: String) throws -> [SurfacedMention] {
        try read("finding mentions") { db in
            var names = Set(try String.fetchAll(db, sql: "SELECT name FROM alias WHERE target = ?", arguments: [name]))
            if try String.fetchOne(db, sql: "SELECT target FROM alias WHERE name = ?", arguments: [name]) == nil { names.insert(name) }
            // The entities that resolve to the name are found first, and their mentions read bare: each article's
            // id and each form's text are then read once, as most mentions share a few forms.
            var rows: [(seq: Int64, field: Int32, offset: Int, length: Int, form: Int64?)] = []
            try RowScanner(db, sql: """
                WITH \(Self.definedAcronyms),
                named AS (
                    SELECT e.id FROM entity e \(Self.resolvingJoins)
                    WHERE (e.name COLLATE NOCASE IN (SELECT value FROM json_each(?1))
                           OR e.kind = 'acronym' AND e.name IN (SELECT short FROM acronym WHERE long IN (SELECT value FROM json_each(?1))))
                      AND \(Self.resolvedName) = ?2
                )
                SELECT article, field, offset, length, form FROM mention WHERE entity IN named ORDER BY article, field DESC, offset
                """, arguments: [JSONText.array(names.sorted()), name]).forEachRow { row in
                let form = sqlite3_column_type(row, 4) == SQLITE_NULL ? nil : sqlite3_column_int64(row, 4)
                rows.append((sqlite3_column_int64(row, 0), sqlite3_column_int(row, 1), Int(sqlite3_column_int64(row, 2)),
                             Int(sqlite3_column_int64(row, 3)), form))
            }
            var seqs: [Int64] = []
            for row in rows where row.seq != seqs.last { seqs.append(row.seq) }
            var ids: [Int64: ArticleID] = [:]
            try RowScanner(db, sql: "SELECT seq, id FROM article WHERE seq IN (SELECT value FROM json_each(?))", arguments: [Self.seqArray(seqs)])
                .forEachRow { row in ids[sqlite3_column_int64(row, 0)] = ArticleID(hex: RowScanner.text(row, 1) ?? "") }
            var forms: [Int64: String] = [:]
            try RowScanner(db, sql: "SELECT id, text FROM mentionForm WHERE id IN (SELECT value FROM json_each(?))",
                           arguments: [Self.seqArray(Set(rows.compactMap(\.form)).sorted())])
                .forEachRow { row in forms[sqlite3_column_int64(row, 0)] = RowScanner.text(row, 1) ?? "" }
            let unformed = try db.cachedStatement(sql: """
                SELECT substr(CASE ? WHEN \(TextField.title.rawValue) THEN title ELSE body END, ? + 1, ?) FROM article WHERE seq = ?
                """)
            return try rows.map { row in
                let field = TextField(rawValue: Int(row.field)) ?? .body
                let surface = try row.form.flatMap { forms[$0] }
                    ?? String.fetchOne(unformed, arguments: [field.rawValue, row.offset, row.length, row.seq]) ?? ""
                return SurfacedMention(article: ids[row.seq] ?? ArticleID(hex: ""), seq: row.seq, field: field,
                                       span: TextSpan(offset: row.offset, length: row.length), surface: surface)
            }
        }
    }

    /// The articles among `articles` that `query` matches, in corpus order, each with its matches.
    /// See <https://sqlite.org/fts5.html#the_highlight_function>.
    public func matchedTexts(_ query: SearchQuery, among articles: [ArticleID]) throws -> [MatchedText] {
        guard !articles.isEmpty else { return [] }
        return try read("finding occurrences") { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, highlight(article_fts, 0, char(2), char(3)), highlight(article_fts, 1, char(2), char(3))
                FROM article_fts JOIN article a ON a.seq = article_fts.rowid
                WHERE article_fts MATCH ? AND article_fts.rowid IN (SELECT seq FROM article WHERE id IN (SELECT value FROM json_each(?)))
                ORDER BY a.seq
                """, arguments: [FTS5Expression.compile(query), JSONText.array(articles.map(\.hex))]).map { row in
                let title: String = row[1], body: String = row[2]
                return MatchedText(
                    id: ArticleID(hex: row[0]), titleMatches: Self.markedSpans(title), bodyMatches: Self.markedSpans(body),
                    markedTitle: title, markedBody: body)
            }
        }
    }

    /// The spans `highlight()` marked with U+0002 and U+0003, in code points of the text without the marks.
    static func markedSpans(_ marked: String) -> [TextSpan] {
        var spans: [TextSpan] = []
        var start: Int?
        var count = 0
        for byte in marked.utf8 {
            switch byte {
            case 2: start = count
            case 3:
                if let begun = start, count > begun { spans.append(TextSpan(offset: begun, length: count - begun)) }
                start = nil
            default:
                if byte & 0xC0 != 0x80 { count += 1 }
            }
        }
        return spans
    }

    /// Text that `highlight()` marked, without the marks.
    static func unmarked(_ marked: String) -> String {
        guard marked.utf8.contains(where: { $0 == 2 || $0 == 3 }) else { return marked }
        return String(decoding: marked.utf8.filter { $0 != 2 && $0 != 3 }, as: UTF8.self)
    }
}
