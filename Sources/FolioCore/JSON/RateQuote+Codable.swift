/// A quote as `rates --json` prints it: `rate` as a number where it reads as one, `text` as the page wrote it,
/// and `inverse` to two places.
extension RateQuote: Codable {
    private enum Key: String, CodingKey {
        case pair, rate, text, change, inverse
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        let text = try container.decodeIfPresent(String.self, forKey: .text)
        let rate = try text ?? (try? container.decode(String.self, forKey: .rate)) ?? String(container.decode(Double.self, forKey: .rate))
        self.init(pair: try container.decode(String.self, forKey: .pair), rate: rate, change: try container.decode(String.self, forKey: .change))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(pair, forKey: .pair)
        if let value { try container.encode(value, forKey: .rate) } else { try container.encode(rate, forKey: .rate) }
        try container.encode(rate, forKey: .text)
        try container.encode(change, forKey: .change)
        try container.encode(inverse.map { ($0 * 100).rounded() / 100 }, forKey: .inverse)
    }
}
