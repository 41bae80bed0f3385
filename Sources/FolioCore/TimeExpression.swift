/// A date expression found in an article's text, normalized TIMEX3-style.
public struct TimeExpression: Hashable, Sendable {
    /// How wide the period the expression names is.
    public enum Granularity: String, Sendable, CaseIterable {
        case day, week, month, season, quarter, year, decade, century

        /// Whether the timeline's chart and `compare`'s date spans count it: a decade or a century would stretch
        /// them to its edges.
        public var isCharted: Bool { self != .decade && self != .century }
    }

    /// Where the expression's year came from: written in it (`explicit`), the article's publication date
    /// (`publication`), an earlier date of the same text that the expression follows (`narrative`), or nowhere
    /// (`unknown`, as in `XXXX-05-19`).
    public enum Anchor: String, Sendable, CaseIterable, Codable {
        case explicit, publication, narrative, unknown
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
    public var anchor: Anchor
    /// Where the date the year came from starts, in code points, when it was an earlier date of the text.
    public var anchoredBy: Int?

    public init(
        offset: Int, length: Int, text: String, value: String, start: String?, end: String?, granularity: Granularity,
        anchor: Anchor = .unknown, anchoredBy: Int? = nil
    ) {
        self.offset = offset
        self.length = length
        self.text = text
        self.value = value
        self.start = start
        self.end = end
        self.granularity = granularity
        self.anchor = anchor
        self.anchoredBy = anchoredBy
    }
}
