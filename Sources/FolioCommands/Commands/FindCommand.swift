import ArgumentParser
import FolioCore
import Foundation

/// `find QUERY`: the articles that match, best first, with a snippet of each.
public struct FindCommand: PagedCommand {
    public static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Search titles and bodies, best match first.",
        discussion: """
            find "Tajik-Afghan border"
            find CSTO -Armenia --limit 3
            find (Kazakhstan OR Uzbekistan) Turk*
            """)

    @Option(help: ArgumentHelp("show at most N results", discussion: "find CSTO --limit 3", valueName: "N"))
    public var limit = 10
    @Option(help: ArgumentHelp("only articles published on or after DATE", discussion: "find pipeline --since 2024-06", valueName: "DATE"))
    public var since: String?
    @Option(help: ArgumentHelp("only articles published on or before DATE", discussion: "find Kazakhstan --until 2024-12-31", valueName: "DATE"))
    public var until: String?
    @Option(
        name: .customLong("in"), help: ArgumentHelp("search only the title or only the body", discussion: "find Turkey --in title"),
        completion: ArgumentValue.completions(SearchColumn.self))
    public var column: String?
    @Flag(help: ArgumentHelp("also find articles whose notes match", discussion: "find Interfax --notes"))
    public var notes = false
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("what to search for", valueName: "QUERY"))
    public var query: [String] = []

    public init() {}

    public static var misnomers: [String] { ["search", "grep"] }

    public static var helpSections: [HelpSection] { [HelpSection(title: "Query", lines: SearchQuery.grammar)] }

    public mutating func validate() throws {
        try ArgumentValue.positive(limit, option: "--limit")
        _ = try ArgumentValue.date(since, option: "--since")
        _ = try ArgumentValue.date(until, option: "--until")
        _ = try ArgumentValue.choice(column, option: "--in") as SearchColumn?
    }

    /// The query as typed.
    public var text: String { query.joined(separator: " ") }
    var sinceDate: PublicationDate? { try? ArgumentValue.date(since, option: "--since") }
    var untilDate: PublicationDate? { try? ArgumentValue.date(until, option: "--until") }
    var searchColumn: SearchColumn? { try? ArgumentValue.choice(column, option: "--in") }

    public func run(in context: CommandContext) throws -> Output {
        let store = context.workspace.store
        if text.trimmingWhitespace().isEmpty || text == "*" {
            guard sinceDate != nil || untilDate != nil else {
                throw CommandError.usage("find needs a query, or --since or --until; list lists every article")
            }
            let found = try store.listArticles(since: sinceDate, until: untilDate, order: .date, limit: limit)
            let hits = try found.articles.enumerated().map { index, article in
                SearchHit(
                    rank: index + 1, id: article.id, ref: article.ref, title: article.title, date: article.date, isExcerpt: article.isExcerpt,
                    score: 0, snippet: try Self.opening(of: article.id, in: context.workspace))
            }
            context.workspace.lastResults = hits.map(\.id)
            return Output(query: text, total: found.total, hits: hits, hints: [])
        }
        let results = try store.search(
            try SearchQuery(parsing: text), in: searchColumn, since: sinceDate, until: untilDate, includingNotes: notes, limit: limit)
        context.workspace.lastResults = results.hits.map(\.id)
        return Output(query: text, total: results.total, hits: results.hits, hints: SearchQuery.hints(for: text))
    }

    /// The first words of an article's body, for a hit that no query matched.
    private static func opening(of id: ArticleID, in workspace: Workspace) throws -> String {
        let body = try workspace.store.article(id).article.body
        let words = body.split(whereSeparator: \.isWhitespace).prefix(30)
        return words.joined(separator: " ") + (words.count == 30 ? "…" : "")
    }

    public func canonical(in printer: CanonicalPrinter) -> String {
        printer.line(Self.self, text).option("--limit", limit).option("--since", sinceDate?.iso).option("--until", untilDate?.iso)
            .option("--in", searchColumn?.rawValue).flag("--notes", notes).description
    }

    /// A page of hits and the number of articles that matched in all.
    public struct Output: CommandOutput, Codable {
        public var query: String
        public var total: Int
        public var hits: [SearchHit]
        /// Advice on a query that probably does not mean what it says, such as a lower-case `or`.
        public var hints: [String]

        init(query: String, total: Int, hits: [SearchHit], hints: [String]) {
            self.query = query
            self.total = total
            self.hits = hits
            self.hints = hints
        }

        private enum CodingKeys: String, CodingKey { case query, total, hits, hints }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            query = try container.decode(String.self, forKey: .query)
            total = try container.decode(Int.self, forKey: .total)
            hits = try container.decode([SearchHit].self, forKey: .hits)
            hints = try container.decodeIfPresent([String].self, forKey: .hints) ?? []
        }

        public func lines(in output: OutputStyle) -> [String] {
            let style = output.text
            let noun = total == 1 ? "article matches" : "articles match"
            let described = query.trimmingWhitespace().isEmpty || query == "*" ? "the dates given" : query
            var header = total == 0 ? "no articles match \(described)" : "\(total) \(noun) \(described)"
            if hits.count < total { header += "; showing the first \(hits.count)" }
            var lines = [style.dim(header)] + hints.map { style.dim("hint: " + $0) }
            let rankWidth = String(hits.last?.rank ?? 1).count
            let indent = rankWidth + 2
            for hit in hits {
                let rank = String(repeating: " ", count: rankWidth - String(hit.rank).count) + "\(hit.rank)."
                lines += TextWrapper.wrap(
                    "\(rank) \(style.accent(output.short(hit.id))) \(style.bold(hit.title))", width: style.width,
                    indent: indent + output.idLength + 1, firstIndent: 0)
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

        public var table: ResultTable? {
            ResultTable(
                caption: "find \(query): \(hits.count) of \(total) matching articles",
                columns: ["rank", "id", "ref", "title", "date", "excerpt", "score", "snippet"],
                rows: hits.map { hit in
                    [String(hit.rank), hit.id.hex, hit.ref ?? "", hit.title, hit.date?.iso ?? "", hit.isExcerpt ? "yes" : "no",
                     String(format: "%.3f", hit.score), hit.snippet.replacingMarkers(open: "[", close: "]")]
                })
        }
    }
}
