/// An entity as `entities --json` prints it.
extension EntitySummary: Codable {
    private enum Key: String, CodingKey {
        case name, type, mentions, articles, aliases
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        self.init(
            name: try container.decode(String.self, forKey: .name), kind: try container.decode(EntityMention.Kind.self, forKey: .type),
            mentions: try container.decode(Int.self, forKey: .mentions), articles: try container.decode(Int.self, forKey: .articles),
            aliases: try container.decode([String].self, forKey: .aliases))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .type)
        try container.encode(mentions, forKey: .mentions)
        try container.encode(articles, forKey: .articles)
        try container.encode(aliases, forKey: .aliases)
    }
}

extension EntityMention.Kind: Codable {}
