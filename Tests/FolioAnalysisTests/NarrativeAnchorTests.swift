import FolioAnalysis
import FolioCore
import Testing

/// A text without a publication date: partial dates take the year of the narrative when that is safe, and every
/// expression says where its year came from.
@Suite struct NarrativeAnchorTests {
    let tagger = TemporalTagger()

    func tagged(_ text: String, anchor: PublicationDate? = nil) -> [String] {
        tagger.tag(text, anchor: anchor).map { "\($0.text)=\($0.value) \($0.anchor.rawValue)" }
    }

    @Test func aPartialDateTakesTheYearOfTheLatestDateBeforeIt() throws {
        let text = "In March 1919 the revolt began. On April 16 the troops left, and in the spring the city fell."
        #expect(tagged(text) == ["March 1919=1919-03 explicit", "April 16=1919-04-16 narrative", "spring=1919-SP narrative"])
        let april = try #require(tagger.tag(text, anchor: nil).first { $0.text == "April 16" })
        #expect(april.anchoredBy == 3, "the year came from March 1919, at code point 3")
    }

    @Test func theNarrativeMovesOnAndCountsFromItsLatestDate() {
        #expect(tagged("In December 1941 Japan attacked. In January the Allies met.") == [
            "December 1941=1941-12 explicit", "January=1942-01 narrative",
        ])
        #expect(tagged("By September 1940 the raids began. In June the fleet had sailed.") == [
            "September 1940=1940-09 explicit", "June=1940-06 narrative",
        ])
        #expect(tagged("On April 28, 1945 he was caught. Two days later he died; the next year the trials began.") == [
            "April 28, 1945=1945-04-28 explicit", "Two days later=1945-04-30 narrative", "next year=1946 narrative",
        ])
    }

    @Test func weakCuesOfTheFutureAreThePastInANarrative() {
        #expect(tagged("The offensive began on 8 August 1918, in fighting which lasted until 16 August.") == [
            "8 August 1918=1918-08-08 explicit", "16 August=1918-08-16 narrative",
        ])
    }

    @Test func aDayIsNeverCountedFromAYearAlone() {
        #expect(tagged("The story appeared in 1853. The next day he came back.") == ["1853=1853 explicit", "next day=XXXX-XX-XX unknown"])
        #expect(tagged("The story appeared in May 1853. The following month he came back.") == [
            "May 1853=1853-05 explicit", "following month=1853-06 narrative",
        ])
    }

    @Test func aDateOfTheNarrativesFutureLeavesTheOneBeforeItStanding() {
        #expect(tagged("On 10 March 1975 the offensive began. A campaign would follow in 1976. Hue fell on 31 March, before 1 May.") == [
            "10 March 1975=1975-03-10 explicit", "1976=1976 explicit", "31 March=1975-03-31 narrative", "1 May=1975-05-01 narrative",
        ])
    }

    @Test func aHeadingOpensItsSection() {
        #expect(tagged("It was valid until 14 September 1978.\n\nAcross the parallel: Chinese Winter Offensive (early 1951)\n\nIn January the front moved.") == [
            "14 September 1978=1978-09-14 explicit", "Winter=XXXX-WI unknown", "early 1951=1951 explicit", "January=1951-01 narrative",
        ])
    }

    @Test func namesThatHoldAMonthOrASeasonAreNoDates() {
        #expect(tagged("In April 1975 the army retreated.\n\nFall of Saigon\n\nThe Indochinese March Battalion held.").map { $0 } == [
            "April 1975=1975-04 explicit",
        ])
    }

    @Test func theSeedsHardCaseStaysUnknown() {
        let text = "Beginning in 2026, the CSTO will start delivering weapons to the border. This development was announced on May 19."
        #expect(tagged(text) == ["2026=2026 explicit", "May 19=XXXX-05-19 unknown"], "a past sentence does not take a year placed in the future")
    }

    @Test func anAsideFarBeforeTheNarrativeIsNoReference() {
        let text = "Founded in 1992, the CSTO has six members. Responding in late March, he recorded a video. In October 2022 he spoke again."
        #expect(tagged(text) == ["1992=1992 explicit", "late March=XXXX-03 unknown", "October 2022=2022-10 explicit"])
    }

    @Test func aHeadingEndsTheNarrativeUnlessItGoesOn() {
        #expect(tagged("The uprising began in 1919.\n\nAftermath\n\nOn April 16 the troops left. In 1925 a monument rose.") == [
            "1919=1919 explicit", "April 16=XXXX-04-16 unknown", "1925=1925 explicit",
        ])
        #expect(tagged("The uprising began in 1919.\n\nAftermath\n\nOn April 16 the troops left.") == [
            "1919=1919 explicit", "April 16=1919-04-16 narrative",
        ])
        #expect(tagged("The uprising began in 1919.\n\nAftermath\n\nOn April 16 the troops left. By 1920 it was over.") == [
            "1919=1919 explicit", "April 16=1919-04-16 narrative", "1920=1920 explicit",
        ])
    }

    @Test func periodsCountedFromThePresentAreNotTheNarratives() {
        #expect(tagged("In February 2022 the war began. Last year a court ruled.") == [
            "February 2022=2022-02 explicit", "Last year=XXXX unknown",
        ])
        #expect(tagged("Today the talks resumed after March 2024.") == ["Today=XXXX-XX-XX unknown", "March 2024=2024-03 explicit"])
    }

    @Test func withAPublicationDateNewsAnchoringStaysAndTheNarrativeIsFollowed() {
        let published = PublicationDate(year: 2005, month: 6, day: 1)
        #expect(tagged("The report, written in 1999, was published the following year.", anchor: published) == [
            "1999=1999 explicit", "following year=2000 narrative",
        ])
        #expect(tagged("Prices rose in March.", anchor: published) == ["March=2005-03 publication"])
        #expect(tagged("The vote was on June 2, 1998. That same day the rally ended.", anchor: published) == [
            "June 2, 1998=1998-06-02 explicit", "That same day=1998-06-02 narrative",
        ])
        #expect(tagged("In May 2001 the plan was drawn up; that month the money ran out.", anchor: published) == [
            "May 2001=2001-05 explicit", "that month=2001-05 narrative",
        ])
    }
}

/// Well-known dates named by their event are that day in an article of any year.
@Suite struct NamedDateTests {
    let published = PublicationDate(year: 2005, month: 6, day: 1)

    func tagged(_ text: String) -> [String] {
        TemporalTagger().tag(text, anchor: published).map { "\($0.text)=\($0.value) \($0.anchor.rawValue)" }
    }

    @Test(arguments: [
        ("After the September 11 attacks, the US invaded.", "September 11=2001-09-11 explicit"),
        ("Since the 11 September attacks, rules changed.", "the 11 September=2001-09-11 explicit"),
        ("Since 9/11 the rules changed.", "9/11=2001-09-11 explicit"),
        ("The 7/7 bombings shook London.", "The 7/7=2005-07-07 explicit"),
        ("On D-Day the Allies landed.", "D-Day=1944-06-06 explicit"),
        ("Crowds filled the streets on V-E Day.", "V-E Day=1945-05-08 explicit"),
        ("Crowds filled the streets on VE Day.", "VE Day=1945-05-08 explicit"),
        ("The crash on Black Monday wiped out gains.", "Black Monday=1987-10-19 explicit"),
        ("Synagogues burned on Kristallnacht.", "Kristallnacht=1938-11-09 explicit"),
    ])
    func aNamedDateIsItsOwnDay(text: String, expected: String) {
        #expect(tagged(text) == [expected])
    }

    @Test func theSameWordsWithoutTheEventAreAnOrdinaryDate() {
        #expect(tagged("The hearing is on September 11.") == ["September 11=2005-09-11 publication"])
        #expect(!tagged("It was signed on 9/11/2003.").contains { $0.contains("2001") })
        #expect(tagged("The September 11, 2002 memorial was held.") == ["September 11, 2002=2002-09-11 explicit"])
    }
}

/// A four-digit number is a year only where the words around it make it one.
@Suite struct NumbersThatAreNotYearsTests {
    func years(_ text: String, anchor: PublicationDate? = PublicationDate(year: 2016, month: 5, day: 1)) -> [String] {
        TemporalTagger().tag(text, anchor: anchor).map { "\($0.text)=\($0.value)" }
    }

    @Test(arguments: [
        "Погибли 1100 украинских солдат.", "The Panzerhaubitze 2000 fired.", "Shares rose 1218 pence.",
        "Trading ran from 1130 to 1215 GMT.", "A 2048 * 1080 pixels screen.", "Euro1080 and A320 planes.",
        "The film \"2046\" opened.", "Wong's film 2046 was shown.", "The Russell 2000 index fell.", "They sent 2000 troops.",
        "The Dow fell 508 points to 1738.", "The meeting starts at 1400 local.", "Declines led advances 1121 to 504.",
        "It bought two Lockheed L-1011 jets.", "Drilling in section 1002 of the refuge.", "The code 2146 was used.",
        "Prices were 147.0 1504 and 156.8.", "It begins at 1400 Gulf time.", "Orders after 1530 were refused.", "The index hit 1753.",
        "Укладка 1600-километрового кабеля.", "«Славута» (ЗАЗ-1103) была построена.", "hard red winter 1639 1635 54", "the 1500 listed companies", "Agriculture Department release (1500)", "# rev 4:1636 pushed",
    ])
    func aNumberThatIsNotAYearIsLeftOut(text: String) {
        #expect(years(text).isEmpty, "\(text)")
    }

    @Test func yearsKeepTheirPlace() {
        #expect(years("Погибли солдаты в 2015 году.") == ["2015=2015"])
        #expect(years("Нефтепровод заработал в конце 2010-го.") == ["2010=2010"])
        #expect(years("The 1999 elections were held.") == ["1999=1999"])
        #expect(years("In 1999 the troops left.") == ["1999=1999"])
        #expect(years("By 2146 the sea will rise.") == ["2146=2146"])
        #expect(years("The plant was built in 1893.") == ["1893=1893"])
        #expect(years("It was settled between 1250 and 1300, and charted c. 1769.") == ["1250=1250", "1300=1300", "1769=1769"])
        #expect(years("Adapted from an 1865 novella; Brunner (1851) wrote of it.") == ["1865=1865", "1851=1851"])
        #expect(years("Throughout 1915-17, the war went on.", anchor: nil) == ["1915=1915", "17=1917"])
        #expect(TemporalTagger().tag("his first visit in 1769–70", anchor: PublicationDate(year: 2016, month: 5, day: 1)).map(\.anchor) == [.explicit, .explicit])
        #expect(years("Western Theater 1861-1863", anchor: nil) == ["1861=1861", "1863=1863"])
        #expect(years("Proceedings 95 (15): 9047–52.", anchor: nil).isEmpty, "pages, not years")
        #expect(years("ISBN 0-7735-2163-1.", anchor: nil).isEmpty)
        #expect(years("An expedition, 1846-8.", anchor: nil) == ["1846=1846"])
    }

    @Test func yearsOfAnEraAreWrittenWithIt() {
        #expect(years("In 493 BC and in 499–493 BC, and in the 4th century BC.", anchor: nil) == [
            "493 BC=BC0493", "499=BC0499", "493 BC=BC0493", "the 4th century BC=BC03",
        ])
        #expect(years("It fell in 1066 AD.", anchor: nil) == ["1066 AD=1066"])
        let bc = TemporalTagger().tag("in 490 B.C.", anchor: nil)
        #expect(bc.map(\.value) == ["BC0490"] && bc.first?.start == "-0490-01-01" && bc.first?.end == "-0490-12-31", "ISO 8601's expanded years")
    }
}
