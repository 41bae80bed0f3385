import Foundation
import FolioCore

/// Reads a plain text file: the first non-empty line is the title, the rest is the body.
struct PlainTextReader {
    let file: String

    func read(_ text: String) -> ParsedSource {
        var result = ParsedSource(format: .plainText)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let titleIndex = lines.firstIndex(where: { !$0.trimmingWhitespace().isEmpty }) else {
            result.warnings.append(IngestWarning(file: file, message: "no text; nothing loaded"))
            return result
        }
        let title = lines[titleIndex].trimmingWhitespace()
        let body = lines[(titleIndex + 1)...].joined(separator: "\n").trimmingWhitespace()
        result.articles.append(Article(
            id: ArticleIdentity.id(title: title, body: body), title: title, body: body,
            isExcerpt: ArticleRecord.isExcerpt(body)))
        return result
    }
}
