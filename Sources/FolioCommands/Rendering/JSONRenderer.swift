import FolioCore

/// Renders each outcome as one JSON object on one line, with `command` and the result's fields, or `error`.
public struct JSONRenderer {
    public init() {}

    public func render(_ outcome: CommandOutcome, to output: inout some TextOutputStream) {
        output.write(value(for: outcome).encodedLine() + "\n")
    }

    public func value(for outcome: CommandOutcome) -> JSONValue {
        var object: [String: JSONValue] = ["command": .string(outcome.command)]
        switch outcome.result {
        case .failure(let failure):
            object["error"] = .object(["message": .string(failure.message)])
        case .success(let result):
            object.merge(fields(for: result)) { $1 }
        }
        return .object(object)
    }

    func fields(for result: CommandResult) -> [String: JSONValue] {
        if let fields = entityFields(result) { return fields }
        switch result {
        case .search(let request, let results):
            return [
                "query": .string(request.text),
                "total": .int(results.total),
                "hits": .array(results.hits.map(hit)),
            ]
        case .article(let detail, let notes):
            guard case .object(var fields) = article(detail) else { return [:] }
            fields["notes"] = .array(notes.map(note))
            return ["article": .object(fields)]
        case .note(let change):
            return ["action": .string(change.kind.rawValue), "note": note(change.listing)]
        case .notes(let listings):
            return ["notes": .array(listings.map(note))]
        case .statistics(let statistics):
            return statisticsFields(statistics)
        case .rates(let quotes):
            return ["rates": .array(quotes.map(rate))]
        case .timeline(let request, let entries):
            return ["query": .optional(request.text), "events": .array(entries.map(event))]
        case .help(let info):
            let commands = info.map { [$0] } ?? CommandCatalog.commands
            return ["commands": .array(commands.map { command in
                .object([
                    "name": .string(command.name), "usage": .string(command.usage), "summary": .string(command.summary),
                    "options": .array(command.options.map {
                        .object(["name": .string($0.name), "help": .string($0.help), "example": .string($0.example)])
                    }),
                    "examples": .array(command.examples.map(JSONValue.string)),
                ])
            })]
        case .quit:
            return [:]
        case .message(let text):
            return ["message": .string(text)]
        case .exported(let text):
            return ["text": .string(text)]
        case .entities, .concordance, .comparison, .articleComparison, .aliases:
            return [:]
        }
    }

    func hit(_ hit: SearchHit) -> JSONValue {
        .object([
            "rank": .int(hit.rank),
            "id": .string(hit.id.hex),
            "ref": .optional(hit.ref),
            "title": .string(hit.title),
            "date": .optional(hit.date?.iso),
            "excerpt": .bool(hit.isExcerpt),
            "score": .double(hit.score),
            "snippet": .string(hit.snippet.replacingMarkers(open: "[", close: "]")),
        ])
    }

    func article(_ detail: ArticleDetail) -> JSONValue {
        let article = detail.article
        return .object([
            "id": .string(article.id.hex),
            "ref": .optional(article.ref),
            "title": .string(article.title),
            "date": .optional(article.date?.iso),
            "body": .string(article.body),
            "excerpt": .bool(article.isExcerpt),
            "sources": .array(detail.sources.map(JSONValue.string)),
            "url": .optional(article.url),
            "source": .optional(article.source),
            "metadata": .object(article.metadata.mapValues(JSONValue.string)),
        ])
    }

    func note(_ listing: NoteListing) -> JSONValue {
        let note = listing.note
        return .object([
            "id": .int(note.id),
            "article": .string(note.articleID.hex),
            "title": .optional(listing.articleTitle),
            "orphaned": .bool(listing.isOrphaned),
            "text": .string(note.text),
            "tags": .array(note.tags.map(JSONValue.string)),
            "quote": .optional(note.quote?.exact),
            "quoteOffset": listing.quoteLocation.map { .int($0.offset) } ?? .null,
            "created": .string(note.created),
        ])
    }

    func event(_ entry: TimelineEntry) -> JSONValue {
        let expression = entry.event.expression
        return .object([
            "article": .string(entry.event.article.hex),
            "ref": .optional(entry.ref),
            "title": .string(entry.title),
            "text": .string(expression.text),
            "value": .string(expression.value),
            "start": .optional(expression.start),
            "end": .optional(expression.end),
            "granularity": .string(expression.granularity.rawValue),
            "offset": .int(expression.offset),
            "length": .int(expression.length),
            "sentence": .string(entry.event.sentence),
        ])
    }

    func statisticsFields(_ statistics: CorpusStatistics) -> [String: JSONValue] {
        var coverage = JSONValue.null
        if let first = statistics.coverage.first {
            let sameTotal = statistics.coverage.filter { $0.of == first.of }
            coverage = .object([
                "from": .int(sameTotal.map(\.from).min() ?? first.from),
                "to": .int(sameTotal.map(\.to).max() ?? first.to),
                "of": .int(first.of),
                "held": .int(sameTotal.reduce(0) { $0 + $1.to - $1.from + 1 }),
                "spans": .array(statistics.coverage.map { .object(["from": .int($0.from), "to": .int($0.to), "of": .int($0.of)]) }),
            ])
        }
        return [
            "articles": .int(statistics.articles),
            "excerpts": .int(statistics.excerpts),
            "rates": .int(statistics.rates),
            "sources": .int(statistics.sources),
            "coverage": coverage,
            "dated": .int(statistics.datedArticles),
            "earliest": .optional(statistics.earliest?.iso),
            "latest": .optional(statistics.latest?.iso),
            "indexBytes": .int(statistics.indexBytes),
        ]
    }

    func rate(_ quote: RateQuote) -> JSONValue {
        .object([
            "pair": .string(quote.pair),
            "rate": quote.value.map(JSONValue.double) ?? .string(quote.rate),
            "change": .string(quote.change),
            "inverse": quote.inverse.map { .double(($0 * 100).rounded() / 100) } ?? .null,
        ])
    }
}
