import CSV
import Foundation
import FolioCore

/// Reads CSV with a header row, using the same field names as JSON.
struct CSVRecordsReader {
    let file: String

    func read(_ text: String) -> ParsedSource {
        var result = ParsedSource(format: .csv)
        if let line = Self.lineOfUnclosedQuote(in: text) {
            result.warnings.append(IngestWarning(
                file: file, line: line, message: "a quote opened on this line is never closed, so the rest of the file reads as one field"))
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            result.warnings.append(IngestWarning(file: file, line: 1, message: "no header row; nothing loaded"))
            return result
        }
        guard let header = reader.headerRow, header.contains(where: { !$0.isEmpty }) else {
            result.warnings.append(IngestWarning(file: file, line: 1, message: "no header row; nothing loaded"))
            return result
        }
        let names = header.map { $0.trimmingWhitespace() }
        let known = Set(ArticleRecord.titleKeys + ArticleRecord.bodyKeys)
        if !names.contains(where: { known.contains($0.lowercased()) }) {
            result.warnings.append(IngestWarning(
                file: file, line: 1, message: "header has no title, body, text or content column; nothing loaded"))
            return result
        }
        var line = 2 + Self.lineBreaks(in: header)
        var seen = Set<ArticleID>()
        while let row = reader.next() {
            let start = line
            line += 1 + Self.lineBreaks(in: row)
            if row.count == 1, row[0].isEmpty { continue }
            guard row.count == names.count else {
                result.warnings.append(IngestWarning(
                    file: file, line: start,
                    message: "record has \(row.count) field\(row.count == 1 ? "" : "s"), the header has \(names.count); skipped"))
                continue
            }
            let made = ArticleRecord(fields: Array(zip(names, row).map { (name: $0, value: $1) })).makeArticle(file: file, line: start)
            result.warnings += made.warnings
            if let article = made.article, seen.insert(article.id).inserted { result.articles.append(article) }
        }
        if let error = reader.error {
            result.warnings.append(IngestWarning(file: file, line: line, message: "could not read past this line (\(error)); the rest skipped"))
        }
        return result
    }

    /// The line of a quote that is still open at the end of the text, as RFC 4180 reads quotes.
    static func lineOfUnclosedQuote(in text: String) -> Int? {
        var line = 1
        var openedOn: Int?
        for byte in text.utf8 {
            if byte == 0x0A { line += 1 }
            if byte == 0x22 { openedOn = openedOn == nil ? line : nil }
        }
        return openedOn
    }

    private static func lineBreaks(in fields: [String]) -> Int {
        fields.reduce(0) { count, field in count + field.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
    }
}
