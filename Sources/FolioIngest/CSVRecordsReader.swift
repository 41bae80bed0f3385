import CSV
import Foundation
import FolioCore

/// Reads CSV with a header row, using the same field names as JSON.
struct CSVRecordsReader {
    let file: String
    var mapping: FieldMapping?

    func read(_ text: String) -> ParsedSource {
        var result = ParsedSource(format: .csv)
        if let line = Self.lineOfUnclosedQuote(in: text) {
            result.warnings.append(IngestWarning(
                file: file, line: line, message: "a quote opened on this line is never closed, so the rest of the file reads as one field"))
        }
        let hasHeader = mapping?.usesPositions != true
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: hasHeader)
        } catch {
            result.warnings.append(IngestWarning(file: file, line: 1, message: "no header row; nothing loaded"))
            return result
        }
        let header: [String]
        if hasHeader {
            guard let row = reader.headerRow, row.contains(where: { !$0.isEmpty }) else {
                result.warnings.append(IngestWarning(file: file, line: 1, message: "no header row; nothing loaded"))
                return result
            }
            header = row
        } else {
            let width = text.split(separator: "\n", maxSplits: 1).first.map { CSVReaderWidth.fields(in: String($0)) } ?? 1
            header = (1...max(1, width)).map(String.init)
        }
        let names = header.map { $0.trimmingWhitespace() }
        let known = Set(ArticleRecord.titleKeys + ArticleRecord.bodyKeys + ArticleRecord.bodyFallbackKeys)
        let mapped = Set((mapping?.columns.values).map { Array($0) } ?? [])
        if !names.contains(where: { known.contains($0.lowercased()) || mapped.contains($0) }) {
            result.warnings.append(IngestWarning(
                file: file, line: 1,
                message: "the first row (\(names.prefix(6).joined(separator: ", "))\(names.count > 6 ? ", …" : "")) names no title or body "
                    + "column, so nothing is loaded; name them, as in --map title=Headline,body=Story, or, if the first row is "
                    + "data and the file has no header, by position: --map title=1,body=2"))
            return result
        }
        var line = hasHeader ? 2 + Self.lineBreaks(in: header) : 1
        var seen = Set<ArticleID>()
        while let row = reader.next() {
            let start = line
            line += 1 + Self.lineBreaks(in: row)
            if row.count == 1, row[0].isEmpty { continue }
            guard row.count == names.count || !hasHeader else {
                result.warnings.append(IngestWarning(
                    file: file, line: start,
                    message: "record has \(row.count) field\(row.count == 1 ? "" : "s"), the header has \(names.count); skipped"))
                continue
            }
            let fields = Array(zip(names, row).map { (name: $0, value: $1) })
            let made = ArticleRecord(fields: fields, mapping: mapping).makeArticle(file: file, line: start)
            result.warnings += made.warnings
            if let article = made.article {
                result.count(article, columns: names)
                if seen.insert(article.id).inserted { result.articles.append(article) }
            }
        }
        if let error = reader.error {
            result.warnings.append(IngestWarning(file: file, line: line, message: "could not read past this line (\(error)); the rest skipped"))
        }
        return result
    }

    /// How many fields a line of CSV has, as CSV.swift reads it.
    private enum CSVReaderWidth {
        static func fields(in line: String) -> Int {
            (try? CSVReader(string: line, hasHeaderRow: false).next()?.count) ?? 1
        }
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
