/// Finds a word or phrase in a text, whole words only and ignoring case, as keyword-in-context lines show it.
public enum Concordance {
    /// Offsets and lengths, in Unicode code points, of each place `term` starts a word of `text`: `border`
    /// matches `border` and `borders`, but not `cross-border` inside a word.
    public static func occurrences(of term: String, in text: String) -> [(offset: Int, length: Int)] {
        let needle = Array(term.lowercased().unicodeScalars)
        let scalars = Array(text.lowercased().unicodeScalars)
        guard !needle.isEmpty, scalars.count >= needle.count else { return [] }
        var found: [(Int, Int)] = []
        var index = 0
        while index + needle.count <= scalars.count {
            if scalars[index] == needle[0], index == 0 || !isWordScalar(scalars[index - 1]),
               Array(scalars[index..<index + needle.count]) == needle {
                var end = index + needle.count
                while end < scalars.count, isWordScalar(scalars[end]), scalars[end].properties.isAlphabetic { end += 1 }
                found.append((index, end - index))
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    /// Up to `width` code points on each side of a span, on one line.
    public static func context(_ scalars: [Unicode.Scalar], offset: Int, length: Int, width: Int) -> (left: String, match: String, right: String) {
        func text(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range].map { $0 == "\n" || $0 == "\t" || $0 == "\r" ? " " : $0 })
            return String(view)
        }
        let start = min(max(0, offset), scalars.count), end = min(start + length, scalars.count)
        return (text(max(0, start - width)..<start), text(start..<end), text(end..<min(scalars.count, end + width)))
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
}
