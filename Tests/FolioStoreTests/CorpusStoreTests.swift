import Foundation
import FolioCore
import FolioStore
import GRDB
import Testing

@Suite struct CorpusStoreTests {
    static func file(_ path: String) -> StoredFile {
        StoredFile(path: path, displayName: path, size: 1, modified: 1, hash: path, format: "text", coverage: nil)
    }

    static func article(_ title: String) -> Article {
        Article(id: ArticleID(hex: title.unicodeScalars.map { String($0.value, radix: 16) }.joined().padding(toLength: 64, withPad: "0", startingAt: 0)),
                title: title, body: "Body of \(title).")
    }

    @Test func anArticleInTwoFilesIsStoredOnceWithBothSources() throws {
        let store = try CorpusStore()
        let shared = Self.article("Shared")
        try store.replaceFile(Self.file("/a"), articles: [shared, Self.article("Only A")], rates: [])
        try store.replaceFile(Self.file("/b"), articles: [shared], rates: [])
        #expect(try store.articleIDs().count == 2)
        #expect(try store.article(shared.id).sources == ["/a", "/b"])
        try store.removeFiles(["/a"])
        #expect(try store.articleIDs() == [shared.id])
        #expect(try store.article(shared.id).sources == ["/b"])
    }

    @Test func replacingAFileDropsWhatItNoLongerHolds() throws {
        let store = try CorpusStore()
        try store.replaceFile(Self.file("/a"), articles: [Self.article("Old")], rates: [RateQuote(pair: "KGS/USD", rate: "1", change: "0%")])
        try store.replaceFile(Self.file("/a"), articles: [Self.article("New")], rates: [])
        #expect(try store.articleIDs() == [Self.article("New").id])
        #expect(try store.rates().isEmpty)
        #expect(try store.search(SearchQuery(parsing: "Old")).total == 0)
        #expect(try store.search(SearchQuery(parsing: "New")).total == 1)
    }

    @Test func idPrefixesResolveWhenUniqueAndExplainWhenNot() throws {
        let store = try CorpusStore()
        let one = Article(id: ArticleID(hex: "abc123" + String(repeating: "0", count: 58)), title: "One", body: "1")
        let two = Article(id: ArticleID(hex: "abc124" + String(repeating: "0", count: 58)), title: "Two", body: "2")
        try store.replaceFile(Self.file("/a"), articles: [one, two], rates: [])
        #expect(try store.resolve(prefix: "abc123") == one.id)
        #expect(try store.resolve(prefix: "ABC124") == two.id)
        #expect(throws: StoreError.ambiguousArticle(prefix: "abc", candidates: ["abc123", "abc124"])) { try store.resolve(prefix: "abc") }
        #expect(throws: StoreError.noSuchArticle(prefix: "ffff")) { try store.resolve(prefix: "ffff") }
    }

    @Test func sinceAndUntilKeepOnlyArticlesDatedInside() throws {
        let store = try CorpusStore()
        var early = Self.article("Early")
        early.date = PublicationDate(year: 2024, month: 3, day: 1)
        var late = Self.article("Late")
        late.date = PublicationDate(year: 2024, month: 11)
        let undated = Self.article("Undated")
        for article in [early, late, undated] {
            try store.replaceFile(Self.file("/\(article.title)"), articles: [article], rates: [])
        }
        let query = try SearchQuery(parsing: "Body")
        #expect(try store.search(query).total == 3)
        #expect(try store.search(query, since: PublicationDate(year: 2024, month: 6)).hits.map(\.title) == ["Late"])
        #expect(try store.search(query, until: PublicationDate(year: 2024, month: 3, day: 1)).hits.map(\.title) == ["Early"])
        #expect(try store.search(query, since: PublicationDate(year: 2024), until: PublicationDate(year: 2024)).total == 2)
    }

    @Test func statisticsCountTheSeed() throws {
        let statistics = try SeedStore.make().statistics()
        #expect(statistics.articles == 6)
        #expect(statistics.excerpts == 3)
        #expect(statistics.sources == 1)
        #expect(statistics.rates == 5)
        #expect(statistics.coverage == [Coverage(from: 1, to: 6, of: 31)])
        #expect(statistics.earliest == nil)
        #expect(statistics.indexBytes > 0)
    }

    @Test func aDatabaseFromANewerFolioIsRefusedWithTheSupportedVersion() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("folio-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("folio.sqlite").path
        _ = try CorpusStore(path: path)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99')")
        }
        #expect(throws: StoreError.newerSchema(path: path, found: "v99", supported: "v4")) { try CorpusStore(path: path) }
    }

    @Test func aFileThatIsNotADatabaseGivesAPlainMessage() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("folio-notdb-\(UUID().uuidString).sqlite").path
        try Data(String(repeating: "not a database ", count: 200).utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try CorpusStore(path: path)
            Issue.record("a damaged database opened")
        } catch let error as StoreError {
            #expect(error.description.contains("damaged"))
            #expect(!error.description.contains("SQLITE"))
        }
    }
}
