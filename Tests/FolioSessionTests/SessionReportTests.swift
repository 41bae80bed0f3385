import FolioCore
import Foundation
import Testing
@testable import FolioSession

@Suite struct SessionReportTests {
    static let sessions = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sessions")

    @Test func aRecordedTimelineIsCountedByYearWithTheEmptyYearsShown() throws {
        let document = try SessionFile.read(Self.sessions.appendingPathComponent("tajik-afghan-border.md").path)
        let cells = document.cells.compactMap { cell -> (String, String)? in
            if case .command(let input, let output) = cell, input.hasPrefix("timeline") { return (input, output) }
            return nil
        }
        let (input, output) = try #require(cells.first)
        let chart = try #require(TimelineChart(input: input, output: output))
        #expect(!chart.byMonth)
        #expect(chart.bars.map(\.period) == ["2024", "2025", "2026", "2027", "2028", "2029"])
        #expect(chart.bars.map(\.count) == [4, 4, 1, 0, 0, 2])
        let svg = chart.svg()
        #expect(svg.components(separatedBy: "<rect class=\"bar\"").count - 1 == 6)
        #expect(svg.contains("<title>2027: 0 events</title>"))
    }

    @Test func monthsAreChosenForAShortSpanAndValuesOfUnknownYearAreLeftOut() throws {
        let output = """
            4 dated events in 1 article; 1 of unknown year, listed last
            2024-11-28  day     de60a8 CSTO approves funding
                                The sentence.
            2025-01     month   de60a8 CSTO approves funding
                                The sentence.
            199         decade  de60a8 CSTO approves funding
                                The sentence.

            Unknown year
            XXXX-03-13  day     de60a8 CSTO approves funding
                                The sentence.
            """
        let chart = try #require(TimelineChart(input: "timeline --by month", output: output))
        #expect(chart.byMonth)
        #expect(chart.bars.map(\.period) == ["1990-01", "2024-11", "2025-01"], "over 120 months, only the months with events")
        let short = try #require(TimelineChart(input: "timeline", output: """
            2 dated events in 1 article
            2024-11-28  day     de60a8 CSTO approves funding
            2025-02     month   de60a8 CSTO approves funding
            """))
        #expect(short.byMonth)
        #expect(short.bars.map(\.period) == ["2024-11", "2024-12", "2025-01", "2025-02"])
        #expect(short.bars.map(\.count) == [1, 0, 0, 1])
        let years = try #require(TimelineChart(input: "timeline", output: output))
        #expect(years.bars.map(\.count).reduce(0, +) == 3)
        #expect(TimelineChart(input: "timeline x", output: "no dated events match x") == nil)
    }

    @Test func outputIsEscapedAndMatchesAreMarkedEvenWhenTheyWrap() {
        #expect(SessionReport.highlighted("a <b> & [CSTO] [Tajik-Afghan\n   border] end [") ==
            "a &lt;b&gt; &amp; <mark>CSTO</mark> <mark>Tajik-Afghan</mark>\n   <mark>border</mark> end [")
        #expect(SessionReport.highlighted("[]") == "[]")
        #expect(SessionReport.escape("\"'") == "&quot;&#39;")
    }

    @Test func theReportHasTheCellsInOrderAndMarksOnlyWhereFolioBracketsMatches() {
        let document = SessionDocument(
            title: "a <title>", folioVersion: "0.1.0", saved: "2026-11-30",
            corpus: CorpusFingerprint(articles: 6, digest: "21eafb670979", cited: [CitedArticle(id: "13be2d", title: "Arms & the border")]),
            nextNote: 1,
            cells: [.comment("First thought.\n\nSecond paragraph."), .command(input: "show 13be2d", output: "body with [brackets]"),
                    .command(input: "find CSTO", output: "1. [CSTO]"), .command(input: "find (", output: "error: '(' is never closed")])
        let html = SessionReport(document: document, notes: []).html()
        #expect(html.contains("<title>a &lt;title&gt; · Folio session</title>"))
        #expect(html.contains("<p>First thought.</p><p>Second paragraph.</p>"))
        #expect(html.contains("body with [brackets]</pre>"))
        #expect(html.contains("1. <mark>CSTO</mark></pre>"))
        #expect(html.contains("<pre class=\"output error\">error: &#39;(&#39; is never closed</pre>"))
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
