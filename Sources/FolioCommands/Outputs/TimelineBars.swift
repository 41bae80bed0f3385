import FolioAnalysis
import FolioCore

/// The timeline's events counted by period: the one rule that the terminal chart, the HTML report and `compare`'s
/// date spans share. Every period from the first to the last has a bar, empty ones too; an event is counted in
/// every period its span reaches; by month or by day, a date known only to the year stands in a lane of its own
/// (`1999, year only`) before that year's bars rather than in January. Decades and centuries are not drawn.
public struct TimelineBars: Sendable, Equatable {
    public struct Bar: Sendable, Equatable {
        /// `1999`, `1999-03` or `1999-03-05`; for a year-only lane, the year.
        public var period: String
        public var count: Int
        public var isYearOnly: Bool

        /// How the bar is labelled: `1999-03`, or `1999, year only`.
        public var label: String { isYearOnly ? "\(period), year only" : period }
    }

    /// No chart draws more bars than this.
    public static let limit = 120

    public var period: TimelineCommand.Period
    public var bars: [Bar]

    /// The period `--by` would draw as many bars as, were it asked: why it was turned down.
    public struct TooMany: Error, Equatable {
        public var period: TimelineCommand.Period
        public var bars: Int
    }

    /// The events' bars by `requested`, or else by month when they span at most three years and by year otherwise;
    /// nil when no event can be drawn. Throws when the period asked for would draw more than ``limit`` bars, and,
    /// when none was asked for, gives nil when even years would.
    public init?(spans: [TimeSpan], period requested: TimelineCommand.Period?) throws(TooMany) {
        let charted = spans.filter { $0.granularity.isCharted }
        guard let first = charted.map(\.start).min(by: Self.isEarlier), let last = charted.map(\.end).max(by: Self.isEarlier) else { return nil }
        let period = requested ?? (Self.count(.month, from: first, to: last) <= 36 ? .month : .year)
        let finer = charted.filter { period == .year || $0.granularity != .year }
        let keys: [String]
        if let firstFine = finer.map(\.start).min(by: Self.isEarlier), let lastFine = finer.map(\.end).max(by: Self.isEarlier) {
            let count = Self.count(period, from: firstFine, to: lastFine)
            guard count <= Self.limit else {
                if requested == nil { return nil }
                throw TooMany(period: period, bars: count)
            }
            keys = Self.periods(period, from: firstFine, to: lastFine)
        } else {
            keys = []
        }
        var counts: [String: Int] = [:]
        var yearOnly: [Int: Int] = [:]
        for span in finer {
            for key in Self.periods(period, from: span.start, to: span.end) { counts[key, default: 0] += 1 }
        }
        for span in charted where period != .year && span.granularity == .year {
            yearOnly[Self.day(span.start).year, default: 0] += 1
        }
        var bars: [Bar] = []
        var lanes = yearOnly.keys.sorted()[...]
        for key in keys {
            while let lane = lanes.first, lane <= Self.day(key).year {
                bars.append(Bar(period: CalendarDay.yearText(lane), count: yearOnly[lane]!, isYearOnly: true))
                lanes.removeFirst()
            }
            bars.append(Bar(period: key, count: counts[key] ?? 0, isYearOnly: false))
        }
        bars += lanes.map { Bar(period: CalendarDay.yearText($0), count: yearOnly[$0]!, isYearOnly: true) }
        self.period = period
        self.bars = bars
    }

    // MARK: Calendar

    /// A period's or an ISO date's first day; a year before Christ is negative (`-0493-01-01`).
    private static func day(_ iso: String) -> CalendarDay {
        CalendarDay(iso: iso) ?? CalendarDay(year: 1, month: 1, day: 1)
    }

    private static func isEarlier(_ first: String, _ second: String) -> Bool {
        day(first) < day(second)
    }

    /// How many periods there are from the one holding `from` to the one holding `to`, both counted.
    static func count(_ period: TimelineCommand.Period, from: String, to: String) -> Int {
        let start = day(from), end = day(to)
        switch period {
        case .year: return end.year - start.year + 1
        case .month: return (end.year - start.year) * 12 + end.month - start.month + 1
        case .day: return end.daysSinceEpoch - start.daysSinceEpoch + 1
        }
    }

    /// The periods from the one holding `from` to the one holding `to`, each named as its bar is; at most one more
    /// than ``limit``, since no chart draws more.
    static func periods(_ period: TimelineCommand.Period, from: String, to: String) -> [String] {
        let total = min(count(period, from: from, to: to), limit + 1)
        guard total > 0 else { return [] }
        let start = day(from)
        switch period {
        case .year:
            return (0..<total).map { CalendarDay.yearText(start.year + $0) }
        case .month:
            return (0..<total).map { offset in
                let months = start.month - 1 + offset
                return CalendarDay.yearText(start.year + months / 12) + "-" + CalendarDay.pad(months % 12 + 1, 2)
            }
        case .day:
            return (0..<total).map { start.adding(days: $0).iso }
        }
    }
}

/// An event's first and last day and how wide the period it names is: what the chart counts.
public struct TimeSpan: Sendable, Equatable {
    public var start: String
    public var end: String
    public var granularity: TimeExpression.Granularity

    public init(start: String, end: String, granularity: TimeExpression.Granularity) {
        self.start = start
        self.end = end
        self.granularity = granularity
    }

    public init?(_ expression: TimeExpression) {
        guard let start = expression.start, let end = expression.end else { return nil }
        self.init(start: start, end: end, granularity: expression.granularity)
    }
}
