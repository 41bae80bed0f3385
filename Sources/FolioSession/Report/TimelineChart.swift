import FolioCommands
import FolioCore

/// The dated events of a `timeline` output, counted by period and drawn as an SVG bar chart.
struct TimelineChart {
    /// Period label (`2024` or `2024-11`) and the number of events in it, in order.
    var bars: [(period: String, count: Int)]
    var byMonth: Bool

    /// Counts the events of known year; nil when there is none. `period` is the command's `--by`.
    init?(entries: [TimelineEntry], period: TimelineCommand.Period?) {
        let starts = entries.compactMap { Self.start(of: $0.event.expression.value) }
        guard !starts.isEmpty else { return nil }
        let years = Set(starts.map(\.year))
        byMonth = period.map { $0 != .year } ?? (years.count <= 3)
        var counts: [String: Int] = [:]
        for start in starts {
            let key = byMonth ? "\(start.year)-\(start.month ?? "01")" : start.year
            counts[key, default: 0] += 1
        }
        bars = Self.filled(counts, byMonth: byMonth)
    }

    /// The year (and month, when the value has one) a TIMEX3 value starts in: `2024-11-27`, `2024-Q1`, `199`, `20`.
    static func start(of value: String) -> (year: String, month: String?)? {
        let digits = value.prefix { $0.isASCII && $0.isNumber }
        let year: String
        switch digits.count {
        case 4...: year = String(digits.prefix(4))
        case 3 where value.count == 3: year = digits + "0"
        case 2 where value.count == 2: year = digits + "00"
        default: return nil
        }
        guard digits.count == 4 || digits.count == value.count else { return nil }
        let rest = value.dropFirst(4)
        if rest.hasPrefix("-"), let month = Int(rest.dropFirst().prefix(2)), (1...12).contains(month), rest.dropFirst().prefix(2).count == 2 {
            return (year, String(rest.dropFirst().prefix(2)))
        }
        return (year, nil)
    }

    /// Every period from the first to the last, empty ones included, when there are at most 120 of them.
    private static func filled(_ counts: [String: Int], byMonth: Bool) -> [(period: String, count: Int)] {
        let keys = counts.keys.sorted()
        guard let first = keys.first, let last = keys.last else { return [] }
        func next(_ key: String) -> String {
            guard byMonth else { return String(format4(Int(key)! + 1)) }
            let year = Int(key.prefix(4))!, month = Int(key.suffix(2))!
            return month == 12 ? "\(format4(year + 1))-01" : "\(key.prefix(4))-\(month + 1 < 10 ? "0" : "")\(month + 1)"
        }
        var all: [String] = [first]
        while all.last! < last, all.count <= 120 { all.append(next(all.last!)) }
        if all.count > 120 { all = keys }
        return all.map { ($0, counts[$0] ?? 0) }
    }

    private static func format4(_ year: Int) -> String {
        let text = String(year)
        return String(repeating: "0", count: max(0, 4 - text.count)) + text
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
            parts.append("<rect class=\"bar\" x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(slot * 0.7))\" "
                + "height=\"\(Self.number(barHeight))\"><title>\(bar.period): \(bar.count) event\(bar.count == 1 ? "" : "s")</title></rect>")
            if bar.count > 0, bars.count <= 40 {
                parts.append("<text x=\"\(Self.number(x + slot * 0.35))\" y=\"\(Self.number(y - 4))\" class=\"count\" "
                    + "text-anchor=\"middle\">\(bar.count)</text>")
            }
            if index % labelEvery == 0 {
                parts.append("<text x=\"\(Self.number(x + slot * 0.35))\" y=\"\(top + plotHeight + 16)\" class=\"tick\" "
                    + "text-anchor=\"middle\">\(bar.period)</text>")
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
