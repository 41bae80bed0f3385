/// A well-known date named by an event: `the September 11 attacks` is 2001-09-11 in an article of any year.
struct NamedDate {
    enum Piece: Equatable {
        case word(String), number(Int), month(Int), punctuation(String)

        var isPunctuation: Bool {
            if case .punctuation = self { return true }
            return false
        }
    }

    /// The tokens that name it, then the words of which one must follow for the name to hold (none: always).
    let pieces: [Piece]
    let followers: Set<String>
    let day: CalendarDay

    static let attacks: Set<String> = ["attack", "attacks", "terrorist", "terror", "hijackings", "hijackers", "commission", "plot", "plotters", "bombings"]

    static let table: [NamedDate] = [
        NamedDate(pieces: [.month(9), .number(11)], followers: attacks, day: CalendarDay(year: 2001, month: 9, day: 11)),
        NamedDate(pieces: [.number(11), .month(9)], followers: attacks, day: CalendarDay(year: 2001, month: 9, day: 11)),
        NamedDate(pieces: [.number(9), .punctuation("/"), .number(11)], followers: [], day: CalendarDay(year: 2001, month: 9, day: 11)),
        NamedDate(pieces: [.number(7), .punctuation("/"), .number(7)], followers: attacks, day: CalendarDay(year: 2005, month: 7, day: 7)),
        NamedDate(pieces: [.word("d"), .punctuation("-"), .word("day")], followers: [], day: CalendarDay(year: 1944, month: 6, day: 6)),
        NamedDate(pieces: [.word("v"), .punctuation("-"), .word("e"), .word("day")], followers: [], day: CalendarDay(year: 1945, month: 5, day: 8)),
        NamedDate(pieces: [.word("ve"), .word("day")], followers: [], day: CalendarDay(year: 1945, month: 5, day: 8)),
        NamedDate(pieces: [.word("black"), .word("monday")], followers: [], day: CalendarDay(year: 1987, month: 10, day: 19)),
        NamedDate(pieces: [.word("kristallnacht")], followers: [], day: CalendarDay(year: 1938, month: 11, day: 9)),
    ]

    /// The words the table looks for, so that the lexicon knows them.
    static let words: Set<String> = Set(table.flatMap { entry in
        entry.pieces.compactMap { piece -> String? in
            if case .word(let word) = piece { return word }
            return nil
        }
    }).union(table.flatMap(\.followers))

    /// The words a named date can start with.
    static let firstWords: Set<String> = Set(table.compactMap { entry in
        if case .word(let word) = entry.pieces[0] { return word }
        return nil
    })
}

extension TemporalMatcher {
    /// A named date at `index`, capitalized as a name is (`D-Day`, `Black Monday`), with no year written after it.
    func namedDate(_ index: Int) -> Match? {
        let token = tokens[index]
        let first: NamedDate.Piece
        switch token.kind {
        case .number:
            guard token.digits <= 2, let number = token.number, number == 7 || number == 9 || number == 11 else { return nil }
            first = .number(number)
        case .word:
            guard let word = token.word else { return nil }
            if word.isArticle, index + 1 < tokens.count, tokens[index + 1].kind == .number, let found = namedDate(index + 1) {
                return (found.length + 1, found.value)
            }
            guard word.opensNamedDate || word.month == 9 else { return nil }
            first = word.month == 9 ? .month(9) : .word(token.text)
        case .punctuation:
            return nil
        }
        entries: for entry in NamedDate.table where entry.pieces[0] == first {
            var position = index
            for (offset, piece) in entry.pieces.enumerated() {
                let joined = offset > 0 && (piece.isPunctuation || entry.pieces[offset - 1].isPunctuation)
                guard position < tokens.count, !joined || adjacent(position) else { continue entries }
                let token = tokens[position]
                switch piece {
                case .word(let word):
                    guard token.kind == .word, token.text == word, offset > 0 || token.isCapitalized else { continue entries }
                    position += 1
                case .number(let number):
                    guard token.kind == .number, token.number == number, token.digits <= 2 else { continue entries }
                    position += 1
                case .month(let month):
                    guard let (found, used) = self.month(position, afterDay: offset > 0), found == month else { continue entries }
                    position += used
                case .punctuation(let text):
                    guard isPunctuation(position, text, adjacent: true) else { continue entries }
                    position += 1
                }
            }
            if isPunctuation(position, "/", adjacent: true) || isPunctuation(position, ",") && year(position + 1) != nil || year(position) != nil { continue }
            if !entry.followers.isEmpty, !entry.followers.contains(word(position) ?? "") { continue }
            if index > 0, isPunctuation(index - 1, "/", adjacent: true) { continue }
            trace.isNamedDate = true
            return (position - index, dayValue(entry.day))
        }
        return nil
    }
}
