import FolioAnalysis
import FolioCore
import FolioStore

extension CommandRunner {
    func entities(_ request: EntitiesRequest) throws -> [EntitySummary] {
        let articles = try request.query.map { Array(try workspace.store.articleIDs(matching: $0)) }
        return try workspace.store.entities(kind: request.kind, in: articles, limit: request.limit).map { entity in
            var entity = entity
            entity.aliases = Array(Set(entity.aliases + EntityTagger.shortForms(of: entity.name))).sorted()
            return entity
        }
    }

    /// The entity a typed name stands for: one the corpus names (or an alias or acronym of it), or the known
    /// entity a form such as `NATO` names.
    func entityName(matching text: String) throws -> String? {
        if let name = try workspace.store.entityName(matching: text) { return name }
        guard let known = EntityTagger.knownName(for: text) else { return nil }
        return try workspace.store.entityName(matching: known)
    }

    /// An entity's mentions in all its forms, or else each place the word or phrase starts a word.
    func concordance(_ request: KwicRequest) throws -> ConcordanceResult {
        var lines: [ConcordanceResult.Line] = []
        let entity = try entityName(matching: request.term)
        if let entity {
            let mentions = try workspace.store.mentions(of: entity)
            var bodies: [ArticleID: [Unicode.Scalar]] = [:]
            for text in try workspace.store.texts(of: Array(Set(mentions.map(\.article)))) { bodies[text.id] = Array(text.body.unicodeScalars) }
            for mention in mentions {
                guard let body = bodies[mention.article] else { continue }
                let context = Concordance.context(body, offset: mention.offset, length: mention.length, width: request.width)
                lines.append(.init(article: mention.article, left: context.left, match: context.match, right: context.right, offset: mention.offset))
            }
        } else {
            for text in try workspace.store.texts(of: Array(try articles(containing: request.term, isPhrase: true))) {
                let body = Array(text.body.unicodeScalars)
                for found in Concordance.occurrences(of: request.term, in: text.body) {
                    let context = Concordance.context(body, offset: found.offset, length: found.length, width: request.width)
                    lines.append(.init(article: text.id, left: context.left, match: context.match, right: context.right, offset: found.offset))
                }
            }
        }
        return ConcordanceResult(entity: entity, lines: Array(lines.prefix(request.limit)), total: lines.count)
    }

    /// The articles the index finds for a word or phrase, as `find` would.
    func articles(containing term: String, isPhrase: Bool) throws -> Set<ArticleID> {
        let words = term.split(whereSeparator: \.isWhitespace)
        let text = words.count > 1 || isPhrase && term.contains(where: { !$0.isLetter && !$0.isNumber }) ? "\"\(term.replacingOccurrences(of: "\"", with: ""))\"" : term
        return try workspace.store.articleIDs(matching: try SearchQuery(parsing: text))
    }

    func alias(name: String?, target: String?) throws -> CommandResult {
        guard let name, let target else {
            return .aliases(try workspace.store.aliases().map { EntityAlias(name: $0.name, target: $0.target) })
        }
        guard let entity = try entityName(matching: target) else {
            throw CommandError.usage("alias: no entity is called '\(target)'; entities lists them")
        }
        let source = try entityName(matching: name) ?? name
        guard source != entity else { throw CommandError.usage("alias: '\(name)' already counts as \(entity)") }
        try workspace.store.setAlias(source, to: entity)
        return .message("\(source) now counts as \(entity)")
    }
}

/// A name the analyst made count as another entity.
public struct EntityAlias: Hashable, Sendable {
    public var name: String
    public var target: String

    public init(name: String, target: String) {
        self.name = name
        self.target = target
    }
}
