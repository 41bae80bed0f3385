import ArgumentParser
import FolioAnalysis
import FolioCore

/// `entities [QUERY]`: people, organizations and places, most mentioned first.
public struct EntitiesCommand: PagedCommand {
    public static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "People, organizations and places, most mentioned first; QUERY keeps the articles it matches.",
        discussion: """
            entities
            entities --type person
            entities border --type place --limit 5
            entities 13be2d
            """)

    @Option(
        help: ArgumentHelp("only people, organizations or places", discussion: "entities --type person"),
        completion: ArgumentValue.completions(EntityMention.Kind.self, excluding: [.acronym]))
    public var type: String?
    @Option(help: ArgumentHelp("show at most N entities", discussion: "entities border --limit 5", valueName: "N"))
    public var limit = 20
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("the articles to count in: a query, or one article's id", valueName: "[QUERY|ID]"))
    public var words: [String] = []

    public init() {}

    public mutating func validate() throws {
        try ArgumentValue.positive(limit, option: "--limit")
        _ = try ArgumentValue.choice(type, option: "--type", excluding: [EntityMention.Kind.acronym])
    }

    var text: String? { words.isEmpty ? nil : words.joined(separator: " ") }
    var kind: EntityMention.Kind? { try? ArgumentValue.choice(type, option: "--type", excluding: [.acronym]) }

    public func run(in context: CommandContext) throws -> Output {
        let store = context.workspace.store
        let articles = try text.map { text -> [ArticleID] in
            if let article = try article(named: text, in: context.workspace) { return [article] }
            return Array(try store.articleIDs(matching: try SearchQuery(parsing: text)))
        }
        let entities = try store.entities(kind: kind, in: articles, limit: limit).map { entity in
            var entity = entity
            entity.aliases = Array(Set(entity.aliases + EntityTagger.shortForms(of: entity.name))).sorted()
            return entity
        }
        return Output(query: text, entities: entities)
    }

    /// The article a one-word text names: `@N`, or an id prefix of six characters or more that resolves.
    private func article(named text: String, in workspace: Workspace) throws -> ArticleID? {
        guard !text.contains(" ") else { return nil }
        if text.hasPrefix("@") { return try workspace.resolve(try ArticleReference(parsing: text)) }
        guard text.count >= ArticleID.minimumDisplayLength, ArticleID.isPlausiblePrefix(text) else { return nil }
        return try? workspace.resolve(.id(text.lowercased()))
    }

    public func canonical(in printer: CanonicalPrinter) -> String {
        printer.line(Self.self, text).option("--type", kind?.rawValue).option("--limit", limit).description
    }

    /// The entities, most mentioned first.
    public struct Output: CommandOutput, Codable {
        public var query: String?
        public var entities: [EntitySummary]

        public func lines(in output: OutputStyle) -> [String] {
            let style = output.text
            guard !entities.isEmpty else {
                return [style.dim(query.map { "no entities in the articles matching \($0)" } ?? "no entities found")]
            }
            let nameWidth = min(40, entities.map { TextWrapper.visibleWidth($0.name) }.max() ?? 10)
            var lines = [style.dim(TextWrapper.padded("entity", to: nameWidth) + "  type    mentions  articles")]
            for entity in entities {
                var line = style.bold(TextWrapper.padded(entity.name, to: nameWidth)) + "  " + TextWrapper.padded(entity.kind.rawValue, to: 6)
                    + TextWrapper.rightAligned(entity.mentions, 10) + TextWrapper.rightAligned(entity.articles, 10)
                if !entity.aliases.isEmpty { line += style.dim("  also " + entity.aliases.joined(separator: ", ")) }
                lines.append(line)
            }
            return lines
        }

        public var table: ResultTable? {
            ResultTable(
                caption: "entities\(query.map { " " + $0 } ?? ""): \(entities.count) entities",
                columns: ["name", "type", "mentions", "articles", "aliases"],
                rows: entities.map { [$0.name, $0.kind.rawValue, String($0.mentions), String($0.articles), $0.aliases.joined(separator: "; ")] })
        }

        private enum Key: String, CodingKey { case query, entities }

        public init(query: String?, entities: [EntitySummary]) {
            self.query = query
            self.entities = entities
        }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            query = try container.decode(String?.self, forKey: .query)
            entities = try container.decode([EntitySummary].self, forKey: .entities)
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(query, forKey: .query)
            try container.encode(entities, forKey: .entities)
        }
    }
}
