import FolioCore

/// An article with its columns already in stored form, and what ingest derived from it. Made on the parsing
/// threads, so that the thread writing to SQLite spends its time in SQLite.
public struct PreparedArticle: Sendable {
    let id: String
    let ref: String?
    let title: String
    let body: String
    let date: String?
    let dateStart: String?
    let dateEnd: String?
    let url: String?
    let source: String?
    let isExcerpt: Bool
    let metadata: String?
    /// The key that finds an excerpt's full article; nil for a text too short to merge.
    let lead: Int64?
    public let analysis: ArticleAnalysis

    public init(_ article: Article, analysis: ArticleAnalysis? = nil) {
        id = article.id.hex
        ref = article.ref
        title = article.title
        body = article.body
        date = article.date?.iso
        dateStart = article.date?.firstDay
        dateEnd = article.date?.lastDay
        url = article.url
        source = article.source
        isExcerpt = article.isExcerpt
        metadata = CorpusStore.encodeMetadata(article.metadata)
        lead = ExcerptLead.of(article.body, isExcerpt: article.isExcerpt)
        self.analysis = analysis ?? ArticleAnalysis(article: article.id)
    }
}
