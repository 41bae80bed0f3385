import FolioAnalysis
import FolioCore
import FolioIngest
import FolioStore

/// Takes the site's name off saved pages' titles where the pages of one site repeat it, and gives a page its own
/// title back when its site no longer does. A page's id stays the one its own title gave it.
struct SiteHeadlines {
    let store: CorpusStore
    let analyzer: ArticleAnalyzer
    /// The rules' version: a workspace whose titles an older one set has them set again when it opens.
    static let revision = "2026-12-01"
    static let settingKey = "site headlines"

    /// Returns how many titles changed.
    @discardableResult
    func apply() throws -> Int {
        let pages = try store.pageHeadlines()
        guard !pages.isEmpty else { return 0 }
        var bySite: [String: [Int]] = [:]
        for (index, page) in pages.enumerated() {
            bySite[RepeatedTitleAffix.site(address: page.url, path: page.path), default: []].append(index)
        }
        var wanted = pages.map(\.pageTitle)
        for members in bySite.values {
            for (member, headline) in zip(members, RepeatedTitleAffix.stripped(members.map { pages[$0].pageTitle })) {
                if let headline { wanted[member] = headline }
            }
        }
        var changes: [(article: Article, analysis: ArticleAnalysis)] = []
        for (page, title) in zip(pages, wanted) where page.title != title {
            var article = try store.article(page.id).article
            article.title = title
            article.metadata[CorpusStore.pageTitleField] = title == page.pageTitle ? nil : page.pageTitle
            changes.append((article, analyzer.analyze(article)))
        }
        try store.retitle(changes)
        return changes.count
    }
}
