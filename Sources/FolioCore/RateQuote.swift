import Foundation

/// A currency quote from a results page's ticker, such as `KGS/USD = 0.01146 0%`.
public struct RateQuote: Hashable, Sendable {
    /// The pair as written, base first: `KGS/USD`.
    public var pair: String
    /// The rate as written, so that it prints exactly as the page gave it.
    public var rate: String
    /// The change as written: `0%`, `-0%`, `+1.2%`.
    public var change: String

    public init(pair: String, rate: String, change: String) {
        self.pair = pair
        self.rate = rate
        self.change = change
    }

    public var base: String { String(pair.split(separator: "/").first ?? "") }
    public var quote: String { String(pair.split(separator: "/").last ?? "") }
    public var value: Double? { Double(rate) }

    /// How many units of the base currency one unit of the quote currency buys: 1 USD = 87.26 KGS.
    public var inverse: Double? {
        guard let value, value > 0 else { return nil }
        return 1 / value
    }
}
