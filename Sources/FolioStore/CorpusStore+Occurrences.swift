import FolioCore
import GRDB

/// An article that the index matches to a query, with where each match is: the spans FTS5's `highlight()`
/// marks, in code points of the title and the body, so that they are the occurrences `find` matched.
public struct MatchedText: Sendable {
    public var id: ArticleID
    public var title: String
    public var body: String
    public var titleMatches: [TextSpan]
    public var bodyMatches: [TextSpan]

    public func matches(in field: TextField) -> [TextSpan] { field == .title ? titleMatches : bodyMatches }
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

extension CorpusStore {
    /// The articles `query` matches, in corpus order, each with its matches.
    /// See <https://sqlite.org/fts5.html#the_highlight_function>.
    public func matchedTexts(_ query: SearchQuery) throws -> [MatchedText] {
        try read("finding occurrences") { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, highlight(article_fts, 0, char(2), char(3)), highlight(article_fts, 1, char(2), char(3))
                FROM article_fts JOIN article a ON a.seq = article_fts.rowid WHERE article_fts MATCH ? ORDER BY a.seq
                """, arguments: [FTS5Expression.compile(query)]).map { row in
                let title = Self.unmarked(row[1]), body = Self.unmarked(row[2])
                return MatchedText(id: ArticleID(hex: row[0]), title: title.text, body: body.text, titleMatches: title.spans, bodyMatches: body.spans)
            }
        }
    }

    /// Text that `highlight()` marked with U+0002 and U+0003, without the marks, and the marked spans.
    static func unmarked(_ marked: String) -> (text: String, spans: [TextSpan]) {
        guard marked.utf8.contains(2) else { return (marked, []) }
        var text = String.UnicodeScalarView()
        var spans: [TextSpan] = []
        var start: Int?
        var count = 0
        for scalar in marked.unicodeScalars {
            switch scalar.value {
            case 2: start = count
            case 3:
                if let begun = start, count > begun { spans.append(TextSpan(offset: begun, length: count - begun)) }
                start = nil
            default:
                text.append(scalar)
                count += 1
            }
        }
        return (String(text), spans)
    }
}
