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
            var expressions: [TimeExpression] = []
            var scalarCursor = (byte: 0, scalar: 0)
            var index = 0
            var lastExplicit: (year: Int, month: Int)?
            while index < tokens.count {
                guard var match = matcher.match(at: index) else {
                    index += 1
                    continue
                }
                if anchor == nil {
                    switch match.value {
                    case .day(let year?, let month, _), .month(let year?, let month):
                        lastExplicit = (year, month)
                    case .day(nil, let month, let day) where lastExplicit?.month == month:
                        match.value = .day(year: lastExplicit!.year, month: month, day: day)
                    case .month(nil, let month) where lastExplicit?.month == month:
                        match.value = .month(year: lastExplicit!.year, month: month)
                    default:
                        break
                    }
                }
                let last = tokens[index + match.length - 1].text
                let isAnaphoric = last == "earlier" || last == "later" || last == "ago" || index + 1 < tokens.count && tokens[index + 1].text == "same"
                if !isAnaphoric, let year = match.value.year {
                    matcher.narrativeYear = year
                    matcher.narrativeValue = match.value
                    if case .day(_, let month, let day) = match.value {
                        matcher.narrativeDay = CalendarDay(year: year, month: month, day: day)
                    }
                }
                let startByte = tokens[index].start
                let endByte = tokens[index + match.length - 1].end
                let start = scalarCursor.scalar + bytes.scalarCount(from: scalarCursor.byte, to: startByte)
                let length = bytes.scalarCount(from: startByte, to: endByte)
                scalarCursor = (endByte, start + length)
                let span = match.value.span
                expressions.append(TimeExpression(
                    offset: start, length: length,
                    text: String(decoding: UnsafeBufferPointer(rebasing: bytes[startByte..<endByte]), as: UTF8.self),
                    value: match.value.timex, start: span?.start, end: span?.end, granularity: match.value.granularity))
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
