import ArgumentParser
import FolioCore

/// `list [QUERY]`: the articles the workspace holds, newest first.
public struct ListCommand: PagedCommand {
    public static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List articles with their id, date, source and title: all of them, newest first, or those a query matches.",
        discussion: """
            list
            list CSTO --since 2024-06 --sort title
            list --source feeds/ --limit 50
            """)

    @Option(help: ArgumentHelp("only articles published on or after DATE", discussion: "list --since 2024-06", valueName: "DATE"))
    public var since: String?
    @Option(help: ArgumentHelp("only articles published on or before DATE", discussion: "list --until 2024-12-31", valueName: "DATE"))
    public var until: String?
    @Option(help: ArgumentHelp("only articles from this file or folder", discussion: "list --source feeds/", valueName: "PATH"))
    public var source: String?
    @Option(
        help: ArgumentHelp("the order: date (newest first, the undated last), title or id", discussion: "list --sort title"),
        completion: ArgumentValue.completions(ArticleOrder.self))
    public var sort: String?
    @Option(help: ArgumentHelp("show at most N articles", discussion: "list --limit 50", valueName: "N"))
    public var limit = 20
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("what the articles must match", valueName: "[QUERY]"))
    public var words: [String] = []

    public init() {}

    public static var misnomers: [String] { ["ls"] }

    public mutating func validate() throws {
        try ArgumentValue.positive(limit, option: "--limit")
        _ = try ArgumentValue.date(since, option: "--since")
        _ = try ArgumentValue.date(until, option: "--until")
        _ = try ArgumentValue.choice(sort, option: "--sort") as ArticleOrder?
    }

    var text: String? { words.isEmpty ? nil : words.joined(separator: " ") }
    var order: ArticleOrder { (try? ArgumentValue.choice(sort, option: "--sort")) ?? .date }

    public func run(in context: CommandContext) throws -> Output {
        let query = try text.map { try SearchQuery(parsing: $0) }
        let found = try context.workspace.store.listArticles(
            matching: query, since: try ArgumentValue.date(since, option: "--since"), until: try ArgumentValue.date(until, option: "--until"),
            source: source.map(CommandTokenizer.unquote), order: order, limit: limit)
        context.workspace.lastResults = found.articles.map(\.id)
        return Output(total: found.total, articles: found.articles, hints: text.map(SearchQuery.hints(for:)) ?? [])
    }

    public func canonical(in printer: CanonicalPrinter) -> String {
        printer.line(Self.self, text).option("--since", (try? ArgumentValue.date(since, option: ""))??.iso)
            .option("--until", (try? ArgumentValue.date(until, option: ""))??.iso).quoted("--source", source.map(CommandTokenizer.unquote))
            .option("--sort", sort == nil ? nil : order.rawValue).option("--limit", limit).description
    }

    /// A page of articles, and how many there are in all.
    public struct Output: CommandOutput, Codable {
        public var total: Int
        public var articles: [ArticleListing]
        public var hints: [String]

        public func lines(in output: OutputStyle) -> [String] {
            let style = output.text
            guard total > 0 else { return [style.dim("no articles")] + hints.map { style.dim("hint: " + $0) } }
            var header = "\(total) article\(total == 1 ? "" : "s")"
            if articles.count < total { header += "; showing the first \(articles.count) (--limit N for more)" }
            var lines = [style.dim(header)] + hints.map { style.dim("hint: " + $0) }
            let numberWidth = String(articles.count).count
            for (index, article) in articles.enumerated() {
                let number = String(repeating: " ", count: numberWidth - String(index + 1).count) + "\(index + 1)."
                let head = "\(number) \(style.accent(output.short(article.id))) \(TextWrapper.padded(article.date?.iso ?? "undated", to: 10)) "
                lines += TextWrapper.wrap(head + style.bold(article.title), width: style.width, indent: numberWidth + output.idLength + 14, firstIndent: 0)
                var facts = [article.source ?? "no source", "\(article.words) word\(article.words == 1 ? "" : "s")"]
                if article.isExcerpt { facts.append("excerpt") }
                if let ref = article.ref { facts.append("ref \(ref)") }
                lines.append(String(repeating: " ", count: numberWidth + output.idLength + 14) + style.dim(facts.joined(separator: " · ")))
            }
            return lines
        }

        public var table: ResultTable? {
            ResultTable(
                caption: "list: \(articles.count) of \(total) articles", columns: ["id", "ref", "title", "date", "source", "excerpt", "words"],
                rows: articles.map { [$0.id.hex, $0.ref ?? "", $0.title, $0.date?.iso ?? "", $0.source ?? "", $0.isExcerpt ? "yes" : "no", String($0.words)] })
        }
    }
}
