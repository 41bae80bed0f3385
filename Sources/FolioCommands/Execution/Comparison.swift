import FolioAnalysis
import FolioCore

/// `kwic` lines, aligned on the match.
public struct ConcordanceResult: Hashable, Sendable {
    public struct Line: Hashable, Sendable {
        public var article: ArticleID
        public var left: String
        public var match: String
        public var right: String
        /// Code points into the article's body.
        public var offset: Int
    }

    /// The entity the term named, when it named one.
    public var entity: String?
    public var lines: [Line]
    /// Every occurrence, of which `lines` shows the first.
    public var total: Int
}

/// Two entities, words, phrases or queries side by side.
public struct Comparison: Hashable, Sendable {
    public struct Side: Hashable, Sendable {
        public enum Kind: String, Sendable {
            case entity, term, query
        }

        public struct Cooccurrence: Hashable, Sendable {
            public var name: String
            public var kind: EntityMention.Kind
            /// Articles in which it is mentioned with this side.
            public var articles: Int
        }

        /// As typed: `Kazakhstan`, `"Tajik-Afghan border"`, `(CSTO OR NATO)`.
        public var label: String
        public var kind: Kind
        /// The entity's name, or the term or query.
        public var name: String
        public var articles: [ArticleID]
        public var mentions: Int
        /// How many of the articles (the first, in corpus order) had their sentences counted for keywords.
        public var contextArticles: Int
        public var keywords: [Keyness] = []
        public var cooccurring: [Cooccurrence] = []
        public var dates: DateSpan
    }

    public struct DateSpan: Hashable, Sendable {
        public var start: String?
        public var end: String?
        /// Events of known year in the side's articles.
        public var events: Int
    }

    public var left: Side
    public var right: Side
    /// Articles on both sides, in corpus order, with their titles.
    public var shared: [(id: ArticleID, title: String)]

    public static func == (lhs: Comparison, rhs: Comparison) -> Bool {
        lhs.left == rhs.left && lhs.right == rhs.right && lhs.shared.map(\.id) == rhs.shared.map(\.id)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(left)
        hasher.combine(right)
    }
}

/// Two articles side by side.
public struct ArticleComparison: Hashable, Sendable {
    public struct Side: Hashable, Sendable {
        public var id: ArticleID
        public var title: String
        /// Entities named only in this article.
        public var entities: [String]
    }

    public var left: Side
    public var right: Side
    /// Cosine similarity of the two articles' content-word counts.
    public var similarity: Double
    public var sharedEntities: [String]
    /// Dated values (TIMEX3) both articles mention.
    public var sharedDates: [String]
}
