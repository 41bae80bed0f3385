/// Counts that describe the corpus in the workspace.
public struct CorpusStatistics: Hashable, Sendable {
    public var articles: Int
    public var sources: Int
    public var excerpts: Int
    public var datedArticles: Int
    public var earliest: PublicationDate?
    public var latest: PublicationDate?
    /// The result-list spans the pages hold, merged.
    public var coverage: [Coverage]
    public var rates: Int
    public var indexBytes: Int
    /// Excerpts found to begin a full article and merged into it.
    public var mergedExcerpts: Int = 0

    public init(
        articles: Int, sources: Int, excerpts: Int, datedArticles: Int, earliest: PublicationDate?, latest: PublicationDate?,
        coverage: [Coverage], rates: Int, indexBytes: Int
    ) {
        self.articles = articles
        self.sources = sources
        self.excerpts = excerpts
        self.datedArticles = datedArticles
        self.earliest = earliest
        self.latest = latest
        self.coverage = coverage
        self.rates = rates
        self.indexBytes = indexBytes
    }
}

/// An article with where it came from.
public struct ArticleDetail: Hashable, Sendable {
    public var article: Article
    /// Display names of every file the article was found in, sorted.
    public var sources: [String]

    public init(article: Article, sources: [String]) {
        self.article = article
        self.sources = sources
    }
}
