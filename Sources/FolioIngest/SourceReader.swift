import Foundation
import FolioCore

/// Turns one file's bytes into articles, whatever its format; never throws, reporting problems as warnings.
public enum SourceReader {
    /// Parses `bytes` that came from `file`; `fileExtension` guides the format, the content decides the rest.
    public static func parse(_ bytes: [UInt8], file: String, fileExtension: String) -> ParsedSource {
        if bytes.isEmpty {
            return ParsedSource(format: .plainText, warnings: [IngestWarning(file: file, message: "empty file; nothing loaded")])
        }
        if SourceText.isBinary(bytes) {
            return ParsedSource(format: .plainText, warnings: [IngestWarning(file: file, message: "binary file (it contains NUL bytes); skipped")])
        }
        let decoded = SourceText(decoding: bytes)
        var warnings: [IngestWarning] = []
        if let bad = decoded.firstInvalidByte {
            let count = decoded.invalidSequenceCount
            warnings.append(IngestWarning(
                file: file, line: bad.line,
                message: "invalid UTF-8 at byte \(bad.offset) (\(count) bad sequence\(count == 1 ? "" : "s") in all); replaced with U+FFFD"))
        }
        if decoded.text.allSatisfy(\.isWhitespace) {
            return ParsedSource(format: .plainText, warnings: warnings + [IngestWarning(file: file, message: "only white space; nothing loaded")])
        }
        let format = SourceFormat.detect(fileExtension: fileExtension, text: decoded.text)
        var parsed: ParsedSource
        switch format {
        case .resultsPage: parsed = ResultsPageReader(file: file).read(decoded.text)
        case .plainText: parsed = PlainTextReader(file: file).read(decoded.text)
        case .markdown: parsed = MarkdownReader(file: file).read(decoded.text)
        case .jsonLines: parsed = JSONRecordsReader(file: file).readLines(decoded.text)
        case .json: parsed = JSONRecordsReader(file: file).readDocument(decoded.text)
        case .csv: parsed = CSVRecordsReader(file: file).read(decoded.text)
        }
        parsed.warnings = warnings + parsed.warnings
        return parsed
    }
}
