import Foundation
import FolioAnalysis
import FolioCore
import Testing

/// Scores on Duckling's English time phrases (BSD licence, (c) Facebook, Inc.); fails if quality falls.
@Suite struct DucklingQualityTests {
    @Test func phrasesStayAtTheLevelReached() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/duckling-time-en", withExtension: "jsonl"))
        let phrases = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { line in
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return DucklingScore.Phrase(
                text: record["text"] as! String, kind: record["kind"] as! String, value: record["value"] as? String, grain: record["grain"] as? String)
        }
        let score = DucklingScore(phrases: phrases)
        #expect(score.total == 255)
        #expect(score.share >= 0.95, "\(score.exact) of \(score.total)")
        #expect(score.falsePositives == 0, "\(score.misses.filter { $0.hasPrefix("negative") })")
    }
}
