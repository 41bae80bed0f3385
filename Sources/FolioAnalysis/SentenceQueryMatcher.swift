import FolioCore
import Foundation

/// Decides whether a sentence matches a search, the way the index would: case and accents ignored,
/// words compared whole (or by prefix for `milit*`), a plural `s` ignored, phrases in order.
public struct SentenceQueryMatcher: Sendable {
    public let query: SearchQuery
    /// The words of each term and phrase, folded once.
    private let termWords: [String: [String]]
    /// Lower-case ASCII stems of which every ASCII sentence that matches holds one, ignoring case, for the
    /// store to turn most sentences away before they are split into words; empty when there are none to go by.
    public let necessaryWords: [String]

    public init(_ query: SearchQuery) {
        self.query = query
        var termWords: [String: [String]] = [:]
        func collect(_ query: SearchQuery) {
            switch query {
            case .term(let text, _), .phrase(let text): termWords[text] = Self.words(text)
            case .all(let parts), .any(let parts): parts.forEach(collect)
            case .excluding(let included, let excluded):
                collect(included)
                excluded.forEach(collect)
            }
        }
        collect(query)
        self.termWords = termWords
        necessaryWords = Self.necessaryWords(of: query, termWords)
    }

    public func matches(_ sentence: String) -> Bool {
        evaluate(query, Self.words(sentence))
    }

    private static func necessaryWords(of query: SearchQuery, _ termWords: [String: [String]]) -> [String] {
        var words: [String] = []
        func collect(_ query: SearchQuery) {
            switch query {
            case .term(let text, _), .phrase(let text): words += termWords[text] ?? []
            case .all(let parts), .any(let parts): parts.forEach(collect)
            case .excluding(let included, _): collect(included)
            }
        }
        collect(query)
        guard words.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) else { return [] }
        return words.map(singular)
    }

    private func evaluate(_ query: SearchQuery, _ words: [String]) -> Bool {
        switch query {
        case .term(let text, let isPrefix):
            return containsSequence(termWords[text] ?? Self.words(text), in: words, lastIsPrefix: isPrefix)
        case .phrase(let text):
            return containsSequence(termWords[text] ?? Self.words(text), in: words, lastIsPrefix: false)
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

    /// Lower-cased words without accents; ASCII text is split on its bytes, other text through Foundation's folding.
    static func words(_ text: String) -> [String] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        }
        var words: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case 0x41...0x5A: current.append(byte + 0x20)
            case 0x61...0x7A, 0x30...0x39: current.append(byte)
            default:
                if !current.isEmpty {
                    words.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }
}
