import Foundation
import FolioCore

/// A source record's fields by name, mapped onto an ``Article``: the same names serve JSON, CSV and front matter.
struct ArticleRecord {
    static let titleKeys = ["title", "headline"]
    static let bodyKeys = ["body", "text", "content"]
    static let dateKeys = ["date", "published", "pubdate"]
    static let urlKeys = ["url", "link"]
    static let sourceKeys = ["source"]
    static let refKeys = ["id"]
    /// Where the text is when a record has no body, text or content field: feed exports and data sets keep it
    /// in these, tried in this order.
    static let bodyFallbackKeys = ["summary", "description", "short_description", "abstract", "lead"]

    /// Field values as text; non-string JSON values arrive already encoded as JSON.
    var fields: [(name: String, value: String)]
    /// Columns named by `--map`, which win over the usual names.
    var mapping: FieldMapping?

    /// The field a column stands for: the mapping's, else its usual name; a usual name whose field the mapping
    /// gives to another column is kept as metadata.
    func key(of name: String) -> String {
        let lowered = name.trimmingWhitespace().lowercased()
        guard let mapping else { return lowered }
        if let field = mapping.field(forColumn: name.trimmingWhitespace()) { return field }
        let usual = [("title", Self.titleKeys), ("body", Self.bodyKeys), ("date", Self.dateKeys), ("url", Self.urlKeys),
                     ("source", Self.sourceKeys), ("id", Self.refKeys)].first { $0.1.contains(lowered) }?.0
        if let usual, mapping.columns[usual] != nil { return "metadata" }
        return lowered
    }

    /// Builds the article, or explains why the record was skipped.
    func makeArticle(file: String, line: Int?) -> (article: Article?, warnings: [IngestWarning]) {
        var warnings: [IngestWarning] = []
        var title: String?
        var body: String?
        var dateText: String?
        var url: String?
        var source: String?
        var ref: String?
        var metadata: [String: String] = [:]
        for (name, value) in fields {
            let key = self.key(of: name)
            let trimmed = value.trimmingWhitespace()
            func take(_ slot: inout String?) {
                if slot == nil, !trimmed.isEmpty { slot = trimmed } else if !trimmed.isEmpty { metadata[name] = value }
            }
            switch key {
            case _ where Self.titleKeys.contains(key): take(&title)
            case _ where Self.bodyKeys.contains(key): take(&body)
            case _ where Self.dateKeys.contains(key): take(&dateText)
            case _ where Self.urlKeys.contains(key): take(&url)
            case _ where Self.sourceKeys.contains(key): take(&source)
            case _ where Self.refKeys.contains(key): take(&ref)
            default: if !trimmed.isEmpty { metadata[name] = value }
            }
        }
        if body == nil, mapping?.columns["body"] == nil,
           let fallback = Self.bodyFallbackKeys.lazy.compactMap({ key in self.fields.first { $0.name.trimmingWhitespace().lowercased() == key } })
               .first(where: { !$0.value.isBlank }) {
            body = fallback.value.trimmingWhitespace()
            metadata[fallback.name] = nil
        }
        guard title != nil || body != nil else {
            warnings.append(IngestWarning(file: file, line: line, message: "record has no title or body; skipped"))
            return (nil, warnings)
        }
        let finalBody = body ?? ""
        let finalTitle = title ?? Self.titleFromBody(finalBody)
        var date: PublicationDate?
        if let dateText {
            date = PublicationDate(parsing: dateText)
            if date == nil {
                warnings.append(IngestWarning(file: file, line: line, message: "unrecognized date '\(dateText)'; article kept without a date"))
                metadata["date"] = dateText
            }
        }
        let article = Article(
            id: ArticleIdentity.id(title: finalTitle, body: finalBody), ref: ref, title: finalTitle, body: finalBody,
            date: date, url: url, source: source, isExcerpt: Self.isExcerpt(finalBody), metadata: metadata)
        return (article, warnings)
    }

    /// A body that ends in "..." or "…" was cut off by the site.
    static func isExcerpt(_ body: String) -> Bool {
        let trimmed = body.trimmingWhitespace()
        return trimmed.hasSuffix("...") || trimmed.hasSuffix("…")
    }

    /// The body's first line, cut at a word boundary, for records that carry no title.
    static func titleFromBody(_ body: String) -> String {
        let firstLine = body.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        guard firstLine.count > 80 else { return firstLine }
        let cut = firstLine.prefix(80)
        let boundary = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<boundary]) + "…"
    }
}
