/// A date expression found in an article's text, normalized TIMEX3-style.
public struct TimeExpression: Hashable, Sendable {
    /// How wide the period the expression names is.
    public enum Granularity: String, Sendable, CaseIterable {
        case day, week, month, season, quarter, year, decade, century
    }

    /// Unicode code points from the start of the text.
    public var offset: Int
    /// Length in Unicode code points.
    public var length: Int
    public var text: String
    /// The TIMEX3 value: `2024-11-27`, `2025-03`, `2026`, `199` for the 1990s, `XXXX-05-19` when the year is unknown.
    public var value: String
    /// The first and last day covered, inclusive, or nil when the year is unknown.
    public var start: String?
    public var end: String?
    public var granularity: Granularity

    public init(offset: Int, length: Int, text: String, value: String, start: String?, end: String?, granularity: Granularity) {
        self.offset = offset
        self.length = length
        self.text = text
        self.value = value
        self.start = start
        self.end = end
        self.granularity = granularity
    }
}
