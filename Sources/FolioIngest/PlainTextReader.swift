import Foundation
import FolioCore

/// Reads a plain text file: the first non-empty line is the title, the rest is the body.
struct PlainTextReader {
    let file: String
    static let longestTitle = 1000

    func read(_ text: String) -> ParsedSource {
        var result = ParsedSource(format: .plainText)
        guard let (titleLine, number) = Self.firstLine(of: text) else {
            result.warnings.append(IngestWarning(file: file, message: "no text; nothing loaded"))
            return result
        }
        var title = titleLine.trimmingWhitespace()
        let rest = titleLine.endIndex < text.endIndex ? text[text.utf8.index(after: titleLine.endIndex)...] : ""
        var body = rest.trimmingWhitespace()
        if title.utf8.count > Self.longestTitle {
            result.warnings.append(IngestWarning(
                file: file, line: number,
                message: "the first line has \(title.count) characters, too many for a title; its first words are the title and the line is kept in the body"))
            body = text[titleLine.startIndex...].trimmingWhitespace()
            title = ArticleRecord.titleFromBody(String(title.prefix(400)))
        }
        result.articles.append(Article(
            id: ArticleIdentity.id(title: title, body: body), title: title, body: body,
            isExcerpt: ArticleRecord.isExcerpt(body)))
        return result
    }

    /// The first line that is not blank, and its number; found without splitting the rest of the text.
    private static func firstLine(of text: String) -> (Substring, Int)? {
        let utf8 = text.utf8
        var start = utf8.startIndex, number = 1
        while start < utf8.endIndex {
            let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let line = text[start..<end]
            if !line.isBlank { return (line, number) }
            guard end < utf8.endIndex else { return nil }
            start = utf8.index(after: end)
            number += 1
        }
        return nil
    }
}
