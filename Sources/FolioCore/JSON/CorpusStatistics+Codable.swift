/// `stats --json`: the counts, and `coverage` with the results-list spans of the pages, merged; null without a page.
extension CorpusStatistics: Codable {
    private enum Key: String, CodingKey {
        case articles, excerpts, merged, rates, sources, coverage, dated, earliest, latest, indexBytes
    }

    private enum CoverageKey: String, CodingKey {
        case from, to, of, held, spans
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        var coverage: [Coverage] = []
        if try !container.decodeNil(forKey: .coverage) {
            coverage = try container.nestedContainer(keyedBy: CoverageKey.self, forKey: .coverage).decode([Coverage].self, forKey: .spans)
        }
        self.init(
            articles: try container.decode(Int.self, forKey: .articles), sources: try container.decode(Int.self, forKey: .sources),
            excerpts: try container.decode(Int.self, forKey: .excerpts), datedArticles: try container.decode(Int.self, forKey: .dated),
            earliest: try container.decode(PublicationDate?.self, forKey: .earliest), latest: try container.decode(PublicationDate?.self, forKey: .latest),
            coverage: coverage, rates: try container.decode(Int.self, forKey: .rates), indexBytes: try container.decode(Int.self, forKey: .indexBytes))
        mergedExcerpts = try container.decodeIfPresent(Int.self, forKey: .merged) ?? 0
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(articles, forKey: .articles)
        try container.encode(excerpts, forKey: .excerpts)
        try container.encode(mergedExcerpts, forKey: .merged)
        try container.encode(rates, forKey: .rates)
        try container.encode(sources, forKey: .sources)
        try container.encode(datedArticles, forKey: .dated)
        try container.encode(earliest, forKey: .earliest)
        try container.encode(latest, forKey: .latest)
        try container.encode(indexBytes, forKey: .indexBytes)
        guard let first = coverage.first else {
            try container.encodeNil(forKey: .coverage)
            return
        }
        let sameTotal = coverage.filter { $0.of == first.of }
        var spans = container.nestedContainer(keyedBy: CoverageKey.self, forKey: .coverage)
        try spans.encode(sameTotal.map(\.from).min() ?? first.from, forKey: .from)
        try spans.encode(sameTotal.map(\.to).max() ?? first.to, forKey: .to)
        try spans.encode(first.of, forKey: .of)
        try spans.encode(sameTotal.reduce(0) { $0 + $1.to - $1.from + 1 }, forKey: .held)
        try spans.encode(coverage, forKey: .spans)
    }
}


