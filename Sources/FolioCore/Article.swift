/// One news article as Folio stores it.
public struct Article: Hashable, Sendable {
    public var id: ArticleID
    /// The identifier the source gave the article, such as a JSON `id` field.
    public var ref: String?
    public var title: String
    public var body: String
    public var date: PublicationDate?
    public var url: String?
    /// The publication or site named by the source, when it names one.
    public var source: String?
    /// True when the body was cut off by the site and ends in "..." or "…".
    public var isExcerpt: Bool
    /// Source fields that Folio has no column for, as JSON text keyed by field name.
    public var metadata: [String: String]

    public init(
        id: ArticleID, ref: String? = nil, title: String, body: String, date: PublicationDate? = nil,
        url: String? = nil, source: String? = nil, isExcerpt: Bool = false, metadata: [String: String] = [:]
    ) {
        self.id = id
        self.ref = ref
        self.title = title
        self.body = body
        self.date = date
        self.url = url
        self.source = source
        self.isExcerpt = isExcerpt
        self.metadata = metadata
    }
}
