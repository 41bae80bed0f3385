import Foundation

/// The formats Folio reads, detected from a file's extension and content.
public enum SourceFormat: String, Sendable, CaseIterable {
    case resultsPage = "results-page"
    case plainText = "text"
    case markdown
    case jsonLines = "jsonl"
    case json
    case csv
    case feed
    case html

    /// Extensions that a directory scan picks up; a file named on the command line is read whatever its extension.
    public static let knownExtensions: Set<String> = [
        "txt", "text", "md", "markdown", "json", "jsonl", "ndjson", "csv", "xml", "rss", "atom", "html", "htm", "xhtml",
    ]

    /// Chooses a format: the extension first, then the content for `.txt` and unknown extensions.
    public static func detect(fileExtension: String, text: String) -> SourceFormat {
        switch fileExtension.lowercased() {
        case "jsonl", "ndjson": return .jsonLines
        case "json": return text.drop { $0.isWhitespace }.first == "[" || !looksLikeJSONLines(text) ? .json : .jsonLines
        case "csv": return .csv
        case "md", "markdown": return .markdown
        case "xml", "rss", "atom": return .feed
        case "html", "htm", "xhtml": return .html
        default: break
        }
        switch markupRoot(text) {
        case "rss", "feed", "rdf:rdf": return .feed
        case "html", "!doctype html": return .html
        default: break
        }
        if ResultsPageReader.looksLikeResultsPage(text) { return .resultsPage }
        if let first = text.drop(while: { $0.isWhitespace }).first, first == "{" || first == "[" {
            if first == "[" { return .json }
            return looksLikeJSONLines(text) ? .jsonLines : .json
        }
        return .plainText
    }

    /// The first element's name, lowercased, when the text starts with markup (after an XML declaration,
    /// comments and white space); `!doctype html` for an HTML doctype.
    static func markupRoot(_ text: String) -> String? {
        var rest = text.utf8.prefix(4096).drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        while rest.first == UInt8(ascii: "<") {
            let tag = rest.dropFirst().prefix { $0 != UInt8(ascii: ">") && $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
            let name = String(decoding: tag, as: UTF8.self).lowercased()
            if name.hasPrefix("?") || name.hasPrefix("!--") || (name.hasPrefix("!") && name != "!doctype") {
                let closing = name.hasPrefix("!--") ? Array("-->".utf8) : [UInt8(ascii: ">")]
                guard let end = rest.firstRange(of: closing) else { return nil }
                rest = rest[end.upperBound...].drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
                continue
            }
            if name == "!doctype" {
                let doctype = String(decoding: rest.prefix(64), as: UTF8.self).lowercased()
                if doctype.hasPrefix("<!doctype html") { return "!doctype html" }
                guard let end = rest.firstIndex(of: UInt8(ascii: ">")) else { return nil }
                rest = rest[rest.index(after: end)...].drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
                continue
            }
            return name.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        }
        return nil
    }

    private static func looksLikeJSONLines(_ text: String) -> Bool {
        let lines = text.split(separator: "\n", maxSplits: 3, omittingEmptySubsequences: true)
        return lines.count > 1 && lines.prefix(2).allSatisfy { $0.trimmingWhitespace().hasPrefix("{") }
    }
}
