import FolioCore

/// Expressions built from simpler ones: `the first Monday of March`, `the second last week of October 2018`,
/// `20th of next month`, `three fridays from now`, `wednesday of next week`, `three days after Easter`.
/// They are tried before the simple patterns, so the longest reading wins.
extension TemporalMatcher {
    func compound(_ index: Int) -> Match? {
        let token = tokens[index]
        if token.kind == .number {
            return eraYear(index) ?? yearQuarter(index) ?? countedOffset(index) ?? dayOfMonthReference(index) ?? ordinalPeriod(index)
        }
        guard token.kind == .word else { return nil }
        switch token.text {
        case "the":
            if let found = dayAroundToday(index) ?? weekContaining(index) ?? ides(index) { return found }
            guard let found = ordinalPeriod(index + 1) ?? dayOfMonthReference(index + 1) else { return nil }
            return (found.length + 1, found.value)
        case "in":
            guard let count = count(index + 1), let unit = unit(index + 2), isForward || tense(before: index) == .future else { return nil }
            return offset(unit: unit, by: count).map { (3, $0) }
        case "on":
            return onDayOfMonth(index + 1).map { ($0.length + 1, $0.value) }
        case "upcoming":
            guard let count = count(index + 1), let unit = unit(index + 2) else { return nil }
            return shifted(unit: unit, by: count).map { (3, $0) }
        default:
            break
        }
        if let weekday = weekdayWord(index) {
            return weekdayOfWeek(index, weekday: weekday) ?? weekdayAfterNext(index, weekday: weekday)
        }
        if monthName(index) != nil, let found = monthAfterNext(index) { return found }
        if let found = weekdayOfRelativeWeek(index) { return found }
        if let found = holidayDate(index) { return found }
        return countedOffset(index) ?? ordinalPeriod(index) ?? dayOfMonthReference(index)
    }

    // MARK: Pieces

    /// `3`, `three`, `a`: a small count.
    func count(_ index: Int) -> Int? {
        guard index < tokens.count else { return nil }
        if let number = tokens[index].number { return number < 100 ? number : nil }
        guard let count = tokens[index].word?.count, count > 0 else { return nil }
        return Int(count)
    }

    /// `day`, `weeks`, `month`, `quarters`, `year`: the unit, singular.
    func unit(_ index: Int) -> String? {
        guard let unit = lexicon(index)?.unit, unit > 0 else { return nil }
        return TemporalLexicon.units[Int(unit) - 1]
    }

    /// A weekday name, or a lower-case abbreviation where the orientation is conversational.
    func weekdayWord(_ index: Int) -> Int? {
        guard let weekday = lexicon(index)?.weekday, weekday > 0 else { return nil }
        return tokens[index].isCapitalized || tokens[index].length > 5 || isForward ? Int(weekday) : nil
    }

    /// `first`, `2nd`, `third`: an ordinal up to the fifth, and the tokens it uses.
    func ordinal(_ index: Int) -> (Int, Int)? {
        guard let (number, used) = dayNumber(index), number <= 5, used == 2 || tokens[index].kind == .word else { return nil }
        return (number, used)
    }

    /// A month with its year: `March`, `October 2014`, `next month`, `the current month`, `the month`.
    func monthReference(_ index: Int) -> (year: Int, month: Int, length: Int)? {
        if let anchor {
            var next = index
            if word(next) == "the" { next += 1 }
            var step: Int?
            if next > index, word(next) == "month" {
                step = 0
                next -= 1
            } else if word(next + 1) == "month" {
                step = TemporalLexicon.directions[word(next) ?? ""]
            }
            if let step {
                let total = anchor.year * 12 + anchor.month - 1 + step
                return (total / 12, total % 12 + 1, next + 2 - index)
            }
        }
        guard case let (month, used)? = month(index) else { return nil }
        var yearIndex = index + used
        if isPunctuation(yearIndex, ",") { yearIndex += 1 }
        if let y = year(yearIndex) { return (y, month, yearIndex + 1 - index) }
        guard let y = anchoredYear(month: month, day: nil, at: index) else { return nil }
        return (y, month, used)
    }

    func dayValue(_ day: CalendarDay) -> TemporalValue {
        .day(year: day.year, month: day.month, day: day.day)
    }

    func weekValue(_ monday: CalendarDay) -> TemporalValue {
        let week = monday.isoWeek
        return .week(year: week.year, week: week.week, start: monday)
    }

    // MARK: Patterns

    /// `first Monday of March`, `last friday in october`, `third tuesday after christmas 2014`, `5th last day of May`,
    /// `second last week of October 2018`, `third last week of 2018`.
    func ordinalPeriod(_ index: Int) -> Match? {
        var next = index
        var number = 1
        if let (value, used) = ordinal(index) {
            number = value
            next += used
        }
        let fromEnd = word(next) == "last"
        if fromEnd { next += 1 }
        guard next > index, let kind = word(next) else { return nil }
        let weekday = weekdayWord(next)
        guard weekday != nil || kind == "week" || kind == "day" else { return nil }
        if let weekday, word(next + 1) == "after", let (holiday, used) = holidayDay(next + 2) {
            var day = holiday.adding(days: (weekday - holiday.weekday + 7) % 7)
            if day == holiday { day = day.adding(days: 7) }
            return (next + 2 + used - index, dayValue(day.adding(days: 7 * (number - 1))))
        }
        guard let preposition = word(next + 1), preposition == "of" || preposition == "in" else { return nil }
        var first: CalendarDay, last: CalendarDay, end: Int
        if let reference = monthReference(next + 2) {
            first = CalendarDay(year: reference.year, month: reference.month, day: 1)
            last = CalendarDay(year: reference.year, month: reference.month, day: CalendarDay.lastDay(month: reference.month, year: reference.year))
            end = next + 2 + reference.length
        } else if kind == "week", let y = year(next + 2) {
            first = CalendarDay(year: y, month: 1, day: 1)
            last = CalendarDay(year: y, month: 12, day: 31)
            end = next + 3
        } else {
            return nil
        }
        let step = fromEnd ? -(number - 1) : number - 1
        if kind == "week" {
            let firstMonday = first.adding(days: (8 - first.weekday) % 7)
            let lastStart = last.adding(days: -6)
            let lastMonday = lastStart.adding(days: -((lastStart.weekday + 6) % 7))
            return (end - index, weekValue((fromEnd ? lastMonday : firstMonday).adding(days: 7 * step)))
        }
        var day = fromEnd ? last : first
        if let weekday {
            day = day.adding(days: fromEnd ? -((last.weekday - weekday + 7) % 7) : (weekday - first.weekday + 7) % 7)
        }
        day = day.adding(days: (weekday == nil ? 1 : 7) * step)
        guard first <= day, day <= last else { return nil }
        return (end - index, dayValue(day))
    }

    /// `20th of next month`, `20 of this month`, `20th day of the previous month`, `third day of october`.
    func dayOfMonthReference(_ index: Int) -> Match? {
        guard let (day, used) = dayNumber(index) else { return nil }
        var next = index + used
        if word(next) == "day" { next += 1 }
        guard word(next) == "of", let reference = monthReference(next + 1),
              word(next + 1) == "the" || monthName(next + 1) == nil || word(index + used) == "day",
              PublicationDate(year: reference.year, month: reference.month, day: day) != nil else { return nil }
        return (next + 1 + reference.length - index, .day(year: reference.year, month: reference.month, day: day))
    }

    /// `on 24th`, `on the first`: a day of the month alone, at the end of a phrase.
    func onDayOfMonth(_ index: Int) -> Match? {
        var next = index
        if word(next) == "the" { next += 1 }
        guard let (day, used) = dayNumber(next), used == 2 || tokens[next].kind == .word,
              next + used >= tokens.count || tokens[next + used].kind == .punctuation,
              let found = dayOfMonth(day, weekday: nil) else { return nil }
        return (next + used - index, found)
    }

    /// `three fridays from now`, `2 thursdays ago`, `3 years from today`, `a week hence`, `three days after Easter`,
    /// `two upcoming weeks`.
    func countedOffset(_ index: Int) -> Match? {
        guard let count = count(index), let text = word(index + 1) else { return nil }
        if text == "upcoming", let unit = unit(index + 2) {
            return shifted(unit: unit, by: count).map { (3, $0) }
        }
        if let weekday = lexicon(index + 1)?.weekdays, weekday > 0, let anchor {
            let direction = word(index + 2)
            let isFuture = direction == "from" && word(index + 3) == "now" || direction == "hence"
            guard isFuture || direction == "ago" || direction == "back" else { return nil }
            var day = anchor
            for _ in 0..<count {
                repeat { day = day.adding(days: isFuture ? 1 : -1) } while day.weekday != weekday
            }
            return (direction == "from" ? 4 : 3, dayValue(day))
        }
        guard let unit = unit(index + 1), let direction = word(index + 2) else { return nil }
        if direction == "hence" { return offset(unit: unit, by: count).map { (3, $0) } }
        guard ["from", "after", "before"].contains(direction) else { return nil }
        let sign = direction == "before" ? -1 : 1
        if direction == "from", let base = word(index + 3), base == "now" || base == "today", let anchor {
            return (4, dayValue(anchor.adding(unit: unit, count: count)))
        }
        if let (holiday, used) = holidayDay(index + 3) {
            return (3 + used, dayValue(holiday.adding(unit: unit, count: sign * count)))
        }
        return nil
    }

    /// `wednesday of next week`, `monday of this week`, `sunday from last week`, `wednesday next week`,
    /// `last week's sunday`.
    func weekdayOfWeek(_ index: Int, weekday: Int) -> Match? {
        guard let anchor else { return nil }
        var next = index + 1
        if word(next) == "of" || word(next) == "from" { next += 1 }
        guard let direction = word(next), let step = TemporalLexicon.directions[direction], word(next + 1) == "week" else { return nil }
        let monday = anchor.adding(days: 7 * step + 1 - anchor.weekday)
        return (next + 2 - index, dayValue(monday.adding(days: weekday - 1)))
    }

    /// `last week's sunday`.
    func weekdayOfRelativeWeek(_ index: Int) -> Match? {
        guard let anchor, let step = TemporalLexicon.directions[tokens[index].text], word(index + 1) == "week",
              isPunctuation(index + 2, "'"), word(index + 3) == "s", let weekday = weekdayWord(index + 4) else { return nil }
        return (5, dayValue(anchor.adding(days: 7 * step + weekday - anchor.weekday)))
    }

    /// `1986 third quarter`, `1987 first-quarter`: a year before its quarter.
    func yearQuarter(_ index: Int) -> Match? {
        guard let y = year(index), let quarter = TemporalLexicon.ordinals[word(index + 1) ?? ""] else { return nil }
        var next = index + 2
        if isPunctuation(next, "-", adjacent: true) { next += 1 }
        guard let noun = word(next), TemporalMatcher.quarterWords.contains(noun) else { return nil }
        return (next + 1 - index, .quarter(year: y, quarter: quarter))
    }

    /// `14 a.d.`, `1066 AD`, `493 BC`, `490 B.C.`, `44 BCE`: a year written with its era; the first year of a range
    /// before one (`499–493 BC`) shares the era.
    func eraYear(_ index: Int) -> Match? {
        guard let value = tokens[index].number, tokens[index].digits <= 4, value > 0 else { return nil }
        if let (isBefore, used) = era(index + 1) { return (1 + used, .year(isBefore ? -value : value)) }
        if index + 3 < tokens.count, adjacent(index + 1), adjacent(index + 2), isPunctuation(index + 1, "-"), tokens[index + 2].kind == .number, tokens[index + 2].digits <= 4, let (isBefore, _) = era(index + 3), isBefore,
           let end = tokens[index + 2].number, end <= value {
            return (1, .year(-value))
        }
        return nil
    }

    /// An era after a year: `AD`, `a.d.`, `BC`, `B.C.`, `BCE`, `CE`; whether it counts before Christ, and the tokens it uses.
    func era(_ index: Int) -> (Bool, Int)? {
        guard let text = word(index) else { return nil }
        switch text {
        case "ad", "ce", "bc", "bce":
            return tokens[index].isCapitalized ? (text.hasPrefix("b"), 1) : nil
        case "a", "b":
            guard isPunctuation(index + 1, ".", adjacent: true), let second = word(index + 2), adjacent(index + 2),
                  text == "a" ? second == "d" : second == "c" else { return nil }
            return (text == "b", isPunctuation(index + 3, ".", adjacent: true) ? 4 : 3)
        default:
            return nil
        }
    }

    /// `friday after next`, `wednesday after next`: the weekday a week after the coming one.
    func weekdayAfterNext(_ index: Int, weekday: Int) -> Match? {
        guard let anchor, word(index + 1) == "after", word(index + 2) == "next" else { return nil }
        let coming = anchor.adding(days: (weekday - anchor.weekday + 6) % 7 + 1)
        return (3, dayValue(coming.adding(days: 7)))
    }

    /// `March after next`, `March in a year`.
    func monthAfterNext(_ index: Int) -> Match? {
        guard let anchor, let (month, used) = month(index) else { return nil }
        let coming = month > anchor.month ? anchor.year : anchor.year + 1
        if word(index + used) == "after", word(index + used + 1) == "next" {
            return (used + 2, .month(year: coming + 1, month: month))
        }
        if word(index + used) == "in", let count = count(index + used + 1), unit(index + used + 2) == "year" {
            return (used + 3, .month(year: (month >= anchor.month ? anchor.year : anchor.year + 1) + count, month: month))
        }
        return nil
    }

    /// `the day after tomorrow`, `the day before yesterday`.
    func dayAroundToday(_ index: Int) -> Match? {
        guard word(index + 1) == "day", let relation = word(index + 2), let base = word(index + 3), let anchor else { return nil }
        switch (relation, base) {
        case ("after", "tomorrow"): return (4, dayValue(anchor.adding(days: 2)))
        case ("before", "yesterday"): return (4, dayValue(anchor.adding(days: -2)))
        default: return nil
        }
    }

    /// `the week of October 7th`: the week that contains the day.
    func weekContaining(_ index: Int) -> Match? {
        guard word(index + 1) == "week", word(index + 2) == "of", let found = monthDay(index + 3) ?? dayMonth(index + 3),
              case .day(let y?, let m, let d) = found.value else { return nil }
        let day = CalendarDay(year: y, month: m, day: d)
        return (3 + found.length, weekValue(day.adding(days: 1 - day.weekday)))
    }

    /// `the ides of March`: the 15th of March, May, July and October, the 13th of other months.
    func ides(_ index: Int) -> Match? {
        guard word(index + 1) == "ides", word(index + 2) == "of", let (month, used) = month(index + 3, afterDay: true) else { return nil }
        let day = [3, 5, 7, 10].contains(month) ? 15 : 13
        return datedDay(month: month, day: day, from: index, yearAt: index + 3 + used)
    }

    /// A holiday on its own, `Christmas 2014`, `Easter`.
    func holidayDate(_ index: Int) -> Match? {
        guard let (day, used) = holidayDay(index) else { return nil }
        return (used, dayValue(day))
    }

    /// A holiday's day and the tokens it uses, with its year when one follows; otherwise the coming one looking
    /// forward, or in news the one the tense of the sentence points to.
    func holidayDay(_ index: Int) -> (CalendarDay, Int)? {
        guard let name = word(index), tokens[index].isCapitalized || isForward else { return nil }
        var used = 1
        let rule: (Int) -> CalendarDay
        switch name {
        case "christmas":
            if word(index + 1) == "eve" {
                used = 2
                rule = { CalendarDay(year: $0, month: 12, day: 24) }
            } else {
                if word(index + 1) == "day" { used = 2 }
                rule = { CalendarDay(year: $0, month: 12, day: 25) }
            }
        case "easter":
            if word(index + 1) == "sunday" { used = 2 }
            rule = CalendarDay.easter
        case "halloween":
            rule = { CalendarDay(year: $0, month: 10, day: 31) }
        case "thanksgiving":
            rule = { year in
                let first = CalendarDay(year: year, month: 11, day: 1)
                return first.adding(days: (4 - first.weekday + 7) % 7 + 21)
            }
        case "new":
            guard word(index + 1) == "year", isPunctuation(index + 2, "'"), word(index + 3) == "s",
                  let which = word(index + 4), which == "day" || which == "eve" else { return nil }
            used = 5
            rule = which == "day" ? { CalendarDay(year: $0, month: 1, day: 1) } : { CalendarDay(year: $0, month: 12, day: 31) }
        default:
            return nil
        }
        if let y = year(index + used) { return (rule(y), used + 1) }
        guard let anchor else { return nil }
        if isForward {
            let this = rule(anchor.year)
            return (this < anchor ? rule(anchor.year + 1) : this, used)
        }
        let this = rule(anchor.year)
        return (rule(anchoredYear(month: this.month, day: this.day, at: index) ?? anchor.year), used)
    }

    /// A count of units from the publication date. Looking forward, as plans do, the result is a point in time:
    /// `in three months` is a day and `in two years` a month. In news it is the whole unit: `in two years` is a year.
    func offset(unit: String, by amount: Int) -> TemporalValue? {
        guard let anchor else { return shifted(unit: unit, by: amount) }
        switch unit {
        case "day", "week":
            return dayValue(anchor.adding(unit: unit, count: amount))
        case "month" where isForward:
            return dayValue(anchor.adding(unit: unit, count: amount))
        case "year" where isForward:
            let total = anchor.year * 12 + anchor.month - 1 + 12 * amount
            return .month(year: total / 12, month: total % 12 + 1)
        default:
            return shifted(unit: unit, by: amount)
        }
    }
}

extension CalendarDay {
    /// Western Easter Sunday (the anonymous Gregorian computus).
    static func easter(_ year: Int) -> CalendarDay {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        return CalendarDay(year: year, month: month, day: (h + l - 7 * m + 114) % 31 + 1)
    }

    /// The same day some days, weeks, months or years away; a month's end is kept within the month.
    func adding(unit: String, count: Int) -> CalendarDay {
        switch unit {
        case "day": return adding(days: count)
        case "week": return adding(days: 7 * count)
        case "month", "quarter", "year":
            let months = count * (unit == "month" ? 1 : unit == "quarter" ? 3 : 12)
            let total = year * 12 + month - 1 + months
            let (y, m) = (total / 12, total % 12 + 1)
            return CalendarDay(year: y, month: m, day: min(day, CalendarDay.lastDay(month: m, year: y)))
        default: return self
        }
    }
}
