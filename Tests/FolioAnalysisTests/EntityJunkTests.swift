import FolioAnalysis
import FolioCore
import Testing

/// Names that are no person's: initials, companies after `General`, a firm's legal form; titles in a row.
@Suite struct EntityJunkTests {
    let tagger = EntityTagger()

    func people(_ text: String) -> [String] {
        tagger.tag(text).mentions.filter { $0.kind == .person }.map(\.name)
    }

    func organizations(_ text: String) -> [String] {
        tagger.tag(text).mentions.filter { $0.kind == .org }.map(\.name)
    }

    @Test func initialsAreNoPeople() {
        #expect(people("Donald J. Trump bought it, Judge P. Sathasivam ruled.").allSatisfy { $0.count > 2 && !$0.hasSuffix(" J") })
        #expect(people("Ryanair's chief, Michael O'Leary, said so.").count == 1, "an O' is no initial")
    }

    @Test func companiesAreNoPeople() {
        let text = "General Electric Co said it would buy Kidder. General Foods rose. Peter Ehlers GmbH and Permian Partners L.P. agreed."
        #expect(people(text).isEmpty)
        #expect(organizations(text).contains("General Electric Co") && organizations(text).contains("Peter Ehlers GmbH"))
    }

    @Test func titlesInARowAreLeftOut() {
        #expect(people("Lt. Col. Oliver North testified.") == ["Oliver North"])
    }
}
