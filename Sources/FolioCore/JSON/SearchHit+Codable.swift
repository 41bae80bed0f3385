/// A hit as `find --json` prints it; matches in `snippet` are between `[` and `]`.
extension SearchHit: Codable {
    private enum Key: String, CodingKey {
        case rank, id, ref, title, date, excerpt, score, snippet
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        let snippet = try container.decode(String.self, forKey: .snippet)
        self.init(
            rank: try container.decode(Int.self, forKey: .rank), id: try container.decode(ArticleID.self, forKey: .id),
            ref: try container.decode(String?.self, forKey: .ref), title: try container.decode(String.self, forKey: .title),
            date: try container.decode(PublicationDate?.self, forKey: .date), isExcerpt: try container.decode(Bool.self, forKey: .excerpt),
            score: try container.decode(Double.self, forKey: .score),
            snippet: String(snippet.map { $0 == "[" ? Self.highlightStart : $0 == "]" ? Self.highlightEnd : $0 }))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(rank, forKey: .rank)
        try container.encode(id, forKey: .id)
        try container.encode(ref, forKey: .ref)
        try container.encode(title, forKey: .title)
        try container.encode(date, forKey: .date)
        try container.encode(isExcerpt, forKey: .excerpt)
        try container.encode(score, forKey: .score)
        try container.encode(String(snippet.map { $0 == Self.highlightStart ? "[" : $0 == Self.highlightEnd ? "]" : $0 }), forKey: .snippet)
    }
}
