import FolioCore

/// Derives an article's events and entities at ingest, on the parsing threads: of its body and of its title.
public struct ArticleAnalyzer: Sendable {
    /// Changes whenever the taggers change what they find, so that workspaces derive their articles again.
    public static let revision = "2026-12-01.titles"

    public let events = EventExtractor()
    public let entities = EntityTagger()

    public init() {}

    public func analyze(_ article: Article) -> ArticleAnalysis {
        let body = entities.tag(article.body)
        let title = TitleEntities(body: body.mentions).mentions(in: article.title, tagged: entities.tag(article.title))
        return ArticleAnalysis(
            article: article.id, events: events.events(for: article), mentions: body.mentions + title, acronyms: body.acronyms)
    }
}
