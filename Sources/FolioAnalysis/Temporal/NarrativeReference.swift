import FolioCore

/// The narrative's reference time: the latest date the text placed on the calendar, which a later partial date of
/// the same section takes its year from ("In March 1919 … on April 16").
struct NarrativeReference {
    var value: TemporalValue
    /// Where the date stands, in code points, for `timeline --explain`.
    var offset: Int
    /// Whether its sentence placed it in the future: such a date anchors only sentences of the future.
    var isFuture: Bool
    var section: Int

    /// The day counting starts from: the first of the month or the year when no day was named.
    var day: CalendarDay? {
        switch value {
        case .day(let year?, let month, let day): return CalendarDay(year: year, month: month, day: day)
        case .month(let year?, let month): return CalendarDay(year: year, month: month, day: 1)
        case .year(let year) where year > 0: return CalendarDay(year: year, month: 1, day: 1)
        case .season(let year?, _), .quarter(let year?, _): return CalendarDay(year: year, month: 1, day: 1)
        default: return nil
        }
    }

    /// Whether a sentence in this section may take its year from the reference: both speak of the past, or both of
    /// the future, and the next year the text writes is not far ahead of the reference, which would make it an
    /// aside (`Founded in 1992, …; in late March … October 2022`). Past a heading the next year written, if any,
    /// must be the reference's or the one after, as when a history goes on under a new heading.
    func anchors(isFuture sentenceIsFuture: Bool, section sentenceSection: Int, nextYear: Int?) -> Bool {
        guard isFuture == sentenceIsFuture, let year = value.year else { return false }
        if section != sentenceSection { return nextYear.map { $0 == year || $0 == year + 1 } ?? true }
        return nextYear.map { $0 <= year + 5 } ?? true
    }
}

/// Where the sections of a text start: at each heading, a short line between blank lines with no closing
/// punctuation, which belongs to the section it opens. Counted by UTF-8 byte.
struct SectionBreaks {
    private var starts: [Int] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var lineStart = 0
        var previousBlank = true
        var index = 0
        let count = bytes.count
        while index <= count {
            guard index == count || bytes[index] == 0x0A else {
                index += 1
                continue
            }
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<index])
            let isBlank = line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            let nextBlank = index + 1 >= count || bytes[index + 1] == 0x0A
            if !isBlank, previousBlank, nextBlank, Self.isHeading(line) { starts.append(lineStart) }
            previousBlank = isBlank
            lineStart = index + 1
            index += 1
        }
    }

    /// A heading has at most twelve words and ends in no sentence punctuation.
    private static func isHeading(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = line.last(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return false }
        if [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "\""), 0x9D].contains(last) {
            return false
        }
        return line.lazy.filter { $0 == 0x20 }.count < 12
    }

    /// The section a byte falls in: how many headings start at or before it.
    func section(at byte: Int, from hint: inout Int) -> Int {
        while hint < starts.count, starts[hint] <= byte { hint += 1 }
        return hint
    }
}

/// A text's narrative as the tagger reads it without a publication date: the latest date placed on the calendar,
/// the one before it when the latest lies in the narrative's future, the text's sections and the years it writes.
struct NarrativeAnchoring {
    private let sections: SectionBreaks
    private var sectionHint = 0
    private var latest: NarrativeReference?
    private var earlier: NarrativeReference?
    /// The years the text writes, by token, to see how the narrative goes on after a partial date.
    private let writtenYears: [(position: Int, year: Int)]
    private var yearCursor = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, tokens: [TemporalToken], matcher: TemporalMatcher) {
        sections = SectionBreaks(bytes)
        writtenYears = tokens.indices.compactMap { position in
            tokens[position].digits == 4 ? matcher.year(position).map { (position, $0) } : nil
        }
    }

    /// A partial date matched at `index` resolved against the narrative when that is safe (`match`), and where the
    /// reference it took or refused stands (`reference`); nil when the value is not one the narrative can give.
    mutating func resolve(_ match: TemporalMatcher.Match, at index: Int, startByte: Int, with matcher: TemporalMatcher)
        -> (match: TemporalMatcher.Match?, reference: Int?)? {
        let tokens = matcher.tokens
        let countsFromThePresent = tokens[index].word?.isDeictic == true && (index == 0 || tokens[index - 1].text != "the")
            || tokens[index + match.length - 1].text == "ago"
        guard Self.takesNarrativeYear(match.value, word: tokens[index].text), !countsFromThePresent else { return nil }
        let section = sections.section(at: startByte, from: &sectionHint)
        let isFuture = matcher.speaksOfTheFuture(at: index, length: match.length)
        while yearCursor < writtenYears.count, writtenYears[yearCursor].position < index + match.length { yearCursor += 1 }
        let nextYear = yearCursor < writtenYears.count && writtenYears[yearCursor].position - index < 400 ? writtenYears[yearCursor].year : nil
        // A date placed in the future does not end the narrative: the one before it may still hold.
        let safe = [latest, latest?.isFuture == true ? earlier : nil].compactMap { $0 }
            .first { $0.anchors(isFuture: isFuture, section: section, nextYear: nextYear) }
        guard let reference = safe, let day = reference.day else { return (nil, latest?.offset) }
        var narrativeMatcher = matcher
        narrativeMatcher.anchor = day
        narrativeMatcher.isNarrative = true
        guard let resolved = narrativeMatcher.match(at: index), resolved.length >= match.length, resolved.value.span != nil,
              !Self.isFiner(resolved.value, than: reference.value, counted: match.value) else { return (nil, latest?.offset) }
        return (resolved, reference.offset)
    }

    /// Takes a date the text placed on the calendar, written or resolved, as the narrative's latest.
    mutating func note(_ match: TemporalMatcher.Match, at index: Int, offset: Int, startByte: Int, with matcher: TemporalMatcher) {
        if latest?.isFuture == false { earlier = latest }
        latest = NarrativeReference(
            value: match.value, offset: offset, isFuture: matcher.speaksOfTheFuture(at: index, length: match.length),
            section: sections.section(at: startByte, from: &sectionHint))
    }

    /// A decade or a century comes between: no earlier date holds any more.
    mutating func forget() {
        latest = nil
        earlier = nil
    }

    /// Whether a period counted from the reference (`the next day` from `1853`) would be finer than the reference
    /// itself, so that its day would be made up: a month and day written (`April 16`) are never made up.
    static func isFiner(_ resolved: TemporalValue, than reference: TemporalValue, counted: TemporalValue) -> Bool {
        guard case .reference = counted else { return false }
        let order: [TimeExpression.Granularity] = [.day, .week, .month, .season, .quarter, .year]
        return (order.firstIndex(of: resolved.granularity) ?? 0) < (order.firstIndex(of: reference.granularity) ?? 0)
    }

    /// Whether a value without a year may take the narrative's: a month and day, a month, a season, a quarter, or a
    /// period counted from another (`the next year`, `two weeks later`), but not the present (`today`) or a weekday.
    /// Periods counted from the present (`last year`, `two years ago`) are never the narrative's.
    static func takesNarrativeYear(_ value: TemporalValue, word: String) -> Bool {
        switch value {
        case .day(nil, _, _), .month(nil, _), .season(nil, _), .quarter(nil, _): return true
        case .reference(let name, _):
            return name.hasPrefix("XXXX") && !name.hasPrefix("XXXX-WXX-") && !["today", "yesterday", "tomorrow", "now"].contains(word)
        default: return false
        }
    }
}
