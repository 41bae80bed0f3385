import FolioCommands
import FolioCore
import FolioTestSupport
import Testing

/// One rule for every chart: gaps for empty periods, year-only dates in a lane of their own, ranges across their
/// span, and no more than 120 bars.
@Suite struct TimelineBarsTests {
    func span(_ start: String, _ end: String, _ granularity: TimeExpression.Granularity) -> TimeSpan {
        TimeSpan(start: start, end: end, granularity: granularity)
    }

    @Test func yearOnlyDatesStandInALaneOfTheirOwnByMonth() throws {
        let chart = try #require(try TimelineBars(spans: [
            span("1999-03-05", "1999-03-05", .day), span("1999-01-01", "1999-12-31", .year), span("1999-05-01", "1999-05-31", .month),
        ], period: .month))
        #expect(chart.bars.map(\.label) == ["1999, year only", "1999-03", "1999-04", "1999-05"])
        #expect(chart.bars.map(\.count) == [1, 1, 0, 1], "April is a gap, and the year-only date is not in January")
    }

    @Test func aRangeIsCountedAcrossItsSpan() throws {
        let chart = try #require(try TimelineBars(spans: [span("2024-01-01", "2024-03-31", .quarter), span("2024-12-01", "2025-02-28", .season)], period: .month))
        #expect(chart.bars.map(\.count) == [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1])
        let years = try #require(try TimelineBars(spans: [span("2024-12-01", "2025-02-28", .season), span("2028-05-01", "2028-05-01", .day)], period: nil))
        #expect(years.period == .year, "more than three years of months")
        #expect(years.bars.map(\.period) == ["2024", "2025", "2026", "2027", "2028"] && years.bars.map(\.count) == [1, 1, 0, 0, 1])
    }

    @Test func yearsBeforeChristComeFirstInTheirOrder() throws {
        let chart = try #require(try TimelineBars(spans: [span("-0493-01-01", "-0493-12-31", .year), span("-0499-01-01", "-0499-12-31", .year)], period: nil))
        #expect(chart.bars.map(\.period).first == "-0499" && chart.bars.map(\.period).last == "-0493" && chart.bars.count == 7)
    }

    @Test func decadesAndCenturiesAreNotDrawn() throws {
        let spans = [span("1990-01-01", "1999-12-31", .decade), span("2024-11-28", "2024-11-28", .day)]
        let chart = try #require(try TimelineBars(spans: spans, period: nil))
        #expect(chart.period == .month && chart.bars.map(\.period) == ["2024-11"])
    }

    @Test func morePeriodsThanAChartHoldsAreDeclined() throws {
        let spans = [span("2020-01-01", "2020-01-01", .day), span("2024-06-30", "2024-06-30", .day)]
        let declined = #expect(throws: TimelineBars.TooMany.self) { try TimelineBars(spans: spans, period: .day) }
        #expect(declined?.bars == 1643 && declined?.period == .day)
        #expect(try TimelineBars(spans: spans, period: .month)?.bars.count == 54)
        let wide = [span("1100-01-01", "1100-12-31", .year), span("2024-01-01", "2024-12-31", .year)]
        #expect(try TimelineBars(spans: wide, period: nil) == nil, "not even years fit, so no chart is drawn")
    }

    @Test func timelineDeclinesAPeriodOfTooManyBarsWithAHint() throws {
        let runner = try LineRunner.seed()
        let text = runner.transcript(["timeline --by day"])
        #expect(text.contains("--by day would draw"), "\(text)")
        #expect(text.contains("a chart draws at most 120") && text.contains("narrow the dates with --from and --to"), "\(text)")
        #expect(runner.transcript(["timeline --by year"]).contains("dated events"))
    }

    @Test func theTerminalChartShowsGapsAndTheYearOnlyLane() throws {
        let runner = try LineRunner.seed()
        let terminal = TextStyle(isColored: false, width: 100, isTerminal: true)
        let text = runner.transcript(["timeline --from 2024 --to 2025 --by month"], style: terminal)
        let chart = text.split(separator: "\n").filter { $0.hasPrefix("  2024") || $0.hasPrefix("  2025") }.map(String.init)
        #expect(chart.first?.hasPrefix("  2024, year only") == true, "\(text)")
        #expect(chart.contains { $0.trimmingCharacters(in: .whitespaces) == "2025-01" }, "January 2025 has no event, and is a gap: \(text)")
        #expect(chart.contains { $0.hasPrefix("  2025, year only") })
    }

    @Test func explainSaysWhereEachYearCameFrom() throws {
        let runner = try LineRunner.seed()
        func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let text = flat(runner.transcript(["timeline border --explain"]))
        #expect(text.contains("anchor narrative: the year of the date before it in the text, \u{201C}April 2025\u{201D} (2025-04)"), "\(text)")
        #expect(text.contains("anchor explicit: the year is written in"))
        let may = flat(runner.transcript(["timeline announced --explain"]))
        #expect(may.contains("anchor unknown: the date before it, \u{201C}2026\u{201D} (2026), was not safe to take"), "\(may)")
        #expect(may.contains("anchor unknown: a weekday is counted only from a publication date"))
        #expect(may.contains("anchor unknown: it names the present, the past or the future, not a date"))
        let json = try #require(try runner.object("timeline border")["events"] as? [[String: Any]])
        let march = try #require(json.first { $0["value"] as? String == "2025-03-13" })
        #expect(march["anchor"] as? String == "narrative" && march["anchorText"] as? String == "April 2025" && march["anchorValue"] as? String == "2025-04")
    }
}
