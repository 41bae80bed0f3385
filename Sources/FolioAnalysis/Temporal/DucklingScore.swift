import FolioCore

/// How many Duckling time phrases the tagger normalizes exactly: those of kind `datetime` at Day, Week, Month,
/// Quarter or Year grain, read forward from Duckling's reference day, 2013-02-12. A phrase counts when the
/// longest expression found starts on the expected day at the expected grain. Negatives count when anything
/// is tagged in them.
public struct DucklingScore: Sendable {
    public struct Phrase: Sendable {
        public var text: String
        public var kind: String
        public var value: String?
        public var grain: String?

        public init(text: String, kind: String, value: String?, grain: String?) {
            self.text = text
            self.kind = kind
            self.value = value
            self.grain = grain
        }
    }

    public private(set) var total = 0
    public private(set) var exact = 0
    public private(set) var negatives = 0
    public private(set) var falsePositives = 0
    public private(set) var misses: [String] = []

    static let grains: [String: TimeExpression.Granularity] = ["Day": .day, "Week": .week, "Month": .month, "Quarter": .quarter, "Year": .year]
    static let reference = PublicationDate(year: 2013, month: 2, day: 12)

    public init(phrases: [Phrase], tagger: TemporalTagger = TemporalTagger(orientation: .forward)) {
        for phrase in phrases {
            let found = tagger.tag(phrase.text, anchor: Self.reference)
            let described = found.map { "\($0.value) [\($0.text)]" }
            if phrase.kind == "negative" {
                negatives += 1
                if !found.isEmpty {
                    falsePositives += 1
                    misses.append("negative \(phrase.text) → tagged \(described)")
                }
                continue
            }
            guard phrase.kind == "datetime", let grain = phrase.grain.flatMap({ Self.grains[$0] }),
                  let value = phrase.value else { continue }
            let expected = value.prefix(value.hasPrefix("-") ? 11 : 10)
            total += 1
            if let longest = found.max(by: { $0.length < $1.length }), longest.granularity == grain, longest.start == String(expected) {
                exact += 1
            } else {
                misses.append("\(phrase.text) → expected \(expected) \(grain.rawValue), got \(described)")
            }
        }
    }

    public var share: Double { Double(exact) / Double(max(total, 1)) }
}
