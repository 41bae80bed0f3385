import FolioCore

/// Tags an article's dated expressions and places each in its sentence: the events of the timeline.
/// Ingest runs it on the parsing threads, one article at a time.
public struct EventExtractor: Sendable {
    public let tagger: TemporalTagger

    public init(tagger: TemporalTagger = TemporalTagger()) {
        self.tagger = tagger
    }

    /// The events of the article's body, then of its title, each with its sentence's place; the sentence's text
    /// is left empty, since the store keeps only the place and cuts the text when the timeline is read.
    public func events(for article: Article) -> [TimeEvent] {
        events(in: article.body, of: article, field: .body) + events(in: article.title, of: article, field: .title)
    }

    private func events(in text: String, of article: Article, field: TextField) -> [TimeEvent] {
        let expressions = tagger.tag(text, anchor: article.date)
        guard !expressions.isEmpty else { return [] }
        let scalars = Array(text.unicodeScalars)
        var byteOffsets = [0]
        byteOffsets.reserveCapacity(scalars.count + 1)
        for scalar in scalars { byteOffsets.append(byteOffsets[byteOffsets.count - 1] + UTF8.width(scalar)) }
        return expressions.map { expression in
            let sentence = field == .title ? 0..<scalars.count : SentenceLocator.bounds(in: scalars, offset: expression.offset, length: expression.length)
            return TimeEvent(article: article.id, expression: expression, sentence: "",
                             sentenceOffset: expression.offset - sentence.lowerBound, sentenceLength: sentence.count,
                             sentenceBytes: byteOffsets[sentence.lowerBound]..<byteOffsets[sentence.upperBound], field: field)
        }
    }
}
