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
            timeline April --explain
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
    @Flag(help: ArgumentHelp("say under each event where its year came from", discussion: "timeline April --explain"))
    public var explain = false
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
            return Output(query: text, entries: entries, chart: try chart(of: entries), explains: explain)
        }
        // A sentence can only match where its article does, so the index narrows the articles first;
        // exclusions apply to the sentence alone, so only the included part narrows.
        var narrowing = query
        if !article, case .excluding(let included, _)? = query { narrowing = included }
        let matcher = article ? nil : query.map(SentenceQueryMatcher.init)
        let entries = try context.workspace.store.timeline(
            from: fromDate?.firstDay, to: toDate?.lastDay, articles: narrowing, sentences: matcher.map { matcher in { matcher.matches($0) } },
            necessaryWords: matcher?.necessaryWords ?? [])
        return Output(query: text, entries: entries, chart: try chart(of: entries), explains: explain)
    }

    /// The events' chart by `--by`, or by the period that suits them; a `--by` that would draw more bars than a
    /// chart holds is turned down, naming a period that fits.
    private func chart(of entries: [TimelineEntry]) throws -> TimelineBars? {
        let spans = entries.compactMap { TimeSpan($0.event.expression) }
        do {
            return try TimelineBars(spans: spans, period: period)
        } catch {
            guard let period else { return nil }
            let fitting = [Period.month, .year].first { coarser in
                coarser != period && (coarser == .year || period == .day) && (try? TimelineBars(spans: spans, period: coarser)) != nil
            }
            throw CommandError.usage(
                "--by \(period.rawValue) would draw \(error.bars) bars, "
                    + "and a chart draws at most \(TimelineBars.limit): "
                    + (fitting.map { "try --by \($0.rawValue), or " } ?? "") + "narrow the dates with --from and --to")
        }
    }

    public func canonical(in printer: CanonicalPrinter) -> String {
        printer.line(Self.self, text).option("--from", fromDate?.iso).option("--to", toDate?.iso).option("--by", period?.rawValue)
            .flag("--article", article).flag("--published", published).flag("--explain", explain).description
    }

    /// The events in order, those of unknown year last.
    public struct Output: CommandOutput, Codable {
        public var query: String?
        public var entries: [TimelineEntry]
        /// The events counted by period, drawn on a terminal; not kept in JSON.
        public var chart: TimelineBars?
        /// Whether each event says where its year came from; not kept in JSON, which always carries it.
        public var explains: Bool

        public init(query: String?, entries: [TimelineEntry], chart: TimelineBars?, explains: Bool = false) {
            self.query = query
            self.entries = entries
            self.chart = chart
            self.explains = explains
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
            if style.isTerminal { lines += chartLines(style: style) }
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
                if explains, entry.event.kind == .mentioned {
                    lines += TextWrapper.wrap(style.dim(Self.explanation(entry)), width: style.width, indent: 20)
                }
            }
            return lines
        }

        /// Where an event's year came from, in words: `year: the narrative's, from "March 1919" (1919-03)`.
        static func explanation(_ entry: TimelineEntry) -> String {
            let expression = entry.event.expression
            let earlier = entry.anchorText.map { "\u{201C}\($0)\u{201D}" + (entry.anchorValue.map { " (\($0))" } ?? "") }
            switch expression.anchor {
            case .explicit:
                return "anchor explicit: the year is written in \u{201C}\(expression.text)\u{201D}"
            case .publication:
                return "anchor publication: counted from the publication date" + (entry.anchorValue.map { ", \($0)" } ?? "")
            case .narrative:
                return "anchor narrative: the year of the date before it in the text" + (earlier.map { ", \($0)" } ?? "")
            case .unknown where expression.value.hasSuffix("_REF"):
                return "anchor unknown: it names the present, the past or the future, not a date"
            case .unknown where expression.value.hasPrefix("XXXX-WXX-"):
                return "anchor unknown: a weekday is counted only from a publication date"
            case .unknown:
                guard let earlier else { return "anchor unknown: no publication date and no earlier date in the text to take the year from" }
                return "anchor unknown: the date before it, \(earlier), was not safe to take: its sentence is in another tense, "
                    + "a heading stands between them, or the text soon moves far from its year"
            }
        }

        /// Publication dates: how many articles each period has, then the articles.
        private func publishedLines(in output: OutputStyle) -> [String] {
            let style = output.text
            var lines = [style.dim("\(entries.count) article\(entries.count == 1 ? "" : "s") published"
                + (query.map { ", matching \($0)" } ?? ""))]
            if style.isTerminal { lines += chartLines(style: style) }
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

        /// The events' bars, as ``TimelineBars`` counts them, a gap for each empty period.
        private func chartLines(style: TextStyle) -> [String] {
            guard let chart else { return [] }
            let labelWidth = chart.bars.map { $0.label.count }.max() ?? 4
            let most = max(1, chart.bars.map(\.count).max() ?? 1)
            let barWidth = max(10, style.width - labelWidth - 10)
            return [""] + chart.bars.map { bar in
                let label = "  " + TextWrapper.padded(bar.label, to: labelWidth)
                guard bar.count > 0 else { return label }
                let blocks = String(repeating: bar.isYearOnly ? "░" : "█", count: max(1, bar.count * barWidth / most))
                return label + " " + style.accent(blocks) + " " + String(bar.count)
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
            explains = false
            entries = try container.decode([TimelineEntry].self, forKey: .events)
            chart = try? TimelineBars(spans: entries.compactMap { TimeSpan($0.event.expression) }, period: nil)
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(query, forKey: .query)
            try container.encode(entries, forKey: .events)
        }
    }
}
