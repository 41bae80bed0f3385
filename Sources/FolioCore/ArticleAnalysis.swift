/// What ingest derives from one article's text: its dated events, its entity mentions and the acronyms it defines.
public struct ArticleAnalysis: Hashable, Sendable {
    public var article: ArticleID
    public var events: [TimeEvent]
    public var mentions: [EntityMention]
    public var acronyms: [AcronymDefinition]

    public init(article: ArticleID, events: [TimeEvent] = [], mentions: [EntityMention] = [], acronyms: [AcronymDefinition] = []) {
        self.article = article
        self.events = events
        self.mentions = mentions
        self.acronyms = acronyms
    }
}
