import FolioAnalysis
import FolioCore

extension JSONRenderer {
    func entityFields(_ result: CommandResult) -> [String: JSONValue]? {
        switch result {
        case .entities(let request, let entities):
            return [
                "query": .optional(request.text),
                "entities": .array(entities.map { entity in
                    .object([
                        "name": .string(entity.name), "type": .string(entity.kind.rawValue), "mentions": .int(entity.mentions),
                        "articles": .int(entity.articles), "aliases": .array(entity.aliases.map(JSONValue.string)),
                    ])
                }),
            ]
        case .concordance(let request, let result):
            return [
                "term": .string(request.term), "entity": .optional(result.entity), "total": .int(result.total),
                "lines": .array(result.lines.map { line in
                    .object([
                        "article": .string(line.article.hex), "left": .string(line.left), "match": .string(line.match),
                        "right": .string(line.right), "offset": .int(line.offset),
                    ])
                }),
            ]
        case .comparison(let comparison):
            return [
                "left": side(comparison.left), "right": side(comparison.right),
                "shared": .object([
                    "articles": .int(comparison.shared.count),
                    "ids": .array(comparison.shared.map { .string($0.id.hex) }),
                ]),
                "keywords": .object(["left": keywords(comparison.left.keywords), "right": keywords(comparison.right.keywords)]),
                "cooccurring": .object(["left": cooccurring(comparison.left), "right": cooccurring(comparison.right)]),
                "dates": .object(["left": dates(comparison.left.dates), "right": dates(comparison.right.dates)]),
            ]
        case .articleComparison(let comparison):
            func article(_ side: ArticleComparison.Side) -> JSONValue {
                .object(["article": .string(side.id.hex), "title": .string(side.title), "entities": .array(side.entities.map(JSONValue.string))])
            }
            return [
                "left": article(comparison.left), "right": article(comparison.right), "similarity": .double(Self.rounded(comparison.similarity)),
                "shared": .object([
                    "entities": .array(comparison.sharedEntities.map(JSONValue.string)),
                    "dates": .array(comparison.sharedDates.map(JSONValue.string)),
                ]),
            ]
        case .aliases(let aliases):
            return ["aliases": .array(aliases.map { .object(["name": .string($0.name), "target": .string($0.target)]) })]
        default:
            return nil
        }
    }

    private func side(_ side: Comparison.Side) -> JSONValue {
        .object([
            "label": .string(side.label), "kind": .string(side.kind.rawValue), "name": .string(side.name),
            "articles": .int(side.articles.count), "mentions": .int(side.mentions), "contextArticles": .int(side.contextArticles),
        ])
    }

    private func keywords(_ keywords: [Keyness]) -> JSONValue {
        .array(keywords.map { .object(["term": .string($0.term), "g2": .double(Self.rounded($0.g2)), "logRatio": .double(Self.rounded($0.logRatio))]) })
    }

    private func cooccurring(_ side: Comparison.Side) -> JSONValue {
        .array(side.cooccurring.map { .object(["name": .string($0.name), "type": .string($0.kind.rawValue), "articles": .int($0.articles)]) })
    }

    private func dates(_ span: Comparison.DateSpan) -> JSONValue {
        .object(["start": .optional(span.start), "end": .optional(span.end), "events": .int(span.events)])
    }

    /// Three decimals: enough to read, and the same on every run.
    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
