extension SearchQuery {
    /// Parses Folio's search grammar.
    ///
    /// Words are ANDed; `"quoted phrases"`; `OR`; `NOT word` or `-word`; `prefix*`; parentheses.
    /// `AND` may be written but is implied. Operators are upper case; `or` is a word.
    /// Tokens with no letter or digit, such as a lone `-` or `&`, are passed over.
    ///
    /// - Throws: ``SearchQueryError`` naming the column of the problem.
    public init(parsing text: String) throws {
        var parser = SearchQueryParser(text: text)
        self = try parser.parse()
    }

    /// The grammar in a line each, with an example: what `help find` explains.
    public static let grammar = [
        "words are ANDed: CSTO border",
        "\"quoted phrases\" match words in order: \"Tajik-Afghan border\"",
        "OR between alternatives: Kazakhstan OR Uzbekistan",
        "NOT word or -word excludes: CSTO -Armenia",
        "prefix* matches word starts: milit*",
        "parentheses group: CSTO (Armenia OR Belarus)",
        "accents and case do not matter: Ataturk finds Atatürk",
    ]
}

private struct SearchQueryParser {
    enum Kind: Equatable {
        case word(String, isPrefix: Bool)
        case phrase(String)
        case open, close, or, and, not
        case minus
    }

    struct Token {
        var kind: Kind
        var column: Int
    }

    let text: String
    var tokens: [Token] = []
    var index = 0
    /// How deep parentheses may nest; deeper, and parsing them would exhaust the stack.
    static let deepestNesting = 64
    var depth = 0

    init(text: String) {
        self.text = text
    }

    mutating func parse() throws -> SearchQuery {
        tokens = try tokenize()
        guard !tokens.isEmpty else { throw SearchQueryError("empty query: type words to search for", column: 1, in: text) }
        let query = try parseOr()
        if index < tokens.count {
            let token = tokens[index]
            throw SearchQueryError(token.kind == .close ? "unmatched ')'" : "unexpected text", column: token.column, in: text)
        }
        return query
    }

    // MARK: Grammar

    mutating func parseOr() throws -> SearchQuery {
        var parts = [try parseAnd()]
        while let token = peek(), token.kind == .or {
            index += 1
            guard let next = peek(), next.kind != .close, next.kind != .or else {
                throw SearchQueryError("OR needs a term after it", column: token.column, in: text)
            }
            parts.append(try parseAnd())
        }
        return parts.count == 1 ? parts[0] : .any(parts)
    }

    mutating func parseAnd() throws -> SearchQuery {
        var included: [SearchQuery] = []
        var excluded: [SearchQuery] = []
        let start = peek()?.column ?? text.count + 1
        while let token = peek(), token.kind != .or, token.kind != .close {
            switch token.kind {
            case .and:
                index += 1
                guard !included.isEmpty || !excluded.isEmpty, let next = peek(), next.kind != .or, next.kind != .close else {
                    throw SearchQueryError("AND needs a term on each side", column: token.column, in: text)
                }
            case .not, .minus:
                index += 1
                guard let next = peek(), next.kind != .or, next.kind != .close, next.kind != .and, next.kind != .not, next.kind != .minus else {
                    throw SearchQueryError("\(token.kind == .not ? "NOT" : "-") needs a term after it", column: token.column, in: text)
                }
                excluded.append(try parsePrimary())
            default:
                included.append(try parsePrimary())
            }
        }
        if included.isEmpty {
            if excluded.isEmpty {
                let column = peek()?.column ?? start
                throw SearchQueryError(peek()?.kind == .or ? "OR needs a term before it" : "expected a term", column: column, in: text)
            }
            throw SearchQueryError("a search needs at least one term that is not excluded", column: start, in: text)
        }
        let positive = included.count == 1 ? included[0] : .all(included)
        return excluded.isEmpty ? positive : .excluding(positive, excluded)
    }

    mutating func parsePrimary() throws -> SearchQuery {
        guard let token = peek() else {
            throw SearchQueryError("expected a term", column: text.count + 1, in: text)
        }
        index += 1
        switch token.kind {
        case .word(let word, let isPrefix):
            return .term(word, isPrefix: isPrefix)
        case .phrase(let phrase):
            return .phrase(phrase)
        case .open:
            guard let next = peek(), next.kind != .close else {
                throw SearchQueryError("empty parentheses", column: token.column, in: text)
            }
            guard depth < Self.deepestNesting else {
                throw SearchQueryError("parentheses nested more than \(Self.deepestNesting) deep", column: token.column, in: text)
            }
            depth += 1
            defer { depth -= 1 }
            let inner = try parseOr()
            guard let close = peek(), close.kind == .close else {
                throw SearchQueryError("'(' is never closed", column: token.column, in: text)
            }
            _ = close
            index += 1
            return inner
        default:
            throw SearchQueryError("expected a term", column: token.column, in: text)
        }
    }

    func peek() -> Token? {
        index < tokens.count ? tokens[index] : nil
    }

    // MARK: Tokens

    static let openQuotes: Set<Character> = ["\"", "\u{201C}", "\u{201E}", "\u{00AB}"]
    static let closeQuotes: Set<Character> = ["\"", "\u{201D}", "\u{201C}", "\u{00BB}"]

    func tokenize() throws -> [Token] {
        var result: [Token] = []
        let characters = Array(text)
        var position = 0
        while position < characters.count {
            let character = characters[position]
            let column = position + 1
            if character.isWhitespace {
                position += 1
            } else if character == "(" {
                result.append(Token(kind: .open, column: column))
                position += 1
            } else if character == ")" {
                result.append(Token(kind: .close, column: column))
                position += 1
            } else if Self.openQuotes.contains(character) {
                var end = position + 1
                while end < characters.count, !Self.closeQuotes.contains(characters[end]) { end += 1 }
                guard end < characters.count else {
                    throw SearchQueryError("unclosed quote", column: column, in: text)
                }
                let phrase = String(characters[(position + 1)..<end]).trimmingWhitespace()
                guard phrase.contains(where: { $0.isLetter || $0.isNumber }) else {
                    throw SearchQueryError("empty phrase", column: column, in: text)
                }
                result.append(Token(kind: .phrase(phrase), column: column))
                position = end + 1
            } else if (character == "-" || character == "\u{2212}"), position + 1 < characters.count,
                      !characters[position + 1].isWhitespace, characters[position + 1] != "-",
                      result.last.map({ $0.kind != .minus }) ?? true {
                result.append(Token(kind: .minus, column: column))
                position += 1
            } else {
                var end = position
                while end < characters.count, !characters[end].isWhitespace, characters[end] != "(", characters[end] != ")",
                      !Self.openQuotes.contains(characters[end]) {
                    end += 1
                }
                let raw = String(characters[position..<end])
                position = end
                if let token = try wordToken(raw, column: column) { result.append(token) }
            }
        }
        return result
    }

    func wordToken(_ raw: String, column: Int) throws -> Token? {
        switch raw {
        case "OR", "|": return Token(kind: .or, column: column)
        case "AND", "&&": return Token(kind: .and, column: column)
        case "NOT": return Token(kind: .not, column: column)
        default: break
        }
        var word = raw
        var isPrefix = false
        if word.hasSuffix("*") {
            word.removeLast()
            isPrefix = true
        }
        if let star = word.firstIndex(of: "*") {
            throw SearchQueryError("'*' can only end a word, as in milit*", column: column + word.distance(from: word.startIndex, to: star), in: text)
        }
        word = word.trimmingCharacters(where: { !($0.isLetter || $0.isNumber) })
        guard word.contains(where: { $0.isLetter || $0.isNumber }) else {
            if isPrefix {
                throw SearchQueryError("'*' needs a word before it", column: column, in: text)
            }
            return nil
        }
        return Token(kind: .word(word, isPrefix: isPrefix), column: column)
    }
}

extension String {
    /// Trims leading and trailing characters that match, such as the comma in `Turkey,`.
    func trimmingCharacters(where shouldTrim: (Character) -> Bool) -> String {
        String(drop(while: shouldTrim).reversed().drop(while: shouldTrim).reversed())
    }
}
