import FolioCore
import Foundation

/// Decides whether a sentence matches a search, the way the index would: case and accents ignored,
/// words compared whole (or by prefix for `milit*`), a plural `s` ignored, phrases in order.
public struct SentenceQueryMatcher: Sendable {
    public let query: SearchQuery
    /// The words of each term and phrase, folded once.
    private let termWords: [String: [String]]
    /// Lower-case ASCII stems of which any match must contain one, to turn most sentences away before they are
    /// split into words; nil when the query has a word outside ASCII.
    private let clues: [[UInt8]]?

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
        clues = Self.clues(of: query, termWords)
    }

    /// Lower-case ASCII words of which every ASCII sentence that matches holds one, ignoring case;
    /// empty when there are none to go by.
    public var necessaryWords: [String] {
        clues?.map { String(decoding: $0, as: UTF8.self) } ?? []
    }

    public func matches(_ sentence: String) -> Bool {
        if let clues, !Self.mayContain(clues, sentence) { return false }
        return evaluate(query, Self.words(sentence))
    }

    private static func clues(of query: SearchQuery, _ termWords: [String: [String]]) -> [[UInt8]]? {
        var words: [String] = []
        func collect(_ query: SearchQuery) {
            switch query {
            case .term(let text, _), .phrase(let text): words += termWords[text] ?? []
            case .all(let parts), .any(let parts): parts.forEach(collect)
            case .excluding(let included, _): collect(included)
            }
        }
        collect(query)
        guard !words.isEmpty, words.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) else { return nil }
        return words.map { Array(singular($0).utf8) }
    }

    /// Whether an ASCII sentence holds one of `clues`, ignoring case; a sentence outside ASCII may.
    private static func mayContain(_ clues: [[UInt8]], _ sentence: String) -> Bool {
        var lowered: [UInt8] = []
        lowered.reserveCapacity(sentence.utf8.count)
        for byte in sentence.utf8 {
            if byte >= 0x80 { return true }
            lowered.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        return lowered.withUnsafeBufferPointer { text in
            clues.contains { clue in
                guard !clue.isEmpty, clue.count <= text.count else { return clue.isEmpty }
                for start in 0...(text.count - clue.count) where text[start] == clue[0] {
                    if clue.indices.allSatisfy({ text[start + $0] == clue[$0] }) { return true }
                }
                return false
            }
        }
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
