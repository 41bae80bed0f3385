extension PublicationDate {
    /// Parses a publication date as sources write it.
    ///
    /// Accepts ISO 8601 (`2024-11-27`, `2024-11-27T10:00:00Z`, `2024-11`, `2024`), RFC 2822 as RSS uses it
    /// (`Wed, 27 Nov 2024 10:00:00 +0000`), `November 27, 2024`, `Nov. 27, 2024`, `27 November 2024`,
    /// `November 2024`, `2024/11/27`, `27.11.2024`, `27-11-2024` (day first, as dotted and dashed dates are
    /// written), and `11/27/2024` when the day is above 12.
    /// The time of day and the zone are dropped: the date is the one the source printed.
    /// Returns nil for anything else, including an ambiguous `03/04/2008`.
    public init?(parsing text: String) {
        let tokens = DateTokens(text)
        guard let date = tokens.numericDate() ?? tokens.namedMonthDate() else { return nil }
        self = date
    }
}

/// A date's text as numbers (with their digit counts), lowered words and separators.
struct DateTokens {
    enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case separator(Character)
    }

    var tokens: [Token] = []

    init(_ text: String) {
        var current = ""
        var isDigits = false
        func flush() {
            guard !current.isEmpty else { return }
            if isDigits, let value = Int(current) {
                tokens.append(.number(value, digits: current.count))
            } else {
                tokens.append(.word(current.lowercased()))
            }
            current = ""
        }
        for character in text {
            if character.isASCII, character.isNumber {
                if !isDigits { flush() }
                isDigits = true
                current.append(character)
            } else if character.isLetter {
                if isDigits { flush() }
                isDigits = false
                current.append(character)
            } else {
                flush()
                if !character.isWhitespace { tokens.append(.separator(character)) }
            }
        }
        flush()
    }

    /// ISO, slashed and dotted all-number forms; anything after a `T` or a space-separated time is ignored.
    func numericDate() -> PublicationDate? {
        let head = Array(tokens.prefix { token in
            if case .word = token { return false }
            return true
        })
        if case .word(let next)? = tokens.dropFirst(head.count).first, !next.hasPrefix("t"), !PublicationDate.isZone(next) {
            return nil
        }
        let numbers = head.compactMap { token -> Int? in
            if case .number(let value, _) = token { return value }
            return nil
        }
        let shape = head.prefix(5).map { token -> String in
            switch token {
            case .number(_, let digits): return digits == 4 ? "Y" : "n"
            case .separator(let character): return String(character)
            case .word: return "w"
            }
        }.joined()
        switch shape {
        case "Y-n-n", "Y/n/n":
            return PublicationDate(year: numbers[0], month: numbers[1], day: numbers[2])
        case "n.n.Y", "n-n-Y":
            return PublicationDate(year: numbers[2], month: numbers[1], day: numbers[0])
        case "n/n/Y":
            let (a, b) = (numbers[0], numbers[1])
            if a <= 12, b > 12 { return PublicationDate(year: numbers[2], month: a, day: b) }
            if a > 12, b <= 12 { return PublicationDate(year: numbers[2], month: b, day: a) }
            if a == b { return PublicationDate(year: numbers[2], month: a, day: b) }
            return nil
        case "Y-n" where head.count == 3:
            return PublicationDate(year: numbers[0], month: numbers[1])
        case "Y" where tokens.count == 1:
            return PublicationDate(year: numbers[0])
        default:
            break
        }
        return nil
    }

    /// Forms with a month name, with or without a weekday in front.
    func namedMonthDate() -> PublicationDate? {
        var rest = tokens.filter { token in
            if case .separator = token { return false }
            return true
        }
        if case .word(let first)? = rest.first, PublicationDate.isWeekday(first) {
            rest.removeFirst()
        }
        guard rest.count >= 2 else { return nil }
        switch (rest[0], rest[1], rest.count > 2 ? rest[2] : nil) {
        case (.word(let name), .number(let d, let digits), .number(let y, 4)?) where digits <= 2:
            guard let m = PublicationDate.monthNumber(name) else { return nil }
            return PublicationDate(year: y, month: m, day: d)
        case (.number(let d, let digits), .word(let name), .number(let y, 4)?) where digits <= 2:
            guard let m = PublicationDate.monthNumber(name) else { return nil }
            return PublicationDate(year: y, month: m, day: d)
        case (.word(let name), .number(let y, 4), _):
            guard let m = PublicationDate.monthNumber(name) else { return nil }
            return PublicationDate(year: y, month: m)
        default:
            return nil
        }
    }
}

extension PublicationDate {
    static let monthNames = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]

    /// The month number for a full English month name or its abbreviation (`sept` included).
    public static func monthNumber(_ word: String) -> Int? {
        let lower = word.lowercased()
        if lower == "sept" { return 9 }
        guard lower.count >= 3 else { return nil }
        return monthNames.firstIndex { $0 == lower || ($0.hasPrefix(lower) && lower.count == 3) }.map { $0 + 1 }
    }

    static func isWeekday(_ word: String) -> Bool {
        ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].contains(word)
    }

    static func isZone(_ word: String) -> Bool {
        ["z", "utc", "gmt", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt"].contains(word)
    }
}
