import Foundation

/// Keyness of a word between two bodies of text, as corpus linguists compute it.
///
/// `g2` is the log-likelihood statistic G² (Dunning 1993; Rayson and Garside 2000): how sure we can be that
/// the difference is not chance (3.84 is p < 0.05, 6.63 is p < 0.01). `logRatio` is Hardie's (2014) effect
/// size: the binary log of the ratio of relative frequencies, so 1 means twice as frequent; a count of zero
/// is taken as 0.5. Example: 10 of 1,000 words against 2 of 1,000 gives G² 5.82 and log ratio 2.32.
public struct Keyness: Hashable, Sendable {
    public var term: String
    public var g2: Double
    public var logRatio: Double

    public init(term: String, g2: Double, logRatio: Double) {
        self.term = term
        self.g2 = g2
        self.logRatio = logRatio
    }

    public init(term: String, count: Int, total: Int, otherCount: Int, otherTotal: Int) {
        self.term = term
        let a = Double(count), b = Double(otherCount), c = Double(total), d = Double(otherTotal)
        let expectedA = c * (a + b) / (c + d), expectedB = d * (a + b) / (c + d)
        var g2 = 0.0
        if a > 0 { g2 += a * log(a / expectedA) }
        if b > 0 { g2 += b * log(b / expectedB) }
        self.g2 = 2 * g2
        logRatio = log2((max(a, 0.5) / c) / (max(b, 0.5) / d))
    }

    /// The words over-represented in `counts` against `other`, strongest first (ties by term), at p < 0.05.
    public static func keywords(_ counts: [String: Int], against other: [String: Int], limit: Int, minimumG2: Double = 3.84) -> [Keyness] {
        let total = max(1, counts.values.reduce(0, +)), otherTotal = max(1, other.values.reduce(0, +))
        return counts.compactMap { term, count -> Keyness? in
            let keyness = Keyness(term: term, count: count, total: total, otherCount: other[term] ?? 0, otherTotal: otherTotal)
            return keyness.logRatio > 0 && keyness.g2 >= minimumG2 && count >= 2 ? keyness : nil
        }
        .sorted { ($1.g2, $0.term) < ($0.g2, $1.term) }
        .prefix(limit).map { $0 }
    }
}
