import Foundation
import FolioCore

/// Renders command outcomes as text for a person: coloured on a terminal, plain when piped.
public struct TextRenderer {
    public var style: TextStyle
    /// How many hex characters of an id to show.
    public var idLength: Int

    public init(style: TextStyle, idLength: Int) {
        self.style = style
        self.idLength = idLength
    }

    public func render(_ outcome: CommandOutcome, to output: inout some TextOutputStream) {
        switch outcome.result {
        case .failure(let failure):
            output.write(style.warning("error:") + " " + failure.message + "\n")
        case .success(.exported(let text)):
            output.write(text)
        case .success(let result):
            for line in lines(for: result) { output.write(line + "\n") }
        }
    }

    func lines(for result: CommandResult) -> [String] {
        switch result {
        case .search(let request, let results): return searchLines(request, results)
        case .article(let detail, let notes): return articleLines(detail) + articleNoteLines(notes)
        case .note(let change): return noteChangeLines(change)
        case .notes(let listings): return noteListLines(listings)
        case .statistics(let statistics): return statisticsLines(statistics)
        case .rates(let quotes): return rateLines(quotes)
        case .timeline(let request, let entries): return timelineLines(request, entries)
        case .help(let info): return info.map(helpLines) ?? overviewLines()
        case .quit: return []
        case .message(let text): return TextWrapper.wrap(text, width: style.width)
        case .exported(let text): return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case .entities(let request, let entities): return entityLines(request, entities)
        case .concordance(let request, let result): return concordanceLines(request, result)
        case .comparison(let comparison): return comparisonLines(comparison)
        case .articleComparison(let comparison): return articleComparisonLines(comparison)
        case .aliases(let aliases): return aliasLines(aliases)
        }
    }

    func short(_ id: ArticleID) -> String { id.prefix(idLength) }

    // MARK: find

    func searchLines(_ request: FindRequest, _ results: SearchResults) -> [String] {
        let noun = results.total == 1 ? "article matches" : "articles match"
        var header = results.total == 0 ? "no articles match \(request.text)" : "\(results.total) \(noun) \(request.text)"
        if results.hits.count < results.total { header += "; showing the first \(results.hits.count)" }
        var lines = [style.dim(header)]
        let rankWidth = String(results.hits.last?.rank ?? 1).count
        let indent = rankWidth + 2
        for hit in results.hits {
            let rank = String(repeating: " ", count: rankWidth - String(hit.rank).count) + "\(hit.rank)."
            lines += TextWrapper.wrap(
                "\(rank) \(style.accent(short(hit.id))) \(style.bold(hit.title))", width: style.width,
                indent: indent + idLength + 1, firstIndent: 0)
            var facts = ["score \(String(format: "%.2f", hit.score))"]
            if let date = hit.date { facts.append(date.iso) }
            if hit.isExcerpt { facts.append("excerpt") }
            if let ref = hit.ref { facts.append("ref \(ref)") }
            lines.append(String(repeating: " ", count: indent) + style.dim(facts.joined(separator: " · ")))
            let snippet = style.isColored ? hit.snippet : style.highlight(hit.snippet)
            lines += TextWrapper.wrap(snippet, width: style.width, indent: indent).map { style.isColored ? style.highlight($0) : $0 }
        }
        return lines
    }

    // MARK: show

    func articleLines(_ detail: ArticleDetail) -> [String] {
        let article = detail.article
        var lines = TextWrapper.wrap(style.bold(article.title), width: style.width)
        var facts: [(String, String)] = [
            ("id", "\(short(article.id)) (\(article.id.hex))"),
            ("date", article.date?.iso ?? "not given"),
            ("excerpt", article.isExcerpt ? "yes: the site cut the text off" : "no"),
        ]
        if let ref = article.ref { facts.append(("ref", ref)) }
        if let url = article.url { facts.append(("url", url)) }
        if let source = article.source { facts.append(("source", source)) }
        for (index, file) in detail.sources.enumerated() { facts.append((index == 0 ? "sources" : "", file)) }
        for key in article.metadata.keys.sorted() { facts.append((key, article.metadata[key] ?? "")) }
        let labelWidth = max(8, facts.map(\.0.count).max() ?? 0) + 2
        for (label, value) in facts {
            lines += TextWrapper.wrap(value, width: style.width, indent: labelWidth, firstIndent: 0).enumerated().map { index, line in
                index == 0 ? style.dim(TextWrapper.padded(label, to: labelWidth)) + line : line
            }
        }
        for paragraph in Self.paragraphs(article.body) {
            lines.append("")
            lines += TextWrapper.wrap(paragraph, width: style.width)
        }
        return lines
    }

    func articleNoteLines(_ notes: [NoteListing]) -> [String] {
        guard !notes.isEmpty else { return [] }
        return ["", style.bold(notes.count == 1 ? "1 note" : "\(notes.count) notes")]
            + notes.flatMap { [style.accent("note \($0.note.id)")] + noteBodyLines($0) }
    }

    /// Paragraphs split at blank lines and at indented lines, as newswire text marks them.
    static func paragraphs(_ body: String) -> [String] {
        var paragraphs: [String] = []
        var current: [Substring] = []
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || (trimmed.count < line.count && !current.isEmpty) {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = trimmed.isEmpty ? [] : [trimmed]
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        return paragraphs
    }

    // MARK: stats and rates

    func statisticsLines(_ statistics: CorpusStatistics) -> [String] {
        var dates = "none given"
        if let earliest = statistics.earliest, let latest = statistics.latest {
            dates = "\(earliest.iso) to \(latest.iso), \(statistics.datedArticles) of \(statistics.articles) articles dated"
        }
        let excerpts = statistics.excerpts == 1 ? "1 excerpt" : "\(statistics.excerpts) excerpts"
        let rows: [(String, String)] = [
            ("articles", "\(statistics.articles) (\(excerpts))"),
            ("sources", statistics.sources == 1 ? "1 file" : "\(statistics.sources) files"),
            ("dates", dates),
            ("coverage", Self.coverageText(statistics.coverage)),
            ("rates", statistics.rates == 1 ? "1 distinct quote" : "\(statistics.rates) distinct quotes"),
            ("index", Self.byteText(statistics.indexBytes)),
        ]
        return rows.map { style.dim(TextWrapper.padded($0.0, to: 10)) + $0.1 }
    }

    static func coverageText(_ spans: [Coverage]) -> String {
        guard !spans.isEmpty else { return "no results page" }
        let totals = Dictionary(grouping: spans, by: \.of)
        return totals.keys.sorted().map { total in
            let parts = totals[total]!
            let held = parts.reduce(0) { $0 + $1.to - $1.from + 1 }
            let ranges = parts.map { "\($0.from)–\($0.to)" }.joined(separator: ", ")
            return "results \(ranges) of \(total): \(total - held) not in the corpus"
        }.joined(separator: "; ")
    }

    static func byteText(_ bytes: Int) -> String {
        if bytes >= 1 << 20 { return String(format: "%.1f MiB", Double(bytes) / 1_048_576) }
        return "\(Int((Double(bytes) / 1024).rounded())) KiB"
    }

    func rateLines(_ quotes: [RateQuote]) -> [String] {
        guard !quotes.isEmpty else { return [style.dim("no rates: the corpus has no currency ticker")] }
        let rows = quotes.map { [$0.pair, $0.rate, $0.change, Self.inverseText($0)] }
        let header = ["pair", "rate", "change", "inverse"]
        let widths = (0..<4).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { TextWrapper.padded($0, to: $1) }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        return [style.dim(line(header))] + rows.map(line)
    }

    static func inverseText(_ quote: RateQuote) -> String {
        guard let inverse = quote.inverse else { return "—" }
        return "1 \(quote.quote) = \(String(format: "%.2f", inverse)) \(quote.base)"
    }

    // MARK: help

    func overviewLines() -> [String] {
        let width = CommandCatalog.commands.map(\.name.count).max() ?? 0
        var lines = [style.bold("Commands")]
        for info in CommandCatalog.commands {
            lines.append("  " + style.accent(TextWrapper.padded(info.name, to: width)) + "  " + info.summary)
            if let example = info.examples.first {
                lines.append("  " + String(repeating: " ", count: width) + "  " + style.dim("e.g. " + example))
            }
        }
        lines.append("")
        lines.append("Type help COMMAND for its options and examples. @N names the Nth result of the last find.")
        return lines
    }

    func helpLines(_ info: CommandInfo) -> [String] {
        var lines = ["usage: " + style.bold(info.usage), "", info.summary]
        if !info.options.isEmpty {
            let width = info.options.map(\.name.count).max() ?? 0
            lines += ["", style.bold("Options")]
            let indent = String(repeating: " ", count: width + 4)
            for option in info.options {
                lines.append("  " + TextWrapper.padded(option.name, to: width) + "  " + option.help)
                lines.append(indent + style.dim("e.g. " + option.example))
            }
        }
        if info.name == "find" {
            lines += ["", style.bold("Query")] + CommandCatalog.queryGrammar.map { "  " + $0 }
        }
        lines += ["", style.bold("Examples")] + info.examples.map { "  " + $0 }
        return lines
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        String(reversed().drop { $0 == " " }.reversed())
    }
}
