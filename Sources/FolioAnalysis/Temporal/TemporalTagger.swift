import FolioCore

/// Finds date expressions in English news text and normalizes them to TIMEX3 values.
///
/// Relative and partial expressions resolve against the publication date when there is one, in news style.
/// Without one, a partial date takes its year from the narrative when that is safe (``NarrativeAnchoring``), and
/// otherwise keeps an unknown year (`XXXX-05-19`), since a wrong year is worse than none. Each expression says
/// where its year came from (``TimeExpression/Anchor``).
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
            var narrative = anchor == nil ? NarrativeAnchoring(bytes, tokens: tokens, matcher: matcher) : nil
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
                if source == .unknown, let resolved = narrative?.resolve(match, at: index, startByte: startByte, with: matcher) {
                    anchoredBy = resolved.reference
                    if let value = resolved.match {
                        match = value
                        source = .narrative
                    }
                }
                let last = tokens[index + match.length - 1].text
                let isAnaphoric = last == "earlier" || last == "later" || last == "ago" || index + 1 < tokens.count && tokens[index + 1].text == "same"
                if match.value.granularity == .decade || match.value.granularity == .century { narrative?.forget() }
                if !isAnaphoric, let year = match.value.year {
                    matcher.narrativeYear = year
                    lastDated = start
                    matcher.narrativeValue = match.value
                    if case .day(_, let month, let day) = match.value {
                        matcher.narrativeDay = CalendarDay(year: year, month: month, day: day)
                    }
                    if source == .explicit || source == .narrative {
                        narrative?.note(match, at: index, offset: start, startByte: startByte, with: matcher)
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
}

extension CalendarDay {
    /// The publication date's day, when it names one; a month or a year anchors on its first day.
    init?(publication: PublicationDate) {
        self.init(year: publication.year, month: publication.month ?? 1, day: publication.day ?? 1)
    }
}
