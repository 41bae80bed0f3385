/// Counts the content words of texts: lower-cased, stop words and numbers left out.
public struct TermCounter: Sendable {
    public private(set) var counts: [String: Int] = [:]

    public init() {}

    public mutating func add(_ text: some StringProtocol) {
        for word in Self.words(text) { counts[word, default: 0] += 1 }
    }

    /// Adds each sentence that holds one of the spans, once however many spans it holds.
    public mutating func add(sentencesOf spans: [(offset: Int, length: Int)], in scalars: [Unicode.Scalar]) {
        var seen = Set<Int>()
        for span in spans {
            let range = SentenceLocator.bounds(in: scalars, offset: span.offset, length: span.length)
            guard seen.insert(range.lowerBound).inserted else { continue }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            add(String(view))
        }
    }

    /// Lower-cased words of two or more letters that are not stop words; a possessive `’s` is dropped.
    /// Scans UTF-8 bytes: every byte of a non-ASCII letter counts as a letter, curly quotes and dashes do not.
    public static func words(_ text: some StringProtocol) -> [String] {
        var lowered = text.lowercased()
        return lowered.withUTF8 { bytes in
            var words: [String] = []
            var start = -1
            var index = 0
            func flush(at end: Int) {
                defer { start = -1 }
                guard start >= 0, end - start >= 2 else { return }
                var last = end
                while last > start, bytes[last - 1] == 0x2D { last -= 1 }
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<last]), as: UTF8.self)
                if word.utf8.count >= 2, !stopWords.contains(word) { words.append(word) }
            }
            while index < bytes.count {
                let byte = bytes[index]
                let isPunctuationSequence = byte == 0xE2 && index + 1 < bytes.count && bytes[index + 1] >= 0x80 && bytes[index + 1] <= 0x81
                if byte >= 0x61 && byte <= 0x7A || byte >= 0x80 && !isPunctuationSequence && byte != 0xC2 || byte == 0x2D && start >= 0 {
                    if start < 0 { start = index }
                    index += 1
                } else {
                    flush(at: index)
                    index += isPunctuationSequence ? 3 : byte == 0xC2 ? 2 : 1
                }
            }
            flush(at: bytes.count)
            return words
        }
    }

    public static let stopWords: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because",
        "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
        "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
        "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most",
        "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves",
        "out", "over", "own", "said", "same", "says", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
        "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very",
        "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
        "yours", "yourself", "yourselves", "one", "two", "new", "would", "also", "however", "s", "mln", "pct", "dlrs", "cts", "reuter",
    ]
}
