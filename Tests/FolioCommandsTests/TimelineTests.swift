import FolioCommands
import FolioCore
import FolioTestSupport
import Testing

@Suite struct TimelineTests {
    let runner: LineRunner

    init() throws {
        runner = try LineRunner.seed()
    }

    func entries(_ line: String, in runner: LineRunner? = nil) throws -> [TimelineEntry] {
        try (runner ?? self.runner).output(line, as: TimelineCommand.Output.self).entries
    }

    @Test func theSeedTimelineIsInOrderWithUnknownYearsLast() throws {
        let all = try entries("timeline")
        #expect(all.count == 48, "45 in the bodies and 3 in the titles")
        let known = all.prefix { $0.event.expression.start != nil }
        #expect(known.count == 35, "March 13 and March 31 take 2025 from the April 2025 meeting before them")
        #expect(all.filter { $0.event.field == .title }.map(\.event.expression.value).sorted() == ["2025", "2026", "XXXX-11"])
        #expect(zip(known, known.dropFirst()).allSatisfy { $0.event.expression.start! <= $1.event.expression.start! })
        #expect(known.first?.event.expression.value == "199")
        #expect(known.last?.event.expression.value == "2029")
        #expect(all.dropFirst(known.count).allSatisfy { $0.event.expression.start == nil })
    }

    @Test func aQueryKeepsEventsWhoseSentenceMatches() throws {
        let border = try entries("timeline \"Tajik-Afghan border\"")
        #expect(!border.isEmpty)
        #expect(border.allSatisfy { $0.event.sentence.lowercased().contains("tajik-afghan border") })
        let byArticle = try entries("timeline Oreshnik --article")
        #expect(Set(byArticle.map(\.title)) == ["Russia’s Strategic Posturing and Putin’s November Visit to Kazakhstan"])
        #expect(byArticle.map(\.event.expression.value) == ["200", "2024-11-21", "2024-11-27", "PAST_REF", "XXXX-11"])
    }

    @Test func fromAndToKeepEventsThatOverlap() throws {
        let window = try entries("timeline --from 2024-11 --to 2024-12")
        #expect(window.map(\.event.expression.value) == ["2024", "2024", "2024-11", "2024-11-21", "2024-11-27", "2024-12"])
    }

    @Test func settingADateResolvesRelativeExpressionsAgain() throws {
        runner.run("find Ataturk")
        runner.run("find \"Controversies and Rejections\"")
        let message = try runner.output("date @1 2025-04-02", as: Message.self).message
        #expect(message.hasSuffix("is dated 2025-04-02; 7 date expressions resolved again"))
        let values = try entries("timeline court").map(\.event.expression.value)
        #expect(values == ["2024"])
        let march = try entries("timeline Responding").map(\.event.expression.value)
        #expect(march == ["2025-03"])
    }

    @Test func timelineJSONCarriesTheEventFields() throws {
        let events = try #require(try runner.object("timeline --from 2026")["events"] as? [[String: Any]])
        let first = try #require(events.first)
        #expect(Set(first.keys) == [
            "article", "ref", "title", "text", "value", "start", "end", "granularity", "offset", "length", "sentence", "sentenceOffset",
            "field", "kind", "anchor", "anchorValue", "anchorText",
        ])
        #expect(first["anchor"] as? String == "explicit")
        #expect(first["value"] as? String == "2026")
        #expect(first["start"] as? String == "2026-01-01" && first["end"] as? String == "2026-12-31")
    }

    @Test func sentencesOutsideASCIIAreCutWholeAndStillMatch() throws {
        let directory = try Scratch()
        let path = try directory.write("news.md", """
            ---
            title: Tōkyō talks
            date: 2020-03-01
            ---
            Ministers met in Tōkyō on 3 March 2020. Ведомство Japón said on 4 March 2020 that Japan would wait. \
            The talks in Ōsaka ended on 5 March 2020.
            """)
        let workspace = try Workspace()
        _ = try workspace.open([path])
        let runner = try LineRunner(workspace: workspace)
        let all = try entries("timeline", in: runner)
        let japan = try entries("timeline japan", in: runner)
        let japon = try entries("timeline japon", in: runner)
        #expect(all.map(\.event.expression.text) == ["3 March 2020", "4 March 2020", "5 March 2020"])
        #expect(all.map(\.event.sentence) == [
            "Ministers met in Tōkyō on 3 March 2020.", "Ведомство Japón said on 4 March 2020 that Japan would wait.",
            "The talks in Ōsaka ended on 5 March 2020.",
        ])
        #expect(japan.map(\.event.expression.value) == ["2020-03-04"])
        #expect(japon.map(\.event.expression.value) == ["2020-03-04"], "accents are folded, as the index folds them")
    }
}
