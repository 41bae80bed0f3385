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
        let parser = XMLParser(data: Data(text.utf8))
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
        let lastLine = text.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let count = collector.items.count
        let kept = "the \(count) whole item\(count == 1 ? "" : "s") before it kept, the rest skipped"
        // libxml2 reports a document that stops early as one of these; anything else is a real mistake.
        let isCutOff = !collector.rootClosed && [nil, 5, 77, 85].contains(collector.firstError?.code)
        if let error = collector.firstError, !isCutOff {
            result.warnings.append(IngestWarning(
                file: file, line: error.line,
                message: "not well-formed XML at column \(error.column): \(Self.describe(code: error.code)); "
                    + (collector.rootClosed ? "read on past it, so the item there may have lost text" : "reading stopped there; " + kept)))
        } else if isCutOff {
            result.warnings.append(IngestWarning(
                file: file, line: lastLine, message: "the feed ends before </\(collector.root ?? "rss")> (cut off?); " + kept))
        } else if collector.items.isEmpty {
            result.warnings.append(IngestWarning(file: file, message: "a feed with no items; nothing loaded"))
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
        case 26: return "an entity XML does not define, such as &nbsp;"
        case 38, 39, 41: return "a malformed attribute"
        case 73: return "a tag not closed with >"
        case 76: return "an end tag that does not match its start tag"
        case 77, 85: return "an element that is never closed"
        case 89: return "entities that expand without end (a loop, or a billion laughs); not expanded"
        default: return "libxml2 error \(code)"
        }
    }
}

/// One `<item>` or `<entry>` as read so far.
struct FeedItem {
    var line: Int
    var title: String?
    var link: String?
    var date: String?
    var updated: String?
    var summary: String?
    var content: String?
    var guid: String?
    var author: String?
    var categories: [String] = []

    func record(source: String?) -> ArticleRecord {
        var fields: [(name: String, value: String)] = []
        if let title { fields.append(("title", HTMLTree.text(ofFragment: title).collapsingWhitespace())) }
        let longest = [content, summary].compactMap { $0 }.map(HTMLTree.text(ofFragment:)).max { $0.count < $1.count }
        if let longest { fields.append(("body", longest)) }
        if let date = date ?? updated { fields.append(("date", date)) }
        if let link { fields.append(("url", link)) }
        if let source { fields.append(("source", source)) }
        if let guid, guid != link { fields.append(("id", guid)) }
        if let author { fields.append(("author", author)) }
        if !categories.isEmpty { fields.append(("categories", categories.joined(separator: ", "))) }
        return ArticleRecord(fields: fields)
    }
}

/// XMLParser's delegate: gathers the feed's items, whichever dialect it is written in.
final class FeedCollector: NSObject, XMLParserDelegate {
    private(set) var root: String?
    private(set) var sawFeed = false
    private(set) var channelTitle: String?
    private(set) var items: [FeedItem] = []
    private(set) var rootClosed = false
    private(set) var firstError: (line: Int, column: Int, code: Int)?
    private var current: FeedItem?
    private var path: [String] = []
    private var text = ""
    /// Markup inside Atom `type="xhtml"` content, kept as HTML so that paragraphs survive.
    private var xhtmlDepth = 0

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let element = name.lowercased()
        if root == nil {
            root = name
            sawFeed = ["rss", "feed", "rdf:rdf"].contains(element)
        }
        if xhtmlDepth > 0 {
            xhtmlDepth += 1
            text += "<\(element)>"
            return
        }
        path.append(element)
        if element == "item" || element == "entry" {
            current = FeedItem(line: parser.lineNumber)
        } else if current != nil, element == "link", let href = attributes["href"] {
            let relation = attributes["rel"] ?? "alternate"
            if relation == "alternate", current?.link == nil { current?.link = href }
        } else if current != nil, element == "category", let term = attributes["term"] {
            current?.categories.append(term)
        } else if current != nil, element == "content" || element == "summary", attributes["type"] == "xhtml" {
            xhtmlDepth = 1
        }
        text = ""
    }

    func parser(_ parser: XMLParser, parseErrorOccurred error: Error) {
        if firstError == nil { firstError = (parser.lineNumber, parser.columnNumber, (error as NSError).code) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += xhtmlDepth > 0 ? string.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;") : string
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        text += String(decoding: block, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let element = name.lowercased()
        if xhtmlDepth > 1 {
            xhtmlDepth -= 1
            text += "</\(element)>"
            return
        }
        xhtmlDepth = 0
        let value = text.trimmingWhitespace()
        text = ""
        defer {
            if !path.isEmpty { path.removeLast() }
            if path.isEmpty { rootClosed = true }
        }
        guard var item = current else {
            if element == "title", channelTitle == nil, !value.isEmpty, path.count >= 2,
               ["channel", "feed"].contains(path[path.count - 2]) {
                channelTitle = value.collapsingWhitespace()
            }
            return
        }
        if element == "item" || element == "entry" {
            items.append(item)
            current = nil
            return
        }
        if element == "name", !value.isEmpty, path.count >= 3, path[path.count - 2] == "author",
           ["item", "entry"].contains(path[path.count - 3]) {
            item.author = item.author ?? value.collapsingWhitespace()
            current = item
            return
        }
        guard !value.isEmpty, path.count >= 2, ["item", "entry"].contains(path[path.count - 2]) else { return }
        switch element {
        case "title": item.title = item.title ?? value
        case "link": item.link = item.link ?? value
        case "pubdate", "published", "dc:date", "issued": item.date = item.date ?? value
        case "updated", "modified", "dc:modified": item.updated = item.updated ?? value
        case "description", "summary", "media:description": item.summary = item.summary ?? value
        case "content:encoded", "content": item.content = item.content ?? value
        case "guid", "id": item.guid = item.guid ?? value
        case "author", "dc:creator", "creator": item.author = item.author ?? value.collapsingWhitespace()
        case "category", "dc:subject": item.categories.append(value)
        default: break
        }
        current = item
    }
}
