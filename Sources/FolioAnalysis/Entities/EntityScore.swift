import FolioCore

/// Precision, recall and F1 of named PER, ORG and LOC mentions against gold, per type and overall.
///
/// A system mention counts when it overlaps a gold mention of the same type that no other system mention
/// has taken; gold spans often take in a determiner or a title (`the United States`, `President Vladimir
/// Putin`) that Folio leaves out, so overlap is the fair measure. As in TempEval, a system mention that
/// overlaps only gold of other types (products, financial indices) is left out of the count.
public struct EntityScore: Sendable {
    public struct Span: Sendable {
        public var start: Int
        public var end: Int
        public var type: String

        public init(start: Int, end: Int, type: String) {
            self.start = start
            self.end = end
            self.type = type
        }
    }

    public static let types = ["PER", "ORG", "LOC"]
    public private(set) var gold: [String: Int] = [:]
    public private(set) var system: [String: Int] = [:]
    public private(set) var matched: [String: Int] = [:]
    public private(set) var misses: [String] = []

    public init() {}

    public static func type(of kind: EntityMention.Kind) -> String? {
        switch kind {
        case .person: return "PER"
        case .org: return "ORG"
        case .place: return "LOC"
        case .acronym: return nil
        }
    }

    /// Adds one document; mentions at or after `annotatedUntil` are not scored.
    public mutating func add(gold goldSpans: [Span], system systemSpans: [Span], annotatedUntil: Int, describe: (Span) -> String = { _ in "" }) {
        let keep = goldSpans.filter { Self.types.contains($0.type) && $0.start < annotatedUntil }
        let other = goldSpans.filter { !Self.types.contains($0.type) }
        let found = systemSpans.filter { span in
            Self.types.contains(span.type) && span.start < annotatedUntil
                && (keep.contains { $0.start < span.end && span.start < $0.end } || !other.contains { $0.start < span.end && span.start < $0.end })
        }
        for span in keep { gold[span.type, default: 0] += 1 }
        for span in found { system[span.type, default: 0] += 1 }
        var taken = Set<Int>()
        for span in keep {
            if let hit = found.indices.first(where: { !taken.contains($0) && found[$0].type == span.type && found[$0].start < span.end && span.start < found[$0].end }) {
                taken.insert(hit)
                matched[span.type, default: 0] += 1
            } else {
                misses.append("miss  \(span.type) \(describe(span))")
            }
        }
        for index in found.indices where !taken.contains(index) {
            misses.append("extra \(found[index].type) \(describe(found[index]))")
        }
    }

    /// Precision, recall and F1 for one type, or overall when `type` is nil.
    public func f1(_ type: String? = nil) -> (precision: Double, recall: Double, f1: Double) {
        let types = type.map { [$0] } ?? Self.types
        let hits = Double(types.reduce(0) { $0 + matched[$1, default: 0] })
        let found = Double(types.reduce(0) { $0 + system[$1, default: 0] })
        let wanted = Double(types.reduce(0) { $0 + gold[$1, default: 0] })
        let precision = found > 0 ? hits / found : 0, recall = wanted > 0 ? hits / wanted : 0
        return (precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0)
    }

    /// The spans to score for each text: an acronym that any text defines takes its entity's type, as in the
    /// workspace; demonyms (`Kazakh`) are left out, since gold marks named mentions only.
    public static func spans(of taggings: [EntityTagging]) -> [[Span]] {
        var defined: [String: EntityMention.Kind] = [:]
        for tagging in taggings {
            for definition in tagging.acronyms where defined[definition.short] == nil {
                defined[definition.short] = tagging.mentions.first { $0.name == definition.long }?.kind
            }
        }
        return taggings.map { tagging in
            tagging.mentions.filter { !EntityTagger.isDemonym($0) }.compactMap { mention in
                let kind: EntityMention.Kind? = mention.kind == .acronym ? defined[mention.name] ?? .org : mention.kind
                return kind.flatMap(type(of:)).map { Span(start: mention.offset, end: mention.offset + mention.length, type: $0) }
            }
        }
    }
}
