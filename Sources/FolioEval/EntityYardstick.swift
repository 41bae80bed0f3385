import FolioAnalysis
import Foundation

/// `folio-eval yardstick CORPUS.jsonl OTHER.jsonl`: how far Folio's PER, ORG and LOC mentions agree with
/// another tagger's on text nobody annotated. A mention is shared when the other side has one of the same
/// type overlapping it; the two shares are the other tagger's mentions Folio also finds, and Folio's the
/// other also finds. Names in capitals (Reuters' headlines and tables) are counted as they come.
struct EntityYardstick {
    struct Tally {
        var theirs = 0, theirsFound = 0, ours = 0, oursFound = 0

        func line(_ label: String) -> String {
            String(format: "%-4@ other %6d, Folio finds %5.1f%%   Folio %6d, other finds %5.1f%%", label as NSString,
                   theirs, 100 * Double(theirsFound) / Double(max(theirs, 1)),
                   ours, 100 * Double(oursFound) / Double(max(ours, 1)))
        }
    }

    var tallies: [String: Tally] = [:]
    var samples: [String] = []

    static func spans(in record: [String: Any]) -> [EntityScore.Span] {
        (record["entities"] as? [[String: Any]] ?? []).map {
            EntityScore.Span(start: $0["start"] as? Int ?? 0, end: $0["end"] as? Int ?? 0, type: $0["type"] as? String ?? "")
        }
    }

    static func run(corpus: [[String: Any]], other: [[String: Any]], misses: Bool) -> String {
        let theirs = Dictionary(other.map { ($0["id"] as? String ?? "", spans(in: $0)) }, uniquingKeysWith: { first, _ in first })
        let records = corpus.filter { theirs[$0["id"] as? String ?? ""] != nil }
        let tagger = EntityTagger()
        let ours = EntityScore.spans(of: records.map { tagger.tag($0["body"] as? String ?? "") })
        var yardstick = EntityYardstick()
        for (record, found) in zip(records, ours) {
            let body = Array((record["body"] as? String ?? "").unicodeScalars)
            let text = { (span: EntityScore.Span) in String(String.UnicodeScalarView(body[max(0, span.start)..<min(body.count, span.end)])) }
            yardstick.add(ours: found, theirs: theirs[record["id"] as? String ?? ""] ?? [], describe: { "\(record["id"] as? String ?? "") \($0.type) '\(text($0))'" })
        }
        var lines = ["\(records.count) articles"]
        var all = Tally()
        for type in EntityScore.types {
            let tally = yardstick.tallies[type, default: Tally()]
            lines.append(tally.line(type))
            all.theirs += tally.theirs; all.theirsFound += tally.theirsFound; all.ours += tally.ours; all.oursFound += tally.oursFound
        }
        lines.append(all.line("all"))
        if misses { lines += yardstick.samples }
        return lines.joined(separator: "\n")
    }

    mutating func add(ours: [EntityScore.Span], theirs: [EntityScore.Span], describe: (EntityScore.Span) -> String) {
        func overlaps(_ a: EntityScore.Span, _ b: EntityScore.Span) -> Bool { a.type == b.type && a.start < b.end && b.start < a.end }
        for span in theirs where EntityScore.types.contains(span.type) {
            let found = ours.contains { overlaps($0, span) }
            tallies[span.type, default: Tally()].theirs += 1
            if found { tallies[span.type, default: Tally()].theirsFound += 1 } else { samples.append("only other  \(describe(span))") }
        }
        for span in ours {
            let found = theirs.contains { overlaps($0, span) }
            tallies[span.type, default: Tally()].ours += 1
            if found { tallies[span.type, default: Tally()].oursFound += 1 } else { samples.append("only Folio  \(describe(span))") }
        }
    }
}
