import FolioCore
import FolioStore
import Testing

@Suite struct SearchTests {
    let store: CorpusStore

    init() throws {
        store = try SeedStore.make()
    }

    @Test func theTajikAfghanBorderPhraseRanksTheTwoBorderArticlesFirst() throws {
        let titles = try SeedStore.titles(store, "\"Tajik-Afghan border\"")
        #expect(Set(titles.prefix(2)) == [
            "CSTO to Strengthen Tajik-Afghan Border in 2025",
            "CSTO to Begin Arms Supplies to the Tajik-Afghan Border in 2026",
        ])
    }

    @Test func unquotedHyphenatedWordsSearchAsAPhrase() throws {
        #expect(try SeedStore.titles(store, "Tajik-Afghan").count == 2)
        #expect(try SeedStore.titles(store, "Baku-Tbilisi-Ceyhan") == [
            "Russia’s Strategic Posturing and Putin’s November Visit to Kazakhstan",
        ])
    }

    @Test func phrasesNeedTheirWordsInOrder() throws {
        #expect(try SeedStore.titles(store, "\"paper tiger\"") == ["One Military Alliance (CSTO) Monitors Woes of Another (NATO)"])
        #expect(try SeedStore.titles(store, "\"tiger paper\"").isEmpty)
    }

    @Test func notAndMinusExcludeArticles() throws {
        let all = try SeedStore.titles(store, "CSTO")
        let withoutArmenia = try SeedStore.titles(store, "CSTO -Armenia")
        #expect(all.count == 5)
        #expect(Set(withoutArmenia) == ["CSTO to Begin Arms Supplies to the Tajik-Afghan Border in 2026",
                                           "Turkey’s Turkic Gambit: Balancing Influence in Post-Soviet States"])
        #expect(try SeedStore.titles(store, "CSTO NOT Armenia") == withoutArmenia)
    }

    @Test func prefixSearchMatchesWordStarts() throws {
        #expect(try SeedStore.titles(store, "Oresh*").count == 1)
        #expect(try SeedStore.titles(store, "Oresh").isEmpty)
    }

    @Test func apostrophesCurlyOrStraightFindThePossessive() throws {
        let curly = try SeedStore.titles(store, "Turkey’s")
        let straight = try SeedStore.titles(store, "Turkey's")
        #expect(!curly.isEmpty)
        #expect(curly == straight)
        #expect(curly.contains("Turkey’s Turkic Gambit: Balancing Influence in Post-Soviet States"))
    }

    @Test func diacriticsAndCaseDoNotMatter() throws {
        #expect(try SeedStore.titles(store, "Ataturk") == ["Turkey’s Turkic Gambit: Balancing Influence in Post-Soviet States"])
        #expect(try SeedStore.titles(store, "ATATÜRK") == ["Turkey’s Turkic Gambit: Balancing Influence in Post-Soviet States"])
    }

    @Test func orAndParenthesesCombine() throws {
        #expect(try SeedStore.titles(store, "Izvestia OR Interfax").count == 2)
        #expect(try SeedStore.titles(store, "CSTO (Izvestia OR Interfax)").count == 2)
    }

    @Test func titleOnlySearchIgnoresBodies() throws {
        #expect(try SeedStore.titles(store, "Kazakhstan", column: .title) == [
            "Russia’s Strategic Posturing and Putin’s November Visit to Kazakhstan",
        ])
        #expect(try SeedStore.titles(store, "Kazakhstan", column: .body).count == 6)
    }

    @Test func resultsCarryTotalsSnippetsAndRanks() throws {
        let results = try store.search(SearchQuery(parsing: "CSTO"), limit: 2)
        #expect(results.total == 5)
        #expect(results.hits.map(\.rank) == [1, 2])
        #expect(results.hits.allSatisfy { $0.snippet.contains("\u{2}CSTO\u{3}") })
    }

    @Test func tiesAreBrokenById() throws {
        let hits = try store.search(SearchQuery(parsing: "CSTO"), limit: 10).hits
        for (left, right) in zip(hits, hits.dropFirst()) where left.score == right.score {
            #expect(left.id < right.id)
        }
    }

    @Test func cyrillicTextIsIndexedAndFound() throws {
        let memory = try CorpusStore()
        let article = Article(id: ArticleID(hex: String(repeating: "a", count: 64)), title: "Новости Душанбе", body: "Ёлка и Пограничная служба Таджикистана.")
        try memory.replaceFile(
            StoredFile(path: "/x", displayName: "x", size: 1, modified: 1, hash: "h", format: "text", coverage: nil),
            articles: [article], rates: [])
        #expect(try memory.search(SearchQuery(parsing: "таджикистана")).total == 1)
        #expect(try memory.search(SearchQuery(parsing: "пограничн*")).total == 1)
    }
}
