import Foundation
import FolioCore

/// Reads a saved web page: its main text found by scoring the page's blocks, its headline without the site's
/// name, its publication date from the most trusted place that gives one, and its address and site.
struct WebPageReader {
    let file: String
    /// When the file was last changed: a publication date after it is refused.
    var modified: Date?

    func read(_ text: String) -> ParsedSource {
        var result = ParsedSource(format: .html)
        guard let root = HTMLTree.parse(text) else {
            result.warnings.append(IngestWarning(file: file, message: "no HTML elements found; skipped"))
            return result
        }
        let index = PageIndex(root: root)
        let meta = Self.metaValues(index.elements)
        let found = MainTextFinder(index: index).find()
        let main = found?.elements ?? []
        let canonical = index.elements.first { $0.name == "link" && ($0["rel"] ?? "").lowercased().split(separator: " ").contains("canonical") }?["href"]
        let url = canonical ?? meta["og:url"]
        let site = meta["og:site_name"] ?? meta["application-name"]
        let headings = main.flatMap { position in index.elements[position...index.subtreeEnds[position]].filter { $0.name == "h1" } }
            + index.elements.filter { $0.name == "h1" }
        let title = PageTitle(
            meta: meta, documentTitle: index.elements.first { $0.name == "title" }?.inlineText, headings: headings.map(\.inlineText),
            headline: index.elements.lazy.filter { $0.name == "script" && ($0["type"] ?? "").lowercased().contains("ld+json") }
                .compactMap { PublishedDateFinder.jsonLD("headline", in: $0.inlineText) }.first,
            siteNames: [site, meta["author"]].compactMap { $0 } + PageTitle.hostNames(of: url)
        ).value
        var paragraphs = found?.paragraphs ?? []
        if let title, paragraphs.first == title { paragraphs.removeFirst() }
        if paragraphs.isEmpty {
            result.warnings.append(IngestWarning(file: file, message: "no article text found; loaded with its title only"))
        } else if paragraphs.reduce(0, { $0 + $1.split(separator: " ").count }) < 50 {
            let words = paragraphs.reduce(0) { $0 + $1.split(separator: " ").count }
            result.warnings.append(IngestWarning(file: file, message: "little article text found (\(words) words); check it with show"))
        }
        guard title != nil || !paragraphs.isEmpty else {
            result.warnings.append(IngestWarning(file: file, message: "no title and no article text; skipped"))
            return result
        }
        var fields: [(name: String, value: String)] = [("body", paragraphs.joined(separator: "\n\n"))]
        if let title { fields.append(("title", title)) }
        let date = PublishedDateFinder(index: index, meta: meta, main: main, url: url).find()
        if let date, let refusal = refusal(of: date) {
            result.warnings.append(IngestWarning(file: file, message: refusal))
        } else if let date {
            fields.append(("date", date.value))
            fields.append(("dated by", date.origin))
        } else {
            result.warnings.append(IngestWarning(
                file: file, message: "no publication date (no JSON-LD, meta tag, <time>, byline or dated address); kept without a date"))
        }
        if let url { fields.append(("url", url)) }
        if let site { fields.append(("source", site)) }
        if let author = meta["author"] ?? meta["article:author"] { fields.append(("author", author)) }
        let made = ArticleRecord(fields: fields).makeArticle(file: file, line: nil)
        result.warnings += made.warnings
        if let article = made.article { result.articles.append(article) }
        return result
    }

    /// Why a date found is not taken: it lies in the future, or after the file was last changed.
    func refusal(of date: PublishedDateFinder.Found) -> String? {
        guard let parsed = PublicationDate(parsing: date.value) else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        let today = formatter.string(from: Date())
        if parsed.firstDay > today { return "the publication date \(parsed.iso) (from \(date.origin)) is in the future; kept without a date" }
        if let modified, parsed.firstDay > formatter.string(from: modified.addingTimeInterval(86_400)) {
            return "the publication date \(parsed.iso) (from \(date.origin)) is after the file was last changed; kept without a date"
        }
        return nil
    }

    /// `<meta>` contents by their lowercased `property`, `name` or `itemprop`; the first of each name wins.
    static func metaValues(_ elements: [HTMLElement]) -> [String: String] {
        var values: [String: String] = [:]
        for element in elements where element.name == "meta" {
            guard let content = element["content"]?.trimmingWhitespace(), !content.isEmpty else { continue }
            for key in ["property", "name", "itemprop"] {
                for name in (element[key] ?? "").lowercased().split(whereSeparator: \.isWhitespace).map(String.init) where values[name] == nil {
                    values[name] = content
                }
            }
        }
        return values
    }
}
