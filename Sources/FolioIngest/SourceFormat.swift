import Foundation

/// The formats Folio reads, detected from a file's extension and content.
public enum SourceFormat: String, Sendable, CaseIterable {
    case resultsPage = "results-page"
    case plainText = "text"
    case markdown
    case jsonLines = "jsonl"
    case json
    case csv

    /// Extensions that a directory scan picks up; a file named on the command line is read whatever its extension.
    public static let knownExtensions: Set<String> = ["txt", "text", "md", "markdown", "json", "jsonl", "ndjson", "csv"]

    /// Chooses a format: the extension first, then the content for `.txt` and unknown extensions.
    public static func detect(fileExtension: String, text: String) -> SourceFormat {
        switch fileExtension.lowercased() {
        case "jsonl", "ndjson": return .jsonLines
        case "json": return text.drop { $0.isWhitespace }.first == "[" || !looksLikeJSONLines(text) ? .json : .jsonLines
        case "csv": return .csv
        case "md", "markdown": return .markdown
        default: break
        }
        if ResultsPageReader.looksLikeResultsPage(text) { return .resultsPage }
        if let first = text.drop(while: { $0.isWhitespace }).first, first == "{" || first == "[" {
            if first == "[" { return .json }
            return looksLikeJSONLines(text) ? .jsonLines : .json
        }
        return .plainText
    }

    private static func looksLikeJSONLines(_ text: String) -> Bool {
        let lines = text.split(separator: "\n", maxSplits: 3, omittingEmptySubsequences: true)
        return lines.count > 1 && lines.prefix(2).allSatisfy { $0.trimmingWhitespace().hasPrefix("{") }
    }
}
