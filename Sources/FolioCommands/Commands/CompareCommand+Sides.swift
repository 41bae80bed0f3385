import FolioAnalysis
import FolioCore

/// Resolves the sides of `compare` against the workspace and counts them.
struct SideComparer {
    let workspace: Workspace

    /// One side resolved: an article, or the seqs of a set of articles with the sentences that mention the side.
    private enum Resolved {
        case article(ArticleID)
        case side(CompareCommand.Output.Side, seqs: [Int64], contexts: TermCounter, entity: String?)
    }

    func compare(_ left: CompareCommand.Side, _ right: CompareCommand.Side) throws -> CompareCommand.Output {
        switch (try resolve(left), try resolve(right)) {
        case (.article(let left), .article(let right)):
            return .articles(try compareArticles(left, right))
        case (.side(var left, let leftSeqs, let leftContexts, let leftEntity),
              .side(var right, let rightSeqs, let rightContexts, let rightEntity)):
            let own = Set([left.name, left.label, right.name, right.label].flatMap { TermCounter.words($0) })
            let leftCounts = leftContexts.counts.filter { !own.contains($0.key) }
            let rightCounts = rightContexts.counts.filter { !own.contains($0.key) }
            left.keywords = Keyness.keywords(leftCounts, against: rightCounts, limit: 10)
            right.keywords = Keyness.keywords(rightCounts, against: leftCounts, limit: 10)
            let excluded = Set([leftEntity, rightEntity].compactMap { $0 })
            let cooccurring = try cooccurring(with: [leftSeqs, rightSeqs], excluding: excluded)
            left.cooccurring = cooccurring[0]
            right.cooccurring = cooccurring[1]
            let sharedSeqs = Set(leftSeqs).intersection(rightSeqs)
            let shared = try workspace.store.titles(of: sharedSeqs.sorted()).map { CompareCommand.Output.SharedArticle(id: $0.id, title: $0.title) }
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
            let seqs = try workspace.store.seqs(of: ids)
            var contexts = TermCounter()
            let counted = Array(ids.prefix(CompareCommand.contextArticleLimit))
            for article in try workspace.store.texts(of: counted) { contexts.add(article.title + "\n" + article.body) }
            return .side(
                .init(label: side.label, kind: .query, name: text, articles: ids.count, mentions: ids.count, contextArticles: counted.count,
                      dates: try dates(of: seqs)),
                seqs: seqs, contexts: contexts, entity: nil)
        case .text(let text, let isQuoted):
            if !isQuoted, text.count >= ArticleID.minimumDisplayLength, ArticleID.isPlausiblePrefix(text),
               let id = try? workspace.resolve(.id(text.lowercased())) {
                return .article(id)
            }
            let found = try NameOccurrences(text, isPhrase: isQuoted, in: workspace)
            let reading = try found.read(in: workspace.store, articles: CompareCommand.contextArticleLimit)
            let byArticle = Dictionary(grouping: reading.occurrences, by: \.article)
            var contexts = TermCounter()
            for article in reading.articles {
                guard let text = reading.texts[article], let occurrences = byArticle[article] else { continue }
                let body = occurrences.filter { $0.field == .body }.map { ($0.span.offset, $0.span.length) }
                if !body.isEmpty { contexts.add(sentencesOf: body, in: Array(text.body.unicodeScalars)) }
                if occurrences.contains(where: { $0.field == .title }) { contexts.add(text.title) }
            }
            var resolved = CompareCommand.Output.Side(
                label: side.label, kind: found.entity == nil ? .term : .entity, name: found.entity ?? text, articles: found.articles.count,
                mentions: reading.total, contextArticles: reading.articles.count, dates: try dates(of: found.seqs))
            resolved.aloneArticles = found.aloneArticles
            resolved.resolution = found.resolution
            resolved.people = found.people.map { .init(name: $0.name, articles: $0.articles) }
            return .side(resolved, seqs: found.seqs, contexts: contexts, entity: found.entity)
        }
    }

    private func dates(of articles: [Int64]) throws -> CompareCommand.Output.DateSpan {
        let span = try workspace.store.dateSpan(of: articles)
        return .init(start: span.start, end: span.end, events: span.events)
    }

    /// Entities mentioned in each side's articles, by the number of those articles, then by name.
    private func cooccurring(with sides: [[Int64]], excluding excluded: Set<String>) throws -> [[CompareCommand.Output.Cooccurrence]] {
        try workspace.store.cooccurring(in: sides, excluding: excluded.sorted(), limit: 8).map { side in
            side.map { .init(name: $0.name, kind: $0.kind, articles: $0.articles) }
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
