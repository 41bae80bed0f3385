/// A person, organization or place named in an article's text.
public struct EntityMention: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case person, org, place
        /// An all-capitals word not yet known: it becomes an organization when some article defines it,
        /// as in "Collective Security Treaty Organization (CSTO)".
        case acronym
    }

    /// Unicode code points from the start of the text.
    public var offset: Int
    /// Length in Unicode code points.
    public var length: Int
    /// The words as written: `Turkey`, `Kazakh`, `Tasmagambetov`.
    public var text: String
    /// The entity's name: `Turkey`, `Kazakhstan`, `Imangali Tasmagambetov`.
    public var name: String
    public var kind: Kind
    /// The text the mention stands in: its offset counts into that text.
    public var field: TextField

    public init(offset: Int, length: Int, text: String, name: String, kind: Kind, field: TextField = .body) {
        self.field = field
        self.offset = offset
        self.length = length
        self.text = text
        self.name = name
        self.kind = kind
    }
}

/// An acronym an article defines: "Collective Security Treaty Organization (CSTO)".
public struct AcronymDefinition: Hashable, Sendable {
    public var short: String
    public var long: String

    public init(short: String, long: String) {
        self.short = short
        self.long = long
    }
}

/// An entity as `entities` lists it: how often and in how many articles it is mentioned, and the other names
/// that count as it.
public struct EntitySummary: Hashable, Sendable {
    public var name: String
    public var kind: EntityMention.Kind
    public var mentions: Int
    public var articles: Int
    public var aliases: [String]

    public init(name: String, kind: EntityMention.Kind, mentions: Int, articles: Int, aliases: [String]) {
        self.name = name
        self.kind = kind
        self.mentions = mentions
        self.articles = articles
        self.aliases = aliases
    }
}
