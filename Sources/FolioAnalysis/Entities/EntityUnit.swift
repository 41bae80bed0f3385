/// A word as the entity tagger reads it: hyphenated parts (`Kassym-Jomart`), elided ones (`O'Leary`), dotted
/// abbreviations (`U.S.`, `Mr.`) and their possessive (`Turkey’s`) taken together, with what separates it from the next word.
struct EntityUnit {
    enum Gap {
        case space, comma, openingParenthesis, closingParenthesis, possessive, other
    }

    var text: String
    /// Byte range in the UTF-8 text, without a possessive.
    var start: Int
    var end: Int
    var isCapitalized: Bool
    var isAllCapitals: Bool
    var isSentenceStart: Bool
    var gap: Gap
    var flags: EntityIndex.WordFlags = []

    /// Lower-case words that can join the words of a name: `Ministry of Foreign Affairs`.
    static let connectors: Set<String> = ["of", "for", "de", "&"]

    func isJoined(to next: EntityUnit) -> Bool { gap == .space }
    var isFollowedByComma: Bool { gap == .comma }
    var isFollowedByOpeningParenthesis: Bool { gap == .openingParenthesis }
    var isFollowedByClosingParenthesis: Bool { gap == .closingParenthesis }

    /// One capital letter, as a middle initial is written before its dot: `F` of `John F. Kennedy`.
    var isInitial: Bool {
        let scalars = text.unicodeScalars
        return isCapitalized && (scalars.count == 1 || scalars.count == 2 && scalars.last == ".")
    }

    static let abbreviations: Set<String> = ["Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Gov", "Col", "Lt", "Prof", "Rep", "St", "Inc", "Corp", "Co", "Ltd"]

    static func units(of tokens: [EntityToken]) -> [EntityUnit] {
        var units: [EntityUnit] = []
        units.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.kind != .punctuation else {
                index += 1
                continue
            }
            var unit = EntityUnit(text: token.text, start: token.start, end: token.end, isCapitalized: token.isCapitalized,
                                  isAllCapitals: token.isAllCapitals, isSentenceStart: token.isSentenceStart, gap: .space)
            index += 1
            while index + 1 < tokens.count, token.isCapitalized, !tokens[index].isSpaced,
                  !tokens[index + 1].isSpaced || unit.text.count == 1 && tokens[index].text == "'" {
                let mark = tokens[index].text, next = tokens[index + 1]
                let isHyphen = mark == "-" && next.kind == .word && next.isCapitalized
                let isDotted = mark == "." && next.kind == .word && next.end - next.start == 1 && unit.text.last.map { $0.isUppercase } == true
                    && unit.text.count <= 3
                // O'Leary, D'Amato, N’Dour, O' Leary: a capital and an apostrophe open the name.
                let isElided = mark == "'" && next.kind == .word && next.isCapitalized && unit.text.count == 1
                guard isHyphen || isDotted || isElided else { break }
                unit.text += mark + next.text
                unit.end = next.end
                unit.isAllCapitals = unit.isAllCapitals && next.isAllCapitals
                index += 2
            }
            if index < tokens.count, tokens[index].text == ".", !tokens[index].isSpaced,
               unit.text.contains(".") || abbreviations.contains(unit.text) || unit.isInitial {
                unit.text += "."
                unit.end = tokens[index].end
                index += 1
            }
            if index + 1 < tokens.count, tokens[index].text == "'", !tokens[index].isSpaced, tokens[index + 1].text == "s", !tokens[index + 1].isSpaced {
                unit.gap = .possessive
                index += 2
            } else if index < tokens.count, tokens[index].kind == .punctuation {
                switch tokens[index].text {
                case ",": unit.gap = .comma
                case "(": unit.gap = .openingParenthesis
                case ")": unit.gap = .closingParenthesis
                default: unit.gap = .other
                }
            }
            if unit.isCapitalized { unit.flags = EntityIndex.wordFlags[unit.text] ?? [] }
            units.append(unit)
        }
        return units
    }
}
