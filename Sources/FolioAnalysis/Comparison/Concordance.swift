/// The context of a match on one line, as keyword-in-context lines show it.
public enum Concordance {
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
}
