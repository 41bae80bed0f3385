/// A note as `notes --json` prints it. `quoteOffset` is where the quote sits in the article now, and
/// `quoteNow` what the text reads there when it no longer matches the quote word for word.
extension NoteListing: Codable {
    private enum Key: String, CodingKey {
        case id, article, title, orphaned, text, tags, quote, quoteOffset, quoteNow, created
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        let quote = try container.decode(String?.self, forKey: .quote)
        let offset = try container.decode(Int?.self, forKey: .quoteOffset)
        let now = try container.decodeIfPresent(String.self, forKey: .quoteNow)
        self.init(
            note: Note(
                id: try container.decode(Int.self, forKey: .id), articleID: try container.decode(ArticleID.self, forKey: .article),
                text: try container.decode(String.self, forKey: .text), tags: try container.decode([String].self, forKey: .tags),
                quote: quote.map { QuoteAnchor(exact: $0, before: "", after: "") }, created: try container.decode(String.self, forKey: .created)),
            articleTitle: try container.decode(String?.self, forKey: .title),
            quoteLocation: offset.map { QuoteLocation(offset: $0, text: now ?? quote ?? "", isExact: now == nil) })
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(note.id, forKey: .id)
        try container.encode(note.articleID, forKey: .article)
        try container.encode(articleTitle, forKey: .title)
        try container.encode(isOrphaned, forKey: .orphaned)
        try container.encode(note.text, forKey: .text)
        try container.encode(note.tags, forKey: .tags)
        try container.encode(note.quote?.exact, forKey: .quote)
        try container.encode(quoteLocation?.offset, forKey: .quoteOffset)
        try container.encode(quoteLocation.flatMap { $0.isExact ? nil : $0.text }, forKey: .quoteNow)
        try container.encode(note.created, forKey: .created)
    }
}
