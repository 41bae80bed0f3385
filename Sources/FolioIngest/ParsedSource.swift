import FolioCore

/// What one source file yields: its articles, and for results pages its rates and coverage.
public struct ParsedSource: Sendable {
    public var format: SourceFormat
    public var articles: [Article]
    public var rates: [RateQuote]
    public var coverage: Coverage?
    public var warnings: [IngestWarning]

    public init(
        format: SourceFormat, articles: [Article] = [], rates: [RateQuote] = [], coverage: Coverage? = nil,
        warnings: [IngestWarning] = []
    ) {
        self.format = format
        self.articles = articles
        self.rates = rates
        self.coverage = coverage
        self.warnings = warnings
    }
}
