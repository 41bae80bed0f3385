/// Which text of an article a mention or a dated expression stands in.
public enum TextField: Int, Hashable, Sendable, Codable, CaseIterable {
    case body = 0
    case title = 1

    /// `title` or `body`, as JSON names it.
    public var name: String { self == .title ? "title" : "body" }
}
