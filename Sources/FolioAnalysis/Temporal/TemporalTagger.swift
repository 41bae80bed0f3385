import FolioCore

/// Finds date expressions in English news text and normalizes them to TIMEX3 values.
///
/// Relative and partial expressions resolve against the publication date when there is one, in news style.
/// Without one, a partial date takes the year of an earlier full date of the same month in the text (the
/// one safe case: "November 27, 2024 … on November 21"), and otherwise keeps an unknown year (`XXXX-05-19`),
/// since a wrong year is worse than none.
/// The text is scanned as UTF-8 bytes. Example: `tag("On November 27, 2024, …", anchor: nil)` gives
/// `2024-11-27` at offset 3.
public struct TemporalTagger: Sendable {
    /// Which way undated weekdays and months lean: back from the publication date, as news reports do,
    /// or forward from it, as plans and conversation do ("Monday" is the next Monday).
    public enum Orientation: Sendable {
        case news, forward
    }

    public var orientation: Orientation

    public init(orientation: Orientation = .news) {
        self.orientation = orientation
    }

    public func tag(_ text: String, anchor: PublicationDate?) -> [TimeExpression] {
        var text = text
        return text.withUTF8 { bytes in
            let tokens = TemporalTokenizer.tokenize(bytes)
            var matcher = TemporalMatcher(tokens: tokens, anchor: anchor.flatMap(CalendarDay.init(publication:)), isForward: orientation == .forward)
            let sections = anchor == nil ? SectionBreaks(bytes) : nil
            var sectionHint = 0
            var narrative: NarrativeReference?
            var earlierNarrative: NarrativeReference?
            // The years the text writes, by token, for how the narrative goes on after a partial date.
            let writtenYears: [(position: Int, year: Int)] = sections == nil ? [] : tokens.indices.compactMap { position in
                tokens[position].digits == 4 ? matcher.year(position).map { (position, $0) } : nil
            }
            var yearCursor = 0
            // Where the last date with a year starts, which `the following year` and the like count from.
            var lastDated: Int?
            var expressions: [TimeExpression] = []
            var scalarCursor = (byte: 0, scalar: 0)
            var index = 0
            while index < tokens.count {
                matcher.trace.usedNarrative = false
                matcher.trace.isNamedDate = false
                guard var match = matcher.match(at: index) else {
                    index += 1
                    continue
                }
                let startByte = tokens[index].start
                let start = scalarCursor.scalar + bytes.scalarCount(from: scalarCursor.byte, to: startByte)
                // Without a publication date, a year the text did not give through the narrative was written in it.
                var source: TimeExpression.Anchor = matcher.trace.usedNarrative ? .narrative
                    : match.value.span == nil ? .unknown
                    : anchor == nil || matcher.trace.isNamedDate || matcher.writesYear(from: index, length: match.length) ? .explicit : .publication
                var anchoredBy = source == .narrative ? lastDated : nil
                let section = sections?.section(at: startByte, from: &sectionHint) ?? 0
                if sections != nil, source == .unknown, Self.takesNarrativeYear(match.value, word: tokens[index].text),
                   !(tokens[index].word?.isDeictic == true && (index == 0 || tokens[index - 1].text != "the") || tokens[index + match.length - 1].text == "ago") {
                    let isFuture = matcher.speaksOfTheFuture(at: index, length: match.length)
                    anchoredBy = narrative?.offset
                    while yearCursor < writtenYears.count, writtenYears[yearCursor].position < index + match.length { yearCursor += 1 }
                    let nextYear = yearCursor < writtenYears.count && writtenYears[yearCursor].position - index < 400 ? writtenYears[yearCursor].year : nil
                    // A date placed in the future does not end the narrative: the one before it may still hold.
                    let safe = [narrative, narrative?.isFuture == true ? earlierNarrative : nil].compactMap { $0 }
                        .first { $0.anchors(isFuture: isFuture, section: section, nextYear: nextYear) }
                    if let reference = safe, let day = reference.day {
                        var narrativeMatcher = matcher
                        narrativeMatcher.anchor = day
                        narrativeMatcher.isNarrative = true
                        if let resolved = narrativeMatcher.match(at: index), resolved.length >= match.length, resolved.value.span != nil,
                           !Self.isFiner(resolved.value, than: reference.value, counted: match.value) {
                            match = resolved
                            source = .narrative
                            anchoredBy = reference.offset
                        }
                    }
                }
                let last = tokens[index + match.length - 1].text
                let isAnaphoric = last == "earlier" || last == "later" || last == "ago" || index + 1 < tokens.count && tokens[index + 1].text == "same"
                switch match.value {
                case .decade, .century:
                    narrative = nil
                    earlierNarrative = nil
                default:
                    if !isAnaphoric, let year = match.value.year {
                        matcher.narrativeYear = year
                        lastDated = start
                        matcher.narrativeValue = match.value
                        if case .day(_, let month, let day) = match.value {
                            matcher.narrativeDay = CalendarDay(year: year, month: month, day: day)
                        }
                        if sections != nil, source == .explicit || source == .narrative {
                            if narrative?.isFuture == false { earlierNarrative = narrative }
                            narrative = NarrativeReference(
                                value: match.value, offset: start, isFuture: matcher.speaksOfTheFuture(at: index, length: match.length), section: section)
                        }
                    }
                }
                let endByte = tokens[index + match.length - 1].end
                let length = bytes.scalarCount(from: startByte, to: endByte)
                scalarCursor = (endByte, start + length)
                let span = match.value.span
                expressions.append(TimeExpression(
                    offset: start, length: length,
                    text: String(decoding: UnsafeBufferPointer(rebasing: bytes[startByte..<endByte]), as: UTF8.self),
                    value: match.value.timex, start: span?.start, end: span?.end, granularity: match.value.granularity,
                    anchor: source, anchoredBy: anchoredBy))
                index += match.length
            }
            return expressions
        }
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

extension CalendarDay {
    /// The publication date's day, when it names one; a month or a year anchors on its first day.
    init?(publication: PublicationDate) {
        self.init(year: publication.year, month: publication.month ?? 1, day: publication.day ?? 1)
    }
}
