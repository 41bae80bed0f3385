import FolioCore
import Testing

@Suite struct PublicationDateTests {
    @Test(arguments: [
        ("2024-11-27", "2024-11-27"),
        ("2024-11-27T10:00:00Z", "2024-11-27"),
        ("2024-11-27 10:00:00", "2024-11-27"),
        ("2024-11", "2024-11"),
        ("2024", "2024"),
        ("Wed, 27 Nov 2024 10:00:00 +0000", "2024-11-27"),
        ("27 Nov 2024 10:00 GMT", "2024-11-27"),
        ("November 27, 2024", "2024-11-27"),
        ("Nov. 27, 2024", "2024-11-27"),
        ("Sept. 3, 2024", "2024-09-03"),
        ("27 November 2024", "2024-11-27"),
        ("March 2008", "2008-03"),
        ("2024/11/27", "2024-11-27"),
        ("27.11.2024", "2024-11-27"),
        ("03-02-2009", "2009-02-03"),
        ("11/27/2024", "2024-11-27"),
        ("27/11/2024", "2024-11-27"),
    ])
    func commonPublicationDateFormsParse(text: String, iso: String) {
        #expect(PublicationDate(parsing: text)?.iso == iso)
    }

    @Test(arguments: ["03/04/2008", "sometime soon", "2024-13-01", "February 30, 2024", "", "0.01146", "results 1 - 6 of 31"])
    func ambiguousOrInvalidDatesAreRefused(text: String) {
        #expect(PublicationDate(parsing: text) == nil)
    }

    @Test func partialDatesSpanTheirWholePeriod() throws {
        let month = try #require(PublicationDate(parsing: "2024-02"))
        #expect(month.firstDay == "2024-02-01")
        #expect(month.lastDay == "2024-02-29")
    }
}
