import FolioCore
import Foundation

/// Decides whether a sentence matches a search, the way the index would: case and accents ignored,
/// words compared whole (or by prefix for `milit*`), a plural `s` ignored, phrases in order.
public struct SentenceQueryMatcher: Sendable {
    public let query: SearchQuery

    public init(_ query: SearchQuery) {
        self.query = query
    }

    public func matches(_ sentence: String) -> Bool {
        evaluate(query, Self.words(sentence))
    }

    private func evaluate(_ query: SearchQuery, _ words: [String]) -> Bool {
        switch query {
        case .term(let text, let isPrefix):
            return containsSequence(Self.words(text), in: words, lastIsPrefix: isPrefix)
        case .phrase(let text):
            return containsSequence(Self.words(text), in: words, lastIsPrefix: false)
        case .all(let parts):
            return parts.allSatisfy { evaluate($0, words) }
        case .any(let parts):
            return parts.contains { evaluate($0, words) }
        case .excluding(let included, let excluded):
            return evaluate(included, words) && !excluded.contains { evaluate($0, words) }
        }
    }

    private func containsSequence(_ wanted: [String], in words: [String], lastIsPrefix: Bool) -> Bool {
        guard !wanted.isEmpty, wanted.count <= words.count else { return false }
        for start in 0...(words.count - wanted.count) {
            let matched = wanted.indices.allSatisfy { index in
                let word = words[start + index]
                let target = wanted[index]
                if lastIsPrefix, index == wanted.count - 1 { return word.hasPrefix(target) }
                return word == target || Self.singular(word) == Self.singular(target)
            }
            if matched { return true }
        }
        return false
    }

    static func singular(_ word: String) -> String {
        if word.hasSuffix("es"), word.count > 4 { return String(word.dropLast(2)) }
        if word.hasSuffix("s"), word.count > 3 { return String(word.dropLast()) }
        return word
    }

    static func words(_ text: String) -> [String] {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }
}
