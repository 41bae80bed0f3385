/// An analyst's note on an article, optionally anchored to a quoted passage.
public struct Note: Hashable, Sendable {
    public var id: Int
    /// The stable id of the article; the note outlives the article's removal and is then listed as orphaned.
    public var articleID: ArticleID
    public var text: String
    /// `#tags` from the text, lower-cased, without the `#`, in order of first appearance.
    public var tags: [String]
    public var quote: QuoteAnchor?
    /// ISO 8601 time of creation, in UTC. Shown in JSON only, so that text output replays identically.
    public var created: String

    public init(id: Int, articleID: ArticleID, text: String, tags: [String], quote: QuoteAnchor?, created: String) {
        self.id = id
        self.articleID = articleID
        self.text = text
        self.tags = tags
        self.quote = quote
        self.created = created
    }

    /// The `#tags` in `text`: letters, digits, `-` and `_` after a `#`.
    public static func tags(in text: String) -> [String] {
        var tags: [String] = []
        for word in text.split(whereSeparator: \.isWhitespace) where word.hasPrefix("#") {
            let tag = word.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }.lowercased()
            if !tag.isEmpty, !tags.contains(tag) { tags.append(tag) }
        }
        return tags
    }
}

/// A note as listed: with its article's title, or nil for the title when the article has left the corpus.
public struct NoteListing: Hashable, Sendable {
    public var note: Note
    public var articleTitle: String?
    /// Where the quote sits in the article's current text, when the note has a quote and it still attaches.
    public var quoteLocation: QuoteLocation?

    public init(note: Note, articleTitle: String?, quoteLocation: QuoteLocation?) {
        self.note = note
        self.articleTitle = articleTitle
        self.quoteLocation = quoteLocation
    }

    public var isOrphaned: Bool { articleTitle == nil }
}
