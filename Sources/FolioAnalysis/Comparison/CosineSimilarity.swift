/// The cosine of the angle between two texts' word-count vectors (content words only): 1 for the same
/// words in the same proportions, 0 for no word in common.
public enum CosineSimilarity {
    public static func between(_ left: [String: Int], _ right: [String: Int]) -> Double {
        var dot = 0.0
        for (term, count) in left { dot += Double(count) * Double(right[term] ?? 0) }
        let norms = left.values.reduce(0.0) { $0 + Double($1 * $1) }.squareRoot() * right.values.reduce(0.0) { $0 + Double($1 * $1) }.squareRoot()
        return norms > 0 ? dot / norms : 0
    }
}
