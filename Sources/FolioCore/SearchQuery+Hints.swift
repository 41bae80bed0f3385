extension SearchQuery {
    /// Advice on a query that probably does not mean what it says: a lower-case `or`, `and` or `not` between
    /// terms is searched as a word, as the grammar reads operators in capitals only.
    /// Example: `Russia or Ukraine` gives "or was searched as a word; write OR for either term".
    public static func hints(for text: String) -> [String] {
        var words: [String] = []
        var inQuotes = false
        var current = ""
        for character in text {
            if character == "\"" || character == "“" || character == "”" {
                inQuotes.toggle()
                current = ""
            } else if character.isWhitespace || character == "(" || character == ")" {
                if !inQuotes, !current.isEmpty { words.append(current) }
                current = ""
            } else if !inQuotes {
                current.append(character)
            }
        }
        if !inQuotes, !current.isEmpty { words.append(current) }
        var hints: [String] = []
        for (index, word) in words.enumerated() where index > 0 {
            let advice: String
            switch word {
            case "or": advice = "or was searched as a word; write OR for either term"
            case "and": advice = "and was searched as a word; words are all required already, so leave it out or write AND"
            case "not" where index + 1 < words.count: advice = "not was searched as a word; write NOT or -word to leave a term out"
            default: continue
            }
            if !hints.contains(advice) { hints.append(advice) }
        }
        return hints
    }
}
