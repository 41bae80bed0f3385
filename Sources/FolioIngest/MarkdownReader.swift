import Foundation
import FolioCore

/// Reads a Markdown article: optional front matter (`title`, `date`, `url`, `source`), then `# Title` and the body.
struct MarkdownReader {
    let file: String

    func read(_ text: String) -> ParsedSource {
        var result = ParsedSource(format: .markdown)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.hasSuffix("\r") ? $0.dropLast() : $0)
        }
        var fields: [(name: String, value: String)] = []
        var lineOffset = 0
        if lines.first?.trimmingWhitespace() == "---" {
            if let end = lines.dropFirst().firstIndex(where: { $0.trimmingWhitespace() == "---" }) {
                for (index, line) in lines[1..<end].enumerated() where !line.trimmingWhitespace().isEmpty {
                    guard let colon = line.firstIndex(of: ":") else {
                        result.warnings.append(IngestWarning(file: file, line: index + 2, message: "front matter line without 'key: value'; skipped"))
                        continue
                    }
                    let name = line[..<colon].trimmingWhitespace()
                    let value = Self.unquote(line[line.index(after: colon)...].trimmingWhitespace())
                    fields.append((name, value))
                }
                lineOffset = end + 1
                lines.removeFirst(end + 1)
            } else {
                result.warnings.append(IngestWarning(file: file, line: 1, message: "front matter is never closed with '---'; read as text"))
            }
        }
        let hasTitleField = fields.contains { ArticleRecord.titleKeys.contains($0.name.lowercased()) }
        if let headingIndex = lines.firstIndex(where: { $0.hasPrefix("# ") }),
           lines[..<headingIndex].allSatisfy({ $0.trimmingWhitespace().isEmpty }) || !hasTitleField {
            let heading = lines[headingIndex].dropFirst(2).trimmingWhitespace()
            if !hasTitleField { fields.append(("title", heading)) }
            lines.remove(at: headingIndex)
        } else if !hasTitleField, let first = lines.firstIndex(where: { !$0.trimmingWhitespace().isEmpty }) {
            fields.append(("title", lines[first].trimmingWhitespace()))
            lines.remove(at: first)
        }
        let body = lines.joined(separator: "\n").trimmingWhitespace()
        fields.append(("body", body))
        let made = ArticleRecord(fields: fields).makeArticle(file: file, line: lineOffset > 0 ? 1 : nil)
        result.warnings += made.warnings
        if let article = made.article { result.articles.append(article) }
        return result
    }

    static func unquote(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" else { return value }
        return String(value.dropFirst().dropLast())
    }
}
