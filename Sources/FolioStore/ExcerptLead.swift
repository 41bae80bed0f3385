import FolioCore

/// The key that finds an excerpt's full article: the first 48 characters of the text with white space folded,
/// hashed with FNV-1a into 64 bits. An excerpt's trailing `...` or `…` is dropped first; a text shorter than that
/// has no lead and is never merged.
public enum ExcerptLead {
    static let characters = 48

    public static func of(_ body: String, isExcerpt: Bool) -> Int64? {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var count = 0
        var pendingSpace = false
        let text = isExcerpt ? normalized(body, dropsEllipsis: true) : nil
        for character in text ?? body {
            if character.isWhitespace {
                pendingSpace = count > 0
                continue
            }
            if pendingSpace {
                hash = (hash ^ 0x20) &* 0x100_0000_01B3
                pendingSpace = false
                count += 1
                if count == characters { break }
            }
            for byte in character.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
            count += 1
            if count == characters { break }
        }
        return count == characters ? Int64(bitPattern: hash) : nil
    }

    /// The text with runs of white space folded to one space and trimmed; with `dropsEllipsis`, a trailing `...`
    /// or `…` removed.
    static func normalized(_ text: String, dropsEllipsis: Bool) -> String {
        var folded = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if dropsEllipsis {
            while folded.hasSuffix("...") || folded.hasSuffix("…") {
                folded = folded.hasSuffix("…") ? String(folded.dropLast()) : String(folded.dropLast(3))
                folded = folded.trimmingWhitespace()
            }
        }
        return folded
    }
}
