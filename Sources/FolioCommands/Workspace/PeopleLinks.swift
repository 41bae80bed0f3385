import FolioAnalysis
import FolioStore

/// Links the names of people across the workspace after each load: see ``PersonLinks``. The links are aliases
/// of Folio's own, which the analyst's aliases override; they are found again from every name each time.
struct PeopleLinks {
    let store: CorpusStore

    /// Returns whether any link changed.
    @discardableResult
    func apply() throws -> Bool {
        try store.setAutomaticAliases(PersonLinks.links(among: try store.personNames().map(\.name)))
    }
}
