/// A page's headline, reconciled from its meta titles (Dublin Core, `og:title`, `twitter:title`, Parse.ly),
/// JSON-LD `headline`, its `<h1>` and its `<title>`, without the site's name: ` | Site`, ` - BBC News` and
/// ` — site.net` go when they name the site the page says it is (`og:site_name`, `application-name`), its
/// host, or its author.
struct PageTitle {
    static let separators = [" | ", " - ", " – ", " — ", " · ", " :: ", " » ", " / ", " _ ", "_", " ~ ", " • "]

    var meta: [String: String]
    var documentTitle: String?
    var headings: [String]
    var headline: String?
    var siteNames: [String]

    /// The host of the page's address without `www.` and its last part: `bbc.co.uk` gives `bbc`.
    static func hostNames(of url: String?) -> [String] {
        guard let url, let start = url.range(of: "://") else { return [] }
        let host = url[start.upperBound...].prefix { $0 != "/" && $0 != ":" && $0 != "?" }.lowercased()
        var parts = host.split(separator: ".").map(String.init)
        if parts.first == "www" || parts.first == "m" { parts.removeFirst() }
        guard !parts.isEmpty else { return [] }
        return [parts.joined(separator: "."), parts[0]]
    }

    var value: String? {
        let named = ["dc:title", "dc.title", "dcterm:title", "dcterms.title", "og:title", "weibo:article:title", "weibo:webpage:title",
                     "title", "twitter:title", "parsely-title", "sailthru.title"].map { meta[$0] }
        let candidates = (named + [headline, documentTitle])
            .compactMap { $0?.collapsingWhitespace() }.filter { !$0.isEmpty }
        let h1 = headings.map { $0.collapsingWhitespace() }.filter { !$0.isEmpty }
        // A heading that a fuller title begins or ends with is the headline itself.
        for title in candidates {
            for heading in h1 where heading.count >= 8 && title != heading && isTitle(title, around: heading) { return heading }
        }
        guard let best = candidates.first ?? h1.first else { return nil }
        // A document title of one word, or a very long one, says less than the page's one heading.
        let isNamed = (named + [headline]).contains { $0 != nil }
        if !isNamed, Set(h1).count == 1, !best.contains(" ") || best.count > 150 { return h1[0] }
        return strippingSiteName(best)
    }

    /// Whether `title` is `heading` with a site name before or after a separator.
    func isTitle(_ title: String, around heading: String) -> Bool {
        for separator in Self.separators {
            if title.hasPrefix(heading + separator) || title.hasSuffix(separator + heading) { return true }
        }
        return false
    }

    func strippingSiteName(_ title: String) -> String {
        let names = siteNames.map(Self.folded).filter { !$0.isEmpty }
        guard !names.isEmpty else { return title }
        for separator in Self.separators {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound]), tail = String(title[range.upperBound...])
            if names.contains(where: { Self.names(Self.folded(tail), $0) }), head.count >= 4 { return head.trimmingWhitespace() }
            if let first = title.range(of: separator) {
                let lead = String(title[..<first.lowerBound]), rest = String(title[first.upperBound...])
                if names.contains(where: { Self.names(Self.folded(lead), $0) }), rest.count >= 4 { return rest.trimmingWhitespace() }
            }
        }
        return title
    }

    /// Whether a title's part names the site: the same letters, or the site's name with a word such as `News`.
    static func names(_ part: String, _ site: String) -> Bool {
        part == site || (part.hasPrefix(site) && part.count <= site.count + 8) || (site.hasPrefix(part) && part.count >= 3)
    }

    /// Letters and digits only, lowered: `BBC News` is `bbcnews`, `site.net` is `sitenet`.
    static func folded(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
    }
}
