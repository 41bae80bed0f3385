/// Where a search looks: both columns, or one.
public enum SearchColumn: String, Hashable, Sendable, CaseIterable, Codable {
    case title, body
}
