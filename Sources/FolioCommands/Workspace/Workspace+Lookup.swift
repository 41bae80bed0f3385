import FolioAnalysis
import FolioCore

extension Workspace {
    /// The entity a typed name stands for: one the corpus names (or an alias or acronym of it), or the known
    /// entity a form such as `NATO` names.
    func entityName(matching text: String) throws -> String? {
        if let name = try store.entityName(matching: text) { return name }
        guard let known = EntityTagger.knownName(for: text) else { return nil }
        return try store.entityName(matching: known)
    }

    /// The articles the index finds for a word or phrase, as `find` would.
    func articles(containing term: String, isPhrase: Bool) throws -> Set<ArticleID> {
        let words = term.split(whereSeparator: \.isWhitespace)
        let needsQuotes = words.count > 1 || isPhrase && term.contains(where: { !$0.isLetter && !$0.isNumber })
        let text = needsQuotes ? "\"\(term.replacingOccurrences(of: "\"", with: ""))\"" : term
        return try store.articleIDs(matching: try SearchQuery(parsing: text))
    }
}
