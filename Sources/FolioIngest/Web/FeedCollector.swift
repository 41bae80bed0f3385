import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// XMLParser's delegate: gathers the feed's items, whichever dialect it is written in.
final class FeedCollector: NSObject, XMLParserDelegate {
    private(set) var root: String?
    private(set) var sawFeed = false
    private(set) var channelTitle: String?
    private(set) var items: [FeedItem] = []
    private(set) var rootClosed = false
    private(set) var firstError: (line: Int, column: Int, code: Int)?
    /// Where reading stopped, when there were too many errors.
    private(set) var stoppedAtLine: Int?
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

    /// Reading stops after this many errors: such a file is not a feed, and Foundation's XMLParser on Linux
    /// keeps every error it reports alive until the process ends.
    static let errorLimit = 100
    private(set) var errorCount = 0

    func parser(_ parser: XMLParser, parseErrorOccurred error: Error) {
        errorCount += 1
        if firstError == nil { firstError = (parser.lineNumber, parser.columnNumber, (error as NSError).code) }
        if errorCount == Self.errorLimit {
            stoppedAtLine = parser.lineNumber
            parser.abortParsing()
        }
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
