import Foundation
import FolioAnalysis
import FolioCore
import Testing

/// A fixture of gold TIMEX3 dates scored as `folio-eval timex` scores it; `dated` gives the tagger each record's
/// publication date.
func timexScore(ofFixture name: String, dated: Bool) throws -> TimexScore {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "jsonl"))
    let tagger = TemporalTagger()
    var score = TimexScore()
    for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
        let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let anchor = dated ? (record["date"] as? String).flatMap(PublicationDate.init(parsing:)) : nil
        let gold = (record["timex"] as? [[String: Any]] ?? []).map {
            TimexScore.Span(start: $0["start"] as! Int, end: $0["end"] as! Int, value: $0["value"] as! String, type: $0["type"] as? String ?? "DATE")
        }
        let system = tagger.tag(record["body"] as! String, anchor: anchor).map {
            TimexScore.Span(start: $0.offset, end: $0.offset + $0.length, value: $0.value, type: "DATE")
        }
        score.add(gold: gold, system: system, annotatedUntil: record["annotated_until"] as? Int ?? .max)
    }
    return score
}

/// Scores on the MEANTIME English fixture (CC BY 4.0, FBK, VU Amsterdam, UPV/EHU); fails if quality falls.
@Suite struct MeantimeQualityTests {
    @Test func dateScoresStayAtTheLevelReached() throws {
        let score = try timexScore(ofFixture: "meantime-en", dated: true)
        #expect(score.gold == 271)
        #expect(score.f1(score.relaxed).f1 >= 0.93)
        #expect(score.f1(score.value).f1 >= 0.85)
    }
}

/// Scores on the WikiWars training narratives (Mazur and Dale 2010, texts from Wikipedia, CC BY-SA), tagged with no
/// publication date, so that each partial date must take its year from the narrative; fails if quality falls.
@Suite struct WikiWarsQualityTests {
    @Test func narrativeDateScoresStayAtTheLevelReached() throws {
        let score = try timexScore(ofFixture: "wikiwars-train", dated: false)
        #expect(score.gold == 2139)
        #expect(score.f1(score.relaxed).f1 >= 0.86)
        #expect(score.f1(score.value).f1 >= 0.77)
    }
}
