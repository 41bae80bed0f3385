import ArgumentParser
import FolioCore
import Foundation

/// `stats`: what the corpus holds.
public struct StatsCommand: FolioCommand {
    public static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count articles, sources, excerpts, dates, coverage, rates and the index size.",
        discussion: "stats")

    public init() {}

    public func run(in context: CommandContext) throws -> Output {
        Output(statistics: try context.workspace.store.statistics())
    }

    public func canonical(in printer: CanonicalPrinter) -> String { "stats" }

    /// The corpus in numbers.
    public struct Output: CommandOutput, Codable {
        public var statistics: CorpusStatistics

        public init(statistics: CorpusStatistics) {
            self.statistics = statistics
        }

        public init(from decoder: Decoder) throws {
            statistics = try CorpusStatistics(from: decoder)
        }

        public func encode(to encoder: Encoder) throws {
            try statistics.encode(to: encoder)
        }

        public func lines(in output: OutputStyle) -> [String] {
            var dates = "none given"
            if let earliest = statistics.earliest, let latest = statistics.latest {
                dates = "\(earliest.iso) to \(latest.iso), \(statistics.datedArticles) of \(statistics.articles) articles dated"
            }
            var excerpts = statistics.excerpts == 1 ? "1 excerpt" : "\(statistics.excerpts) excerpts"
            if statistics.mergedExcerpts > 0 {
                excerpts += ", \(statistics.mergedExcerpts) more merged into their full article\(statistics.mergedExcerpts == 1 ? "" : "s")"
            }
            let rows: [(String, String)] = [
                ("articles", "\(statistics.articles) (\(excerpts))"),
                ("sources", statistics.sources == 1 ? "1 file" : "\(statistics.sources) files"),
                ("dates", dates),
                ("coverage", Self.coverageText(statistics.coverage)),
                ("rates", statistics.rates == 1 ? "1 distinct quote" : "\(statistics.rates) distinct quotes"),
                ("index", Self.byteText(statistics.indexBytes)),
            ]
            return rows.map { output.text.dim(TextWrapper.padded($0.0, to: 10)) + $0.1 }
        }

        static func coverageText(_ spans: [Coverage]) -> String {
            guard !spans.isEmpty else { return "no results page" }
            let totals = Dictionary(grouping: spans, by: \.of)
            return totals.keys.sorted().map { total in
                let parts = totals[total]!
                let held = parts.reduce(0) { $0 + $1.to - $1.from + 1 }
                let ranges = parts.map { "\($0.from)–\($0.to)" }.joined(separator: ", ")
                return "results \(ranges) of \(total): \(total - held) not in the corpus"
            }.joined(separator: "; ")
        }

        static func byteText(_ bytes: Int) -> String {
            if bytes >= 1 << 20 { return String(format: "%.1f MiB", Double(bytes) / 1_048_576) }
            return "\(Int((Double(bytes) / 1024).rounded())) KiB"
        }
    }
}
