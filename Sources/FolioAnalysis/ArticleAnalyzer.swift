import FolioCore

/// Derives an article's events and entities at ingest, on the parsing threads.
public struct ArticleAnalyzer: Sendable {
    /// Changes whenever the taggers change what they find, so that workspaces derive their articles again.
    public static let revision = "2026-11-30.1"

    public let events = EventExtractor()
    public let entities = EntityTagger()

    public init() {}

    public func analyze(_ article: Article) -> ArticleAnalysis {
        let tagging = entities.tag(article.body)
        return ArticleAnalysis(article: article.id, events: events.events(for: article), mentions: tagging.mentions, acronyms: tagging.acronyms)
    }
}
