import Foundation
import FolioCore
import FolioIngest
import FolioStore

/// A store holding the bundled seed page, loaded the way the workspace loads it.
enum SeedStore {
    static func make() throws -> CorpusStore {
        let store = try CorpusStore()
        let file = BundledCorpus.file()!
        let parsed = SourceReader.parse(try file.read(), file: file.displayName, fileExtension: "txt")
        let record = StoredFile(
            path: file.path, displayName: file.displayName, size: file.size, modified: file.modified, hash: "seed",
            format: parsed.format.rawValue, coverage: parsed.coverage)
        try store.replaceFile(record, articles: parsed.articles, rates: parsed.rates)
        return store
    }

    static func titles(_ store: CorpusStore, _ query: String, column: SearchColumn? = nil) throws -> [String] {
        try store.search(SearchQuery(parsing: query), in: column, limit: 20).hits.map(\.title)
    }
}
