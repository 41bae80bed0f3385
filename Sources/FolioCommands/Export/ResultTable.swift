import Foundation
import FolioAnalysis
import FolioCore

/// A command's result as rows and columns, the shape CSV and Markdown exports share.
public struct ResultTable: Hashable, Sendable {
    /// What the rows are, such as `find results for border`.
    public var caption: String
    public var columns: [String]
    public var rows: [[String]]

    /// The table for a result that `export` writes, or nil for one it does not.
    public init?(_ result: CommandResult) {
        switch result {
        case .search(let request, let results):
            caption = "find \(request.text): \(results.hits.count) of \(results.total) matching articles"
            columns = ["rank", "id", "ref", "title", "date", "excerpt", "score", "snippet"]
            rows = results.hits.map { hit in
                [String(hit.rank), hit.id.hex, hit.ref ?? "", hit.title, hit.date?.iso ?? "", hit.isExcerpt ? "yes" : "no",
                 String(format: "%.3f", hit.score), hit.snippet.replacingMarkers(open: "[", close: "]")]
            }
        case .timeline(let request, let entries):
            caption = "timeline\(request.text.map { " " + $0 } ?? ""): \(entries.count) dated events"
            columns = ["value", "start", "end", "granularity", "article", "ref", "title", "text", "sentence"]
            rows = entries.map { entry in
                let expression = entry.event.expression
                return [expression.value, expression.start ?? "", expression.end ?? "", expression.granularity.rawValue,
                        entry.event.article.hex, entry.ref ?? "", entry.title, expression.text, entry.event.sentence]
            }
        case .entities(let request, let entities):
            caption = "entities\(request.text.map { " " + $0 } ?? ""): \(entities.count) entities"
            columns = ["name", "type", "mentions", "articles", "aliases"]
            rows = entities.map { [$0.name, $0.kind.rawValue, String($0.mentions), String($0.articles), $0.aliases.joined(separator: "; ")] }
        case .concordance(let request, let result):
            caption = "kwic \(request.term): \(result.lines.count) of \(result.total) occurrences"
            columns = ["article", "left", "match", "right", "offset"]
            rows = result.lines.map { [$0.article.hex, $0.left, $0.match, $0.right, String($0.offset)] }
        case .notes(let listings):
            caption = "notes: \(listings.count)"
            columns = ["id", "article", "title", "orphaned", "text", "tags", "quote", "created"]
            rows = listings.map { listing in
                let note = listing.note
                return [String(note.id), note.articleID.hex, listing.articleTitle ?? "", listing.isOrphaned ? "yes" : "no",
                        note.text, note.tags.joined(separator: " "), note.quote?.exact ?? "", note.created]
            }
        case .comparison(let comparison):
            self = Self.table(comparison)
        case .articleComparison(let comparison):
            self = Self.table(comparison)
        default:
            return nil
        }
    }

    /// `compare` of two entities, terms or queries: one row per fact, `section` saying which.
    private init(caption: String, columns: [String], rows: [[String]]) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }

    private static func table(_ comparison: Comparison) -> ResultTable {
        let (left, right) = (comparison.left, comparison.right)
        var rows: [[String]] = []
        for (name, side) in [("left", left), ("right", right)] {
            rows.append(["side", name, side.label, side.kind.rawValue, "", ""])
            rows.append(["articles", name, side.name, String(side.articles.count), "", ""])
            rows.append(["mentions", name, side.name, String(side.mentions), "", ""])
            rows.append(["dates", name, [side.dates.start, side.dates.end].compactMap { $0 }.joined(separator: " to "), String(side.dates.events), "", ""])
        }
        rows += comparison.shared.map { ["shared", "both", $0.id.hex, $0.title, "", ""] }
        for (name, side) in [("left", left), ("right", right)] {
            rows += side.keywords.map { ["keyword", name, $0.term, "", Self.decimal($0.g2), Self.decimal($0.logRatio)] }
        }
        for (name, side) in [("left", left), ("right", right)] {
            rows += side.cooccurring.map { ["cooccurring", name, $0.name, "\($0.kind.rawValue), \($0.articles) articles", "", ""] }
        }
        return ResultTable(
            caption: "compare \(left.label) \(right.label)", columns: ["section", "side", "item", "value", "g2", "logRatio"], rows: rows)
    }

    /// `compare` of two articles.
    private static func table(_ comparison: ArticleComparison) -> ResultTable {
        var rows = [
            ["article", "left", comparison.left.id.hex, comparison.left.title],
            ["article", "right", comparison.right.id.hex, comparison.right.title],
            ["similarity", "both", "cosine", Self.decimal(comparison.similarity)],
        ]
        rows += comparison.sharedEntities.map { ["entity", "both", $0, ""] }
        rows += comparison.left.entities.map { ["entity", "left", $0, ""] }
        rows += comparison.right.entities.map { ["entity", "right", $0, ""] }
        rows += comparison.sharedDates.map { ["date", "both", $0, ""] }
        return ResultTable(
            caption: "compare \(comparison.left.id.hex) \(comparison.right.id.hex)", columns: ["section", "side", "item", "value"], rows: rows)
    }

    static func decimal(_ value: Double) -> String { String(format: "%.3f", value) }
}
