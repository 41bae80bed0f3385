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

    /// Every word that can start an expression; any other word is passed over with one lookup.
    static let triggers: Set<String> = Set(months.keys).union(weekdays.keys).union(seasons.keys).union(ordinals.keys).union(ordinalDays.keys)
        .union(counts.keys).union([
            "early", "mid", "late", "the", "that", "today", "yesterday", "tomorrow", "now", "recently", "recent", "soon",
            "this", "last", "next", "earlier", "later", "current", "previous", "following", "coming", "upcoming", "past", "q",
            "in", "on", "christmas", "easter", "halloween", "thanksgiving", "new",
        ])

    /// Relative steps: `last year`, `next month`.
    static let directions: [String: Int] = [
        "this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "following": 1, "coming": 1, "upcoming": 1,
    ]

    /// Words before an expression that put it in the future, or in the past.
    static let futureCues: Set<String> = [
        "will", "ll", "shall", "should", "must", "might", "be", "until", "till", "scheduled", "expected", "due", "upcoming", "next",
        "tomorrow",
    ]
    static let futureBeforeTo: Set<String> = ["set", "going", "is", "are", "plan", "plans", "intends", "aims", "hopes", "wants"]
    static let pastCues: Set<String> = [
        "was", "were", "had", "did", "said", "made", "took", "came", "went", "began", "fell", "rose", "told", "held", "met", "won",
        "lost", "saw", "gave", "left", "became", "got", "ran", "sold", "bought", "paid", "ago", "since", "last", "earlier",
    ]

    /// Words after a number that make it a quantity, not a year: "661 Kazakh citizens", "2000 troops".
    static let quantityWords: Set<String> = [
        "people", "citizens", "troops", "soldiers", "km", "kilometers", "kilometres", "miles", "meters", "metres",
        "tons", "tonnes", "barrels", "dollars", "euros", "percent", "per", "votes", "members", "units", "workers",
        "residents", "refugees", "cases", "deaths", "km2", "hectares", "acres", "feet", "kg", "mw", "gw", "bags",
        "shares", "cars", "vehicles", "jobs", "households", "pages", "words", "mln", "billion", "million", "thousand",
    ]

    /// Words before a number that make it money or a count: "$2000", "no. 1990".
    static let quantityPrefixes: Set<String> = ["$", "€", "£", "#", "no", "number", "us", "usd", "rs", "dlrs"]
}
