import FolioCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads RSS 2.0, RSS 1.0 and Atom feeds with Foundation's XMLParser: each item's title, link, date and
/// description or content, with HTML reduced to text. The channel's title becomes each article's source.
struct FeedReader {
    let file: String

    func read(_ text: String) -> ParsedSource {
        var result = ParsedSource(format: .feed)
        let collector = FeedCollector()
        let parser = XMLParser(data: Data(Self.blankingProcessingInstructions(Array(text.utf8))))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = collector
        _ = parser.parse()
        if !collector.sawFeed {
            let error = collector.firstError
            result.warnings.append(IngestWarning(file: file, line: error?.line ?? 1, message: collector.root != nil
                ? "XML, but not an RSS or Atom feed (its root is <\(collector.root!)>); skipped"
                : "not well-formed XML\(error.map { " at column \($0.column): " + Self.describe(code: $0.code) } ?? ""); skipped"))
            return result
        }
        for item in collector.items {
            let made = item.record(source: collector.channelTitle).makeArticle(file: file, line: item.line)
            result.warnings += made.warnings
            if let article = made.article { result.articles.append(article) }
        }
        let count = collector.items.count
        let kept = "the \(count) whole item\(count == 1 ? "" : "s") before it kept, the rest skipped"
        if let line = collector.stoppedAtLine {
            result.warnings.append(IngestWarning(
                file: file, line: line, message: "\(FeedCollector.errorLimit) XML errors by this line, the first at line "
                    + "\(collector.firstError?.line ?? line); reading stopped here; the \(count) whole item\(count == 1 ? "" : "s") before it kept"))
            return result
        }
        // libxml2 reports a document that stops early as one of these; anything else is a real mistake.
        let isCutOff = !collector.rootClosed && [nil, 5, 77, 85].contains(collector.firstError?.code)
        if let error = collector.firstError, !isCutOff {
            result.warnings.append(IngestWarning(
                file: file, line: error.line,
                message: "not well-formed XML at column \(error.column): \(Self.describe(code: error.code)); "
                    + (collector.rootClosed ? "read on past it, so the item there may have lost text" : "reading stopped there; " + kept)))
        } else if isCutOff {
            result.warnings.append(IngestWarning(
                file: file, line: text.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }, message: "the feed ends before </\(collector.root ?? "rss")> (cut off?); " + kept))
        } else if collector.items.isEmpty {
            result.warnings.append(IngestWarning(file: file, message: "a feed with no items; nothing loaded"))
        }
        return result
    }

    /// Blanks what a feed never needs and what XMLParser cannot be trusted with, keeping line breaks so that
    /// errors keep their line and column:
    /// - processing instructions, the XML declaration among them: one without data (`<?x?>`) crashes
    ///   Foundation's XMLParser on Linux, which reads the missing data as a C string; and the declaration's
    ///   encoding no longer holds, since the text reaches the parser as UTF-8;
    /// - the document type declaration, so that no entity is declared: entity bombs cannot expand, and no
    ///   entity can carry a processing instruction in.
    static func blankingProcessingInstructions(_ bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        let lessThan = UInt8(ascii: "<"), question = UInt8(ascii: "?"), greaterThan = UInt8(ascii: ">")
        let doctype = Array("<!DOCTYPE".utf8)
        func blank(_ range: ClosedRange<Int>) {
            for position in range where result[position] != 0x0A && result[position] != 0x0D { result[position] = 0x20 }
        }
        func find(_ isEnd: (Int) -> Bool, from start: Int) -> Int? {
            var index = start
            while index < result.count, !isEnd(index) { index += 1 }
            return index < result.count ? index : nil
        }
        var index = 0
        while index + 1 < result.count {
            guard result[index] == lessThan else {
                index += 1
                continue
            }
            if result[index + 1] == question {
                let end = find({ $0 + 1 < result.count && result[$0] == question && result[$0 + 1] == greaterThan }, from: index + 2)
                blank(index...min(result.count - 1, (end ?? result.count) + 1))
                index = (end ?? result.count) + 2
            } else if result[index...].starts(with: doctype) {
                let subset = find({ result[$0] == UInt8(ascii: "[") || result[$0] == greaterThan }, from: index)
                var end = subset
                if let open = subset, result[open] == UInt8(ascii: "[") {
                    end = find({ result[$0] == UInt8(ascii: "]") }, from: open).flatMap { close in find({ result[$0] == greaterThan }, from: close) }
                }
                blank(index...((end ?? result.count - 1)))
                index = (end ?? result.count) + 1
            } else {
                index += 1
            }
        }
        return result
    }

    /// libxml2's error codes, in words, for the mistakes hand-made feeds contain.
    static func describe(code: Int) -> String {
        switch code {
        case 4: return "the document is empty"
        case 5: return "text after the root element ends"
        case 9: return "a character XML does not allow"
        case 23, 68: return "a bare & (write &amp;)"
        case 26: return "an entity XML does not define (such as &nbsp;)"
        case 38, 39, 41: return "a malformed attribute"
        case 73: return "a tag not closed with >"
        case 76: return "an end tag that does not match its start tag"
        case 77, 85: return "an element that is never closed"
        case 89: return "entities that expand without end (a loop, or a billion laughs); not expanded"
        default: return "libxml2 error \(code)"
        }
    }
}
