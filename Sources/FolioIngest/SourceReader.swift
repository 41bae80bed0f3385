import Foundation
import FolioCore

/// Turns one file's bytes into articles, whatever its format; never throws, reporting problems as warnings.
public enum SourceReader {
    /// Changes whenever a reader reads the same bytes differently, so that workspaces read their files again.
    public static let revision = "2026-12-01.web-extraction-encodings"

    /// Parses `bytes` that came from `file`; `fileExtension` guides the format, the content decides the rest,
    /// unless `format` is given.
    public static func parse(
        _ bytes: [UInt8], file: String, fileExtension: String, format: SourceFormat? = nil, mapping: FieldMapping? = nil
    ) -> ParsedSource {
        let parser = SourceParser(bytes, file: file, fileExtension: fileExtension, format: format, mapping: mapping)
        var articles: [Article] = []
        var parsed = parser.parse(deriving: { _ in () }) { batch, _ in articles += batch }
        parsed.articles = articles
        return parsed
    }
}

/// One file's bytes, decoded and with its format detected, ready to be parsed.
public struct SourceParser: Sendable {
    public let format: SourceFormat
    let file: String
    let text: String?
    let warnings: [IngestWarning]
    let mapping: FieldMapping?
    /// When the file was last changed: a web page's publication date after it is refused.
    let modified: Date?

    public init(
        _ bytes: [UInt8], file: String, fileExtension: String, format: SourceFormat? = nil, mapping: FieldMapping? = nil, modified: Date? = nil
    ) {
        if let text = SourceText.decodingUTF16(bytes) {
            let note = IngestWarning(file: file, message: "UTF-16 text (it starts with a byte-order mark); read as UTF-16")
            self.init(utf8: Array(text.utf8), file: file, fileExtension: fileExtension, format: format, mapping: mapping, modified: modified, notes: [note])
        } else {
            self.init(utf8: bytes, file: file, fileExtension: fileExtension, format: format, mapping: mapping, modified: modified, notes: [])
        }
    }

    private init(
        utf8 bytes: [UInt8], file: String, fileExtension: String, format: SourceFormat?, mapping: FieldMapping?, modified: Date?, notes: [IngestWarning]
    ) {
        self.file = file
        self.mapping = mapping
        self.modified = modified
        if bytes.isEmpty {
            (self.format, text, warnings) = (.plainText, nil, notes + [IngestWarning(file: file, message: "empty file; nothing loaded")])
            return
        }
        if SourceText.isBinary(bytes) {
            (self.format, text, warnings) = (.plainText, nil, notes + [IngestWarning(file: file, message: "binary file (it contains NUL bytes); skipped")])
            return
        }
        let decoded = SourceText(decoding: bytes)
        var warnings = notes
        if let note = decoded.encodingNote { warnings.append(IngestWarning(file: file, message: note)) }
        if let bad = decoded.firstInvalidByte {
            let count = decoded.invalidSequenceCount
            warnings.append(IngestWarning(
                file: file, line: bad.line,
                message: "invalid UTF-8 at byte \(bad.offset) (\(count) bad sequence\(count == 1 ? "" : "s") in all); replaced with U+FFFD"))
        }
        if decoded.text.isBlank {
            warnings.append(IngestWarning(file: file, message: "only white space; nothing loaded"))
            (self.format, text, self.warnings) = (.plainText, nil, warnings)
            return
        }
        self.format = format ?? SourceFormat.detect(fileExtension: fileExtension, text: decoded.text)
        text = decoded.text
        self.warnings = warnings
    }

    /// Parses the text, handing its articles to `emit` in order, in one or more batches, each id once, with
    /// what `derive` makes of each (computed on the parsing threads, so it costs the caller no time).
    /// Returns the rates, coverage and warnings; its `articles` is empty.
    public func parse<Extra: Sendable>(
        deriving derive: @escaping @Sendable (Article) -> Extra, emitting emit: ([Article], [Extra]) throws -> Void
    ) rethrows -> ParsedSource {
        guard let text else { return ParsedSource(format: format, warnings: warnings) }
        var parsed: ParsedSource
        switch format {
        case .jsonLines:
            parsed = try JSONRecordsReader(file: file, mapping: mapping).readLines(text, deriving: derive, emitting: emit)
        case .resultsPage: parsed = ResultsPageReader(file: file).read(text)
        case .plainText: parsed = PlainTextReader(file: file).read(text)
        case .markdown: parsed = MarkdownReader(file: file).read(text)
        case .json: parsed = JSONRecordsReader(file: file, mapping: mapping).readDocument(text)
        case .csv: parsed = CSVRecordsReader(file: file, mapping: mapping).read(text)
        case .feed: parsed = FeedReader(file: file).read(text)
        case .html: parsed = WebPageReader(file: file, modified: modified).read(text)
        }
        if !parsed.articles.isEmpty {
            var articles: [Article] = []
            for article in parsed.articles {
                let split = ArticleSplitter.parts(of: article, file: file, line: nil)
                articles += split.articles
                if let warning = split.warning { parsed.warnings.append(warning) }
            }
            // Articles are handed over in batches of at most 1,024 articles or 8 MB of text, so that what is
            // derived from a large file is never held for all of it at once.
            var batch: [Article] = []
            var bytes = 0
            for article in articles {
                batch.append(article)
                bytes += article.body.utf8.count
                if batch.count == 1024 || bytes >= 8 << 20 {
                    try emit(batch, batch.map(derive))
                    (batch, bytes) = ([], 0)
                }
            }
            if !batch.isEmpty { try emit(batch, batch.map(derive)) }
            parsed.articles = []
        }
        if parsed.records > 0, parsed.recordsWithBody == 0 {
            let columns = parsed.columns.prefix(12).joined(separator: ", ") + (parsed.columns.count > 12 ? ", …" : "")
            parsed.warnings.append(IngestWarning(
                file: file, message: "none of the \(parsed.records) records has a body; the columns are \(columns); "
                    + "name the one that holds the text with --map body=COLUMN"))
        }
        parsed.warnings = warnings + parsed.warnings
        return parsed
    }
}
