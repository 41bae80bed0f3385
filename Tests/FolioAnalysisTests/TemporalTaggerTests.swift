import FolioAnalysis
import FolioCore
import Testing

@Suite struct TemporalTaggerTests {
    let tagger = TemporalTagger()
    let anchor = PublicationDate(year: 2024, month: 11, day: 28)

    func values(_ text: String, anchor: PublicationDate? = nil) -> [String] {
        tagger.tag(text, anchor: anchor).map { "\($0.text)=\($0.value)" }
    }

    @Test(arguments: [
        ("On November 27, 2024 the visit began.", "November 27, 2024=2024-11-27"),
        ("It ended 27 November 2024.", "27 November 2024=2024-11-27"),
        ("Filed 2024-11-27 by staff.", "2024-11-27=2024-11-27"),
        ("Dated 27.11.2024 here.", "27.11.2024=2024-11-27"),
        ("Dated 11/27/2024 here.", "11/27/2024=2024-11-27"),
        ("Approved in November 2024 in Astana.", "November 2024=2024-11"),
        ("Deliveries begin in 2026.", "2026=2026"),
        ("Hungary (2018) observes.", "2018=2018"),
        ("It formalized this in the early 1990s with a doctrine.", "the early 1990s=199"),
        ("Relations dated back to the mid-1990s.", "the mid-1990s=199"),
        ("It grew skeptical in the 2000s.", "the 2000s=200"),
        ("In the 20th century, borders moved.", "the 20th century=19"),
        ("Results for Q3 2023 came in.", "Q3 2023=2023-Q3"),
        ("Sales fell in the first quarter of 2024.", "first quarter of 2024=2024-Q1"),
        ("Talks resume in summer 2025.", "summer 2025=2025-SU"),
        ("Figures for 2014-10 are in.", "2014-10=2014-10"),
        ("Profit rose in the 4th quarter 2018.", "4th quarter 2018=2018-Q4"),
        ("It was signed on the first of March 2015.", "the first of March 2015=2015-03-01"),
    ])
    func fullAndPartialDatesNormalize(text: String, expected: String) {
        #expect(values(text) == [expected])
    }

    @Test func partialDatesWithoutAPublicationDateKeepAnUnknownYear() {
        #expect(values("announced on May 19 by the secretary") == ["May 19=XXXX-05-19"])
        #expect(values("Nov. 27 was the day") == ["Nov. 27=XXXX-11-27"])
        #expect(values("On November 27, 2024 he visited; on November 21 missiles flew.") == [
            "November 27, 2024=2024-11-27", "November 21=2024-11-21",
        ])
        #expect(values("In April 2025 they met; on March 13 they signed.") == ["April 2025=2025-04", "March 13=2025-03-13"])
    }


    @Test func relativeExpressionsResolveAgainstThePublicationDate() {
        #expect(values("Last year a court ruled.", anchor: anchor) == ["Last year=2023"])
        #expect(values("It opens next month.", anchor: anchor) == ["next month=2024-12"])
        #expect(values("It closed two weeks ago.", anchor: anchor) == ["two weeks ago=2024-11-14"])
        #expect(values("Officials said on Thursday.", anchor: anchor) == ["Thursday=2024-11-28"])
        #expect(values("Officials met on Monday.", anchor: anchor) == ["Monday=2024-11-25"])
        #expect(values("The ministry will meet on Monday.", anchor: anchor) == ["Monday=2024-12-02"])
        #expect(values("Earlier this year prices rose.", anchor: anchor) == ["Earlier this year=2024"])
        #expect(values("It happened yesterday.", anchor: anchor) == ["yesterday=2024-11-27"])
        #expect(values("told the panel at today's hearing", anchor: anchor) == ["today=2024-11-28"])
        #expect(values("Sales in May were low.", anchor: anchor) == ["May=2024-05"])
        #expect(values("Last year a court ruled.") == ["Last year=XXXX"])
    }

    @Test func theTenseOfTheSentenceChoosesTheYearOfAPartialDate() {
        let january = PublicationDate(year: 2010, month: 1, day: 25)
        #expect(values("The plane made its maiden flight on 11 December.", anchor: january) == ["11 December=2009-12-11"])
        #expect(values("The sale should be completed in October.", anchor: PublicationDate(year: 2009, month: 6, day: 5)) == ["October=2009-10"])
        #expect(values("The deal will be finalized by June 10.", anchor: PublicationDate(year: 2011, month: 5, day: 29)) == ["June 10=2011-06-10"])
        #expect(values("The trial is set to begin on Wednesday.", anchor: PublicationDate(year: 2006, month: 3, day: 28)) == ["Wednesday=2006-03-29"])
        #expect(values("Markets stay closed until Friday.", anchor: PublicationDate(year: 2008, month: 9, day: 18)) == ["Friday=2008-09-19"])
        #expect(values("Franchises end after October of next year.", anchor: PublicationDate(year: 2009, month: 5, day: 15)) == [
            "October=2010-10", "next year=2010",
        ])
    }

    @Test func theDayRefersToTheLastDayTheTextNamed() {
        let tuesday = PublicationDate(year: 2009, month: 2, day: 24)
        #expect(values("Stocks fell on Monday. The index ended the day lower.", anchor: tuesday) == ["Monday=2009-02-23", "the day=2009-02-23"])
        #expect(values("The index ended the day lower.", anchor: tuesday) == ["the day=2009-02-24"])
    }

    @Test func referencesToThePastAndPresentAndAnaphoricOffsets() {
        #expect(values("the bad decisions of the past, he said", anchor: anchor) == ["the past=PAST_REF"])
        #expect(values("It will continue for the time being.", anchor: anchor) == ["the time being=PRESENT_REF"])
        #expect(values("In the same period a year earlier it gained.", anchor: anchor) == ["a year earlier=2023"])
    }

    @Test func anaphoricPeriodsReferToWhatTheTextLastNamed() {
        let february = PublicationDate(year: 2009, month: 2, day: 3)
        #expect(values("Sales fell in January, compared to the same month a year ago.", anchor: february) == [
            "January=2009-01", "the same month a year ago=2008-01",
        ])
        #expect(values("Costs fell last year, $19.8 billion than the year previous.", anchor: PublicationDate(year: 2010, month: 1, day: 28)) == [
            "last year=2009", "the year previous=2008",
        ])
        #expect(values("It lost $4.8 billion in the fourth quarter of 2005 and $8.6 billion for the entire year.", anchor: PublicationDate(year: 2006, month: 1, day: 27)) == [
            "fourth quarter of 2005=2005-Q4", "the entire year=2005",
        ])
        #expect(values("Results of 1986 were hit in the fourth quarter of that year.", anchor: PublicationDate(year: 1987, month: 3, day: 2)) == [
            "1986=1986", "fourth quarter=1986-Q4", "that year=1986",
        ])
    }

    @Test func wordsThatOnlyLookLikeDatesAreLeftOut() {
        #expect(values("a speech against the now-cancelled deal", anchor: anchor).isEmpty)
        #expect(values("at the soon-to-open terminal", anchor: anchor).isEmpty)
        #expect(values("that future Apple computers will use Intel", anchor: anchor).isEmpty)
        #expect(values("on their most recent iPhone model", anchor: anchor).isEmpty)
        #expect(values("The Russell 2000 Index of smaller companies fell.", anchor: anchor).isEmpty)
        #expect(values("It may grow in the future.", anchor: anchor) == ["the future=FUTURE_REF"])
    }

    @Test func newswireFormsKeepTheirYear() {
        let march = PublicationDate(year: 1987, month: 3, day: 30)
        #expect(values("A meeting could be held by end-May, he said.", anchor: march) == ["May=1987-05"])
        #expect(values("Profits fell due to snowstorms in January.", anchor: march) == ["January=1987-01"])
        #expect(values("The loan fell due at the end of February.", anchor: march) == ["February=1987-02"])
        #expect(values("The study is due no later than December 31 this year.", anchor: march) == ["December 31 this year=1987-12-31"])
        #expect(values("Revenue rose over the 1986 third quarter.", anchor: march) == ["1986 third quarter=1986-Q3"])
        #expect(values("the well known as Trout A14-8-89-3 W5M", anchor: march).isEmpty)
        #expect(values("He joined in 1971. A year later he was promoted.", anchor: march) == ["1971=1971", "A year later=1972"])
        #expect(values("Imports fell from 10.12 billion a year earlier and 8.94 billion a year earlier.", anchor: march) == [
            "a year earlier=1986", "a year earlier=1986",
        ])
    }

    @Test func aQuarterJustAheadIsTheComingOne() {
        let august = PublicationDate(year: 2006, month: 8, day: 19)
        #expect(values("Plants close during the fourth quarter.", anchor: august) == ["fourth quarter=2006-Q4"])
        #expect(values("Profit rose in the first quarter.", anchor: august) == ["first quarter=2006-Q1"])
    }

    @Test func theForwardOrientationReadsWeekdaysAndMonthsAsComing() {
        let forward = TemporalTagger(orientation: .forward)
        let anchor = PublicationDate(year: 2013, month: 2, day: 12)
        #expect(forward.tag("monday", anchor: anchor).map(\.value) == ["2013-02-18"])
        #expect(forward.tag("january", anchor: anchor).map(\.value) == ["2014-01"])
        #expect(forward.tag("Tuesday the 19th", anchor: anchor).map(\.value) == ["2013-02-19"])
        #expect(tagger.tag("Officials met on Monday.", anchor: anchor).map(\.value) == ["2013-02-11"])
    }

    @Test func rangesTagEachEnd() {
        #expect(values("from 2018 to 2020") == ["2018=2018", "2020=2020"])
        #expect(values("The program will run until 2029.") == ["2029=2029"])
        #expect(values("A Strategic Focus Through 2029") == ["2029=2029"])
        #expect(values("Founded in 1992, the bloc grew.") == ["1992=1992"])
    }

    @Test(arguments: [
        "KGS/USD = 0.01146 0%",
        "spanning more than 100 kilometers",
        "about 661 Kazakh citizens have fought",
        "Viewing results 1 - 6 of 31",
        "a US$ 40 billion contract worth $2,000 each",
        "The offer ends at 1700 EDT (2100 GMT) on the day.",
        "the newly acquired 1200-ton per day mill",
        "DEL GRADES  871  1296  2046  NON-DEL",
        "2000 troops crossed",
        "turnout reached 45% at 10:30",
        "more than six years in jail",
        "after three years of war",
        "it may rise, said the march organizers",
    ])
    func numbersThatAreNotDatesStayOut(text: String) {
        #expect(values(text).isEmpty)
    }

    @Test func offsetsCountCodePointsAndTheTextIsThatSlice() throws {
        let text = "Тасмагамбетов said “soon”: on November 27, 2024, Putin came."
        let found = try #require(tagger.tag(text, anchor: nil).first { $0.value == "2024-11-27" })
        let scalars = Array(text.unicodeScalars)
        let slice = String(String.UnicodeScalarView(scalars[found.offset..<(found.offset + found.length)]))
        #expect(slice == found.text)
        #expect(found.text == "November 27, 2024")
        #expect(found.start == "2024-11-27" && found.end == "2024-11-27")
        #expect(found.granularity == .day)
    }

    @Test func spansAreInclusiveAndUnknownYearsHaveNone() throws {
        let month = try #require(tagger.tag("in February 2024", anchor: nil).first)
        #expect(month.start == "2024-02-01" && month.end == "2024-02-29")
        let decade = try #require(tagger.tag("the 1990s", anchor: nil).first)
        #expect(decade.start == "1990-01-01" && decade.end == "1999-12-31" && decade.granularity == .decade)
        let unknown = try #require(tagger.tag("on May 19", anchor: nil).first)
        #expect(unknown.start == nil && unknown.end == nil)
    }
}
