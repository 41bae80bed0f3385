/// The span of a site's result list that a page holds: "Viewing results 1 - 6 of 31".
public struct Coverage: Hashable, Sendable, Comparable, Codable {
    public var from: Int
    public var to: Int
    public var of: Int

    public init(from: Int, to: Int, of: Int) {
        self.from = from
        self.to = to
        self.of = of
    }

    public static func < (lhs: Coverage, rhs: Coverage) -> Bool {
        (lhs.of, lhs.from, lhs.to) < (rhs.of, rhs.from, rhs.to)
    }

    /// Merges overlapping or adjacent spans of the same total into the fewest spans.
    public static func merge(_ spans: [Coverage]) -> [Coverage] {
        var merged: [Coverage] = []
        for span in spans.sorted() {
            if var last = merged.last, last.of == span.of, span.from <= last.to + 1 {
                last.to = max(last.to, span.to)
                merged[merged.count - 1] = last
            } else {
                merged.append(span)
            }
        }
        return merged
    }
}
