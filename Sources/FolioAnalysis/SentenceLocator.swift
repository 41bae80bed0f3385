import FolioCore

/// Finds the sentence around a span of text, for showing an expression in context.
public enum SentenceLocator {
    /// The sentence holding the code points `offset..<offset+length`, and where the span starts within it.
    /// Sentences end at `.`, `!` or `?` followed by a space and a capital letter, or at a line break.
    public static func sentence(in text: String, offset: Int, length: Int) -> (text: String, offset: Int) {
        sentence(in: Array(text.unicodeScalars), offset: offset, length: length)
    }

    /// The same, over the text's scalars, so that many expressions of one text share one decoding.
    public static func sentence(in scalars: [Unicode.Scalar], offset: Int, length: Int) -> (text: String, offset: Int) {
        let range = bounds(in: scalars, offset: offset, length: length)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return (String(view), offset - range.lowerBound)
    }

    /// How far a sentence reaches on each side of the span, in code points: text with no sentence ends (a
    /// scraped dump on one line) must not make every expression's sentence the whole text.
    public static let reach = 600

    /// The code points of the sentence holding `offset..<offset+length`, without making its text.
    public static func bounds(in scalars: [Unicode.Scalar], offset: Int, length: Int) -> Range<Int> {
        guard offset >= 0, length >= 0, offset + length <= scalars.count else { return 0..<0 }
        let lowest = max(0, offset - reach), highest = min(scalars.count, offset + length + reach)
        var start = offset
        while start > lowest {
            if scalars[start - 1] == "\n" { break }
            if start >= 2, scalars[start - 1] == " ", isCapital(scalars[start]) {
                var mark = start - 2
                while mark > 0, isClosingQuote(scalars[mark]) { mark -= 1 }
                if isEnd(scalars[mark]) { break }
            }
            start -= 1
        }
        if start == lowest, lowest > 0 {
            while start < offset, !scalars[start].properties.isWhitespace { start += 1 }
        }
        var end = offset + length
        while end < highest {
            if scalars[end] == "\n" { break }
            if isEnd(scalars[end]) {
                var after = end + 1
                while after < scalars.count, isClosingQuote(scalars[after]) { after += 1 }
                if after + 1 < scalars.count, scalars[after] == " ", isCapital(scalars[after + 1]) {
                    end = after
                    break
                }
            }
            end += 1
        }
        if end == highest, highest < scalars.count {
            while end > offset + length, !scalars[end - 1].properties.isWhitespace { end -= 1 }
        }
        while start < offset, scalars[start].properties.isWhitespace { start += 1 }
        while end > offset + length, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return start..<end
    }

    static func isEnd(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?"
    }

    static func isClosingQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "”" || scalar == "\"" || scalar == "’" || scalar == "'"
    }

    static func isCapital(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase || scalar == "“" || scalar == "\""
    }
}
