import FolioCommands
import FolioCore
import FolioIngest

extension CorpusFingerprint {
    /// The workspace's fingerprint, citing the articles that `cells` show or annotate.
    public static func make(for workspace: Workspace, cells: [SessionCell], registry: CommandRegistry = .folio) -> CorpusFingerprint {
        let ids = workspace.articleIDs.map(\.hex).joined(separator: "\n")
        let digest = String(ArticleIdentity.contentHash(Array(ids.utf8)).prefix(12))
        var cited: [CitedArticle] = []
        for cell in SessionCell.commands(in: cells) {
            let reference = (try? registry.parse(cell.input))?.citation
            guard let reference, let id = try? workspace.resolve(reference),
                  let detail = try? workspace.store.article(id) else { continue }
            let short = workspace.shortID(id)
            if !cited.contains(where: { $0.id == short }) {
                cited.append(CitedArticle(id: short, title: detail.article.title))
            }
        }
        return CorpusFingerprint(articles: workspace.articleIDs.count, digest: digest, cited: cited)
    }

    /// One line on how the corpus differs from the one the session was saved against.
    public func comparison(with now: CorpusFingerprint, workspace: Workspace) -> String {
        guard digest != now.digest || articles != now.articles else {
            return "corpus unchanged: \(articles) articles, fingerprint \(digest)"
        }
        var line = "corpus changed: \(articles) articles then, \(now.articles) now"
        let difference = now.articles - articles
        if difference > 0 { line += " (\(difference) added)" } else if difference < 0 { line += " (\(-difference) removed)" }
        line += "; fingerprint \(digest) → \(now.digest)"
        var fates: [String] = []
        for article in cited {
            if (try? workspace.store.resolve(prefix: article.id)) != nil { continue }
            let sameTitle = workspace.articleIDs.first { (try? workspace.store.article($0).article.title) == article.title }
            fates.append(sameTitle.map { "\(article.id) changed (its title is now on \(workspace.shortID($0)))" } ?? "\(article.id) is gone")
        }
        if !fates.isEmpty { line += "; cited articles: " + fates.joined(separator: ", ") }
        return line
    }
}
