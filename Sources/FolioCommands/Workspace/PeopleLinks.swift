import FolioAnalysis
import FolioStore

/// Links the names of people across the workspace after each load: see ``PersonLinks``. The links are aliases
/// of Folio's own, which the analyst's aliases override, and a shared surname's mentions given to the person
/// of their article's period or source; they are found again from every name each time.
struct PeopleLinks {
    let store: CorpusStore

    /// Returns whether any link changed.
    @discardableResult
    func apply() throws -> Bool {
        let names = try store.personNames().map(\.name)
        let links = PersonLinks.links(among: names)
        let aliased = try store.setAutomaticAliases(links)
        let linked = try store.linkSurnamesInContext(PersonLinks.sharedSurnames(among: names, links: links))
        return aliased || linked
    }
}
