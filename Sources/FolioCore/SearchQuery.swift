/// A search as Folio understands it, independent of any index.
///
/// Parsed from the analyst's text by ``SearchQuery/init(parsing:)``; the store compiles it to FTS5 in one place.
/// Example: `CSTO "Tajik-Afghan border" -Armenia` is
/// `.excluding(.all([.term("CSTO"), .phrase("Tajik-Afghan border")]), [.term("Armenia")])`.
public indirect enum SearchQuery: Hashable, Sendable, CustomStringConvertible {
    /// A word as typed; hyphens and apostrophes inside it split it the way the index splits text.
    case term(String, isPrefix: Bool)
    /// Quoted words that must appear together, in order.
    case phrase(String)
    case all([SearchQuery])
    case any([SearchQuery])
    /// Matches `included` but none of `excluded`.
    case excluding(SearchQuery, [SearchQuery])

    public static func term(_ word: String) -> SearchQuery {
        .term(word, isPrefix: false)
    }

    /// The query in canonical form, fully parenthesized where precedence matters.
    public var description: String {
        switch self {
        case .term(let word, let isPrefix):
            return isPrefix ? word + "*" : word
        case .phrase(let text):
            return "\"\(text)\""
        case .all(let parts):
            return parts.map { $0.isCompound ? "(\($0))" : $0.description }.joined(separator: " ")
        case .any(let parts):
            return parts.map { $0.isCompound ? "(\($0))" : $0.description }.joined(separator: " OR ")
        case .excluding(let included, let excluded):
            let head = included.isCompound && !included.isConjunction ? "(\(included))" : included.description
            return ([head] + excluded.map { "-" + ($0.isCompound ? "(\($0))" : $0.description) }).joined(separator: " ")
        }
    }

    /// Every word and phrase the query asks for, excluded ones left out: what a highlighter marks.
    public var wantedTerms: [SearchQuery] {
        switch self {
        case .term, .phrase: return [self]
        case .all(let parts), .any(let parts): return parts.flatMap(\.wantedTerms)
        case .excluding(let included, _): return included.wantedTerms
        }
    }

    var isCompound: Bool {
        switch self {
        case .term, .phrase: return false
        default: return true
        }
    }

    var isConjunction: Bool {
        if case .all = self { return true }
        return false
    }
}
