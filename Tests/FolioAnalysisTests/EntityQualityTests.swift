import Foundation
import FolioAnalysis
import FolioCore
import Testing

/// Named PER, ORG and LOC mentions on the MEANTIME English fixture (CC BY 4.0); fails if quality falls.
@Suite struct EntityQualityTests {
    @Test func entityScoresStayAtTheLevelReached() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/meantime-en", withExtension: "jsonl"))
        let tagger = EntityTagger()
        var score = EntityScore()
        let records = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let taggings = records.map { tagger.tag($0["body"] as! String) }
        for (record, system) in zip(records, EntityScore.spans(of: taggings)) {
            let gold = (record["entities"] as? [[String: Any]] ?? []).map {
                EntityScore.Span(start: $0["start"] as! Int, end: $0["end"] as! Int, type: $0["type"] as! String)
            }
            score.add(gold: gold, system: system, annotatedUntil: record["annotated_until"] as? Int ?? .max)
        }
        #expect(score.gold.values.reduce(0, +) == 634)
        #expect(score.f1().f1 >= 0.81, "overall \(score.f1())")
        for type in EntityScore.types { #expect(score.f1(type).f1 >= 0.79, "\(type) \(score.f1(type))") }
    }
}
