/// TempEval-3 style scores over DATE expressions, defined as the project's score_timex.py defines them.
public struct TimexScore: Sendable {
    public struct Span: Sendable {
        public var start: Int
        public var end: Int
        public var value: String
        public var type: String

        public init(start: Int, end: Int, value: String, type: String) {
            self.start = start
            self.end = end
            self.value = value
            self.type = type
        }
    }

    public var gold = 0
    public var system = 0
    public var strict = 0
    public var relaxed = 0
    public var value = 0

    public init() {}

    /// Adds one document: gold of other types is left out, with the system spans that overlap only it.
    public mutating func add(gold goldSpans: [Span], system systemSpans: [Span], annotatedUntil: Int, types: Set<String> = ["DATE"]) {
        func overlaps(_ a: Span, _ b: Span) -> Bool { a.start < b.end && b.start < a.end }
        let keep = goldSpans.filter { types.contains($0.type) }
        let other = goldSpans.filter { !types.contains($0.type) }
        let found = systemSpans.filter { $0.start < annotatedUntil }.filter { span in
            keep.contains { overlaps(span, $0) } || !other.contains { overlaps(span, $0) }
        }
        gold += keep.count
        system += found.count
        for expected in keep {
            let hits = found.filter { overlaps($0, expected) }
            guard !hits.isEmpty else { continue }
            relaxed += 1
            if hits.contains(where: { $0.start == expected.start && $0.end == expected.end }) { strict += 1 }
            if hits.contains(where: { $0.value == expected.value }) { value += 1 }
        }
    }

    public func f1(_ hits: Int) -> (precision: Double, recall: Double, f1: Double) {
        let precision = system > 0 ? Double(hits) / Double(system) : 0
        let recall = gold > 0 ? Double(hits) / Double(gold) : 0
        return (precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0)
    }
}
