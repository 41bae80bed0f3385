import Foundation
import FolioCore

/// Reads a plain text file: the first non-empty line is the title, the rest is the body.
struct PlainTextReader {
    let file: String
    static let longestTitle = 1000

    func read(_ text: String) -> ParsedSource {
        var result = ParsedSource(format: .plainText)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let titleIndex = lines.firstIndex(where: { !$0.trimmingWhitespace().isEmpty }) else {
            result.warnings.append(IngestWarning(file: file, message: "no text; nothing loaded"))
            return result
        }
        var title = lines[titleIndex].trimmingWhitespace()
        var body = lines[(titleIndex + 1)...].joined(separator: "\n").trimmingWhitespace()
        if title.utf8.count > Self.longestTitle {
            result.warnings.append(IngestWarning(
                file: file, line: titleIndex + 1,
                message: "the first line has \(title.count) characters, too many for a title; its first words are the title and the line is kept in the body"))
            body = lines[titleIndex...].joined(separator: "\n").trimmingWhitespace()
            title = ArticleRecord.titleFromBody(String(title.prefix(400)))
        }
        result.articles.append(Article(
            id: ArticleIdentity.id(title: title, body: body), title: title, body: body,
            isExcerpt: ArticleRecord.isExcerpt(body)))
        return result
    }
}
