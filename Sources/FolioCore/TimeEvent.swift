/// A dated expression in an article, with the sentence it stands in: one entry of the timeline.
public struct TimeEvent: Hashable, Sendable {
    /// A date the text mentions, or the article's publication date.
    public enum Kind: String, Hashable, Sendable, Codable {
        case mentioned, published
    }

    public var article: ArticleID
    /// The text the expression stands in; a publication date stands for the article and is `title`.
    public var field: TextField
    public var kind: Kind
    public var expression: TimeExpression
    /// The sentence's text; empty when the event comes straight from ingest, which stores only its place.
    public var sentence: String
    /// Where the expression starts within the sentence, in code points.
    public var sentenceOffset: Int
    /// The sentence's length in code points.
    public var sentenceLength: Int
    /// The sentence's place in the article's text in UTF-8 bytes, when ingest worked it out, so that the store
    /// can cut the sentence without counting code points from the start of the text.
    public var sentenceBytes: Range<Int>?

    public init(
        article: ArticleID, expression: TimeExpression, sentence: String, sentenceOffset: Int, sentenceLength: Int? = nil,
        sentenceBytes: Range<Int>? = nil, field: TextField = .body, kind: Kind = .mentioned
    ) {
        self.article = article
        self.field = field
        self.kind = kind
        self.expression = expression
        self.sentence = sentence
        self.sentenceOffset = sentenceOffset
        self.sentenceLength = sentenceLength ?? sentence.unicodeScalars.count
        self.sentenceBytes = sentenceBytes
    }
}

/// A timeline entry as listed: the event with its article's title and ref.
public struct TimelineEntry: Hashable, Sendable {
    public var event: TimeEvent
    public var title: String
    public var ref: String?
    /// The date the year came from: the publication date, or the earlier date of the text, with its text there.
    public var anchorValue: String?
    public var anchorText: String?

    public init(event: TimeEvent, title: String, ref: String?, anchorValue: String? = nil, anchorText: String? = nil) {
        self.event = event
        self.title = title
        self.ref = ref
        self.anchorValue = anchorValue
        self.anchorText = anchorText
    }
}
