import ArgumentParser
import FolioCore
import Foundation

/// `rates`: the distinct currency quotes of the results pages.
public struct RatesCommand: FolioCommand {
    public static let configuration = CommandConfiguration(
        commandName: "rates",
        abstract: "List the distinct currency quotes from results pages, with their inverses.",
        discussion: "rates")

    public init() {}

    public func run(in context: CommandContext) throws -> Output {
        Output(quotes: try context.workspace.store.rates())
    }

    public func canonical(in printer: CanonicalPrinter) -> String { "rates" }

    /// The quotes, with their inverses.
    public struct Output: CommandOutput, Codable {
        public var quotes: [RateQuote]

        private enum CodingKeys: String, CodingKey { case quotes = "rates" }

        public func lines(in output: OutputStyle) -> [String] {
            guard !quotes.isEmpty else { return [output.text.dim("no rates: the corpus has no currency ticker")] }
            let rows = quotes.map { [$0.pair, $0.rate, $0.change, Self.inverseText($0)] }
            let header = ["pair", "rate", "change", "inverse"]
            let widths = (0..<4).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
            func line(_ cells: [String]) -> String {
                zip(cells, widths).map { TextWrapper.padded($0, to: $1) }.joined(separator: "  ").trimmingTrailingSpaces()
            }
            return [output.text.dim(line(header))] + rows.map(line)
        }

        static func inverseText(_ quote: RateQuote) -> String {
            guard let inverse = quote.inverse else { return "—" }
            return "1 \(quote.quote) = \(String(format: "%.2f", inverse)) \(quote.base)"
        }
    }
}
