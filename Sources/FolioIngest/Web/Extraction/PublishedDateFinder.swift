import FolioCore
import Foundation

/// A page's publication date, from the source it trusts most: JSON-LD `datePublished`, then meta tags, then
/// JSON-LD `dateCreated`, then a `<time>` in the
/// main text, then a byline or dateline, then the address. A modified date is never taken for it.
struct PublishedDateFinder {
    static let metaNames = [
        "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "dc.date.issued",
        "dcterms.issued", "dcterms.created", "dc.date.created", "dc.date", "date", "pubdate", "publishdate", "publish-date",
        "publish_date", "parsely-pub-date", "sailthru.date", "article.published", "article_date_original", "cxenseparse:recs:publishtime",
        "originalpublicationdate", "datecreated", "dc.date.published", "citation_publication_date", "citation_date",
    ]

    struct Found {
        var value: String
        var origin: String
    }

    let index: PageIndex
    let meta: [String: String]
    let main: [Int]
    let url: String?

    func find() -> Found? {
        if let found = fromJSONLD("datePublished") { return found }
        for name in Self.metaNames {
            if let value = meta[name], PublicationDate(parsing: value) != nil { return Found(value: value, origin: "the \(name) meta tag") }
        }
        if let found = fromJSONLD("dateCreated") { return found }
        if let found = fromTimeElements() { return found }
        if let found = fromBylines() { return found }
        if let url, let date = PublicationDate.day(inAddress: url) { return Found(value: date.iso, origin: "the page's address") }
        return nil
    }

    private func fromJSONLD(_ key: String) -> Found? {
        for element in index.elements where element.name == "script" && (element["type"] ?? "").lowercased().contains("ld+json") {
            if let value = Self.jsonLD(key, in: element.inlineText), PublicationDate(parsing: value) != nil {
                return Found(value: value, origin: "JSON-LD \(key)")
            }
        }
        return nil
    }

    /// `<time datetime>` (or an element marked `itemprop="datePublished"`) inside the main text, or before it
    /// in the page but outside any sidebar, navigation or list of other stories.
    private func fromTimeElements() -> Found? {
        let firstMain = main.min() ?? index.elements.count
        var before: Found?
        for position in index.elements.indices {
            let element = index.elements[position]
            let isPublished = (element["itemprop"] ?? "").lowercased() == "datepublished"
            guard element.name == "time" || isPublished else { continue }
            guard let value = (element["datetime"] ?? element["content"])?.trimmingWhitespace(), PublicationDate(parsing: value) != nil
            else { continue }
            if (element["itemprop"] ?? "").lowercased() == "datemodified" { continue }
            let inMain = main.contains { index.isInside(position, $0) }
            if inMain || isPublished { return Found(value: value, origin: isPublished ? "its datePublished element" : "a <time> in the article") }
            if before == nil, position < firstMain, !isInFurniture(position) { before = Found(value: value, origin: "a <time> above the article") }
        }
        return before
    }

    /// Short texts that read as bylines or datelines: elements named so by class, and the article's first lines.
    private func fromBylines() -> Found? {
        let bylineWords: Set<String> = ["byline", "dateline", "date", "time", "published", "posted", "timestamp", "meta", "info", "author", "pubdate", "datetime"]
        for position in index.elements.indices where index.measures[position].text <= 200 && index.measures[position].text >= 8 {
            let words = index.classWeights[position].words
            guard words.contains(where: { bylineWords.contains($0) }), !words.contains(where: { $0 == "modified" || $0 == "updated" }),
                  !isInFurniture(position) else { continue }
            if let date = PublicationDate.firstDay(in: index.elements[position].inlineText) { return Found(value: date.iso, origin: "the byline") }
        }
        let firstLines = main.prefix(1).flatMap { HTMLText.paragraphs(of: index.elements[$0]).prefix(3) }
        for line in firstLines where line.count <= 200 {
            if let date = PublicationDate.firstDay(in: line) { return Found(value: date.iso, origin: "the dateline") }
        }
        return nil
    }

    private func isInFurniture(_ position: Int) -> Bool {
        var current = index.parents[position]
        while current >= 0 {
            let element = index.elements[current]
            if ["aside", "nav", "footer"].contains(element.name) { return true }
            let words = index.classWeights[current].words
            if words.contains(where: { ["sidebar", "related", "recommended", "trending", "teaser", "teasers", "comments", "comment"].contains($0) }) { return true }
            current = index.parents[current]
        }
        return false
    }

    /// The first string value of `key` in a JSON-LD block, which may be an object, an array or a `@graph`.
    static func jsonLD(_ key: String, in text: String) -> String? {
        var json = text.trimmingWhitespace()
        for wrapper in ["//<![CDATA[", "<![CDATA["] where json.hasPrefix(wrapper) { json = String(json.dropFirst(wrapper.count)) }
        for wrapper in ["//]]>", "]]>"] where json.hasSuffix(wrapper) { json = String(json.dropLast(wrapper.count)) }
        guard json.contains("\"\(key)\""), let data = json.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        var queue: [Any] = [value]
        var visited = 0
        while !queue.isEmpty, visited < 10_000 {
            let current = queue.removeFirst()
            visited += 1
            if let object = current as? [String: Any] {
                if let found = object[key] as? String { return found }
                queue += object.keys.sorted().compactMap { object[$0] }
            } else if let array = current as? [Any] {
                queue += array
            }
        }
        return nil
    }
}
