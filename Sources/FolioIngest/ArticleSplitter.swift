import FolioCore

/// Splits an article whose text is too large to read, tag or show as one into parts, at spaces, so that a
/// scraper's runaway page neither stalls ingest nor is lost.
enum ArticleSplitter {
    /// The most UTF-8 bytes of body one article keeps.
    static let partBytes = 1 << 21

    static func parts(
        of article: Article, file: String, line: Int?, partBytes: Int = partBytes
    ) -> (articles: [Article], warning: IngestWarning?) {
        let bytes = Array(article.body.utf8)
        guard bytes.count > partBytes else { return ([article], nil) }
        var pieces: [String] = []
        var start = 0
        while start < bytes.count {
            var end = min(start + partBytes, bytes.count)
            if end < bytes.count {
                var cut = end
                while cut > start + partBytes / 2, bytes[cut] != 0x20, bytes[cut] != 0x0A { cut -= 1 }
                while cut > start, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
                end = cut > start ? cut : end
            }
            pieces.append(String(decoding: bytes[start..<end], as: UTF8.self))
            start = end
        }
        let articles = pieces.enumerated().map { index, body in
            let title = "\(article.title) (part \(index + 1) of \(pieces.count))"
            return Article(
                id: ArticleIdentity.id(title: title, body: body), ref: article.ref, title: title, body: body, date: article.date,
                url: article.url, source: article.source, isExcerpt: index == pieces.count - 1 && article.isExcerpt,
                metadata: article.metadata)
        }
        let megabytes = (Double(bytes.count) / 1_048_576 * 10).rounded() / 10
        let warning = IngestWarning(
            file: file, line: line,
            message: "an article of \(megabytes) MB of text; split into \(pieces.count) parts of at most \(partBytes >> 20) MB, titled '… (part N of \(pieces.count))'")
        return (articles, warning)
    }
}
