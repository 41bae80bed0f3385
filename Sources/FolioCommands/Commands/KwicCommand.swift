import ArgumentParser
import FolioAnalysis
import FolioCore

/// `kwic TERM`: keyword in context, each occurrence on a line, aligned on the match.
public struct KwicCommand: PagedCommand {
    public static let configuration = CommandConfiguration(
        commandName: "kwic",
        abstract: "Keyword in context: each occurrence on one line, aligned on the match; an entity matches all its forms.",
        discussion: """
            kwic CSTO
            kwic "Tajik-Afghan border" --width 30
            kwic Tasmagambetov --limit 5
            """)

    @Option(help: ArgumentHelp("characters of context on each side", discussion: "kwic \"Tajik-Afghan border\" --width 30", valueName: "N"))
    public var width = 40
    @Option(help: ArgumentHelp("show at most N lines", discussion: "kwic Tasmagambetov --limit 5", valueName: "N"))
    public var limit = 25
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("a word, a phrase or an entity", valueName: "WORD|\"phrase\"|ENTITY"))
    public var words: [String] = []

    public init() {}

    public mutating func validate() throws {
        guard !term.isEmpty else { throw ValidationError("kwic needs a word, a \"phrase\" or an entity: kwic CSTO") }
        guard (5...200).contains(width) else { throw ValidationError("--width takes 5 to 200 characters of context") }
        try ArgumentValue.positive(limit, option: "--limit")
    }

    var term: String { ArgumentValue.text(words) }

    /// Every occurrence of the name: its entity's mentions in all their forms, and its words as `find` matches
    /// them elsewhere; an article's title first.
    public func run(in context: CommandContext) throws -> Output {
        let workspace = context.workspace
        let found = try NameOccurrences(term, isPhrase: true, in: workspace)
        let reading = try found.read(in: workspace.store, articles: .max, occurrences: limit)
        var scalars: [ArticleID: (title: [Unicode.Scalar], body: [Unicode.Scalar])] = [:]
        let lines = reading.occurrences.prefix(limit).compactMap { occurrence -> Output.Line? in
            guard let text = reading.texts[occurrence.article] else { return nil }
            if scalars[occurrence.article] == nil { scalars[occurrence.article] = (Array(text.title.unicodeScalars), Array(text.body.unicodeScalars)) }
            let held = scalars[occurrence.article]!
            let context = Concordance.context(
                occurrence.field == .title ? held.title : held.body, offset: occurrence.span.offset, length: occurrence.span.length, width: width)
            return .init(
                article: occurrence.article, left: context.left, match: context.match, right: context.right, offset: occurrence.span.offset,
                field: occurrence.field)
        }
        return Output(
            term: term, width: width, entity: found.entity, lines: lines, total: reading.total, articles: found.articles.count,
            aloneArticles: found.aloneArticles, resolution: found.resolution, people: found.people.map { .init(name: $0.name, articles: $0.articles) })
    }

    public func canonical(in printer: CanonicalPrinter) -> String {
        printer.line(Self.self, term.contains(" ") ? CanonicalPrinter.quoted(term) : term).option("--width", width).option("--limit", limit)
            .description
    }

    /// The lines shown, and how many occurrences there are in all.
    public struct Output: CommandOutput, Codable {
        public struct Line: Hashable, Sendable, Codable {
            public var article: ArticleID
            public var left: String
            public var match: String
            public var right: String
            /// Code points into the article's title or body, as `field` says.
            public var offset: Int
            public var field: TextField

            private enum CodingKeys: String, CodingKey { case article, left, match, right, offset, field }

            init(article: ArticleID, left: String, match: String, right: String, offset: Int, field: TextField) {
                (self.article, self.left, self.match, self.right, self.offset, self.field) = (article, left, match, right, offset, field)
            }

            public init(from decoder: Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                article = try container.decode(ArticleID.self, forKey: .article)
                left = try container.decode(String.self, forKey: .left)
                match = try container.decode(String.self, forKey: .match)
                right = try container.decode(String.self, forKey: .right)
                offset = try container.decode(Int.self, forKey: .offset)
                field = try container.decodeIfPresent(String.self, forKey: .field) == "title" ? .title : .body
            }

            public func encode(to encoder: Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(article, forKey: .article)
                try container.encode(left, forKey: .left)
                try container.encode(match, forKey: .match)
                try container.encode(right, forKey: .right)
                try container.encode(offset, forKey: .offset)
                try container.encode(field.name, forKey: .field)
            }
        }

        public var term: String
        /// Code points of context on each side.
        public var width: Int
        /// The entity the term named, when it named one.
        public var entity: String?
        public var lines: [Line]
        public var total: Int
        /// Articles with an occurrence.
        public var articles: Int
        /// Articles where the words occur but the entity is not mentioned.
        public var aloneArticles: Int
        /// How the term was counted: `James Baker (402 articles), and Baker alone in 120 more`.
        public var resolution: String
        /// The people a surname alone may mean, when it is more than one.
        public var people: [Person]

        public struct Person: Hashable, Sendable, Codable {
            public var name: String
            public var articles: Int
        }

        public func lines(in output: OutputStyle) -> [String] {
            let style = output.text
            guard total > 0 else { return [style.dim("no occurrences of \(term)")] }
            var header = "\(total) occurrence\(total == 1 ? "" : "s") of \(entity.map { "\($0), in all its forms" } ?? term)"
            if lines.count < total { header += "; showing the first \(lines.count) (--limit N for more)" }
            var result = [style.dim(header)]
            if entity != nil, aloneArticles > 0 {
                result.append(style.dim("counted: \(resolution)"))
            } else if entity == nil, !people.isEmpty {
                result.append(style.dim("counted \(resolution); kwic \"\(people[0].name)\" counts one of them"))
            }
            for line in lines {
                let left = String(repeating: " ", count: max(0, width - line.left.unicodeScalars.count)) + line.left
                let mark = line.field == .title ? style.dim("  (title)") : ""
                result.append(style.accent(output.short(line.article)) + "  " + left + " " + style.highlight("\u{2}" + line.match + "\u{3}") + " "
                    + line.right + mark)
            }
            return result
        }

        public var table: ResultTable? {
            ResultTable(
                caption: "kwic \(term): \(lines.count) of \(total) occurrences", columns: ["article", "field", "left", "match", "right", "offset"],
                rows: lines.map { [$0.article.hex, $0.field.name, $0.left, $0.match, $0.right, String($0.offset)] })
        }

        private enum Key: String, CodingKey { case term, width, entity, lines, total, articles, aloneArticles, resolution, people }

        init(term: String, width: Int, entity: String?, lines: [Line], total: Int, articles: Int, aloneArticles: Int, resolution: String,
             people: [Person]) {
            self.term = term
            self.width = width
            self.entity = entity
            self.lines = lines
            self.total = total
            self.articles = articles
            self.aloneArticles = aloneArticles
            self.resolution = resolution
            self.people = people
        }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            term = try container.decode(String.self, forKey: .term)
            width = try container.decodeIfPresent(Int.self, forKey: .width) ?? 40
            entity = try container.decode(String?.self, forKey: .entity)
            lines = try container.decode([Line].self, forKey: .lines)
            total = try container.decode(Int.self, forKey: .total)
            articles = try container.decodeIfPresent(Int.self, forKey: .articles) ?? Set(lines.map(\.article)).count
            aloneArticles = try container.decodeIfPresent(Int.self, forKey: .aloneArticles) ?? 0
            resolution = try container.decodeIfPresent(String.self, forKey: .resolution) ?? ""
            people = try container.decodeIfPresent([Person].self, forKey: .people) ?? []
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(term, forKey: .term)
            try container.encode(width, forKey: .width)
            try container.encode(entity, forKey: .entity)
            try container.encode(lines, forKey: .lines)
            try container.encode(total, forKey: .total)
            try container.encode(articles, forKey: .articles)
            try container.encode(aloneArticles, forKey: .aloneArticles)
            try container.encode(resolution, forKey: .resolution)
            try container.encode(people, forKey: .people)
        }
    }
}
