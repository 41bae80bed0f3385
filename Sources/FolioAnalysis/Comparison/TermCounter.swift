/// Counts the content words of texts: lower-cased, stop words and numbers left out.
public struct TermCounter: Sendable {
    public private(set) var counts: [String: Int] = [:]

    public init() {}

    public mutating func add(_ text: some StringProtocol) {
        for word in Self.words(text) { counts[word, default: 0] += 1 }
    }

    /// Lower-cased words of two or more letters that are not stop words; a possessive `’s` is dropped.
    public static func words(_ text: some StringProtocol) -> [String] {
        var words: [String] = []
        var current = ""
        func flush() {
            if current.count >= 2, !stopWords.contains(current) { words.append(current) }
            current = ""
        }
        for character in text.lowercased() {
            if character.isLetter || character == "-" && !current.isEmpty {
                current.append(character)
            } else if character == "’" || character == "'" {
                flush()
            } else {
                flush()
            }
        }
        flush()
        return words.map { $0.hasSuffix("-") ? String($0.dropLast()) : $0 }.filter { $0 != "s" }
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
