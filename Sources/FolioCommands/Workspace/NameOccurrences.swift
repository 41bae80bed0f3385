import FolioAnalysis
import FolioCore
import FolioStore

/// Every occurrence of a name as typed: the mentions of the entity it names, in all its forms, and every match
/// of its words as `find` matches them, each counted once. So `kwic` and `compare` never count fewer articles
/// than `find` finds. A surname that several people in the corpus share names none of them.
///
/// The counts come from the index's lists of where each term is: an article's occurrences are its mentions and
/// the times its words occur outside them. Only the articles shown, or read for context, are read and marked.
struct NameOccurrences {
    struct Occurrence: Hashable {
        var article: ArticleID
        var field: TextField
        var span: TextSpan
        /// A mention of the entity rather than a match of the words alone.
        var isMention: Bool
    }

    var term: String
    /// The entity the name stands for, when it stands for one.
    var entity: String?
    /// The people a surname alone may mean, most mentioned first, when it is more than one.
    var people: [(name: String, articles: Int)] = []
    /// In corpus order.
    var articles: [ArticleID] = []
    /// Occurrences in each article.
    var counts: [ArticleID: Int] = [:]
    /// Articles that mention the entity; the rest hold the words alone.
    var entityArticles = 0
    let query: SearchQuery
    private var mentions: [ArticleID: [SurfacedMention]] = [:]

    var total: Int { counts.values.reduce(0, +) }
    var aloneArticles: Int { articles.count - entityArticles }

    /// `isPhrase`: whether the words are searched as one phrase, as `find "…"` searches them.
    init(_ term: String, isPhrase: Bool, in workspace: Workspace) throws {
        self.term = term
        let store = workspace.store
        query = try workspace.searchQuery(for: term, isPhrase: isPhrase)
        // An alias or acronym wins; then a surname, of one person or of several; then the name itself.
        let exact = try workspace.entityName(matching: term, bySurname: false)
        let named = term.contains(where: \.isWhitespace) ? [] : try store.people(withSurname: term)
        if let exact, exact.lowercased() != term.lowercased() {
            entity = exact
        } else if named.count == 1 {
            entity = named[0].name
        } else if named.count > 1 {
            people = named
        } else {
            entity = exact
        }
        let found = try entity.map { try store.surfacedMentions(of: $0) } ?? []
        let surfaces = Array(Set(found.map(\.surface)))
        let terms = try store.indexTerms(of: [term] + surfaces)
        let phrase = terms[0]
        var inSurface: [String: Int] = [:]
        for (surface, held) in zip(surfaces, terms.dropFirst()) { inSurface[surface] = IndexTerms.count(of: phrase, in: held) }
        var order: [ArticleID: Int64] = [:]
        var covered: [ArticleID: [TextField: Int]] = [:]
        for mention in found {
            mentions[mention.article, default: []].append(mention)
            order[mention.article] = mention.seq
            counts[mention.article, default: 0] += 1
            covered[mention.article, default: [:]][mention.field, default: 0] += inSurface[mention.surface] ?? 0
        }
        entityArticles = mentions.count
        for indexed in try store.indexedCounts(ofPhrase: phrase) {
            order[indexed.article] = indexed.seq
            let alone = max(0, indexed.count - (covered[indexed.article]?[indexed.field] ?? 0))
            counts[indexed.article, default: 0] += alone
        }
        articles = counts.compactMap { $0.value > 0 ? (order[$0.key]!, $0.key) : nil }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// The occurrences read exactly, with the texts of their articles: each mention, and each match
    /// `highlight()` marks outside every mention.
    struct Reading {
        var occurrences: [Occurrence] = []
        var texts: [ArticleID: (title: String, body: String)] = [:]
        /// The articles read, in order.
        var articles: [ArticleID] = []
        /// All occurrences, with those of the articles read as read.
        var total = 0
    }

    /// Reads the first articles, at most `maximum` of them, until `wanted` occurrences are read.
    func read(in store: CorpusStore, articles maximum: Int, occurrences wanted: Int = .max) throws -> Reading {
        var reading = Reading(total: total)
        while reading.articles.count < min(maximum, articles.count), reading.occurrences.count < wanted {
            let start = reading.articles.count
            let batch = Array(articles[start..<min(articles.count, maximum, start + max(8, start))])
            reading.articles += batch
            let matched = Dictionary(uniqueKeysWithValues: try store.matchedTexts(query, among: batch).map { ($0.id, $0) })
            for text in try store.texts(of: batch.filter { matched[$0] == nil }) { reading.texts[text.id] = (text.title, text.body) }
            for article in batch {
                let held = mentions[article] ?? []
                var found = held.map { Occurrence(article: article, field: $0.field, span: $0.span, isMention: true) }
                if let text = matched[article] {
                    reading.texts[article] = (text.title, text.body)
                    for field in [TextField.title, .body] {
                        for span in text.matches(in: field) where !held.contains(where: { $0.field == field && $0.span.overlaps(span) }) {
                            found.append(Occurrence(article: article, field: field, span: span, isMention: false))
                        }
                    }
                }
                reading.total += found.count - (counts[article] ?? 0)
                reading.occurrences += found.sorted { ($0.field == .title ? 0 : 1, $0.span.offset) < ($1.field == .title ? 0 : 1, $1.span.offset) }
            }
        }
        return reading
    }

    /// How the name was counted: `James Baker (402 articles), and Baker alone in 120 more`.
    var resolution: String {
        if let entity {
            let head = "\(entity) (\(Self.counted(entityArticles, "article")))"
            guard aloneArticles > 0 else { return head }
            return head + (entity.lowercased() == term.lowercased() ? ", and as plain words in \(aloneArticles) more" : ", and \(term) alone in \(aloneArticles) more")
        }
        guard people.count > 1 else { return "the words as find matches them" }
        let shown = people.prefix(3).enumerated().map { index, person in
            "\(person.name) (\(index == 0 ? Self.counted(person.articles, "article") : String(person.articles)))"
        }
        return "as the word; it is the surname of \(people.count) people here: \(shown.joined(separator: ", "))\(people.count > 3 ? ", …" : "")"
    }

    static func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
