/// Splits a command line into words at unquoted white space, keeping quotes inside each word,
/// so that a search keeps its phrases: `find "Tajik-Afghan border" --limit 3`.
public enum CommandTokenizer {
    public static func tokenize(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var openQuote: Character?
        var hasWord = false
        for character in line {
            if let quote = openQuote {
                current.append(character)
                if character == quote || (quote == "\u{201C}" && character == "\u{201D}") { openQuote = nil }
            } else if character.isWhitespace {
                if hasWord { words.append(current) }
                current = ""
                hasWord = false
            } else {
                if character == "\"" || character == "\u{201C}" { openQuote = character }
                current.append(character)
                hasWord = true
            }
        }
        if hasWord { words.append(current) }
        return words
    }

    /// Removes one pair of surrounding straight or curly double quotes: option values may be quoted.
    public static func unquote(_ word: String) -> String {
        guard word.count >= 2, let first = word.first, let last = word.last,
              (first == "\"" && last == "\"") || (first == "\u{201C}" && last == "\u{201D}") else { return word }
        return String(word.dropFirst().dropLast())
    }
}
