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
    /// The articles' seqs, in the same order.
    private(set) var seqs: [Int64] = []
    /// Occurrences in each article, by seq.
    private var counts: [Int64: Int] = [:]
    /// Articles that mention the entity; the rest hold the words alone.
    var entityArticles = 0
    let query: SearchQuery
    private var mentions: [Int64: [SurfacedMention]] = [:]
    /// The seqs of the articles where the words occur outside the entity's mentions.
    private var outside: Set<Int64> = []

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
        var ids: [Int64: ArticleID] = [:]
        var covered: [Int64: (title: Int, body: Int)] = [:]
        for mention in found {
            mentions[mention.seq, default: []].append(mention)
            ids[mention.seq] = mention.article
            counts[mention.seq, default: 0] += 1
            let words = inSurface[mention.surface] ?? 0
            if mention.field == .title { covered[mention.seq, default: (0, 0)].title += words } else { covered[mention.seq, default: (0, 0)].body += words }
        }
        entityArticles = mentions.count
        for indexed in try store.indexedCounts(ofPhrase: phrase) {
            ids[indexed.seq] = indexed.article
            let held = covered[indexed.seq].map { indexed.field == .title ? $0.title : $0.body } ?? 0
            counts[indexed.seq, default: 0] += max(0, indexed.count - held)
            if indexed.count > held { outside.insert(indexed.seq) }
        }
        seqs = counts.compactMap { $0.value > 0 ? $0.key : nil }.sorted()
        articles = seqs.map { ids[$0]! }
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
            // Read in growing batches when only some occurrences are wanted, else at once.
            let range = start..<min(articles.count, maximum, wanted == .max ? .max : start + max(8, start))
            let batch = Array(articles[range])
            reading.articles += batch
            // Only the articles with words outside the mentions need the index to mark them.
            let marked = zip(batch, seqs[range]).filter { outside.contains($0.1) }.map(\.0)
            let matched = Dictionary(uniqueKeysWithValues: try store.matchedTexts(query, among: marked).map { ($0.id, $0) })
            for text in try store.texts(of: batch.filter { matched[$0] == nil }) { reading.texts[text.id] = (text.title, text.body) }
            for (article, seq) in zip(batch, seqs[range]) {
                let held = mentions[seq] ?? []
                var found = held.map { Occurrence(article: article, field: $0.field, span: $0.span, isMention: true) }
                if let text = matched[article] {
                    reading.texts[article] = (text.title, text.body)
                    for field in [TextField.title, .body] {
                        for span in text.matches(in: field) where !held.contains(where: { $0.field == field && $0.span.overlaps(span) }) {
                            found.append(Occurrence(article: article, field: field, span: span, isMention: false))
                        }
                    }
                }
                reading.total += found.count - (counts[seq] ?? 0)
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
