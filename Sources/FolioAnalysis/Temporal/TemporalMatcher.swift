import FolioCore

/// Tries the tagger's patterns at a token, longest forms first.
struct TemporalMatcher {
    let tokens: [TemporalToken]
    /// The publication date; in a text without one, the narrative's date while a partial date is resolved again.
    var anchor: CalendarDay?
    let isForward: Bool
    /// Whether `anchor` is the narrative's date rather than the publication date: months then count forward.
    var isNarrative = false
    /// Whether the last match read the narrative's date.
    let trace = Trace()

    final class Trace {
        var usedNarrative = false
        var isNamedDate = false
    }

    /// The last day the text named, which `the day` and `that day` refer back to.
    var narrativeDay: CalendarDay?
    /// The year of the last date the text named, which `the previous year` and `the entire year` refer back to.
    var narrativeYear: Int?
    /// The last date the text named, which `the same period last year` refers back to.
    var narrativeValue: TemporalValue?
    typealias Match = (length: Int, value: TemporalValue)

    // MARK: Token helpers

    func word(_ index: Int) -> String? {
        index < tokens.count && tokens[index].kind == .word ? tokens[index].text : nil
    }

    /// What the lexicon says of the word at `index`, when it knows it.
    func lexicon(_ index: Int) -> TemporalLexicon.Word? {
        index < tokens.count ? tokens[index].word : nil
    }

    func monthName(_ index: Int) -> Int? {
        guard let month = lexicon(index)?.month, month > 0 else { return nil }
        return Int(month)
    }

    func ordinalDay(_ index: Int) -> Int? {
        guard let day = lexicon(index)?.ordinalDay, day > 0 else { return nil }
        return Int(day)
    }

    func isPunctuation(_ index: Int, _ text: String, adjacent: Bool = false) -> Bool {
        index < tokens.count && tokens[index].kind == .punctuation && tokens[index].text == text && (!adjacent || !tokens[index].isSpaced)
    }

    func adjacent(_ index: Int) -> Bool {
        index < tokens.count && !tokens[index].isSpaced
    }

    /// A capitalized month name or abbreviation, with the period of an abbreviation: (month, tokens used).
    func month(_ index: Int, afterDay: Bool = false) -> (Int, Int)? {
        guard let month = monthName(index) else { return nil }
        let isAbbreviation = (tokens[index].length <= 3 || tokens[index].length == 4 && month != 6 && month != 7) && tokens[index].text != "may"
        let length = isAbbreviation && isPunctuation(index + 1, ".", adjacent: true) ? 2 : 1
        if afterDay { return (month, length) }
        // Inside a name, March is a noun: `the Indochinese March Battalion`, `the Long March Movement`.
        if month == 3, tokens[index].isCapitalized, index > 0, !opensSentence(index - 1), tokens[index - 1].kind == .word, tokens[index - 1].isCapitalized,
           tokens[index - 1].word == nil, index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized,
           tokens[index + 1].word == nil {
            return nil
        }
        if tokens[index].text == "may", tokens[index].isCapitalized, index + 1 == tokens.count || [".", ",", ";", ")"].contains(tokens[index + 1].text),
           index == 0 || !tokens[index - 1].isCapitalized {
            return (month, 1)
        }
        if !tokens[index].isCapitalized {
            let followedByDay = index + length < tokens.count
                && (tokens[index + length].kind == .number || ordinalDay(index + length) != nil)
            guard !isAbbreviation || followedByDay,
                  tokens[index].text != "may" && tokens[index].text != "march" || followedByDay else { return nil }
        }
        if tokens[index].text == "may" || tokens[index].text == "mar" {
            let next = index + length
            let hasNumber = next < tokens.count && tokens[next].kind == .number
            let previous = index > 0 ? word(index - 1) : nil
            guard hasNumber || ["in", "of", "since", "until", "by", "early", "late", "mid", "last", "next", "this", "from", "to", "through"].contains(previous ?? "") else { return nil }
        }
        return (month, length)
    }

    /// A day of the month, with an ordinal suffix if there is one: (day, tokens used).
    func dayNumber(_ index: Int) -> (Int, Int)? {
        if let day = ordinalDay(index) {
            return (day, 1)
        }
        guard index < tokens.count, tokens[index].kind == .number, tokens[index].digits <= 2,
              let day = tokens[index].number, (1...31).contains(day) else { return nil }
        if let suffix = word(index + 1), adjacent(index + 1), TemporalLexicon.ordinalSuffixes.contains(suffix) { return (day, 2) }
        if adjacent(index + 1), index + 1 < tokens.count, tokens[index + 1].kind == .word, monthName(index + 1) == nil { return nil }
        return (day, 1)
    }

    /// A four-digit year that is not a quantity, money or part of a larger number.
    func year(_ index: Int) -> Int? {
        guard index < tokens.count, tokens[index].kind == .number, tokens[index].digits == 4,
              let year = tokens[index].number, (1000...2199).contains(year) else { return nil }
        if index > 0 {
            let previous = tokens[index - 1]
            if !tokens[index].isSpaced, previous.kind == .punctuation, (previous.text == "," || previous.text == "." || previous.text == "$" || previous.text == "#") { return nil }
            if !tokens[index].isSpaced, previous.kind == .word || previous.text == "*" { return nil }
            if previous.text == "x" || previous.text == "*" { return nil }
            if TemporalLexicon.quantityPrefixes.contains(previous.text) { return nil }
            if previous.kind == .number, previous.digits >= 3 { return nil }
        }
        if index + 1 < tokens.count {
            let next = tokens[index + 1]
            if next.kind == .punctuation, !next.isSpaced, (next.text == "," || next.text == "."), index + 2 < tokens.count,
               tokens[index + 2].kind == .number, !tokens[index + 2].isSpaced { return nil }
            if next.kind == .punctuation, next.text == "%" { return nil }
            if next.kind == .word, TemporalLexicon.quantityWords.contains(next.text) { return nil }
            if next.kind == .word, !next.isSpaced { return nil }
            if next.text == "-", !next.isSpaced, index + 2 < tokens.count, TemporalLexicon.quantityWords.contains(tokens[index + 2].text) { return nil }
            // `1600-километрового`, a compound of a count; a case ending is short: `2010-го`, `1990-е`.
            if next.text == "-", !next.isSpaced, index + 2 < tokens.count, !tokens[index + 2].isSpaced, tokens[index + 2].isCyrillic,
               tokens[index + 2].length > 6 { return nil }
            if next.text == "*" || next.kind == .number && next.isSpaced { return nil }
            if next.text == "-" || next.text == "to" || next.text == "and", index + 3 < tokens.count, tokens[index + 2].kind == .number,
               tokens[index + 3].kind == .word, TemporalLexicon.quantityWords.contains(tokens[index + 3].text) { return nil }
        }
        return year
    }

    /// A four-digit number standing alone that is a year. Never one before a counted noun (`2000 troops`,
    /// `1100 солдат`, but `the 1999 elections`), a time (`at 1400`, `1400 Gulf time`), a designation (`Panzerhaubitze
    /// 2000`, `L-1011`, `section 1002`, `"2046"`), or among other numbers (`1121 to 504`, `147.0 1504`). A year far
    /// ahead of the publication date needs words of date before it (`by 2146`), and one more than a century before it
    /// a preposition of time, a month, an era or a range (`in 1066`, `c. 1769`, `between 1250 and 1300`, `1642–1772`),
    /// or, within three centuries, an article or a bracket (`an 1865 novella`, `(1851)`); beyond three centuries only
    /// `in`, `since`, `during`, `between`, `from`, `c.`, a month or an era will do. Not `fell to 1738`, `the 1500
    /// listed companies`, `(1500)` or `after 1530` in 1987.
    func bareYear(_ index: Int) -> Int? {
        guard let year = year(index), !isInName(index) else { return nil }
        let previous = index > 0 ? tokens[index - 1] : nil
        if let previous {
            if previous.kind == .number || previous.text == "at" || TemporalLexicon.titleNouns.contains(previous.text) { return nil }
            if previous.text == ":", !tokens[index].isSpaced, index >= 2, tokens[index - 2].kind == .number { return nil }
            if previous.kind == .word, previous.isCapitalized, previous.word == nil, !opensSentence(index - 1), !opensYearRange(index) { return nil }
            if previous.text == "-", !previous.isSpaced, !tokens[index].isSpaced, index >= 2, tokens[index - 2].kind == .word,
               tokens[index - 2].isCapitalized || tokens[index - 2].isCyrillic, tokens[index - 2].word == nil { return nil }
            if previous.text == "-" || previous.text == "to", index >= 2, tokens[index - 2].kind == .number,
               !(tokens[index - 2].digits == 4 && (tokens[index - 2].number ?? .max) <= year && bareYear(index - 2) != nil) { return nil }
        }
        if index + 1 < tokens.count {
            let next = tokens[index + 1]
            let hasDeterminer = previous.map { TemporalLexicon.determiners.contains($0.text) || $0.text == "s" } ?? false
            if next.kind == .word, next.isPlural, !hasDeterminer { return nil }
            if next.kind == .word, next.isCyrillic, !next.isRussianYear { return nil }
            if next.kind == .number, next.isSpaced { return nil }
            if next.text == "\"", !next.isSpaced, previous?.text == "\"", !tokens[index].isSpaced { return nil }
            if next.text == "time" || word(index + 2) == "time" { return nil }
            if next.text == "-" || next.text == "to", index + 2 < tokens.count, tokens[index + 2].kind == .number, !opensYearRange(index) { return nil }
            if next.text == "(" || next.text == ")", index + 3 < tokens.count, tokens[index + 2].kind == .number || tokens[index + 2].kind == .word,
               TemporalLexicon.quantityWords.contains(tokens[index + 2].text) || TemporalLexicon.quantityWords.contains(tokens[index + 3].text) {
                return nil
            }
        }
        guard let previous else { return anchor.map { year <= $0.year + 50 && year >= $0.year - 100 } ?? true ? year : nil }
        let isDated = monthName(index - 1) != nil || TemporalLexicon.seasons[previous.text] != nil || era(index + 1) != nil
            || index + 1 < tokens.count && tokens[index + 1].isRussianYear
        if let anchor, year < anchor.year - 100 {
            let isAnAside = previous.text == "(" || ["a", "an", "the"].contains(previous.text)
                && !(index + 1 < tokens.count && (tokens[index + 1].isPastForm || tokens[index + 1].kind != .word))
            let isCirca = previous.text == "." && index >= 2 && ["c", "ca"].contains(tokens[index - 2].text)
            let isInRange = previous.text == "and" && index >= 2 && tokens[index - 2].kind == .number && tokens[index - 2].digits == 4
                || opensYearRange(index) || (previous.text == "-" || previous.text == "to") && index >= 2 && opensYearRange(index - 2)
            let isHistory = isDated || isCirca || isInRange || TemporalLexicon.farYearContext.contains(previous.text)
            let isOldHistory = isDated || isCirca || isInRange || ["in", "since", "during", "circa", "ca", "between", "from"].contains(previous.text)
            guard year >= anchor.year - 300 ? isHistory || isAnAside : isOldHistory else { return nil }
        }
        guard year > (anchor?.year ?? 2050) + 50 else { return year }
        return isDated || TemporalLexicon.yearContext.contains(previous.text) || previous.text == "(" ? year : nil
    }

    /// Whether a year is the first of a range of years: `1861-1863`, `1915-17`, `1846-8`, `1999 to 2004`.
    func opensYearRange(_ index: Int) -> Bool {
        guard index + 2 < tokens.count, tokens[index].digits == 4, year(index) != nil, let first = tokens[index].number, let last = tokens[index + 2].number,
              isPunctuation(index + 1, "-") || word(index + 1) == "to" else { return false }
        switch tokens[index + 2].digits {
        case 4: return last > first && last - first < 200
        case 2: return last > first % 100 && isPunctuation(index + 1, "-")
        case 1: return last > first % 10 && isPunctuation(index + 1, "-")
        default: return false
        }
    }

    /// Whether a token starts its sentence: the text's start, or after a full stop, a question or exclamation
    /// mark, a colon, a quotation mark or a dash.
    func opensSentence(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = tokens[index - 1]
        return previous.kind == .punctuation && [".", "!", "?", ":", "\"", "-"].contains(previous.text)
    }

    static let quarterWords: Set<String> = ["quarter", "qtr"]

    /// Numbers joined to letters or to more numbers around them are a code, not a date: `A14-8-89-3`.
    func isInCode(from first: Int, to last: Int) -> Bool {
        if first > 0, !tokens[first].isSpaced, tokens[first - 1].kind == .word { return true }
        return last + 2 < tokens.count && adjacent(last + 1) && adjacent(last + 2) && tokens[last + 1].kind == .punctuation
            && tokens[last + 2].kind == .number && (tokens[last + 1].text == "-" || tokens[last + 1].text == "/" || tokens[last + 1].text == ".")
    }

    /// A number between two capitalized words the tagger does not know is part of a name: `the Russell 2000 Index`.
    func isInName(_ index: Int) -> Bool {
        guard index > 0, index + 1 < tokens.count else { return false }
        let before = tokens[index - 1], after = tokens[index + 1]
        return before.kind == .word && before.isCapitalized && before.word == nil && after.kind == .word && after.isCapitalized && after.word == nil
    }

    // MARK: Patterns

    func match(at index: Int) -> Match? {
        let token = tokens[index]
        switch token.kind {
        case .number:
            if let found = namedDate(index) ?? compound(index) ?? numericDate(index) ?? monthSlashDay(index) ?? yearMonth(index) ?? dayMonth(index) { return found }
            if let found = decade(index, prefix: 0) ?? century(index) ?? numericQuarter(index) ?? relativeAgo(index) { return found }
            if tokens[index].digits == 2, index >= 2, adjacent(index), isPunctuation(index - 1, "-"), opensYearRange(index - 2),
               let first = tokens[index - 2].number, let short = tokens[index].number {
                return (1, .year(first - first % 100 + short))
            }
            return bareYear(index).map { (1, .year($0)) }
        case .word:
            return wordStarted(index)
        case .punctuation:
            if token.text == "'" { return decade(index, prefix: 0) }
            return nil
        }
    }

    func wordStarted(_ index: Int) -> Match? {
        let text = tokens[index].text
        guard tokens[index].isTrigger else { return nil }
        if let found = namedDate(index) ?? compound(index) { return found }
        if let weekday = weekdayWord(index) {
            var next = index + 1
            if isPunctuation(next, ",") { next += 1 }
            if let date = monthDay(next) ?? dayMonth(next) {
                let explicit = year(next + date.length - 1) != nil
                return (next - index + date.length, onWeekday(date.value, weekday, explicitYear: explicit))
            }
            if word(next) == "the" { next += 1 }
            if isForward, let (day, used) = dayNumber(next), used == 2 || tokens[next].kind == .word, let found = dayOfMonth(day, weekday: weekday) {
                return (next - index + used, found)
            }
            return weekdayAlone(index, weekday: weekday, modifier: index > 0 ? word(index - 1) : nil)
        }
        if let date = monthDay(index) { return date }
        if ordinalDay(index) != nil, let date = dayMonth(index) { return date }
        switch text {
        case "early", "mid", "late", "the", "that":
            var next = index + 1
            if let phrase = definitePhrase(index) { return phrase }
            let nextIsDay = index + 1 < tokens.count
                && (tokens[index + 1].kind == .number || ordinalDay(index + 1) != nil)
            if text == "the", nextIsDay, let date = dayMonth(index + 1) { return (1 + date.length, date.value) }
            if text == "the", index + 1 < tokens.count, tokens[index + 1].kind == .number,
               let (day, used) = dayNumber(index + 1), used == 2 || isForward, word(index + 1 + used) != "century",
               !(index + 1 + used < tokens.count && tokens[index + 1 + used].kind == .word && monthName(index + 1 + used) == nil && word(index + 1 + used) != "of"),
               let found = dayOfMonth(day, weekday: nil) {
                return (1 + used, found)
            }
            if text == "that" { return nil }
            if text == "the", let modifier = word(next), ["early", "mid", "late"].contains(modifier) { next += 1 }
            if isPunctuation(next, "-") { next += 1 }
            if let found = decade(next, prefix: 0) ?? century(next) { return (next - index + found.length, found.value) }
            if text == "the" { return nil }
            if let found = monthDay(next) { return (next - index + found.length, found.value) }
            if let y = year(next) { return (next - index + 1, .year(y)) }
            return nil
        case "today", "yesterday", "tomorrow":
            guard let anchor else { return (1, .reference("XXXX-XX-XX", .day)) }
            let shift = text == "today" ? 0 : text == "yesterday" ? -1 : 1
            let day = anchor.adding(days: shift)
            return (1, .day(year: day.year, month: day.month, day: day.day))
        case "now", "recently", "recent", "soon":
            if isPunctuation(index + 1, "-", adjacent: true) || index > 0 && tokens[index - 1].text == "most" { return nil }
            if text == "now" { return (1, .reference("PRESENT_REF", .day)) }
            if text == "soon" { return (1, .reference("FUTURE_REF", .day)) }
            if word(index + 1) == "years" { return (2, .reference("PAST_REF", .year)) }
            return (1, .reference("PAST_REF", .day))
        case "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "few":
            return relativeAgo(index)
        case "spring", "summer", "autumn", "fall", "winter":
            break
        case "this", "last", "next", "earlier", "later", "current", "previous", "following", "coming", "upcoming", "past":
            return relativeUnit(index)
        case "q":
            if adjacent(index + 1), index + 1 < tokens.count, let q = tokens[index + 1].number, (1...4).contains(q) {
                if let y = year(index + 2) { return (3, .quarter(year: y, quarter: q)) }
                return (2, .quarter(year: anchor?.year, quarter: q))
            }
            return nil
        default:
            break
        }
        if let quarter = TemporalLexicon.ordinals[text], Self.quarterWords.contains(word(index + 1) ?? "")
            || (isPunctuation(index + 1, "-", adjacent: true) && Self.quarterWords.contains(word(index + 2) ?? "")) {
            var next = Self.quarterWords.contains(word(index + 1) ?? "") ? index + 2 : index + 3
            let quarterEnd = next
            if word(next) == "of" { next += 1 }
            if let y = year(next) { return (next - index + 1, .quarter(year: y, quarter: quarter)) }
            if let direction = word(next), ["last", "this", "next"].contains(direction), let step = TemporalLexicon.directions[direction],
               word(next + 1) == "year", let anchor {
                return (next - index + 2, .quarter(year: anchor.year + step, quarter: quarter))
            }
            return (quarterEnd - index, anchoredQuarter(quarter, at: index))
        }
        if let season = TemporalLexicon.seasons[text] {
            var next = index + 1
            if word(next) == "of" { next += 1 }
            if let y = year(next) { return (next - index + 1, .season(year: y, season: season)) }
            guard tokens[index].isCapitalized || (index > 0 && ["in", "this", "the", "by", "until", "since"].contains(tokens[index - 1].text)),
                  text != "fall" || tokens[index].isCapitalized && word(index + 1) != "of" else { return nil }
            return (1, .season(year: anchor?.year, season: season))
        }
        return nil
    }

    /// `the day`, `the same day`, `that day`, `the previous year`, `the weekend`, `the future`, `the long term`.
    func definitePhrase(_ index: Int) -> Match? {
        if let found = samePeriodAYearBefore(index) { return found }
        var next = index + 1
        if word(next) == "same" || word(next) == "previous" || word(next) == "past" || word(next) == "near" || word(next) == "long" || word(next) == "entire" || word(next) == "very" {
            next += 1
        }
        if word(next) == nil, word(index + 1) == "past" { return (2, .reference("PAST_REF", .day)) }
        guard let noun = word(next) else { return nil }
        let modifier = next > index + 1 ? word(index + 1) : nil
        if modifier == nil, noun == "time", word(next + 1) == "being" { return (3, .reference("PRESENT_REF", .day)) }
        switch (modifier, noun) {
        case (nil, "day"), ("same", "day"):
            if narrativeDay != nil { trace.usedNarrative = true }
            guard let day = narrativeDay ?? anchor else { return nil }
            return (next - index + 1, .day(year: day.year, month: day.month, day: day.day))
        case ("same", "month"), (nil, "month"):
            guard modifier == "same" || tokens[index].text == "that", let month = narrativeMonth else { return nil }
            trace.usedNarrative = true
            return (next - index + 1, .month(year: month.year, month: month.month))
        case ("previous", "year"):
            return narrativeYear(by: -1).map { (next - index + 1, $0) }
        case (nil, "year"), ("entire", "year"):
            if modifier == nil, word(next + 1) == "previous" { return narrativeYear(by: -1).map { (next - index + 2, $0) } }
            if modifier == "entire" || tokens[index].text == "that" { return narrativeYear(by: 0).map { (next - index + 1, $0) } }
            return shifted(unit: "year", by: 0).map { (next - index + 1, $0) }
        case (nil, "future"), ("near", "future"), ("near", "term"), ("long", "term"):
            if noun == "future", next + 1 < tokens.count, tokens[next + 1].kind == .word, tokens[next + 1].word == nil || tokens[next + 1].isCapitalized {
                return nil
            }
            return (next - index + 1, .reference("FUTURE_REF", .day))
        case (nil, "past"):
            return (next - index + 1, .reference("PAST_REF", .day))
        case ("past", "decade"):
            guard let anchor else { return nil }
            return (next - index + 1, .decade(anchor.year / 10 - 1))
        case (nil, "weekend"):
            guard let anchor else { return nil }
            let week = anchor.isoWeek
            return (next - index + 1, .reference("\(CalendarDay.pad(week.year, 4))-W\(CalendarDay.pad(week.week, 2))-WE", .week))
        default:
            return nil
        }
    }

    /// `the same period last year`, `the same month a year ago`: the period the text last named, a year before.
    func samePeriodAYearBefore(_ index: Int) -> Match? {
        guard word(index + 1) == "same", let noun = word(index + 2), TemporalLexicon.periodNouns.contains(noun),
              let value = narrativeValue?.shifted(years: -1) else { return nil }
        trace.usedNarrative = true
        var next = index + 3
        if word(next) == "of" { next += 1 }
        if word(next) == "the" { next += 1 }
        if (word(next) == "last" || word(next) == "previous"), word(next + 1) == "year" { return (next + 2 - index, value) }
        if count(next) == 1, word(next + 1) == "year", let relation = word(next + 2), ["ago", "earlier", "before"].contains(relation) {
            return (next + 3 - index, value)
        }
        return nil
    }

    /// A year counted from the one the text last named, or else from the publication date.
    func narrativeYear(by amount: Int) -> TemporalValue? {
        guard let year = narrativeYear ?? anchor?.year else { return shifted(unit: "year", by: amount) }
        if narrativeYear != nil { trace.usedNarrative = true }
        return .year(year + amount)
    }

    /// The month of the last date the text named, when it named one to the month or closer.
    var narrativeMonth: (year: Int, month: Int)? {
        switch narrativeValue {
        case .day(let year?, let month, _)?, .month(let year?, let month)?: return (year, month)
        default: return nil
        }
    }

    /// `November 27, 2024`, `Nov. 27`, `November 2024`, `March`.
    func monthDay(_ index: Int) -> Match? {
        guard let (month, used) = month(index) else { return nil }
        let next = index + used
        var dayAt = next
        if word(dayAt) == "the", let (_, dayUsed) = dayNumber(dayAt + 1), dayUsed == 2 || tokens[dayAt + 1].kind == .word { dayAt += 1 }
        if let (day, dayUsed) = dayNumber(dayAt) {
            let date = datedDay(month: month, day: day, from: index, yearAt: dayAt + dayUsed)
            let end = index + date.length
            if isPunctuation(end, ","), let weekday = weekdayWord(end + 1) {
                return (date.length + 2, onWeekday(date.value, weekday, explicitYear: year(end - 1) != nil))
            }
            return date
        }
        var yearIndex = next
        if isPunctuation(yearIndex, ",") || word(yearIndex) == "of" && year(yearIndex + 1) != nil { yearIndex += 1 }
        if let y = year(yearIndex) { return (yearIndex - index + 1, .month(year: y, month: month)) }
        if word(yearIndex) == "of", let direction = word(yearIndex + 1), word(yearIndex + 2) == "year",
           let step = TemporalLexicon.directions[direction], let anchor {
            return (used, .month(year: anchor.year + step, month: month))
        }
        return (used, .month(year: anchoredYear(month: month, day: nil, at: index), month: month))
    }

    /// `27 November 2024`, `27th of November`.
    func dayMonth(_ index: Int) -> Match? {
        guard let (day, used) = dayNumber(index) else { return nil }
        var next = index + used
        if word(next) == "of" { next += 1 }
        guard let (month, monthUsed) = month(next, afterDay: true) else { return nil }
        return datedDay(month: month, day: day, from: index, yearAt: next + monthUsed)
    }

    /// A day of a month, with the year at `yearAt` (after an optional comma) when there is one, or else anchored.
    func datedDay(month: Int, day: Int, from start: Int, yearAt next: Int) -> Match {
        var yearIndex = next
        if isPunctuation(yearIndex, ",") { yearIndex += 1 }
        if let y = year(yearIndex), PublicationDate(year: y, month: month, day: day) != nil {
            return (yearIndex - start + 1, .day(year: y, month: month, day: day))
        }
        if let anchor, let direction = word(next), word(next + 1) == "year", let step = TemporalLexicon.directions[direction],
           PublicationDate(year: anchor.year + step, month: month, day: day) != nil {
            return (next + 2 - start, .day(year: anchor.year + step, month: month, day: day))
        }
        return (next - start, .day(year: anchoredYear(month: month, day: day, at: start), month: month, day: day))
    }

    /// `2024-11-27`, `2024/11/27`, `27.11.2024`, `31/Oct/1974`, and `11/27/2024` or `10-31-74` where the order is
    /// unambiguous: one number above 12, or both the same.
    func numericDate(_ index: Int) -> Match? {
        guard index + 4 < tokens.count, (1...4).allSatisfy({ adjacent(index + $0) }), tokens[index + 4].kind == .number,
              tokens[index + 1].kind == .punctuation, tokens[index + 1].text == tokens[index + 3].text,
              tokens[index + 1].text == "-" || tokens[index + 1].text == "/" || tokens[index + 1].text == ".",
              let a = tokens[index].number, let c = tokens[index + 4].number else { return nil }
        let separator = tokens[index + 1].text
        let yearDigits = tokens[index + 4].digits
        let year = yearDigits == 4 ? c : yearDigits == 2 && separator != "." ? (c < 50 ? 2000 + c : 1900 + c) : nil
        let date: PublicationDate?
        if let month = monthName(index + 2), separator != ".", let year {
            date = PublicationDate(year: year, month: month, day: a)
        } else if let b = tokens[index + 2].number {
            if tokens[index].digits == 4, separator != "." {
                date = PublicationDate(year: a, month: b, day: c)
            } else if let year, separator == "." {
                date = PublicationDate(year: year, month: b, day: a) ?? PublicationDate(year: year, month: a, day: b)
            } else if let year {
                date = a > 12 || a == b ? PublicationDate(year: year, month: b, day: a) : b > 12 ? PublicationDate(year: year, month: a, day: b) : nil
            } else {
                date = nil
            }
        } else {
            date = nil
        }
        guard let date, let month = date.month, let day = date.day, !isInCode(from: index, to: index + 4) else { return nil }
        return (5, .day(year: date.year, month: month, day: day))
    }

    /// `on 2/15`: a month and a day above 12, after a preposition; looking forward, also `2-15` and `2 / 15`.
    func monthSlashDay(_ index: Int) -> Match? {
        guard index + 2 < tokens.count, tokens[index].digits <= 2, tokens[index + 2].digits <= 2,
              let month = tokens[index].number, let day = tokens[index + 2].number, (1...12).contains(month), (13...31).contains(day),
              tokens[index + 1].kind == .punctuation, tokens[index + 1].text == "/" || isForward && tokens[index + 1].text == "-",
              isForward || adjacent(index + 1) && adjacent(index + 2) && ["on", "by", "until", "since", "from", "before", "after"].contains(index > 0 ? tokens[index - 1].text : ""),
              !(index + 3 < tokens.count && adjacent(index + 3) && ["/", "-", "."].contains(tokens[index + 3].text) && index + 4 < tokens.count && tokens[index + 4].kind == .number),
              PublicationDate(year: 2000, month: month, day: day) != nil else { return nil }
        return (3, .day(year: anchoredYear(month: month, day: day, at: index), month: month, day: day))
    }

    /// `2014-10`, `2014/10`, `2/2013`: a month of a year.
    func yearMonth(_ index: Int) -> Match? {
        guard index + 2 < tokens.count, adjacent(index + 1), adjacent(index + 2), tokens[index + 2].kind == .number,
              tokens[index + 1].kind == .punctuation, tokens[index + 1].text == "-" || tokens[index + 1].text == "/",
              !(index + 3 < tokens.count && adjacent(index + 3) && tokens[index + 3].kind != .word && !isPunctuation(index + 3, ".")),
              let a = tokens[index].number, let b = tokens[index + 2].number else { return nil }
        if index >= 2, adjacent(index), isPunctuation(index - 1, "-") || isPunctuation(index - 1, "/"), tokens[index - 2].kind == .number { return nil }
        if tokens[index].digits == 4, tokens[index + 2].digits == 2, (1...12).contains(b), year(index) != nil || (1000...2199).contains(a) {
            return (3, .month(year: a, month: b))
        }
        if tokens[index + 1].text == "/", tokens[index].digits <= 2, (1...12).contains(a), tokens[index + 2].digits == 4 {
            return (3, .month(year: b, month: a))
        }
        return nil
    }

    /// `4th quarter 2018`, `3rd qtr`, `18q4`, `2018Q4`.
    func numericQuarter(_ index: Int) -> Match? {
        if let (number, used) = dayNumber(index), used == 2, (1...4).contains(number), Self.quarterWords.contains(word(index + 2) ?? "") {
            var next = index + 3
            if word(next) == "of" { next += 1 }
            if let y = year(next) { return (next - index + 1, .quarter(year: y, quarter: number)) }
            return (3, anchoredQuarter(number, at: index))
        }
        guard index + 2 < tokens.count, word(index + 1) == "q", adjacent(index + 1), adjacent(index + 2),
              let value = tokens[index].number, let quarter = tokens[index + 2].number, (1...4).contains(quarter) else { return nil }
        if tokens[index].digits == 4 { return (3, .quarter(year: value, quarter: quarter)) }
        if tokens[index].digits == 2 { return (3, .quarter(year: 2000 + value, quarter: quarter)) }
        return nil
    }

    /// `1990s`, `'90s`, `mid-1990s` (the modifier is matched by the caller).
    func decade(_ index: Int, prefix: Int) -> Match? {
        if isPunctuation(index, "'"), index + 2 < tokens.count, adjacent(index + 1), let short = tokens[index + 1].number,
           tokens[index + 1].digits == 2, short % 10 == 0, word(index + 2) == "s", adjacent(index + 2) {
            return (3, .decade(short >= 30 ? 190 + short / 10 : 200 + short / 10))
        }
        if index + 1 < tokens.count, tokens[index].kind == .number, tokens[index].digits == 2, let short = tokens[index].number,
           short % 10 == 0, word(index + 1) == "s", adjacent(index + 1) {
            return (2, .decade(short >= 30 ? 190 + short / 10 : 200 + short / 10))
        }
        guard index + 1 < tokens.count, tokens[index].kind == .number, tokens[index].digits == 4,
              let value = tokens[index].number, value % 10 == 0, (1000...2190).contains(value),
              word(index + 1) == "s", adjacent(index + 1) else { return nil }
        return (2, .decade(value / 10))
    }

    /// `20th century`.
    func century(_ index: Int) -> Match? {
        guard let (number, used) = dayNumber(index), used == 2, word(index + 2) == "century" else { return nil }
        if let (isBefore, eraUsed) = era(index + 3), isBefore { return (3 + eraUsed, .century(-number)) }
        return (3, .century(number - 1))
    }

    /// `two weeks ago`, `3 years ago`, `a year earlier`, `two days later`.
    func relativeAgo(_ index: Int) -> Match? {
        guard index + 2 < tokens.count, let direction = word(index + 2), let unit = word(index + 1), let count = count(index), count < 100 else { return nil }
        let sign: Int
        switch direction {
        case "ago", "earlier": sign = -1
        case "later", "hence": sign = 1
        default: return nil
        }
        if isForward, let singular = self.unit(index + 1) { return offset(unit: singular, by: sign * count).map { (3, $0) } }
        if direction == "later" || direction == "earlier", let singular = self.unit(index + 1) {
            if singular == "year", let year = narrativeYear {
                trace.usedNarrative = true
                return (3, .year(year + sign * count))
            }
            if singular == "day" || singular == "week", let day = narrativeDay {
                trace.usedNarrative = true
                return (3, dayValue(day.adding(unit: singular, count: sign * count)))
            }
        }
        if unit.hasPrefix("week"), let anchor {
            let day = anchor.adding(days: 7 * sign * count)
            return (3, .day(year: day.year, month: day.month, day: day.day))
        }
        return shifted(unit: unit, by: sign * count).map { (3, $0) }
    }

    /// `this year`, `last month`, `next week`, `earlier this year`, `a year ago` (through ``relativeAgo``).
    func relativeUnit(_ index: Int) -> Match? {
        var next = index
        let first = tokens[index].text
        if first == "earlier" || first == "later" {
            guard word(index + 1) == "this" else { return nil }
            next += 1
        }
        guard let direction = word(next), let unit = word(next + 1) else { return nil }
        guard let step = TemporalLexicon.directions[direction] else { return nil }
        if let weekday = TemporalLexicon.weekdays[unit] {
            return weekdayAlone(next + 1, weekday: weekday, modifier: direction).map { (next + 1 - index + $0.length, $0.value) }
        }
        if unit == "weekend", let anchor {
            let week = anchor.adding(days: step * 7).isoWeek
            return (next + 2 - index, .reference("\(CalendarDay.pad(week.year, 4))-W\(CalendarDay.pad(week.week, 2))-WE", .week))
        }
        if ["morning", "afternoon", "evening"].contains(unit), direction == "this", let anchor {
            let part = ["morning": "MO", "afternoon": "AF", "evening": "EV"][unit]!
            return (next + 2 - index, .reference(anchor.iso + "T" + part, .day))
        }
        if direction == "following" || direction == "previous", unit == "year" || unit == "month",
           let month = narrativeMonth ?? narrativeYear.map({ ($0, 1) }) {
            trace.usedNarrative = true
            if unit == "year" { return (next + 2 - index, .year(month.year + step)) }
            guard narrativeMonth != nil else { return nil }
            let total = month.year * 12 + month.month - 1 + step
            return (next + 2 - index, .month(year: total / 12, month: total % 12 + 1))
        }
        if let season = TemporalLexicon.seasons[unit] {
            guard let anchor else { return (next + 2 - index, .reference("XXXX-\(season)", .season)) }
            return (next + 2 - index, .season(year: anchor.year + step, season: season))
        }
        guard let value = shifted(unit: unit, by: step) else { return nil }
        return (next + 2 - index, value)
    }

    func shifted(unit: String, by amount: Int) -> TemporalValue? {
        var singular = unit.hasSuffix("s") ? String(unit.dropLast()) : unit
        singular = ["yr": "year", "qtr": "quarter", "wk": "week", "mo": "month"][singular] ?? singular
        guard ["day", "week", "month", "year", "quarter"].contains(singular) else { return nil }
        guard let anchor else {
            let unknown = ["day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX", "year": "XXXX"]
            return .reference(unknown[singular] ?? "XXXX", TimeExpression.Granularity(rawValue: singular) ?? .day)
        }
        switch singular {
        case "day":
            let day = anchor.adding(days: amount)
            return .day(year: day.year, month: day.month, day: day.day)
        case "week":
            let day = anchor.adding(days: amount * 7)
            let week = day.isoWeek
            return .week(year: week.year, week: week.week, start: day.adding(days: 1 - day.weekday))
        case "month":
            let total = anchor.year * 12 + anchor.month - 1 + amount
            return .month(year: total / 12, month: total % 12 + 1)
        case "quarter":
            let total = anchor.year * 4 + (anchor.month - 1) / 3 + amount
            return .quarter(year: total / 4, quarter: total % 4 + 1)
        default:
            return .year(anchor.year + amount)
        }
    }

    /// `Thursday`, `on Friday`, `next Monday`: resolved in news style against the publication date.
    func weekdayAlone(_ index: Int, weekday: Int, modifier: String?) -> Match? {
        guard let anchor else { return (1, .reference("XXXX-WXX-\(weekday)", .day)) }
        let isFuture = isForward || modifier == "next" || tense(before: index) == .future
        var offset = weekday - anchor.weekday
        if modifier == "next" {
            offset += 7
        } else if modifier == "last" {
            if offset >= 0 { offset -= 7 }
        } else if isFuture {
            if offset < 0 || offset == 0 && isForward { offset += 7 }
        } else if offset > 0 {
            offset -= 7
        }
        let day = anchor.adding(days: offset)
        return (1, .day(year: day.year, month: day.month, day: day.day))
    }

    /// A day named with its weekday: when the year was not written, the nearest year in which the day falls on
    /// that weekday (`Fri, Jul 18`); a written year is kept.
    func onWeekday(_ value: TemporalValue, _ weekday: Int, explicitYear: Bool) -> TemporalValue {
        guard !explicitYear, case .day(let year?, let month, let day) = value,
              CalendarDay(year: year, month: month, day: day).weekday != weekday else { return value }
        for distance in [-1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6] {
            let candidate = year + distance
            if PublicationDate(year: candidate, month: month, day: day) != nil, CalendarDay(year: candidate, month: month, day: day).weekday == weekday {
                return .day(year: candidate, month: month, day: day)
            }
        }
        return value
    }

    /// A quarter without a year: looking forward, the next one; in news, the latest one by the publication date,
    /// unless it is the quarter just ahead or the sentence looks ahead.
    func anchoredQuarter(_ quarter: Int, at index: Int) -> TemporalValue {
        guard let anchor else { return .quarter(year: nil, quarter: quarter) }
        let current = (anchor.month - 1) / 3 + 1
        if isForward { return .quarter(year: quarter < current ? anchor.year + 1 : anchor.year, quarter: quarter) }
        let tense = tense(before: index)
        let isComing = quarter == current + 1 && tense != .past || quarter > current && tense == .future
        return .quarter(year: quarter > current && !isComing ? anchor.year - 1 : anchor.year, quarter: quarter)
    }

    /// A day of the publication month (the next month's, looking forward, when it has passed), checked
    /// against a weekday when one is given: `the 15th`, `Tuesday the 19th`.
    func dayOfMonth(_ day: Int, weekday: Int?) -> TemporalValue? {
        guard let anchor else { return nil }
        var year = anchor.year, month = anchor.month
        for _ in 0..<12 {
            if PublicationDate(year: year, month: month, day: day) != nil,
               !(isForward && (month, day) == (anchor.month, anchor.day) ? false : isForward && year == anchor.year && month == anchor.month && day < anchor.day) {
                let candidate = CalendarDay(year: year, month: month, day: day)
                if weekday == nil || candidate.weekday == weekday { return .day(year: year, month: month, day: day) }
            }
            if !isForward && weekday == nil { return PublicationDate(year: year, month: month, day: day) != nil ? .day(year: year, month: month, day: day) : nil }
            month += 1
            if month > 12 { month = 1; year += 1 }
        }
        return nil
    }

    /// The year of a month (and day) without one: the publication year, as news writes dates of its own year
    /// without one; unknown when there is no publication date.
    func anchoredYear(month: Int, day: Int?, at index: Int) -> Int? {
        guard let anchor else { return nil }
        if isNarrative { return anchor.month - month >= TemporalMatcher.narrativeTurn ? anchor.year + 1 : anchor.year }
        if isForward { return (month, day ?? 31) < (anchor.month, anchor.day) ? anchor.year + 1 : anchor.year }
        switch tense(before: index) {
        case .future where month < anchor.month - 1 || month < anchor.month && index > 0 && tokens[index - 1].text == "next": return anchor.year + 1
        case .past where month > anchor.month + 1 || month > anchor.month && index > 0 && tokens[index - 1].text == "last": return anchor.year - 1
        case .unknown where month - anchor.month >= 9: return anchor.year - 1
        default: return anchor.year
        }
    }

    /// How many months back from the narrative's month a month must lie to be read as the next year's: a history
    /// that has reached December 1941 and then names January means January 1942; one at September that names June
    /// means that June.
    static let narrativeTurn = 9

    enum Tense {
        case past, future, unknown
    }

    /// Whether the sentence an expression stands in speaks of the future: `will`, `shall`, `'ll`, `would` (the future
    /// of a narrative: `a planned campaign would follow in 1976`), or `is set to` and the like, before or after it
    /// (`Beginning in 2026, the CSTO will start delivering`). Weaker cues that
    /// news reads as the future (`until`, `through`, `due`) are past in a narrative: `fighting which lasted until
    /// 16 August`.
    func speaksOfTheFuture(at index: Int, length: Int) -> Bool {
        func isFuture(_ position: Int) -> Bool {
            guard let word = tokens[position].word else { return false }
            return word.isStrongFuture || word.cue == .futureBeforeTo && position + 1 < tokens.count && tokens[position + 1].word?.cue == .to
        }
        func endsSentence(_ position: Int) -> Bool {
            guard tokens[position].kind == .punctuation else { return false }
            let text = tokens[position].text
            return text == "." || text == ";" || text == "?" || text == "!"
        }
        var position = index - 1
        while position >= 0, index - position <= 25, !endsSentence(position) {
            if isFuture(position) { return true }
            position -= 1
        }
        position = index + length
        while position < tokens.count, position - index <= 25, !endsSentence(position) {
            if isFuture(position) { return true }
            position += 1
        }
        return false
    }

    /// Whether the expression writes its year: a four-digit number, a two-digit year of a numeric date, or a decade.
    func writesYear(from index: Int, length: Int) -> Bool {
        for position in index..<min(tokens.count, index + length) where tokens[position].kind == .number {
            if tokens[position].digits == 4 || numericDate(position) != nil || decade(position, prefix: 0) != nil || eraYear(position) != nil { return true }
            if position >= 2, isPunctuation(position - 1, "-"), opensYearRange(position - 2) { return true }
        }
        return isPunctuation(index, "'") && decade(index, prefix: 0) != nil
    }

    /// The tense the words before an expression, back to the start of its sentence, suggest. The nearest
    /// auxiliary or cue wins (`will meet on Monday`, `is set to begin`, `closed until Friday`, `said on Monday`);
    /// a verb ending in -ed counts only when there is none (`will be finalized by June 10`).
    func tense(before index: Int) -> Tense {
        var position = index - 1
        var weak = Tense.unknown
        while position >= 0, index - position <= 10 {
            let token = tokens[position]
            if token.kind == .punctuation {
                if token.text == "." || token.text == ";" || token.text == "?" || token.text == "!" { break }
            } else if token.kind == .word {
                let cue = token.word?.cue ?? .none
                let previous = position > 0 ? tokens[position - 1].word?.cue ?? .none : .none
                switch cue {
                case .future where !(token.text == "due" && position + 1 < index && tokens[position + 1].text == "to"):
                    return previous == .pastAuxiliary ? .past : .future
                case .to where previous == .futureBeforeTo:
                    return .future
                case .past, .pastAuxiliary:
                    if previous != .passive { return .past }
                default:
                    if weak == .unknown, token.isPastForm, previous != .passive { weak = .past }
                }
            }
            position -= 1
        }
        return weak
    }
}
