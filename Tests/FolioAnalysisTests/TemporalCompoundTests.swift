import FolioAnalysis
import FolioCore
import Testing

/// Expressions built from simpler ones, read as plans are (forward) from Tuesday 2013-02-12, and as news.
@Suite struct TemporalCompoundTests {
    let forward = TemporalTagger(orientation: .forward)
    let news = TemporalTagger()
    let tuesday = PublicationDate(year: 2013, month: 2, day: 12)

    func longest(_ tagger: TemporalTagger, _ text: String) -> String? {
        tagger.tag(text, anchor: tuesday).max { $0.length < $1.length }.map { "\($0.value) \($0.granularity.rawValue)" }
    }

    @Test(arguments: [
        ("the first Monday of this month", "2013-02-04 day"),
        ("last friday in october", "2013-10-25 day"),
        ("third tuesday of september 2014", "2014-09-16 day"),
        ("third tuesday after christmas 2014", "2015-01-13 day"),
        ("the 5th last day of May", "2013-05-27 day"),
        ("last day of october 2015", "2015-10-31 day"),
        ("first week of october 2014", "2014-W41 week"),
        ("the second last week of October 2018", "2018-W42 week"),
        ("third last week of 2018", "2018-W50 week"),
        ("20th of next month", "2013-03-20 day"),
        ("20th day of the previous month", "2013-01-20 day"),
        ("three fridays from now", "2013-03-01 day"),
        ("2 thursdays ago", "2013-01-31 day"),
        ("3 years from today", "2016-02-12 day"),
        ("three days after Easter", "2013-04-03 day"),
        ("in a week", "2013-02-19 day"),
        ("three months hence", "2013-05-12 day"),
        ("two years ago", "2011-02 month"),
        ("upcoming two weeks", "2013-W09 week"),
        ("2 upcoming quarters", "2013-Q3 quarter"),
        ("wednesday of next week", "2013-02-20 day"),
        ("last week's sunday", "2013-02-10 day"),
        ("friday after next", "2013-02-22 day"),
        ("March after next", "2014-03 month"),
        ("March in a year", "2014-03 month"),
        ("the day after tomorrow", "2013-02-14 day"),
        ("the week of october 7th", "2013-W41 week"),
        ("the ides of march", "2013-03-15 day"),
        ("Fri, Jul 18", "2014-07-18 day"),
        ("Sunday, Feb 10", "2013-02-10 day"),
        ("february the 15th", "2013-02-15 day"),
        ("the first of march", "2013-03-01 day"),
        ("march third 2015", "2015-03-03 day"),
        ("14april 2015", "2015-04-14 day"),
        ("31-Oct-74", "1974-10-31 day"),
        ("10/31/74", "1974-10-31 day"),
        ("3/3/15", "2015-03-03 day"),
        ("2/15", "2013-02-15 day"),
        ("on 24th", "2013-02-24 day"),
        ("in 14 a.d.", "0014 year"),
        ("sat.", "2013-02-16 day"),
        ("May", "2013-05 month"),
    ])
    func plansReadForward(text: String, expected: String) {
        #expect(longest(forward, text) == expected)
    }

    @Test func newsKeepsItsCautionWithTheSameForms() {
        #expect(news.tag("prices rose 5% in two years", anchor: tuesday).isEmpty)
        #expect(longest(news, "The plant will open in two years.") == "2015 year")
        #expect(news.tag("a ratio of 1/16 and scores of 2-15", anchor: tuesday).isEmpty)
        #expect(longest(news, "The vote is due on 2/15.") == "2013-02-15 day")
        #expect(news.tag("the sun sat low", anchor: tuesday).isEmpty)
        #expect(news.tag("Prime Minister Theresa May.", anchor: tuesday).isEmpty)
        #expect(longest(news, "The talks begin next Wednesday.") == "2013-02-20 day")
        #expect(longest(news, "Talks ended on the first Monday of February.") == "2013-02-04 day")
    }
}
