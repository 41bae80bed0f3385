import FolioCommands
import FolioCore

/// The dated events of a `timeline` output, counted by period as ``TimelineBars`` counts them for the terminal,
/// and drawn as an SVG bar chart.
struct TimelineChart {
    var bars: [TimelineBars.Bar]
    var byMonth: Bool

    /// Counts the events of known year; nil when there is none, or when they span more periods than a chart holds.
    /// `period` is the command's `--by`.
    init?(entries: [TimelineEntry], period: TimelineCommand.Period?) {
        guard let chart = try? TimelineBars(spans: entries.compactMap { TimeSpan($0.event.expression) }, period: period) else { return nil }
        bars = chart.bars
        byMonth = chart.period != .year
    }

    /// A bar per period, with its count on hover and a label under every few bars.
    func svg() -> String {
        let width = 720, height = 180, left = 36, bottom = 30, top = 16
        let plotWidth = width - left - 8, plotHeight = height - bottom - top
        let most = max(1, bars.map(\.count).max() ?? 1)
        let slot = Double(plotWidth) / Double(bars.count)
        let labelEvery = max(1, Int((Double(bars.count) / (Double(plotWidth) / (byMonth ? 56 : 40))).rounded(.up)))
        let total = bars.reduce(0) { $0 + $1.count }
        var parts = [
            "<svg class=\"timeline-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" "
                + "aria-label=\"\(total) dated events by \(byMonth ? "month" : "year")\">",
            "<line x1=\"\(left)\" y1=\"\(top + plotHeight)\" x2=\"\(width - 8)\" y2=\"\(top + plotHeight)\" class=\"axis\"/>",
            "<text x=\"\(left - 6)\" y=\"\(top + 10)\" class=\"tick\" text-anchor=\"end\">\(most)</text>",
            "<text x=\"\(left - 6)\" y=\"\(top + plotHeight)\" class=\"tick\" text-anchor=\"end\">0</text>",
        ]
        for (index, bar) in bars.enumerated() {
            let barHeight = Double(bar.count) / Double(most) * Double(plotHeight)
            let x = Double(left) + Double(index) * slot + slot * 0.15
            let y = Double(top + plotHeight) - barHeight
            parts.append("<rect class=\"\(bar.isYearOnly ? "bar year-only" : "bar")\" x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(slot * 0.7))\" "
                + "height=\"\(Self.number(barHeight))\"><title>\(bar.label): \(bar.count) event\(bar.count == 1 ? "" : "s")</title></rect>")
            if bar.count > 0, bars.count <= 40 {
                parts.append("<text x=\"\(Self.number(x + slot * 0.35))\" y=\"\(Self.number(y - 4))\" class=\"count\" "
                    + "text-anchor=\"middle\">\(bar.count)</text>")
            }
            if index % labelEvery == 0 {
                parts.append("<text x=\"\(Self.number(x + slot * 0.35))\" y=\"\(top + plotHeight + 16)\" class=\"tick\" "
                    + "text-anchor=\"middle\">\(bar.isYearOnly ? bar.period + "*" : bar.period)</text>")
            }
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    private static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
