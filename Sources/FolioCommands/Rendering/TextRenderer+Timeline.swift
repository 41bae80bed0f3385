import FolioCore

extension TextRenderer {
    func timelineLines(_ request: TimelineRequest, _ entries: [TimelineEntry]) -> [String] {
        guard !entries.isEmpty else {
            return [style.dim(request.text.map { "no dated events match \($0)" } ?? "no dated events in the corpus")]
        }
        let known = entries.filter { $0.event.expression.start != nil }
        let articles = Set(entries.map(\.event.article)).count
        var lines = [style.dim("\(entries.count) dated event\(entries.count == 1 ? "" : "s") in \(articles) article\(articles == 1 ? "" : "s")"
            + (known.count < entries.count ? "; \(entries.count - known.count) of unknown year, listed last" : ""))]
        if style.isTerminal, !known.isEmpty { lines += chartLines(known, period: request.period) }
        var inUnknownSection = false
        for entry in entries {
            let expression = entry.event.expression
            if expression.start == nil, !inUnknownSection {
                inUnknownSection = true
                lines += ["", style.bold("Unknown year")]
            }
            let prefix = TextWrapper.padded(expression.value, to: 11) + " " + TextWrapper.padded(expression.granularity.rawValue, to: 7)
                + " " + style.accent(short(entry.event.article)) + " "
            let prefixWidth = TextWrapper.visibleWidth(prefix)
            var head = TextWrapper.wrap(style.bold(entry.title), width: style.width, indent: prefixWidth, firstIndent: prefixWidth)
            if !head.isEmpty { head[0] = prefix + head[0].dropFirst(prefixWidth) }
            lines += head
            lines += TextWrapper.wrap(highlighted(entry.event), width: style.width, indent: 20)
        }
        return lines
    }

    private func highlighted(_ event: TimeEvent) -> String {
        let scalars = event.sentence.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: max(0, event.sentenceOffset), limitedBy: scalars.endIndex) ?? scalars.endIndex
        let end = scalars.index(start, offsetBy: event.expression.length, limitedBy: scalars.endIndex) ?? scalars.endIndex
        let before = String(scalars[..<start]), match = String(scalars[start..<end]), after = String(scalars[end...])
        return style.highlight(before + "\u{2}" + match + "\u{3}" + after)
    }

    /// Events per year, or per month when they span three years or less, or as `--by` asks.
    private func chartLines(_ entries: [TimelineEntry], period: TimelineRequest.Period?) -> [String] {
        let starts = entries.compactMap(\.event.expression.start)
        let years = Set(starts.map { $0.prefix(4) })
        let chosen = period ?? (years.count > 3 ? .year : .month)
        let width = chosen == .year ? 4 : chosen == .month ? 7 : 10
        var counts: [String: Int] = [:]
        for start in starts { counts[String(start.prefix(width)), default: 0] += 1 }
        let most = counts.values.max() ?? 1
        let barWidth = max(10, style.width - width - 10)
        return [""] + counts.keys.sorted().map { key in
            let bar = String(repeating: "█", count: max(1, counts[key]! * barWidth / most))
            return "  " + key + " " + style.accent(bar) + " " + String(counts[key]!)
        } + [""]
    }
}
