import ArgumentParser
import FolioCore
import Foundation

/// `show ID|@N`: one whole article, with where it came from and its notes.
public struct ShowCommand: FolioCommand {
    public static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a whole article with its date, sources, ref and url.",
        discussion: """
            show @2
            show 3fa9c1
            """)

    @Argument(help: ArgumentHelp("the article: an id prefix, or @N for the Nth result of the last find", valueName: "ID|@N"))
    public var article: String

    public init() {}

    public mutating func validate() throws {
        _ = try reference()
    }

    public var citation: ArticleReference? { try? reference() }

    func reference() throws -> ArticleReference {
        try ArticleReference(parsing: CommandTokenizer.unquote(article))
    }

    public func run(in context: CommandContext) throws -> Output {
        let id = try context.workspace.resolve(try reference())
        return Output(detail: try context.workspace.store.article(id), notes: try context.workspace.store.notes(.article(id)))
    }

    public func canonical(in printer: CanonicalPrinter) -> String {
        printer.line(Self.self, (try? reference()).map(printer.reference) ?? article).description
    }

    /// The article with its sources and notes.
    public struct Output: CommandOutput, MarkdownDocument, Codable {
        public var detail: ArticleDetail
        public var notes: [NoteListing]

        public init(detail: ArticleDetail, notes: [NoteListing]) {
            self.detail = detail
            self.notes = notes
        }

        public func lines(in output: OutputStyle) -> [String] {
            let style = output.text
            let article = detail.article
            var lines = TextWrapper.wrap(style.bold(article.title), width: style.width)
            var facts: [(String, String)] = [
                ("id", "\(output.short(article.id)) (\(article.id.hex))"),
                ("date", article.date?.iso ?? "not given"),
                ("excerpt", article.isExcerpt ? "yes: the site cut the text off" : "no"),
            ]
            if let ref = article.ref { facts.append(("ref", ref)) }
            if let url = article.url { facts.append(("url", url)) }
            if let source = article.source { facts.append(("source", source)) }
            for (index, file) in detail.sources.enumerated() { facts.append((index == 0 ? "sources" : "", file)) }
            for key in article.metadata.keys.sorted() { facts.append((key, article.metadata[key] ?? "")) }
            let labelWidth = max(8, facts.map(\.0.count).max() ?? 0) + 2
            for (label, value) in facts {
                lines += TextWrapper.wrap(value, width: style.width, indent: labelWidth, firstIndent: 0).enumerated().map { index, line in
                    index == 0 ? style.dim(TextWrapper.padded(label, to: labelWidth)) + line : line
                }
            }
            for paragraph in Self.paragraphs(article.body) {
                lines.append("")
                lines += TextWrapper.wrap(paragraph, width: style.width)
            }
            guard !notes.isEmpty else { return lines }
            return lines + ["", style.bold(notes.count == 1 ? "1 note" : "\(notes.count) notes")]
                + notes.flatMap { [style.accent("note \($0.note.id)")] + NoteText.body(of: $0, in: output) }
        }

        /// The article as a Markdown document: its title, a list of facts, its paragraphs, then its notes.
        public var markdown: String {
            let article = detail.article
            var lines = ["# " + article.title, "", "- id: `\(article.id.hex)`", "- date: \(article.date?.iso ?? "not given")"]
            if article.isExcerpt { lines.append("- excerpt: the site cut the text off") }
            if let ref = article.ref { lines.append("- ref: \(ref)") }
            if let url = article.url { lines.append("- url: <\(url)>") }
            if let source = article.source { lines.append("- source: \(source)") }
            lines += detail.sources.map { "- from: \($0)" }
            for key in article.metadata.keys.sorted() { lines.append("- \(key): \(article.metadata[key] ?? "")") }
            for paragraph in Self.paragraphs(article.body) { lines += ["", paragraph] }
            if !notes.isEmpty {
                lines += ["", "## Notes"]
                for listing in notes {
                    lines += ["", "- note \(listing.note.id): \(listing.note.text)"]
                    if let quote = listing.note.quote { lines.append("  > \(quote.exact)") }
                }
            }
            return lines.joined(separator: "\n") + "\n"
        }

        /// Paragraphs split at blank lines and at indented lines, as newswire text marks them.
        static func paragraphs(_ body: String) -> [String] {
            var paragraphs: [String] = []
            var current: [Substring] = []
            for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
                let trimmed = line.drop { $0 == " " || $0 == "\t" }
                if trimmed.isEmpty || (trimmed.count < line.count && !current.isEmpty) {
                    if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                    current = trimmed.isEmpty ? [] : [trimmed]
                } else {
                    current.append(trimmed)
                }
            }
            if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
            return paragraphs
        }

        private enum Key: String, CodingKey { case article }
        private enum ArticleKey: String, CodingKey { case id, ref, title, date, body, excerpt, sources, url, source, metadata, notes }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self).nestedContainer(keyedBy: ArticleKey.self, forKey: .article)
            let article = Article(
                id: try container.decode(ArticleID.self, forKey: .id), ref: try container.decode(String?.self, forKey: .ref),
                title: try container.decode(String.self, forKey: .title), body: try container.decode(String.self, forKey: .body),
                date: try container.decode(PublicationDate?.self, forKey: .date), url: try container.decode(String?.self, forKey: .url),
                source: try container.decode(String?.self, forKey: .source), isExcerpt: try container.decode(Bool.self, forKey: .excerpt),
                metadata: try container.decode([String: String].self, forKey: .metadata))
            detail = ArticleDetail(article: article, sources: try container.decode([String].self, forKey: .sources))
            notes = try container.decode([NoteListing].self, forKey: .notes)
        }

        public func encode(to encoder: Encoder) throws {
            var outer = encoder.container(keyedBy: Key.self)
            var container = outer.nestedContainer(keyedBy: ArticleKey.self, forKey: .article)
            let article = detail.article
            try container.encode(article.id, forKey: .id)
            try container.encode(article.ref, forKey: .ref)
            try container.encode(article.title, forKey: .title)
            try container.encode(article.date, forKey: .date)
            try container.encode(article.body, forKey: .body)
            try container.encode(article.isExcerpt, forKey: .excerpt)
            try container.encode(detail.sources, forKey: .sources)
            try container.encode(article.url, forKey: .url)
            try container.encode(article.source, forKey: .source)
            try container.encode(article.metadata, forKey: .metadata)
            try container.encode(notes, forKey: .notes)
        }
    }
}
