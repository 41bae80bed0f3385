/// A content-derived article identifier: the SHA-256 of the article's normalized text, in lowercase hex.
///
/// The same text yields the same id on any machine and in any load order. People see a short
/// prefix (at least ``minimumDisplayLength`` characters); commands accept any unique prefix.
public struct ArticleID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public static let minimumDisplayLength = 6

    public let hex: String

    public init(hex: String) {
        self.hex = hex
    }

    public var description: String { hex }

    /// The first `length` hex characters.
    public func prefix(_ length: Int) -> String {
        String(hex.prefix(length))
    }

    public static func < (lhs: ArticleID, rhs: ArticleID) -> Bool {
        lhs.hex < rhs.hex
    }

    /// The shortest display length, at least ``minimumDisplayLength``, at which every id in a sorted list is unique.
    public static func displayLength(forSorted ids: [ArticleID]) -> Int {
        var length = minimumDisplayLength
        for (left, right) in zip(ids, ids.dropFirst()) {
            let shared = zip(left.hex.utf8, right.hex.utf8).prefix { $0 == $1 }.count
            length = max(length, shared + 1)
        }
        return length
    }

    /// Whether `text` could be an id prefix: hex digits only.
    public static func isPlausiblePrefix(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { byte in
            (byte >= 48 && byte <= 57) || (byte >= 97 && byte <= 102) || (byte >= 65 && byte <= 70)
        }
    }
}
