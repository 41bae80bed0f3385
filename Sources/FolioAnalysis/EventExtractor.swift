import FolioCore

/// Tags an article's dated expressions and places each in its sentence: the events of the timeline.
/// Ingest runs it on the parsing threads, one article at a time.
public struct EventExtractor: Sendable {
    public let tagger: TemporalTagger

    public init(tagger: TemporalTagger = TemporalTagger()) {
        self.tagger = tagger
    }

    public func events(for article: Article) -> [TimeEvent] {
        let expressions = tagger.tag(article.body, anchor: article.date)
        guard !expressions.isEmpty else { return [] }
        let scalars = Array(article.body.unicodeScalars)
        return expressions.map { expression in
            let sentence = SentenceLocator.sentence(in: scalars, offset: expression.offset, length: expression.length)
            return TimeEvent(article: article.id, expression: expression, sentence: sentence.text, sentenceOffset: sentence.offset)
        }
    }
}
