import FolioAnalysis
import Testing

/// One person under several names across a corpus, and two people who share a surname kept apart.
@Suite struct PersonLinksTests {
    func links(_ names: [String]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: PersonLinks.links(among: names).map { ($0.name, $0.target) })
    }

    @Test func aSurnameAloneIsTheOneFullNameOfThatSurname() {
        #expect(links(["Islam Karimov", "Karimov", "Roza Otunbayeva"]) == ["Karimov": "Islam Karimov"])
        #expect(links(["James Baker", "Howard Baker", "Baker"]).isEmpty, "two people of one surname leave it alone")
    }

    @Test func middleInitialsAndTitlesAreTheSamePerson() {
        #expect(links(["Donald J. Trump", "Donald Trump", "Trump"]) == ["Donald J. Trump": "Donald Trump", "Trump": "Donald Trump"])
        #expect(links(["George W. Bush", "George H. W. Bush", "George Bush"]) == [:], "George Bush is which of them?")
        #expect(links(["Col. Alexander Vindman", "Alexander Vindman", "Vindman"]) == [
            "Col. Alexander Vindman": "Alexander Vindman", "Vindman": "Alexander Vindman",
        ])
    }
}
