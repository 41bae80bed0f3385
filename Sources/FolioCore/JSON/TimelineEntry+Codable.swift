/// A timeline event as `timeline --json` prints it; `sentenceOffset` is where the expression starts in `sentence`,
/// in code points (a value saved without it places the expression where its text first stands there); `field` is
/// `title` or `body`, or null for a publication date; `kind` is `mentioned`, or `published` for an article's
/// publication date; `anchor` says where the year came from (`explicit`, `publication`, `narrative` or `unknown`),
/// and `anchorValue` and `anchorText` give the date it was taken from, or the earlier date that was not safe to take.
extension TimelineEntry: Codable {
    private enum Key: String, CodingKey {
        case article, ref, title, text, value, start, end, granularity, offset, length, sentence, sentenceOffset, field, kind, anchor, anchorValue, anchorText
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        let sentence = try container.decode(String.self, forKey: .sentence)
        let text = try container.decode(String.self, forKey: .text)
        let granularity = try container.decode(String.self, forKey: .granularity)
        guard let kind = TimeExpression.Granularity(rawValue: granularity) else {
            throw DecodingError.dataCorruptedError(forKey: .granularity, in: container, debugDescription: "'\(granularity)' is not a granularity")
        }
        let expression = TimeExpression(
            offset: try container.decode(Int.self, forKey: .offset), length: try container.decode(Int.self, forKey: .length), text: text,
            value: try container.decode(String.self, forKey: .value), start: try container.decode(String?.self, forKey: .start),
            end: try container.decode(String?.self, forKey: .end), granularity: kind,
            anchor: try container.decodeIfPresent(TimeExpression.Anchor.self, forKey: .anchor) ?? .unknown)
        self.init(
            event: TimeEvent(
                article: try container.decode(ArticleID.self, forKey: .article), expression: expression, sentence: sentence,
                sentenceOffset: try container.decodeIfPresent(Int.self, forKey: .sentenceOffset) ?? Self.offset(of: text, in: sentence),
                field: try container.decodeIfPresent(String.self, forKey: .field) == "title" ? .title : .body,
                kind: try container.decodeIfPresent(TimeEvent.Kind.self, forKey: .kind) ?? .mentioned),
            title: try container.decode(String.self, forKey: .title), ref: try container.decode(String?.self, forKey: .ref),
            anchorValue: try container.decodeIfPresent(String.self, forKey: .anchorValue),
            anchorText: try container.decodeIfPresent(String.self, forKey: .anchorText))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        let expression = event.expression
        try container.encode(event.article, forKey: .article)
        try container.encode(ref, forKey: .ref)
        try container.encode(title, forKey: .title)
        try container.encode(expression.text, forKey: .text)
        try container.encode(expression.value, forKey: .value)
        try container.encode(expression.start, forKey: .start)
        try container.encode(expression.end, forKey: .end)
        try container.encode(expression.granularity.rawValue, forKey: .granularity)
        try container.encode(expression.offset, forKey: .offset)
        try container.encode(expression.length, forKey: .length)
        try container.encode(event.sentence, forKey: .sentence)
        try container.encode(event.sentenceOffset, forKey: .sentenceOffset)
        try container.encode(event.kind == .published ? nil : event.field.name, forKey: .field)
        try container.encode(event.kind, forKey: .kind)
        try container.encode(expression.anchor, forKey: .anchor)
        try container.encode(anchorValue, forKey: .anchorValue)
        try container.encode(anchorText, forKey: .anchorText)
    }

    /// Where `text` starts in `sentence`, in code points.
    private static func offset(of text: String, in sentence: String) -> Int {
        guard let range = sentence.range(of: text) else { return 0 }
        return sentence.unicodeScalars.distance(from: sentence.startIndex, to: range.lowerBound)
    }
}
