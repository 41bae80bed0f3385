import FolioAnalysis
import FolioCore

extension Workspace {
    /// The entity a typed name stands for: one the corpus names (or an alias or acronym of it), or the known
    /// entity a form such as `NATO` names; `bySurname`, a surname gives its most mentioned person.
    func entityName(matching text: String, bySurname: Bool = true) throws -> String? {
        if let name = try store.entityName(matching: text, bySurname: bySurname) { return name }
        guard let known = EntityTagger.knownName(for: text) else { return nil }
        return try store.entityName(matching: known, bySurname: bySurname)
    }

    /// The query `find` runs for a word or phrase: words of a phrase, or a word with punctuation, in quotes.
    func searchQuery(for term: String, isPhrase: Bool) throws -> SearchQuery {
        let words = term.split(whereSeparator: \.isWhitespace)
        let needsQuotes = words.count > 1 || isPhrase && term.contains(where: { !$0.isLetter && !$0.isNumber })
        return try SearchQuery(parsing: needsQuotes ? "\"\(term.replacingOccurrences(of: "\"", with: ""))\"" : term)
    }
}
