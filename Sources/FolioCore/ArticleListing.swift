/// An article as `list` shows it: its id, date, the file it came from, and its title.
public struct ArticleListing: Hashable, Sendable, Codable {
    public var id: ArticleID
    public var ref: String?
    public var title: String
    public var date: PublicationDate?
    /// The display name of the first file that holds it.
    public var source: String?
    public var isExcerpt: Bool
    /// Words in the body.
    public var words: Int

    public init(id: ArticleID, ref: String?, title: String, date: PublicationDate?, source: String?, isExcerpt: Bool, words: Int) {
        self.id = id
        self.ref = ref
        self.title = title
        self.date = date
        self.source = source
        self.isExcerpt = isExcerpt
        self.words = words
    }

    private enum CodingKeys: String, CodingKey { case id, ref, title, date, source, isExcerpt = "excerpt", words }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(ref, forKey: .ref)
        try container.encode(title, forKey: .title)
        try container.encode(date, forKey: .date)
        try container.encode(source, forKey: .source)
        try container.encode(isExcerpt, forKey: .isExcerpt)
        try container.encode(words, forKey: .words)
    }
}

/// How `list` orders articles.
public enum ArticleOrder: String, Hashable, Sendable, CaseIterable {
    /// Newest first, then the undated, each by id.
    case date
    case title
    case id
}
