import FolioCore
import Foundation

/// Tags the dated expressions of many articles on every core, keeping article order.
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

    public func events(for articles: [Article]) -> [TimeEvent] {
        guard articles.count > 8 else { return articles.flatMap(events(for:)) }
        let results = EventSlots(count: articles.count)
        DispatchQueue.concurrentPerform(iterations: articles.count) { index in
            results.put(events(for: articles[index]), at: index)
        }
        return results.all
    }
}

private final class EventSlots: @unchecked Sendable {
    private var slots: [[TimeEvent]]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: [], count: count)
    }

    func put(_ events: [TimeEvent], at index: Int) {
        lock.lock()
        slots[index] = events
        lock.unlock()
    }

    var all: [TimeEvent] { slots.flatMap { $0 } }
}
