import ArgumentParser
import FolioAnalysis
import FolioCore

/// `timeline [QUERY]`: every dated expression in order of its start, with the sentence behind it.
public struct TimelineCommand: FolioCommand {
    public static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Every dated expression in order, with its sentence; unknown years last. QUERY keeps events whose sentence matches.",
        discussion: """
            timeline
            timeline border --from 2024
            timeline CSTO --article --by year
            timeline --to 2000 --by month
            timeline CSTO --published --by month
            """)

    /// The periods the chart counts events by.
    public enum Period: String, Sendable, CaseIterable, Codable {
        case year, month, day
    }

    @Option(help: ArgumentHelp("only events that reach DATE or later", discussion: "timeline border --from 2024", valueName: "DATE"))
    public var from: String?
    @Option(help: ArgumentHelp("only events that start by DATE", discussion: "timeline --to 2000", valueName: "DATE"))
    public var to: String?
    @Option(
        help: ArgumentHelp("the chart's period: year, month or day", discussion: "timeline CSTO --by month"),
        completion: ArgumentValue.completions(Period.self))
    public var by: String?
    @Flag(help: ArgumentHelp("match QUERY against the whole article, not the sentence", discussion: "timeline CSTO --article"))
    public var article = false
    @Flag(help: ArgumentHelp(
        "the publication dates of the matching articles instead of the dates they mention", discussion: "timeline CSTO --published --by month"))
    public var published = false
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("what the events' sentences must match", valueName: "[QUERY]"))
    public var words: [String] = []

    public init() {}

    public mutating func validate() throws {
        _ = try ArgumentValue.date(from, option: "--from")
        _ = try ArgumentValue.date(to, option: "--to")
        _ = try ArgumentValue.choice(by, option: "--by") as Period?
        if article, text == nil { throw ValidationError("--article needs a query: timeline CSTO --article") }
    }

    var text: String? { words.isEmpty ? nil : words.joined(separator: " ") }
    var fromDate: PublicationDate? { try? ArgumentValue.date(from, option: "--from") }
    var toDate: PublicationDate? { try? ArgumentValue.date(to, option: "--to") }
    /// The period the chart counts by, when `--by` names one.
    public var period: Period? { try? ArgumentValue.choice(by, option: "--by") }

    public func run(in context: CommandContext) throws -> Output {
        let query = try text.map { try SearchQuery(parsing: $0) }
        if published {
            let entries = try context.workspace.store.publications(from: fromDate?.firstDay, to: toDate?.lastDay, articles: query)
            return Output(query: text, period: period, entries: entries)
        }
        // A sentence can only match where its article does, so the index narrows the articles first;
        // exclusions apply to the sentence alone, so only the included part narrows.
        var narrowing = query
        if !article, case .excluding(let included, _)? = query { narrowing = included }
        let matcher = article ? nil : query.map(SentenceQueryMatcher.init)
        let entries = try context.workspace.store.timeline(
            from: fromDate?.firstDay, to: toDate?.lastDay, articles: narrowing, sentences: matcher.map { matcher in { matcher.matches($0) } },
            necessaryWords: matcher?.necessaryWords ?? [])
        return Output(query: text, period: period, entries: entries)
    }

    public func canonical(in printer: CanonicalPrinter) -> String {
        printer.line(Self.self, text).option("--from", fromDate?.iso).option("--to", toDate?.iso).option("--by", period?.rawValue)
            .flag("--article", article).flag("--published", published).description
    }

    /// The events in order, those of unknown year last.
    public struct Output: CommandOutput, Codable {
        public var query: String?
        /// The chart's period as asked for; not kept in JSON.
        public var period: Period?
        public var entries: [TimelineEntry]

        public init(query: String?, period: Period?, entries: [TimelineEntry]) {
            self.query = query
            self.period = period
            self.entries = entries
        }

        public func lines(in output: OutputStyle) -> [String] {
            let style = output.text
            guard !entries.isEmpty else {
                return [style.dim(query.map { "no dated events match \($0)" } ?? "no dated events in the corpus")]
            }
            if entries.allSatisfy({ $0.event.kind == .published }) {
                return publishedLines(in: output)
            }
            let known = entries.filter { $0.event.expression.start != nil }
            let articles = Set(entries.map(\.event.article)).count
            var lines = [style.dim("\(entries.count) dated event\(entries.count == 1 ? "" : "s") in \(articles) article\(articles == 1 ? "" : "s")"
                + (known.count < entries.count ? "; \(entries.count - known.count) of unknown year, listed last" : ""))]
            if style.isTerminal, !known.isEmpty { lines += chartLines(known, style: style) }
            var inUnknownSection = false
            for entry in entries {
                if entry.event.expression.start == nil, !inUnknownSection {
                    inUnknownSection = true
                    lines += ["", style.bold("Unknown year")]
                }
                lines += headLines(entry, in: output)
                switch (entry.event.kind, entry.event.field) {
                case (.published, _):
                    lines.append(String(repeating: " ", count: 20) + style.dim("published"))
                case (.mentioned, .title):
                    lines += TextWrapper.wrap(style.dim("in the title: ") + Self.highlighted(entry.event, style: style), width: style.width, indent: 20)
                case (.mentioned, .body):
                    lines += TextWrapper.wrap(Self.highlighted(entry.event, style: style), width: style.width, indent: 20)
                }
            }
            return lines
        }

        /// Publication dates: how many articles each period has, then the articles.
        private func publishedLines(in output: OutputStyle) -> [String] {
            let style = output.text
            var lines = [style.dim("\(entries.count) article\(entries.count == 1 ? "" : "s") published"
                + (query.map { ", matching \($0)" } ?? ""))]
            if style.isTerminal { lines += chartLines(entries, style: style) }
            for entry in entries { lines += headLines(entry, in: output) }
            return lines
        }

        /// An entry's value, granularity and article, then its title wrapped beside them.
        private func headLines(_ entry: TimelineEntry, in output: OutputStyle) -> [String] {
            let style = output.text, expression = entry.event.expression
            let prefix = TextWrapper.padded(expression.value, to: 11) + " " + TextWrapper.padded(expression.granularity.rawValue, to: 7)
                + " " + style.accent(output.short(entry.event.article)) + " "
            let prefixWidth = TextWrapper.visibleWidth(prefix)
            var head = TextWrapper.wrap(style.bold(entry.title), width: style.width, indent: prefixWidth, firstIndent: prefixWidth)
            if !head.isEmpty { head[0] = prefix + head[0].dropFirst(prefixWidth) }
            return head
        }

        private static func highlighted(_ event: TimeEvent, style: TextStyle) -> String {
            let scalars = event.sentence.unicodeScalars
            let start = scalars.index(scalars.startIndex, offsetBy: max(0, event.sentenceOffset), limitedBy: scalars.endIndex) ?? scalars.endIndex
            let end = scalars.index(start, offsetBy: event.expression.length, limitedBy: scalars.endIndex) ?? scalars.endIndex
            let before = String(scalars[..<start]), match = String(scalars[start..<end]), after = String(scalars[end...])
            return style.highlight(before + "\u{2}" + match + "\u{3}" + after)
        }

        /// Events per year, or per month when they span three years or less, or as `--by` asks.
        private func chartLines(_ entries: [TimelineEntry], style: TextStyle) -> [String] {
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

        public var table: ResultTable? {
            ResultTable(
                caption: "timeline\(query.map { " " + $0 } ?? ""): \(entries.count) dated events",
                columns: ["value", "start", "end", "granularity", "article", "ref", "title", "text", "sentence"],
                rows: entries.map { entry in
                    let expression = entry.event.expression
                    return [expression.value, expression.start ?? "", expression.end ?? "", expression.granularity.rawValue,
                            entry.event.article.hex, entry.ref ?? "", entry.title, expression.text, entry.event.sentence]
                })
        }

        private enum Key: String, CodingKey { case query, events }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            query = try container.decode(String?.self, forKey: .query)
            period = nil
            entries = try container.decode([TimelineEntry].self, forKey: .events)
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(query, forKey: .query)
            try container.encode(entries, forKey: .events)
        }
    }
}
