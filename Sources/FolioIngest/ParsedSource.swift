import FolioCore

/// What one source file yields: its articles, and for results pages its rates and coverage.
public struct ParsedSource: Sendable {
    /// Counts a table's record and notes its columns.
    mutating func count(_ article: Article, columns names: [String]) {
        records += 1
        if !article.body.isBlank { recordsWithBody += 1 }
        for name in names where !columns.contains(name) { columns.append(name) }
    }

    /// Adds what another part of the same file counted.
    mutating func merge(counts other: ParsedSource) {
        records += other.records
        recordsWithBody += other.recordsWithBody
        for name in other.columns where !columns.contains(name) { columns.append(name) }
    }

    public var format: SourceFormat
    public var articles: [Article]
    public var rates: [RateQuote]
    public var coverage: Coverage?
    public var warnings: [IngestWarning]
    /// For tables: the records read, those of them with a body, and the columns seen, in order.
    var records = 0
    var recordsWithBody = 0
    var columns: [String] = []

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
