/// A quoted passage with a little text on each side, so that it attaches again after the article's text shifts.
public struct QuoteAnchor: Hashable, Sendable {
    public static let contextLength = 32

    public var exact: String
    public var before: String
    public var after: String

    public init(exact: String, before: String, after: String) {
        self.exact = exact
        self.before = before
        self.after = after
    }

    /// Anchors `quote` in `body`, taking the context around its first occurrence; nil when it is not there.
    public static func make(quote: String, in body: String) -> QuoteAnchor? {
        guard !quote.isEmpty, let range = body.range(of: quote) else { return nil }
        let before = String(body[..<range.lowerBound].suffix(contextLength))
        let after = String(body[range.upperBound...].prefix(contextLength))
        return QuoteAnchor(exact: quote, before: before, after: after)
    }

    /// Finds the passage in `body`: the occurrence whose surroundings best match the saved context.
    /// Falls back to the context alone when the quoted words themselves were edited.
    public func locate(in body: String) -> QuoteLocation? {
        var best: (score: Int, range: Range<String.Index>)?
        var searchStart = body.startIndex
        while let range = body.range(of: exact, range: searchStart..<body.endIndex) {
            let left = body[..<range.lowerBound].suffix(before.count)
            let right = body[range.upperBound...].prefix(after.count)
            let score = Self.sharedSuffix(left, before) + Self.sharedPrefix(right, after)
            if best == nil || score > best!.score { best = (score, range) }
            searchStart = body.index(after: range.lowerBound)
        }
        if let best {
            return QuoteLocation(
                offset: body.unicodeScalars.distance(from: body.startIndex, to: best.range.lowerBound),
                text: String(body[best.range]), isExact: true)
        }
        guard before.count >= 8, after.count >= 8, let start = body.range(of: before),
              let end = body.range(of: after, range: start.upperBound..<body.endIndex),
              body.distance(from: start.upperBound, to: end.lowerBound) <= exact.count * 2 + 16 else { return nil }
        return QuoteLocation(
            offset: body.unicodeScalars.distance(from: body.startIndex, to: start.upperBound),
            text: String(body[start.upperBound..<end.lowerBound]), isExact: false)
    }

    private static func sharedSuffix(_ a: Substring, _ b: String) -> Int {
        zip(a.reversed(), b.reversed()).prefix { $0 == $1 }.count
    }

    private static func sharedPrefix(_ a: Substring, _ b: String) -> Int {
        zip(a, b).prefix { $0 == $1 }.count
    }
}

/// Where a quote attaches in an article's current text.
public struct QuoteLocation: Hashable, Sendable {
    /// Unicode code points from the start of the body.
    public var offset: Int
    /// The text found there: the quote itself, or what now stands between its saved context.
    public var text: String
    /// False when only the surrounding context matched and the quoted words changed.
    public var isExact: Bool

    public init(offset: Int, text: String, isExact: Bool) {
        self.offset = offset
        self.text = text
        self.isExact = isExact
    }
}
