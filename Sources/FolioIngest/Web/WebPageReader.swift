import Foundation
import FolioCore

/// Reads a saved web page: its title, publication date, address and site from the meta tags, and its main
/// text from `<article>`, then `<main>`, then the element with the most paragraph text.
struct WebPageReader {
    let file: String

    static let publishedMetaNames = [
        "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
        "publish-date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.issued", "sailthru.date",
        "parsely-pub-date", "article.published",
    ]

    func read(_ text: String) -> ParsedSource {
        var result = ParsedSource(format: .html)
        guard let root = HTMLTree.parse(text) else {
            result.warnings.append(IngestWarning(file: file, message: "no HTML elements found; skipped"))
            return result
        }
        let elements = root.descendants
        let meta = Self.metaValues(elements)
        guard let main = Self.mainElement(elements) else {
            result.warnings.append(IngestWarning(file: file, message: "no article text found (no <article>, <main> or paragraphs); skipped"))
            return result
        }
        let title = meta["og:title"] ?? meta["twitter:title"]
            ?? ([main] + main.descendants).first { $0.name == "h1" }.map(\.inlineText).flatMap(\.nonEmpty)
            ?? elements.first { $0.name == "h1" }.map(\.inlineText).flatMap(\.nonEmpty)
            ?? elements.first { $0.name == "title" }.map(\.inlineText).flatMap(\.nonEmpty)
        var paragraphs = HTMLText.paragraphs(of: main)
        if let title, paragraphs.first == title { paragraphs.removeFirst() }
        guard !paragraphs.isEmpty else {
            result.warnings.append(IngestWarning(file: file, message: "the page's main block has no text; skipped"))
            return result
        }
        var fields: [(name: String, value: String)] = [("body", paragraphs.joined(separator: "\n\n"))]
        if let title { fields.append(("title", title)) }
        if let date = Self.publishedDate(meta: meta, elements: elements, main: main) {
            fields.append(("date", date))
        } else {
            result.warnings.append(IngestWarning(
                file: file, message: "no publication date (no article:published_time meta tag or <time datetime>); kept without a date"))
        }
        let canonical = elements.first { $0.name == "link" && ($0["rel"] ?? "").lowercased().split(separator: " ").contains("canonical") }?["href"]
        if let url = canonical ?? meta["og:url"] { fields.append(("url", url)) }
        if let site = meta["og:site_name"] ?? meta["application-name"] { fields.append(("source", site)) }
        if let author = meta["author"] ?? meta["article:author"] { fields.append(("author", author)) }
        let made = ArticleRecord(fields: fields).makeArticle(file: file, line: nil)
        result.warnings += made.warnings
        if let article = made.article { result.articles.append(article) }
        return result
    }

    /// `<meta>` contents by their lowercased `property`, `name` or `itemprop`; the first of each name wins.
    static func metaValues(_ elements: [HTMLElement]) -> [String: String] {
        var values: [String: String] = [:]
        for element in elements where element.name == "meta" {
            guard let content = element["content"]?.trimmingWhitespace(), !content.isEmpty else { continue }
            for key in ["property", "name", "itemprop"] {
                if let name = element[key]?.lowercased(), values[name] == nil { values[name] = content }
            }
        }
        return values
    }

    /// The first `<article>` with text (the longest when there are several), else `<main>`, else the element
    /// whose own paragraphs hold the most text.
    static func mainElement(_ elements: [HTMLElement]) -> HTMLElement? {
        func textLength(_ element: HTMLElement) -> Int { HTMLText.paragraphs(of: element).reduce(0) { $0 + $1.count } }
        for name in ["article", "main"] {
            let candidates = elements.filter { $0.name == name || (name == "main" && $0["role"]?.lowercased() == "main") }
            let measured = candidates.map { ($0, textLength($0)) }.filter { $0.1 > 0 }
            if let best = measured.max(by: { $0.1 < $1.1 }) { return best.0 }
        }
        var best: (element: HTMLElement, length: Int)?
        for element in elements where !HTMLText.isDropped(element) {
            let length = element.children.reduce(0) { total, child in
                guard let paragraph = child.element, paragraph.name == "p" else { return total }
                return total + paragraph.inlineText.count
            }
            if length > 0, length > best?.length ?? 0 { best = (element, length) }
        }
        return best?.element
    }

    /// From the meta tags, then JSON-LD's `datePublished`, then `<time datetime>` in the main block or anywhere.
    static func publishedDate(meta: [String: String], elements: [HTMLElement], main: HTMLElement) -> String? {
        for name in publishedMetaNames { if let value = meta[name] { return value } }
        for script in elements where script.name == "script" && script["type"]?.lowercased() == "application/ld+json" {
            if let value = jsonLDDate(script.inlineText) { return value }
        }
        let times = ([main] + main.descendants + elements).filter { $0.name == "time" }
        for time in times {
            if let value = time["datetime"]?.trimmingWhitespace(), !value.isEmpty { return value }
        }
        return nil
    }

    /// `datePublished` anywhere in a JSON-LD block, which may be an object, an array or a `@graph`.
    static func jsonLDDate(_ text: String) -> String? {
        guard let data = text.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        var stack: [Any] = [value]
        var visited = 0
        while let current = stack.popLast(), visited < 10_000 {
            visited += 1
            if let object = current as? [String: Any] {
                if let date = object["datePublished"] as? String { return date }
                stack += object.values
            } else if let array = current as? [Any] {
                stack += array.reversed()
            }
        }
        return nil
    }
}

private extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
