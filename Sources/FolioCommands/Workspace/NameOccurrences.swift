import FolioAnalysis
import FolioCore
import FolioStore

/// Every occurrence of a name as typed: the mentions of the entity it names, in all its forms, and every match
/// of its words as `find` matches them, each counted once. So `kwic` and `compare` never count fewer articles
/// than `find` finds. A surname that several people in the corpus share names none of them.
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
    /// In corpus order, then the title before the body, then by offset.
    var occurrences: [Occurrence] = []
    /// In corpus order.
    var articles: [ArticleID] = []
    /// Articles that mention the entity; the rest hold the words alone.
    var entityArticles = 0
    /// Titles and bodies of the articles the words matched in.
    var texts: [ArticleID: (title: String, body: String)] = [:]

    var aloneArticles: Int { articles.count - entityArticles }

    /// `isPhrase`: whether the words are searched as one phrase, as `find "…"` searches them.
    init(_ term: String, isPhrase: Bool, in workspace: Workspace) throws {
        self.term = term
        let store = workspace.store
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
        var mentions: [Occurrence] = []
        if let entity {
            mentions = try store.mentions(of: entity).map {
                Occurrence(article: $0.article, field: $0.field, span: TextSpan(offset: $0.offset, length: $0.length), isMention: true)
            }
        }
        var spans: [ArticleID: [TextField: [TextSpan]]] = [:]
        for mention in mentions { spans[mention.article, default: [:]][mention.field, default: []].append(mention.span) }
        var matched: [Occurrence] = []
        for text in try store.matchedTexts(try workspace.searchQuery(for: term, isPhrase: isPhrase)) {
            texts[text.id] = (text.title, text.body)
            for field in [TextField.title, .body] {
                let held = spans[text.id]?[field] ?? []
                for span in text.matches(in: field) where !held.contains(where: { $0.overlaps(span) }) {
                    matched.append(Occurrence(article: text.id, field: field, span: span, isMention: false))
                }
            }
        }
        let mentioned = Set(mentions.map(\.article))
        var all = Set(mentioned)
        all.formUnion(texts.keys)
        articles = try store.articleIDs(inOrder: Array(all))
        entityArticles = mentioned.count
        let position = Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($1, $0) })
        occurrences = (mentions + matched).sorted {
            (position[$0.article] ?? 0, -$0.field.rawValue, $0.span.offset) < (position[$1.article] ?? 0, -$1.field.rawValue, $1.span.offset)
        }
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
