/// The words the temporal tagger knows.
enum TemporalLexicon {
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
        "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
    ]

    static let seasons: [String: String] = ["spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"]

    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    ]

    static let counts: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3,
    ]

    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// Days of the month spelled out: "the first of March".
    static let ordinalDays: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
        "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    ]

    /// Words the patterns look for besides those above.
    static let patternWords: Set<String> = [
        "ad", "bc", "bce", "ce", "b", "c", "after", "afternoon", "ago", "back", "before", "being", "by", "century", "d", "day", "days", "decade", "entire", "eve",
        "evening", "from", "future", "hence", "ides", "long", "mo", "month", "months", "mos", "morning", "near", "of", "quarter",
        "quarters", "qtr", "qtrs", "s", "same", "since", "sunday", "term", "through", "time", "to", "until", "very", "week", "weeks",
        "weekend", "wk", "wks", "year", "years", "yr", "yrs", "most", "and", "or", "but", "as", "that", "for", "when", "is", "was",
        "looks", "holds", "remains", "lies", "period", "season", "be", "been",
        "its", "his", "her", "their", "our", "these", "those", "during", "circa", "till", "between", "x", "at", "ca", "around", "would",
    ]

    /// Words before a bare number that make it a year: `in 2146`, `since 1991`, `the year 1999`.
    static let yearContext: Set<String> = [
        "in", "since", "by", "until", "till", "from", "to", "through", "before", "after", "during", "year", "circa", "between",
    ]

    /// Nouns before a number that make it a title or a designation: `the film 2046`, `flight 1549`.
    static let titleNouns: Set<String> = [
        "film", "movie", "album", "song", "novel", "flight", "model", "version", "route", "highway", "bus", "room", "section", "article",
        "chapter", "paragraph", "resolution", "decree", "page", "gate", "platform", "equals", "level",
    ]

    /// Words before a year more than a century before the publication date that make it one: `in 1066`, `around
    /// 1490`, `from 1840`.
    static let farYearContext: Set<String> = [
        "in", "since", "during", "circa", "ca", "year", "until", "till", "before", "after", "from", "between", "around", "by",
    ]

    /// Words before a number that make the plural after it a year's noun rather than a count: `the 1999 elections`.
    static let determiners: Set<String> = ["the", "its", "his", "her", "their", "our", "this", "that", "these", "those"]

    /// Nouns of `the same period last year`.
    static let periodNouns: Set<String> = ["period", "month", "quarter", "time", "day", "week", "season", "year"]

    /// Every word that can start an expression; any other word is passed over at once.
    static let triggers: Set<String> = Set(months.keys).union(weekdays.keys).union(seasons.keys).union(ordinals.keys).union(ordinalDays.keys)
        .union(counts.keys).union([
            "early", "mid", "late", "the", "that", "today", "yesterday", "tomorrow", "now", "recently", "recent", "soon",
            "this", "last", "next", "earlier", "later", "current", "previous", "following", "coming", "upcoming", "past", "q",
            "in", "on", "christmas", "easter", "halloween", "thanksgiving", "new",
        ]).union(NamedDate.firstWords)

    /// Relative steps: `last year`, `next month`.
    static let directions: [String: Int] = [
        "this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "following": 1, "coming": 1, "upcoming": 1,
    ]

    /// Words before an expression that put it in the future, or in the past.
    static let futureCues: Set<String> = [
        "will", "ll", "shall", "should", "must", "might", "until", "till", "through", "scheduled", "expected", "due", "upcoming",
        "next",
        "tomorrow",
    ]
    static let futureBeforeTo: Set<String> = ["set", "going", "is", "are", "plan", "plans", "intends", "aims", "hopes", "wants"]
    static let pastCues: Set<String> = [
        "was", "were", "had", "did", "made", "took", "came", "went", "began", "fell", "rose", "held", "met", "won",
        "lost", "saw", "gave", "left", "became", "got", "ran", "sold", "bought", "paid", "ago", "since", "last", "earlier",
    ]

    /// Words after a number that make it a quantity, not a year: "661 Kazakh citizens", "2000 troops".
    static let quantityWords: Set<String> = [
        "people", "citizens", "troops", "soldiers", "km", "kilometers", "kilometres", "miles", "meters", "metres",
        "tons", "tonnes", "barrels", "dollars", "euros", "percent", "per", "votes", "members", "units", "workers",
        "residents", "refugees", "cases", "deaths", "km2", "hectares", "acres", "feet", "kg", "mw", "gw", "bags",
        "shares", "cars", "vehicles", "jobs", "households", "pages", "words", "mln", "billion", "million", "thousand",
        "gmt", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet", "hours", "hrs", "local", "lbs", "ton", "tonne", "ounces", "bpd",
        "men", "women", "children", "police", "pence", "personnel", "staff", "cents", "yen", "rubles", "roubles", "tenge", "som", "utc",
        "msk", "pixels", "px", "dpi", "gb", "mb", "kb", "mhz", "ghz", "rpm", "mph", "kph", "kmh", "x", "euro", "usd", "eur", "rub",
        "lb", "mdt", "mst", "points", "level", "series",
    ]

    /// Words before a number that make it money or a count: "$2000", "no. 1990".
    static let quantityPrefixes: Set<String> = ["$", "€", "£", "#", "no", "number", "us", "usd", "rs", "dlrs"]

    /// What a word says of the tense of the words after it.
    enum Cue: UInt8 {
        case none, future, past, to, futureBeforeTo, passive
        /// A past form that turns a following future cue to the past: `was due`, `fell due`.
        case pastAuxiliary
    }

    /// A known word with what it can name; zero where it names nothing of that sort.
    struct Word {
        var cue: Cue
        var isTrigger: Bool
        var month: UInt8
        var weekday: UInt8
        /// A weekday in the plural, `fridays`.
        var weekdays: UInt8
        var ordinalDay: UInt8
        var count: UInt8
        /// 1 to 5 for day, week, month, quarter and year, singular or plural.
        var unit: UInt8
        /// Whether a named date can start with it (`D-Day`, `Black Monday`).
        var opensNamedDate = false
        /// Whether it counts from the present, not from the narrative: `last year`, `this month`.
        var isDeictic = false
        /// Whether it puts its sentence in the future even in a narrative: `will`, `shall`, `'ll`, `would`.
        var isStrongFuture = false
        /// `the`, before a named date of numbers: `the 7/7 bombings`.
        var isArticle = false
    }

    /// Words that count from the present (before a unit, without `the`): `last year`, `next month`, `this week`.
    static let deicticWords: Set<String> = ["last", "this", "next", "coming", "current", "past", "upcoming"]

    static let units = ["day", "week", "month", "quarter", "year"]

    /// Every word the tagger knows, by its lower-cased bytes packed into two integers (up to 16 letters).
    private static let table: (keys: [(UInt64, UInt64)], words: [Word?], texts: [String]) = {
        var known = triggers.union(patternWords).union(directions.keys).union(futureCues).union(futureBeforeTo).union(pastCues)
            .union(quantityWords).union(quantityPrefixes).union(ordinalSuffixes).union(yearContext).union(determiners).union(titleNouns).union(NamedDate.words)
        known.formUnion(weekdays.keys.filter { $0.count > 5 }.map { $0 + "s" })
        var keys = [(UInt64, UInt64)](repeating: (0, 0), count: tableSize)
        var words = [Word?](repeating: nil, count: tableSize)
        var texts = [String](repeating: "", count: tableSize)
        for text in known where text.utf8.count <= 16 && text.utf8.allSatisfy({ $0 < 0x80 }) {
            let key = pack(text)
            var slot = slotIndex(low: key.0, high: key.1)
            while words[slot] != nil { slot = (slot + 1) & (tableSize - 1) }
            keys[slot] = key
            texts[slot] = text
            let singular = text.hasSuffix("s") ? String(text.dropLast()) : text
            let cue: Cue = ["was", "were", "had", "fell", "came", "became"].contains(text) ? .pastAuxiliary
                : futureCues.contains(text) ? .future : pastCues.contains(text) ? .past : text == "to" ? .to
                : futureBeforeTo.contains(text) ? .futureBeforeTo : ["be", "been", "being"].contains(text) ? .passive : .none
            words[slot] = Word(
                cue: cue, isTrigger: triggers.contains(text), month: UInt8(months[text] ?? 0), weekday: UInt8(weekdays[text] ?? 0),
                weekdays: UInt8(text.count > 6 && text.hasSuffix("s") ? weekdays[singular] ?? 0 : 0),
                ordinalDay: UInt8(ordinalDays[text] ?? 0), count: UInt8(counts[text] ?? 0),
                unit: UInt8((units.firstIndex(of: singular) ?? -1) + 1), opensNamedDate: NamedDate.firstWords.contains(text),
                isDeictic: deicticWords.contains(text), isStrongFuture: ["will", "shall", "ll", "would"].contains(text),
                isArticle: text == "the")
        }
        return (keys, words, texts)
    }()

    private static let tableSize = 2048

    private static func pack(_ text: String) -> (UInt64, UInt64) {
        var low: UInt64 = 0, high: UInt64 = 0
        for (offset, byte) in text.utf8.enumerated() {
            if offset < 8 { low |= UInt64(byte) << (8 * offset) } else { high |= UInt64(byte) << (8 * (offset - 8)) }
        }
        return (low, high)
    }

    @inline(__always)
    private static func slotIndex(low: UInt64, high: UInt64) -> Int {
        Int(truncatingIfNeeded: ((low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)) >> 53) & (tableSize - 1)
    }

    /// The known word with these packed lower-case bytes, and its text, if any.
    static func word(low: UInt64, high: UInt64) -> (Word, String)? {
        let table = Self.table
        var slot = slotIndex(low: low, high: high)
        while let word = table.words[slot] {
            if table.keys[slot] == (low, high) { return (word, table.texts[slot]) }
            slot = (slot + 1) & (tableSize - 1)
        }
        return nil
    }
}
