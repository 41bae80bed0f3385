import Foundation
import FolioCore
import FolioStore
import GRDB
import FolioTestSupport
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
        let scratch = try Scratch()
        let path = scratch.file("folio.sqlite")
        _ = try CorpusStore(path: path)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99')")
        }
        #expect(throws: StoreError.newerSchema(path: path, found: "v99", supported: "v11")) { try CorpusStore(path: path) }
    }

    @Test func aSchemaV4WorkspaceMigratesKeepingItsSourcesAndNotes() throws {
        let scratch = try Scratch()
        let path = scratch.file("folio.sqlite")
        let id = String(repeating: "ab", count: 32)
        try DatabaseQueue(path: path).write { db in
            for statement in Self.schemaV4 { try db.execute(sql: statement) }
            try db.execute(sql: "INSERT INTO sourceFile VALUES ('/a', 'a', 1, 1, 'h', 'text', NULL, NULL, NULL)")
            try db.execute(sql: "INSERT INTO article (seq, id, title, body, isExcerpt) VALUES (7, ?, 'T', 'On 3 March 2020.', 0)", arguments: [id])
            try db.execute(sql: "INSERT INTO articleSource VALUES (?, '/a', 0)", arguments: [id])
            try db.execute(sql: "INSERT INTO timeEvent VALUES (?, 3, 12, '3 March 2020', '2020-03-03', '2020-03-03', '2020-03-03', 'day', 0, 16)", arguments: [id])
            try db.execute(sql: "INSERT INTO note (articleId, text, tags, created) VALUES (?, 'kept', '', '2026-01-01')", arguments: [id])
            try db.execute(sql: "INSERT INTO mention VALUES (7, 0, 1, 3)")
            try db.execute(sql: "INSERT INTO acronym VALUES ('CSTO', 'Collective Security Treaty Organization', 'org', ?)", arguments: [id])
            try db.execute(sql: "INSERT INTO journalSession (id, started, nextNote) VALUES (1, '2026-01-01T00:00:00Z', 1)")
            try db.execute(sql: "INSERT INTO journalEntry VALUES (1, 1, 'command', 'stats', 'articles  1 (0 excerpts)')")
        }
        let store = try CorpusStore(path: path)
        #expect(try store.article(ArticleID(hex: id)).sources == ["a"])
        #expect(try store.notes().map(\.note.text) == ["kept"])
        #expect(try store.storedFiles()["/a"]?.size == -1, "the file is read again, to restore its events")
        let integrity = try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        #expect(integrity == ["ok"], "the rebuilt tables pass SQLite's integrity check")
        #expect(try store.sources().map { [$0.path, $0.displayName, $0.kind.rawValue] } == [["/a", "a", "file"]],
                "v7 adopts the files a workspace holds as its sources")
        #expect(try store.storedFiles()["/a"]?.source == "/a")
        let journaled = try #require(try store.journalSession(1))
        #expect(journaled.cells == [.command(CommandCell(input: "stats", output: "articles  1 (0 excerpts)"))], "v6 keeps old entries, without values")
        try store.appendJournal(session: 1, cell: .command(CommandCell(input: "rates", output: "no rates", value: RecordedValue(json: "{}"))))
        #expect(SessionCell.commands(in: try #require(try store.journalSession(1)).cells).map(\.value) == [nil, RecordedValue(json: "{}")])
    }

    /// The tables later migrations change, as schema v4 made them.
    static let schemaV4 = [
        "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)",
        "INSERT INTO grdb_migrations VALUES ('v1'), ('v2'), ('v3'), ('v4')",
        "CREATE TABLE alias (name TEXT PRIMARY KEY, target TEXT NOT NULL)",
        """
        CREATE TABLE sourceFile (path TEXT PRIMARY KEY, displayName TEXT NOT NULL, size INTEGER NOT NULL, modified INTEGER NOT NULL,
            hash TEXT NOT NULL, format TEXT NOT NULL, coverageFrom INTEGER, coverageTo INTEGER, coverageOf INTEGER)
        """,
        """
        CREATE TABLE article (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, ref TEXT, title TEXT NOT NULL, body TEXT NOT NULL,
            date TEXT, dateStart TEXT, dateEnd TEXT, url TEXT, source TEXT, isExcerpt INTEGER NOT NULL, metadata TEXT)
        """,
        """
        CREATE TABLE articleSource (articleId TEXT NOT NULL, path TEXT NOT NULL REFERENCES sourceFile(path) ON DELETE CASCADE,
            position INTEGER NOT NULL, PRIMARY KEY (articleId, path)) WITHOUT ROWID
        """,
        "CREATE INDEX articleSource_path ON articleSource(path)",
        """
        CREATE TABLE timeEvent (articleId TEXT NOT NULL, offset INTEGER NOT NULL, length INTEGER NOT NULL, text TEXT NOT NULL,
            value TEXT NOT NULL, start TEXT, end TEXT, granularity TEXT NOT NULL, sentenceStart INTEGER NOT NULL,
            sentenceLength INTEGER NOT NULL, PRIMARY KEY (articleId, offset)) WITHOUT ROWID
        """,
        "CREATE INDEX timeEvent_start ON timeEvent(start)",
        "CREATE TRIGGER article_ad_events AFTER DELETE ON article BEGIN DELETE FROM timeEvent WHERE articleId = old.id; END",
        """
        CREATE TABLE mention (article INTEGER NOT NULL, offset INTEGER NOT NULL, length INTEGER NOT NULL, entity INTEGER NOT NULL,
            PRIMARY KEY (article, offset, entity)) WITHOUT ROWID
        """,
        "CREATE INDEX mention_entity ON mention(entity)",
        """
        CREATE TABLE acronym (short TEXT NOT NULL, long TEXT NOT NULL, kind TEXT NOT NULL, articleId TEXT NOT NULL,
            PRIMARY KEY (short, articleId)) WITHOUT ROWID
        """,
        """
        CREATE TRIGGER article_ad_mentions AFTER DELETE ON article BEGIN
            DELETE FROM mention WHERE article = old.seq; DELETE FROM acronym WHERE articleId = old.id;
        END
        """,
        """
        CREATE TABLE note (id INTEGER PRIMARY KEY AUTOINCREMENT, articleId TEXT NOT NULL, text TEXT NOT NULL, tags TEXT NOT NULL,
            quote TEXT, quoteBefore TEXT, quoteAfter TEXT, created TEXT NOT NULL)
        """,
        """
        CREATE TABLE journalSession (id INTEGER PRIMARY KEY AUTOINCREMENT, started TEXT NOT NULL, nextNote INTEGER NOT NULL, savedAs TEXT,
            closed INTEGER NOT NULL DEFAULT 0)
        """,
        """
        CREATE TABLE journalEntry (session INTEGER NOT NULL REFERENCES journalSession(id) ON DELETE CASCADE, position INTEGER NOT NULL,
            kind TEXT NOT NULL, input TEXT NOT NULL, output TEXT NOT NULL, PRIMARY KEY (session, position))
        """,
    ]

    @Test func aFileThatIsNotADatabaseGivesAPlainMessage() throws {
        let scratch = try Scratch()
        let path = try scratch.write("folio.sqlite", String(repeating: "not a database ", count: 200))
        do {
            _ = try CorpusStore(path: path)
            Issue.record("a damaged database opened")
        } catch let error as StoreError {
            #expect(error.description.contains("damaged"))
            #expect(!error.description.contains("SQLITE"))
        }
    }
}
