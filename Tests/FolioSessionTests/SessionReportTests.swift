import FolioCommands
import FolioCore
import FolioTestSupport
import Foundation
import Testing
@testable import FolioSession

@Suite struct SessionReportTests {
    static let sessions = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sessions")

    static func entry(_ value: String, _ granularity: TimeExpression.Granularity, start: String?) -> TimelineEntry {
        let expression = TimeExpression(offset: 0, length: 4, text: value, value: value, start: start, end: start, granularity: granularity)
        return TimelineEntry(
            event: TimeEvent(article: ArticleID(hex: "de60a8"), expression: expression, sentence: "The sentence.", sentenceOffset: 0),
            title: "CSTO approves funding", ref: nil)
    }

    @Test func aRecordedTimelineIsReadFromItsValueAndCountedByYearWithTheEmptyYearsShown() throws {
        let document = try SessionFile.read(Self.sessions.appendingPathComponent("tajik-afghan-border.md").path)
        let cell = try #require(SessionCell.commands(in: document.cells).first { $0.input.hasPrefix("timeline") })
        let value = try #require(cell.value, "the example session keeps its values")
        let timeline = try #require(CommandRegistry.folio.outcome(from: value)?.output as? TimelineCommand.Output)
        let chart = try #require(TimelineChart(entries: timeline.entries, period: nil))
        #expect(!chart.byMonth)
        #expect(chart.bars.map(\.period) == ["2024", "2025", "2026", "2027", "2028", "2029"])
        #expect(chart.bars.map(\.count) == [4, 7, 2, 0, 0, 2], "the titles hold 2025 and 2026, and March 13 and 31 are 2025's")
        let svg = chart.svg()
        #expect(svg.components(separatedBy: "<rect class=\"bar\"").count - 1 == 6)
        #expect(svg.contains("<title>2027: 0 events</title>"))
    }

    @Test func monthsAreChosenForAShortSpanAndValuesOfUnknownYearAreLeftOut() throws {
        let entries = [
            Self.entry("2024-11-28", .day, start: "2024-11-28"), Self.entry("2025-01", .month, start: "2025-01-01"),
            Self.entry("199", .decade, start: "1990-01-01"), Self.entry("XXXX-03-13", .day, start: nil),
        ]
        let chart = try #require(TimelineChart(entries: entries, period: .month))
        #expect(chart.byMonth)
        #expect(chart.bars.map(\.period) == ["2024-11", "2024-12", "2025-01"], "a gap for December; the decade is not drawn")
        let short = try #require(TimelineChart(entries: [Self.entry("2024-11-28", .day, start: "2024-11-28"), Self.entry("2025-02", .month, start: "2025-02-01")], period: nil))
        #expect(short.byMonth)
        #expect(short.bars.map(\.period) == ["2024-11", "2024-12", "2025-01", "2025-02"])
        #expect(short.bars.map(\.count) == [1, 0, 0, 1])
        let chosen = try #require(TimelineChart(entries: entries, period: nil))
        #expect(chosen.byMonth && chosen.bars.map(\.count) == [1, 0, 1])
        #expect(TimelineChart(entries: [Self.entry("XXXX-03-13", .day, start: nil)], period: nil) == nil)
    }

    @Test func markedTextIsEscapedAndItsMatchesMarkedEvenWhenTheyWrap() {
        let open = TextStyle.markOpen, close = TextStyle.markClose
        #expect(SessionReport.marking("a <b> & \(open)CSTO\(close) \(open)Tajik-Afghan\n   border\(close) end [") ==
            "a &lt;b&gt; &amp; <mark>CSTO</mark> <mark>Tajik-Afghan</mark>\n   <mark>border</mark> end [")
        #expect(SessionReport.escape("\"'") == "&quot;&#39;")
    }

    @Test func theReportHasTheCellsInOrderAndMarksMatchesFromTheValues() throws {
        let runner = try LineRunner.seed()
        func cell(_ line: String) throws -> SessionCell {
            let outcome = try #require(runner.run(line))
            return .command(CommandCell(input: line, output: outcome.savedText(idLength: 6), value: outcome.recordedValue))
        }
        let document = SessionDocument(
            title: "a <title>", folioVersion: "0.1.0", saved: "2026-11-30",
            corpus: CorpusFingerprint(articles: 6, digest: "21eafb670979", cited: [CitedArticle(id: "13be2d", title: "Arms & the border")]),
            nextNote: 1,
            cells: [.comment("First thought.\n\nSecond paragraph."), .command(CommandCell(input: "show 13be2d", output: "body with [brackets]")),
                    try cell("find CSTO --limit 1"), try cell("find (")])
        let html = SessionReport(document: document, notes: []).html()
        #expect(html.contains("<title>a &lt;title&gt; · Folio session</title>"))
        #expect(html.contains("<p>First thought.</p><p>Second paragraph.</p>"))
        #expect(html.contains("body with [brackets]</pre>"), "a cell without a value is shown as saved, unmarked")
        #expect(html.contains("Organization (<mark>CSTO</mark>), a bloc"))
        #expect(html.contains("<pre class=\"output error\">error: empty parentheses at column 1"))
        #expect(html.contains("<li><code>13be2d</code> Arms &amp; the border</li>"))
        #expect(html.contains("No notes in this workspace."))
        let order = ["id=\"cell-1\"", "id=\"cell-2\"", "id=\"cell-3\""].map { html.range(of: $0)!.lowerBound }
        #expect(order == order.sorted())
    }

    @Test func theREADMEExcerptIsWhatTheReportHolds() throws {
        let readme = try String(contentsOf: Self.sessions.deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "```html\n"))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let excerpt = readme[start.upperBound..<end.lowerBound].split(separator: "\n").filter { $0 != "…" }
        let document = try SessionFile.read(Self.sessions.appendingPathComponent("tajik-afghan-border.md").path)
        let html = SessionReport(document: document, notes: []).html()
        #expect(excerpt.count > 10)
        for line in excerpt { #expect(html.contains(line), "the README shows a line the report does not have: \(line)") }
    }
}
