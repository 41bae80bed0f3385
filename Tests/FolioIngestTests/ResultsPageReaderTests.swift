import FolioCore
import Testing
@testable import FolioIngest

@Suite struct ResultsPageReaderTests {
    @Test func theSeedPageYieldsSixArticlesFiveRatesAndItsCoverage() throws {
        let parsed = SourceReader.parse(try FixtureFiles.seedBytes(), file: "seed.txt", fileExtension: "txt")
        #expect(parsed.format == .resultsPage)
        #expect(parsed.articles.count == 6)
        #expect(parsed.rates.count == 5)
        #expect(parsed.rates.map(\.pair) == ["KGS/USD", "KZT/USD", "TJS/USD", "UZS/USD", "TMT/USD"])
        #expect(parsed.coverage == Coverage(from: 1, to: 6, of: 31))
        #expect(parsed.articles.filter(\.isExcerpt).count == 3)
        #expect(parsed.warnings.isEmpty)
        #expect(parsed.articles.map(\.title) == [
            "CSTO to Begin Arms Supplies to the Tajik-Afghan Border in 2026",
            "Controversies and Rejections: What Future Awaits the CSTO?",
            "One Military Alliance (CSTO) Monitors Woes of Another (NATO)",
            "Turkey’s Turkic Gambit: Balancing Influence in Post-Soviet States",
            "CSTO to Strengthen Tajik-Afghan Border in 2025",
            "Russia’s Strategic Posturing and Putin’s November Visit to Kazakhstan",
        ])
    }

    @Test func subheadingsRunIntoTheBodyStayInTheBody() throws {
        let parsed = SourceReader.parse(try FixtureFiles.seedBytes(), file: "seed.txt", fileExtension: "txt")
        let first = try #require(parsed.articles.first)
        #expect(first.body.contains("Armed Response to Regional Threats Tasmagambetov highlighted"))
        #expect(first.body.hasSuffix("border infrastructure."))
    }

    @Test func excerptsAreTheThreeBodiesCutOffWithDots() throws {
        let parsed = SourceReader.parse(try FixtureFiles.seedBytes(), file: "seed.txt", fileExtension: "txt")
        #expect(parsed.articles.filter(\.isExcerpt).map(\.title) == [
            "Controversies and Rejections: What Future Awaits the CSTO?",
            "Turkey’s Turkic Gambit: Balancing Influence in Post-Soviet States",
            "Russia’s Strategic Posturing and Putin’s November Visit to Kazakhstan",
        ])
    }

    @Test func anotherPageOfTheSameSiteLoadsWithItsOwnRatesAndCoverage() throws {
        let parsed = try FixtureFiles.parse("central-asia-results-page-2.txt")
        #expect(parsed.format == .resultsPage)
        #expect(parsed.articles.map(\.title) == ["Uzbekistan Opens New Rail Link to Kyrgyzstan", "Kazakhstan Weighs Nuclear Plant Bids"])
        #expect(parsed.rates == [
            RateQuote(pair: "KGS/USD", rate: "0.01150", change: "+0.3%"),
            RateQuote(pair: "KZT/USD", rate: "0.00191", change: "-1%"),
        ])
        #expect(parsed.coverage == Coverage(from: 7, to: 12, of: 31))
        #expect(parsed.articles.map(\.isExcerpt) == [false, true])
    }

    @Test func quotesParseWithOrWithoutABullet() {
        #expect(ResultsPageReader.parseQuote("• KGS/USD = 0.01146 0%") == RateQuote(pair: "KGS/USD", rate: "0.01146", change: "0%"))
        #expect(ResultsPageReader.parseQuote("UZS/USD = 0.00008 -0%")?.change == "-0%")
        #expect(ResultsPageReader.parseQuote("The rate = 5 now") == nil)
        #expect(ResultsPageReader.parseCoverage("Viewing results 7 – 12 of 31") == Coverage(from: 7, to: 12, of: 31))
        #expect(ResultsPageReader.parseCoverage("Viewing results of the vote") == nil)
    }

    @Test func theInverseRateReadsAsUnitsPerDollar() throws {
        let quote = RateQuote(pair: "KGS/USD", rate: "0.01146", change: "0%")
        let inverse = try #require(quote.inverse)
        #expect(abs(inverse - 87.26) < 0.005)
    }
}
