import FolioAnalysis
import FolioCore
import Foundation

extension CompareCommand.Output.Sides {
    func lines(in output: OutputStyle) -> [String] {
        let style = output.text
        let labelWidth = 18
        let column = max(20, (style.width - labelWidth - 2) / 2)
        func row(_ label: String, _ a: String, _ b: String) -> String {
            TextWrapper.padded(label, to: labelWidth) + TextWrapper.padded(TextWrapper.clipped(a, column - 2), to: column)
                + TextWrapper.clipped(b, column - 2)
        }
        func counted(_ value: Int, _ most: Int) -> String {
            guard style.isTerminal, most > 0 else { return String(value) }
            return String(value) + " " + style.accent(String(repeating: "█", count: max(1, value * 12 / most)))
        }
        var lines = [row("", style.bold(left.label), style.bold(right.label))]
        lines.append(row("", style.dim(Self.describe(left)), style.dim(Self.describe(right))))
        let mostArticles = max(left.articles, right.articles), mostMentions = max(left.mentions, right.mentions)
        lines.append(row("articles", counted(left.articles, mostArticles), counted(right.articles, mostArticles)))
        lines.append(row("mentions", counted(left.mentions, mostMentions), counted(right.mentions, mostMentions)))
        lines.append(row("dates", Self.dateText(left.dates), Self.dateText(right.dates)))
        var first = true
        for side in [left, right] {
            let note: String
            if side.kind == .entity, side.aloneArticles > 0 {
                note = "\(side.label): \(side.resolution)"
            } else if side.kind == .term, !side.people.isEmpty {
                note = "\(side.label): \(side.resolution); compare \"\(side.people[0].name)\" … counts one of them"
            } else {
                continue
            }
            for (index, line) in TextWrapper.wrap(note, width: style.width - labelWidth).enumerated() {
                lines.append(TextWrapper.padded(first && index == 0 ? "counted" : "", to: labelWidth) + style.dim(line))
            }
            first = false
        }
        lines.append("")
        let sharedText = shared.isEmpty ? "none" : shared.prefix(6).map { output.short($0.id) }.joined(separator: ", ")
            + (shared.count > 6 ? ", …" : "")
        lines.append(TextWrapper.padded("shared articles", to: labelWidth) + "\(shared.count): \(sharedText)")
        lines.append("")
        lines.append(style.bold("keywords") + style.dim("  G² (log-likelihood: 3.84 is p < 0.05) · log ratio (effect: 1 is twice as frequent)"))
        if left.contextArticles < left.articles || right.contextArticles < right.articles {
            lines.append(style.dim("  from the sentences of the first \(CompareCommand.contextArticleLimit) articles of a side, in corpus order"))
        }
        for index in 0..<max(left.keywords.count, right.keywords.count, 1) {
            let a = index < left.keywords.count ? Self.keyword(left.keywords[index]) : (index == 0 ? style.dim("none") : "")
            let b = index < right.keywords.count ? Self.keyword(right.keywords[index]) : (index == 0 ? style.dim("none") : "")
            lines.append(row("", a, b))
        }
        lines.append("")
        lines.append(style.bold("co-mentioned") + style.dim("  entities named in the same articles, with their number of articles"))
        for index in 0..<max(left.cooccurring.count, right.cooccurring.count, 1) {
            let a = index < left.cooccurring.count ? "\(left.cooccurring[index].name) \(left.cooccurring[index].articles)" : (index == 0 ? style.dim("none") : "")
            let b = index < right.cooccurring.count ? "\(right.cooccurring[index].name) \(right.cooccurring[index].articles)" : (index == 0 ? style.dim("none") : "")
            lines.append(row("", a, b))
        }
        return lines
    }

    /// One row per fact, `section` saying which.
    var table: ResultTable {
        var rows: [[String]] = []
        for (name, side) in [("left", left), ("right", right)] {
            rows.append(["side", name, side.label, side.kind.rawValue, "", ""])
            rows.append(["articles", name, side.name, String(side.articles), "", ""])
            rows.append(["mentions", name, side.name, String(side.mentions), "", ""])
            if side.kind != .query { rows.append(["counted", name, side.resolution, String(side.aloneArticles), "", ""]) }
            rows.append(["dates", name, [side.dates.start, side.dates.end].compactMap { $0 }.joined(separator: " to "), String(side.dates.events), "", ""])
        }
        rows += shared.map { ["shared", "both", $0.id.hex, $0.title, "", ""] }
        for (name, side) in [("left", left), ("right", right)] {
            rows += side.keywords.map { ["keyword", name, $0.term, "", ResultTable.decimal($0.g2), ResultTable.decimal($0.logRatio)] }
        }
        for (name, side) in [("left", left), ("right", right)] {
            rows += side.cooccurring.map { ["cooccurring", name, $0.name, "\($0.kind.rawValue), \($0.articles) articles", "", ""] }
        }
        return ResultTable(
            caption: "compare \(left.label) \(right.label)", columns: ["section", "side", "item", "value", "g2", "logRatio"], rows: rows)
    }

    private static func describe(_ side: CompareCommand.Output.Side) -> String {
        switch side.kind {
        case .entity: return side.name == side.label ? "entity" : "entity: \(side.name)"
        case .term: return "word or phrase"
        case .query: return "query"
        }
    }

    private static func dateText(_ span: CompareCommand.Output.DateSpan) -> String {
        guard let start = span.start, let end = span.end else { return "none" }
        return start == end ? start : "\(start) … \(end)"
    }

    private static func keyword(_ keyness: Keyness) -> String {
        "\(keyness.term) " + String(format: "%.1f · %.2f", keyness.g2, keyness.logRatio)
    }
}

extension CompareCommand.Output.Articles {
    func lines(in output: OutputStyle) -> [String] {
        let style = output.text
        var lines = [
            style.accent(output.short(left.id)) + " " + style.bold(left.title),
            style.accent(output.short(right.id)) + " " + style.bold(right.title),
            "",
            "similarity      " + String(format: "%.3f", similarity) + style.dim("  cosine of the content-word counts: 1 is the same words in the same proportions"),
        ]
        func list(_ label: String, _ items: [String]) {
            let wrapped = TextWrapper.wrap(items.isEmpty ? "none" : items.joined(separator: ", "), width: style.width - 16)
            for (index, line) in wrapped.enumerated() {
                lines.append((index == 0 ? TextWrapper.padded(label, to: 16) : String(repeating: " ", count: 16)) + line)
            }
        }
        list("shared entities", sharedEntities)
        list("only in \(output.short(left.id))", left.entities)
        list("only in \(output.short(right.id))", right.entities)
        list("shared dates", sharedDates)
        return lines
    }

    var table: ResultTable {
        var rows = [
            ["article", "left", left.id.hex, left.title],
            ["article", "right", right.id.hex, right.title],
            ["similarity", "both", "cosine", ResultTable.decimal(similarity)],
        ]
        rows += sharedEntities.map { ["entity", "both", $0, ""] }
        rows += left.entities.map { ["entity", "left", $0, ""] }
        rows += right.entities.map { ["entity", "right", $0, ""] }
        rows += sharedDates.map { ["date", "both", $0, ""] }
        return ResultTable(caption: "compare \(left.id.hex) \(right.id.hex)", columns: ["section", "side", "item", "value"], rows: rows)
    }
}
