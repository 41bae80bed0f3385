import FolioAnalysis
import FolioCore
import FolioIngest
import Testing

/// The seed's chronology, locked in: every date expression in the six articles with its value.
/// The seed has no publication dates, so month-days keep an unknown year unless the narrative safely gives it:
/// the border agreements of March 13 and March 31 follow an April 2025 meeting, and were signed in 2025; May 19
/// follows a year placed in the future, and late March follows the CSTO's founding in 1992, an aside.
@Suite struct SeedChronologyTests {
    @Test func everySeedDateExpressionHasItsValue() throws {
        let file = try #require(BundledCorpus.file())
        let parsed = SourceReader.parse(try file.read(), file: "seed", fileExtension: "txt")
        let tagger = TemporalTagger()
        let found = parsed.articles.map { article in
            tagger.tag(article.body, anchor: nil).map { "\($0.text)=\($0.value)" }
        }
        #expect(found == [
            ["2026=2026", "May 19=XXXX-05-19", "November 2024=2024-11", "now=PRESENT_REF", "April 2025=2025-04",
             "March 13=2025-03-13", "March 31=2025-03-31", "2029=2029", "2029=2029"],
            ["1992=1992", "March=XXXX-03", "late March=XXXX-03", "October 2022=2022-10", "February 2022=2022-02",
             "Last year=XXXX", "recently=PAST_REF"],
            ["Now=PRESENT_REF", "Friday=XXXX-WXX-5", "recent=PAST_REF", "Thursday=XXXX-WXX-4"],
            ["February 24, 2022=2022-02-24", "the early 1990s=199", "2020=2020", "1992=1992", "2009=2009", "2018=2018",
             "2019=2019", "2018=2018", "2021=2021", "2022=2022", "2023=2023", "2019=2019", "the mid-1990s=199", "the 2000s=200"],
            ["2025=2025", "Thursday=XXXX-WXX-4", "2024=2024", "2025=2025", "2024=2024", "2025=2025", "December 2024=2024-12"],
            ["November 27, 2024=2024-11-27", "November 21=2024-11-21", "the late 2000s=200", "recently=PAST_REF"],
        ])
    }
}

@Suite struct SentenceReachTests {
    @Test func textWithNoSentenceEndsGivesEachExpressionABoundedSentence() {
        let words = Array(repeating: "oil prices rose in Japan on 3 March 1987", count: 2_000).joined(separator: " ")
        let scalars = Array(words.unicodeScalars)
        let offset = scalars.count / 2 - (scalars.count / 2) % 41
        let bounds = SentenceLocator.bounds(in: scalars, offset: offset, length: 3)
        #expect(bounds.count <= 2 * SentenceLocator.reach + 3)
        #expect(bounds.contains(offset))
        #expect(scalars[bounds.lowerBound] != " " && scalars[bounds.upperBound - 1] != " ")
        #expect(bounds.lowerBound == 0 || scalars[bounds.lowerBound - 1] == " ", "cut between words")
    }
}
