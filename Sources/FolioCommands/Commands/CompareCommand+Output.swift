import FolioAnalysis
import FolioCore
import Foundation

extension CompareCommand {
    /// Two sides compared, or two articles.
    public enum Output: CommandOutput, Codable {
        case sides(Sides)
        case articles(Articles)

        /// Two entities, words, phrases or queries side by side.
        public struct Sides: Hashable, Sendable {
            public var left: Side
            public var right: Side
            /// Articles on both sides, in corpus order; read back from JSON, they have their ids only.
            public var shared: [SharedArticle]
        }

        public struct Side: Hashable, Sendable {
            public enum Kind: String, Sendable, Codable {
                case entity, term, query
            }

            /// As typed: `Kazakhstan`, `"Tajik-Afghan border"`, `(CSTO OR NATO)`.
            public var label: String
            public var kind: Kind
            /// The entity's name, or the term or query.
            public var name: String
            public var articles: Int
            public var mentions: Int
            /// How many of the articles (the first, in corpus order) had their sentences counted for keywords.
            public var contextArticles: Int
            public var keywords: [Keyness] = []
            public var cooccurring: [Cooccurrence] = []
            public var dates: DateSpan
            /// Articles where the words occur but the entity is not mentioned.
            public var aloneArticles = 0
            /// How the side was counted: `James Baker (402 articles), and Baker alone in 120 more`.
            public var resolution = ""
            /// The people a surname alone may mean, when it is more than one.
            public var people: [KwicCommand.Output.Person] = []
        }

        public struct Cooccurrence: Hashable, Sendable, Codable {
            public var name: String
            public var kind: EntityMention.Kind
            /// Articles in which it is mentioned with this side.
            public var articles: Int

            private enum CodingKeys: String, CodingKey { case name, kind = "type", articles }
        }

        public struct DateSpan: Hashable, Sendable, Codable {
            public var start: String?
            public var end: String?
            /// Events of known year in the side's articles.
            public var events: Int

            public func encode(to encoder: Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(start, forKey: .start)
                try container.encode(end, forKey: .end)
                try container.encode(events, forKey: .events)
            }
        }

        public struct SharedArticle: Hashable, Sendable {
            public var id: ArticleID
            public var title: String
        }

        /// Two articles side by side.
        public struct Articles: Hashable, Sendable {
            public struct Article: Hashable, Sendable, Codable {
                public var id: ArticleID
                public var title: String
                /// Entities named only in this article.
                public var entities: [String]

                private enum CodingKeys: String, CodingKey { case id = "article", title, entities }
            }

            public var left: Article
            public var right: Article
            /// Cosine similarity of the two articles' content-word counts.
            public var similarity: Double
            public var sharedEntities: [String]
            /// Dated values (TIMEX3) both articles mention.
            public var sharedDates: [String]
        }

        public func lines(in output: OutputStyle) -> [String] {
            switch self {
            case .sides(let sides): return sides.lines(in: output)
            case .articles(let articles): return articles.lines(in: output)
            }
        }

        public var table: ResultTable? {
            switch self {
            case .sides(let sides): return sides.table
            case .articles(let articles): return articles.table
            }
        }

        // MARK: JSON, as README's table gives it

        private enum Key: String, CodingKey { case left, right, shared, keywords, cooccurring, dates, similarity }
        private enum SideKey: String, CodingKey { case label, kind, name, articles, mentions, contextArticles, aloneArticles, resolution, people }
        private enum SharedKey: String, CodingKey { case articles, ids, entities, dates }
        private enum PairKey: String, CodingKey { case left, right }
        private enum KeywordKey: String, CodingKey { case term, g2, logRatio }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            let shared = try container.nestedContainer(keyedBy: SharedKey.self, forKey: .shared)
            if container.contains(.similarity) {
                self = .articles(Articles(
                    left: try container.decode(Articles.Article.self, forKey: .left), right: try container.decode(Articles.Article.self, forKey: .right),
                    similarity: try container.decode(Double.self, forKey: .similarity),
                    sharedEntities: try shared.decode([String].self, forKey: .entities), sharedDates: try shared.decode([String].self, forKey: .dates)))
                return
            }
            func side(_ key: PairKey) throws -> Side {
                let fields = try container.nestedContainer(keyedBy: SideKey.self, forKey: key == .left ? .left : .right)
                var keywords: [Keyness] = []
                var list = try container.nestedContainer(keyedBy: PairKey.self, forKey: .keywords).nestedUnkeyedContainer(forKey: key)
                while !list.isAtEnd {
                    let keyword = try list.nestedContainer(keyedBy: KeywordKey.self)
                    keywords.append(Keyness(
                        term: try keyword.decode(String.self, forKey: .term), g2: try keyword.decode(Double.self, forKey: .g2),
                        logRatio: try keyword.decode(Double.self, forKey: .logRatio)))
                }
                var side = Side(
                    label: try fields.decode(String.self, forKey: .label), kind: try fields.decode(Side.Kind.self, forKey: .kind),
                    name: try fields.decode(String.self, forKey: .name), articles: try fields.decode(Int.self, forKey: .articles),
                    mentions: try fields.decode(Int.self, forKey: .mentions), contextArticles: try fields.decode(Int.self, forKey: .contextArticles),
                    keywords: keywords,
                    cooccurring: try container.nestedContainer(keyedBy: PairKey.self, forKey: .cooccurring).decode([Cooccurrence].self, forKey: key),
                    dates: try container.nestedContainer(keyedBy: PairKey.self, forKey: .dates).decode(DateSpan.self, forKey: key))
                side.aloneArticles = try fields.decodeIfPresent(Int.self, forKey: .aloneArticles) ?? 0
                side.resolution = try fields.decodeIfPresent(String.self, forKey: .resolution) ?? ""
                side.people = try fields.decodeIfPresent([KwicCommand.Output.Person].self, forKey: .people) ?? []
                return side
            }
            self = .sides(Sides(
                left: try side(.left), right: try side(.right),
                shared: try shared.decode([ArticleID].self, forKey: .ids).map { SharedArticle(id: $0, title: "") }))
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            switch self {
            case .articles(let articles):
                try container.encode(articles.left, forKey: .left)
                try container.encode(articles.right, forKey: .right)
                try container.encode(Self.rounded(articles.similarity), forKey: .similarity)
                var shared = container.nestedContainer(keyedBy: SharedKey.self, forKey: .shared)
                try shared.encode(articles.sharedEntities, forKey: .entities)
                try shared.encode(articles.sharedDates, forKey: .dates)
            case .sides(let sides):
                var keywords = container.nestedContainer(keyedBy: PairKey.self, forKey: .keywords)
                var cooccurring = container.nestedContainer(keyedBy: PairKey.self, forKey: .cooccurring)
                var dates = container.nestedContainer(keyedBy: PairKey.self, forKey: .dates)
                for (key, side) in [(PairKey.left, sides.left), (PairKey.right, sides.right)] {
                    var fields = container.nestedContainer(keyedBy: SideKey.self, forKey: key == .left ? .left : .right)
                    try fields.encode(side.label, forKey: .label)
                    try fields.encode(side.kind, forKey: .kind)
                    try fields.encode(side.name, forKey: .name)
                    try fields.encode(side.articles, forKey: .articles)
                    try fields.encode(side.mentions, forKey: .mentions)
                    try fields.encode(side.contextArticles, forKey: .contextArticles)
                    if side.kind != .query {
                        try fields.encode(side.aloneArticles, forKey: .aloneArticles)
                        try fields.encode(side.resolution, forKey: .resolution)
                        try fields.encode(side.people, forKey: .people)
                    }
                    var list = keywords.nestedUnkeyedContainer(forKey: key)
                    for keyword in side.keywords {
                        var item = list.nestedContainer(keyedBy: KeywordKey.self)
                        try item.encode(keyword.term, forKey: .term)
                        try item.encode(Self.rounded(keyword.g2), forKey: .g2)
                        try item.encode(Self.rounded(keyword.logRatio), forKey: .logRatio)
                    }
                    try cooccurring.encode(side.cooccurring, forKey: key)
                    try dates.encode(side.dates, forKey: key)
                }
                var shared = container.nestedContainer(keyedBy: SharedKey.self, forKey: .shared)
                try shared.encode(sides.shared.count, forKey: .articles)
                try shared.encode(sides.shared.map(\.id), forKey: .ids)
            }
        }

        /// Three decimals: enough to read, and the same on every run.
        static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
    }
}
