import FolioAnalysis
import FolioCore

extension TextRenderer {
    func entityLines(_ request: EntitiesRequest, _ entities: [EntitySummary]) -> [String] {
        guard !entities.isEmpty else {
            return [style.dim(request.text.map { "no entities in the articles matching \($0)" } ?? "no entities found")]
        }
        let nameWidth = min(40, entities.map { TextWrapper.visibleWidth($0.name) }.max() ?? 10)
        var lines = [style.dim(TextWrapper.padded("entity", to: nameWidth) + "  type    mentions  articles")]
        for entity in entities {
            var line = style.bold(TextWrapper.padded(entity.name, to: nameWidth)) + "  " + TextWrapper.padded(entity.kind.rawValue, to: 6)
                + Self.rightAligned(entity.mentions, 10) + Self.rightAligned(entity.articles, 10)
            if !entity.aliases.isEmpty { line += style.dim("  also " + entity.aliases.joined(separator: ", ")) }
            lines.append(line)
        }
        return lines
    }

    func concordanceLines(_ request: KwicRequest, _ result: ConcordanceResult) -> [String] {
        guard result.total > 0 else { return [style.dim("no occurrences of \(request.term)")] }
        var header = "\(result.total) occurrence\(result.total == 1 ? "" : "s") of \(result.entity.map { "\($0), in all its forms" } ?? request.term)"
        if result.lines.count < result.total { header += "; showing the first \(result.lines.count) (--limit N for more)" }
        var lines = [style.dim(header)]
        for line in result.lines {
            let left = String(repeating: " ", count: max(0, request.width - line.left.unicodeScalars.count)) + line.left
            lines.append(style.accent(short(line.article)) + "  " + left + " " + style.highlight("\u{2}" + line.match + "\u{3}") + " " + line.right)
        }
        return lines
    }

    func comparisonLines(_ comparison: Comparison) -> [String] {
        let left = comparison.left, right = comparison.right
        let labelWidth = 18
        let column = max(20, (style.width - labelWidth - 2) / 2)
        func row(_ label: String, _ a: String, _ b: String) -> String {
            TextWrapper.padded(label, to: labelWidth) + TextWrapper.padded(Self.clipped(a, column - 2), to: column) + Self.clipped(b, column - 2)
        }
        func counted(_ value: Int, _ most: Int) -> String {
            guard style.isTerminal, most > 0 else { return String(value) }
            return String(value) + " " + style.accent(String(repeating: "█", count: max(1, value * 12 / most)))
        }
        var lines = [row("", style.bold(left.label), style.bold(right.label))]
        lines.append(row("", style.dim(describe(left)), style.dim(describe(right))))
        let mostArticles = max(left.articles.count, right.articles.count), mostMentions = max(left.mentions, right.mentions)
        lines.append(row("articles", counted(left.articles.count, mostArticles), counted(right.articles.count, mostArticles)))
        lines.append(row("mentions", counted(left.mentions, mostMentions), counted(right.mentions, mostMentions)))
        lines.append(row("dates", dateText(left.dates), dateText(right.dates)))
        lines.append("")
        let sharedText = comparison.shared.isEmpty ? "none" : comparison.shared.prefix(6).map { short($0.id) }.joined(separator: ", ")
            + (comparison.shared.count > 6 ? ", …" : "")
        lines.append(TextWrapper.padded("shared articles", to: labelWidth) + "\(comparison.shared.count): \(sharedText)")
        lines.append("")
        lines.append(style.bold("keywords") + style.dim("  G² (log-likelihood: 3.84 is p < 0.05) · log ratio (effect: 1 is twice as frequent)"))
        if left.contextArticles < left.articles.count || right.contextArticles < right.articles.count {
            lines.append(style.dim("  from the sentences of the first \(CommandRunner.contextArticleLimit) articles of a side, in corpus order"))
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

    func articleComparisonLines(_ comparison: ArticleComparison) -> [String] {
        var lines = [
            style.accent(short(comparison.left.id)) + " " + style.bold(comparison.left.title),
            style.accent(short(comparison.right.id)) + " " + style.bold(comparison.right.title),
            "",
            "similarity      " + String(format: "%.3f", comparison.similarity) + style.dim("  cosine of the content-word counts: 1 is the same words in the same proportions"),
        ]
        func list(_ label: String, _ items: [String]) {
            let wrapped = TextWrapper.wrap(items.isEmpty ? "none" : items.joined(separator: ", "), width: style.width - 16)
            for (index, line) in wrapped.enumerated() {
                lines.append((index == 0 ? TextWrapper.padded(label, to: 16) : String(repeating: " ", count: 16)) + line)
            }
        }
        list("shared entities", comparison.sharedEntities)
        list("only in \(short(comparison.left.id))", comparison.left.entities)
        list("only in \(short(comparison.right.id))", comparison.right.entities)
        list("shared dates", comparison.sharedDates)
        return lines
    }

    func aliasLines(_ aliases: [EntityAlias]) -> [String] {
        guard !aliases.isEmpty else { return [style.dim("no aliases; alias NAME = OTHER makes one")] }
        return aliases.map { "\($0.name) = \(style.bold($0.target))" }
    }

    private func describe(_ side: Comparison.Side) -> String {
        switch side.kind {
        case .entity: return side.name == side.label ? "entity" : "entity: \(side.name)"
        case .term: return "word or phrase"
        case .query: return "query"
        }
    }

    private func dateText(_ span: Comparison.DateSpan) -> String {
        guard let start = span.start, let end = span.end else { return "none" }
        return start == end ? start : "\(start) … \(end)"
    }

    private static func keyword(_ keyness: Keyness) -> String {
        "\(keyness.term) " + String(format: "%.1f · %.2f", keyness.g2, keyness.logRatio)
    }

    static func rightAligned(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }

    static func clipped(_ text: String, _ width: Int) -> String {
        TextWrapper.visibleWidth(text) <= width || text.contains("\u{1B}") ? text : String(text.prefix(max(1, width - 1))) + "…"
    }
}
