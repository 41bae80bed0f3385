/// One article that matched a search, in rank order.
public struct SearchHit: Hashable, Sendable {
    public var rank: Int
    public var id: ArticleID
    public var ref: String?
    public var title: String
    public var date: PublicationDate?
    public var isExcerpt: Bool
    /// Higher is better: bm25 with its sign turned, rounded to hundredths so that output is stable.
    public var score: Double
    /// A passage of the body with matches between ``SearchHit/highlightStart`` and ``SearchHit/highlightEnd``.
    public var snippet: String

    public static let highlightStart: Character = "\u{2}"
    public static let highlightEnd: Character = "\u{3}"

    public init(rank: Int, id: ArticleID, ref: String?, title: String, date: PublicationDate?, isExcerpt: Bool, score: Double, snippet: String) {
        self.rank = rank
        self.id = id
        self.ref = ref
        self.title = title
        self.date = date
        self.isExcerpt = isExcerpt
        self.score = score
        self.snippet = snippet
    }
}

/// A page of search results and the number of articles that matched in all.
public struct SearchResults: Hashable, Sendable {
    public var total: Int
    public var hits: [SearchHit]

    public init(total: Int, hits: [SearchHit]) {
        self.total = total
        self.hits = hits
    }
}
