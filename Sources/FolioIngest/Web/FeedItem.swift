/// One `<item>` or `<entry>` as read so far.
struct FeedItem {
    var line: Int
    var title: String?
    var link: String?
    var date: String?
    var updated: String?
    var summary: String?
    var content: String?
    var guid: String?
    var author: String?
    var categories: [String] = []

    func record(source: String?) -> ArticleRecord {
        var fields: [(name: String, value: String)] = []
        if let title { fields.append(("title", HTMLTree.text(ofFragment: title).collapsingWhitespace())) }
        let longest = [content, summary].compactMap { $0 }.map(HTMLTree.text(ofFragment:)).max { $0.count < $1.count }
        if let longest { fields.append(("body", longest)) }
        if let date = date ?? updated { fields.append(("date", date)) }
        if let link { fields.append(("url", link)) }
        if let source { fields.append(("source", source)) }
        if let guid, guid != link { fields.append(("id", guid)) }
        if let author { fields.append(("author", author)) }
        if !categories.isEmpty { fields.append(("categories", categories.joined(separator: ", "))) }
        return ArticleRecord(fields: fields)
    }
}
