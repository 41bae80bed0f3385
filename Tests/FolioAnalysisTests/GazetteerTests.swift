import FolioAnalysis
import FolioCore
import Testing

/// The places of GeoNames: towns the curated lists never named, the longest name first, and a town's name
/// that a person or a company also has read by its context.
@Suite struct GazetteerTests {
    let tagger = EntityTagger()

    func places(_ text: String) -> [String] {
        tagger.tag(text).mentions.filter { $0.kind == .place }.map { "\($0.text)=\($0.name)" }
    }

    func people(_ text: String) -> [String] {
        tagger.tag(text).mentions.filter { $0.kind == .person }.map(\.name)
    }

    @Test func citiesAndRegionsOfGeoNamesArePlaces() {
        #expect(places("Troops were sent to Mosul, Khujand and Shymkent; Osh was calm.") == [
            "Mosul=Mosul", "Khujand=Khujand", "Shymkent=Shymkent", "Osh=Osh",
        ])
        #expect(places("Protesters gathered in Andijan, then in Raqqa.") == ["Andijan=Andijon", "Raqqa=Ar Raqqah"], "spellings news uses")
        #expect(places("The governor of Inner Mongolia visited.") == ["Inner Mongolia=Inner Mongolia"])
        #expect(places("Fighters regrouped in Raqqah and in Najaf.") == ["Raqqah=Ar Raqqah", "Najaf=Najaf"], "an Arabic name without its article")
        #expect(places("The planes are assembled in Mobile, Alabama, and flown from Everett, Washington.") == [
            "Mobile=Mobile", "Alabama=Alabama", "Everett=Everett", "Washington=Washington",
        ], "a town before its state")
        #expect(places("They landed at Singapore's Changi International Airport, then at Heathrow airport. The Airport closed.") == [
            "Singapore=Singapore", "Changi International Airport=Changi International Airport", "Heathrow airport=Heathrow Airport",
        ], "an airport is a place")
        #expect(places("Earlier, Japan said so. In December, Russia agreed. Jerry Brown, California's governor, spoke.") == [
            "Japan=Japan", "Russia=Russia", "California=California",
        ])
    }

    @Test func theLongestNameWins() {
        #expect(places("Voters in New Jersey and New Mexico, and a mayor of Jersey City.") == [
            "New Jersey=New Jersey", "New Mexico=New Mexico", "Jersey City=Jersey City",
        ])
    }

    @Test func aTownsNameIsAPersonOrACompanyWhereTheTextSaysSo() {
        #expect(people("Orlando Bloom arrived; Barack Obama spoke, and Obama left.") == ["Orlando Bloom", "Barack Obama", "Barack Obama"])
        #expect(places("Orlando Bloom arrived in Orlando.") == ["Orlando=Orlando"])
        #expect(places("Peabody said profits rose. Wells Fargo lent more.") == [], "a small town's name alone, or inside a name, is no place")
        #expect(places("The plant near Peabody closed; another opened in Warburg.") == ["Peabody=Peabody", "Warburg=Warburg"])
        #expect(places("In March and on Monday, sales rose.") == [], "months and days are never places")
    }
}

/// People named without a title or a known given name, by the shape of Central Asian and Slavic surnames.
@Suite struct NameShapeTests {
    let tagger = EntityTagger()

    @Test func centralAsianSurnamesNameTheirPeople() {
        let people = tagger.tag("Islam Karimov met Kurmanbek Bakiyev and Roza Otunbayeva; Emomali Rahmonzoda spoke.")
            .mentions.filter { $0.kind == .person }.map(\.name)
        #expect(people == ["Islam Karimov", "Kurmanbek Bakiyev", "Roza Otunbayeva", "Emomali Rahmonzoda"])
        #expect(tagger.tag("Universitatea Craiova won.").mentions.allSatisfy { $0.kind != .person }, "a town's name is no surname")
    }
}
