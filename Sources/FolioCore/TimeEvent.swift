/// A dated expression in an article, with the sentence it stands in: one entry of the timeline.
public struct TimeEvent: Hashable, Sendable {
    public var article: ArticleID
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
        sentenceBytes: Range<Int>? = nil
    ) {
        self.article = article
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

    public init(event: TimeEvent, title: String, ref: String?) {
        self.event = event
        self.title = title
        self.ref = ref
    }
}
