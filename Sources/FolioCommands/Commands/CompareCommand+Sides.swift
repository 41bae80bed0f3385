import FolioAnalysis
import FolioCore

/// Resolves the sides of `compare` against the workspace and counts them.
struct SideComparer {
    let workspace: Workspace

    /// One side resolved: an article, or a set of articles with the sentences that mention the side.
    private enum Resolved {
        case article(ArticleID)
        case side(CompareCommand.Output.Side, articles: [ArticleID], contexts: TermCounter, entity: String?)
    }

    func compare(_ left: CompareCommand.Side, _ right: CompareCommand.Side) throws -> CompareCommand.Output {
        switch (try resolve(left), try resolve(right)) {
        case (.article(let left), .article(let right)):
            return .articles(try compareArticles(left, right))
        case (.side(var left, let leftArticles, let leftContexts, let leftEntity), .side(var right, let rightArticles, let rightContexts, let rightEntity)):
            let own = Set([left.name, left.label, right.name, right.label].flatMap { TermCounter.words($0) })
            let leftCounts = leftContexts.counts.filter { !own.contains($0.key) }
            let rightCounts = rightContexts.counts.filter { !own.contains($0.key) }
            left.keywords = Keyness.keywords(leftCounts, against: rightCounts, limit: 10)
            right.keywords = Keyness.keywords(rightCounts, against: leftCounts, limit: 10)
            let excluded = Set([leftEntity, rightEntity].compactMap { $0 })
            left.cooccurring = try cooccurring(with: leftArticles, excluding: excluded)
            right.cooccurring = try cooccurring(with: rightArticles, excluding: excluded)
            let sharedIDs = Set(leftArticles).intersection(rightArticles)
            let shared = try workspace.store.texts(of: Array(sharedIDs)).map { CompareCommand.Output.SharedArticle(id: $0.id, title: $0.title) }
            return .sides(CompareCommand.Output.Sides(left: left, right: right, shared: shared))
        default:
            throw CommandError.usage("compare takes two articles, or two entities, words, \"phrases\" or (queries), not one of each")
        }
    }

    private func resolve(_ side: CompareCommand.Side) throws -> Resolved {
        switch side {
        case .result(let number):
            return .article(try workspace.resolve(.result(number)))
        case .query(let text):
            let query = try SearchQuery(parsing: text)
            let ids = try workspace.store.articleIDs(inOrder: Array(try workspace.store.articleIDs(matching: query)))
            var contexts = TermCounter()
            let counted = Array(ids.prefix(CompareCommand.contextArticleLimit))
            for article in try workspace.store.texts(of: counted) { contexts.add(article.title + "\n" + article.body) }
            return .side(
                .init(label: side.label, kind: .query, name: text, articles: ids.count, mentions: ids.count, contextArticles: counted.count,
                      dates: try dates(of: ids)),
                articles: ids, contexts: contexts, entity: nil)
        case .text(let text, let isQuoted):
            if !isQuoted, text.count >= ArticleID.minimumDisplayLength, ArticleID.isPlausiblePrefix(text),
               let id = try? workspace.resolve(.id(text.lowercased())) {
                return .article(id)
            }
            var contexts = TermCounter()
            var mentions = 0
            var articles: [ArticleID] = []
            if !isQuoted, let entity = try workspace.entityName(matching: text) {
                let found = try workspace.store.mentions(of: entity)
                let byArticle = Dictionary(grouping: found, by: \.article)
                var seen = Set<ArticleID>()
                articles = found.map(\.article).filter { seen.insert($0).inserted }
                let counted = Array(articles.prefix(CompareCommand.contextArticleLimit))
                for article in try workspace.store.texts(of: counted) {
                    let mentioned = byArticle[article.id] ?? []
                    contexts.add(sentencesOf: mentioned.filter { $0.field == .body }.map { ($0.offset, $0.length) }, in: Array(article.body.unicodeScalars))
                    if mentioned.contains(where: { $0.field == .title }) { contexts.add(article.title) }
                }
                return .side(
                    .init(label: side.label, kind: .entity, name: entity, articles: articles.count, mentions: found.count,
                          contextArticles: counted.count, dates: try dates(of: articles)),
                    articles: articles, contexts: contexts, entity: entity)
            }
            for article in try workspace.store.texts(of: Array(try workspace.articles(containing: text, isPhrase: isQuoted))) {
                let found = Concordance.occurrences(of: text, in: article.body)
                let inTitle = Concordance.occurrences(of: text, in: article.title)
                guard !found.isEmpty || !inTitle.isEmpty else { continue }
                if articles.count < CompareCommand.contextArticleLimit {
                    contexts.add(sentencesOf: found.map { ($0.offset, $0.length) }, in: Array(article.body.unicodeScalars))
                    if !inTitle.isEmpty { contexts.add(article.title) }
                }
                mentions += found.count + inTitle.count
                articles.append(article.id)
            }
            return .side(
                .init(label: side.label, kind: .term, name: text, articles: articles.count, mentions: mentions,
                      contextArticles: min(articles.count, CompareCommand.contextArticleLimit), dates: try dates(of: articles)),
                articles: articles, contexts: contexts, entity: nil)
        }
    }

    private func dates(of articles: [ArticleID]) throws -> CompareCommand.Output.DateSpan {
        let span = try workspace.store.dateSpan(of: articles)
        return .init(start: span.start, end: span.end, events: span.events)
    }

    /// Entities mentioned in the side's articles, by the number of those articles, then by name.
    private func cooccurring(with articles: [ArticleID], excluding excluded: Set<String>) throws -> [CompareCommand.Output.Cooccurrence] {
        try workspace.store.cooccurring(in: articles, excluding: excluded.sorted(), limit: 8).map {
            .init(name: $0.name, kind: $0.kind, articles: $0.articles)
        }
    }

    private func compareArticles(_ left: ArticleID, _ right: ArticleID) throws -> CompareCommand.Output.Articles {
        let texts = try workspace.store.texts(of: [left, right])
        guard let leftText = texts.first(where: { $0.id == left }), let rightText = texts.first(where: { $0.id == right }) else {
            throw CommandError.usage("compare: the articles could not be read")
        }
        var leftCounts = TermCounter(), rightCounts = TermCounter()
        leftCounts.add(leftText.title + "\n" + leftText.body)
        rightCounts.add(rightText.title + "\n" + rightText.body)
        let mentions = try workspace.store.mentions(in: [left, right])
        let leftNames = Set((mentions[left] ?? []).map(\.name)), rightNames = Set((mentions[right] ?? []).map(\.name))
        let dates = try workspace.store.eventValues(of: left).intersection(try workspace.store.eventValues(of: right))
        return .init(
            left: .init(id: left, title: leftText.title, entities: leftNames.subtracting(rightNames).sorted()),
            right: .init(id: right, title: rightText.title, entities: rightNames.subtracting(leftNames).sorted()),
            similarity: CosineSimilarity.between(leftCounts.counts, rightCounts.counts),
            sharedEntities: leftNames.intersection(rightNames).sorted(), sharedDates: dates.sorted())
    }
}
