import FolioCore

/// Derives an article's events and entities at ingest, on the parsing threads: of its body and of its title.
public struct ArticleAnalyzer: Sendable {
    /// Changes whenever the taggers change what they find, so that workspaces derive their articles again.
    public static let revision = "2026-12-02.narrative-years-named-dates-bare-numbers-12"

    public let events = EventExtractor()
    public let entities = EntityTagger()

    public init() {}

    public func analyze(_ article: Article) -> ArticleAnalysis {
        let body = entities.tag(article.body)
        let headline = TitleEntities.Casing(of: article.title) == .capitals
            ? TitleEntities.restoringCase(of: article.title, from: article.body) : article.title
        var title = TitleEntities(body: body.mentions).mentions(in: headline, tagged: entities.tag(headline))
        if headline != article.title {
            let written = Array(article.title.unicodeScalars)
            for index in title.indices where title[index].offset + title[index].length <= written.count {
                let range = title[index].offset..<(title[index].offset + title[index].length)
                title[index].text = String(String.UnicodeScalarView(written[range]))
            }
        }
        return ArticleAnalysis(
            article: article.id, events: events.events(for: article), mentions: body.mentions + title, acronyms: body.acronyms)
    }
}
