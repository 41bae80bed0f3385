import Foundation
import FolioCore

/// Turns one file's bytes into articles, whatever its format; never throws, reporting problems as warnings.
public enum SourceReader {
    /// Parses `bytes` that came from `file`; `fileExtension` guides the format, the content decides the rest.
    public static func parse(_ bytes: [UInt8], file: String, fileExtension: String) -> ParsedSource {
        let parser = SourceParser(bytes, file: file, fileExtension: fileExtension)
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

    public init(_ bytes: [UInt8], file: String, fileExtension: String) {
        self.file = file
        if bytes.isEmpty {
            (format, text, warnings) = (.plainText, nil, [IngestWarning(file: file, message: "empty file; nothing loaded")])
            return
        }
        if SourceText.isBinary(bytes) {
            (format, text, warnings) = (.plainText, nil, [IngestWarning(file: file, message: "binary file (it contains NUL bytes); skipped")])
            return
        }
        let decoded = SourceText(decoding: bytes)
        var warnings: [IngestWarning] = []
        if let bad = decoded.firstInvalidByte {
            let count = decoded.invalidSequenceCount
            warnings.append(IngestWarning(
                file: file, line: bad.line,
                message: "invalid UTF-8 at byte \(bad.offset) (\(count) bad sequence\(count == 1 ? "" : "s") in all); replaced with U+FFFD"))
        }
        if decoded.text.isBlank {
            warnings.append(IngestWarning(file: file, message: "only white space; nothing loaded"))
            (format, text, self.warnings) = (.plainText, nil, warnings)
            return
        }
        format = SourceFormat.detect(fileExtension: fileExtension, text: decoded.text)
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
            parsed = try JSONRecordsReader(file: file).readLines(text, deriving: derive, emitting: emit)
        case .resultsPage: parsed = ResultsPageReader(file: file).read(text)
        case .plainText: parsed = PlainTextReader(file: file).read(text)
        case .markdown: parsed = MarkdownReader(file: file).read(text)
        case .json: parsed = JSONRecordsReader(file: file).readDocument(text)
        case .csv: parsed = CSVRecordsReader(file: file).read(text)
        }
        if !parsed.articles.isEmpty {
            try emit(parsed.articles, parsed.articles.map(derive))
            parsed.articles = []
        }
        parsed.warnings = warnings + parsed.warnings
        return parsed
    }
}
