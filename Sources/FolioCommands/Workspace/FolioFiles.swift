/// Files Folio wrote, told by their first bytes, so that a corpus folder that holds them does not read them as
/// articles: saved sessions (`- format: folio-session`) and HTML reports (`<meta name="generator" content="Folio`).
enum FolioFiles {
    private static let sessionMark = Array("\n- format: folio-session ".utf8)
    private static let reportMark = Array("<meta name=\"generator\" content=\"Folio ".utf8)

    static func wrote(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(2048)
        return head.starts(with: "# ".utf8) && contains(sessionMark, in: head) || contains(reportMark, in: head)
    }

    /// A plain scan: Foundation's `firstRange(of:)` on bytes costs a hundred times more.
    private static func contains(_ mark: [UInt8], in head: ArraySlice<UInt8>) -> Bool {
        guard let first = mark.first, head.count >= mark.count else { return false }
        var index = head.startIndex
        while index <= head.endIndex - mark.count {
            if head[index] == first, head[index..<index + mark.count].elementsEqual(mark) { return true }
            index += 1
        }
        return false
    }
}
