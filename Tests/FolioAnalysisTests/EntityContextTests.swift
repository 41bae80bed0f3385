import FolioAnalysis
import FolioCore
import Testing

/// Names found from their context: titles and roles before a person, companies named again without their legal
/// form, and the regions and former countries of ISO 3166.
@Suite struct EntityContextTests {
    let tagger = EntityTagger()

    func found(_ text: String) -> [String] {
        tagger.tag(text).mentions.map { "\($0.text)=\($0.name) \($0.kind.rawValue)" }
    }

    @Test func titlesOfTheNameparserListStandBeforePeople() {
        #expect(found("Defense Secretary Caspar Weinberger spoke.") == ["Caspar Weinberger=Caspar Weinberger person"])
        #expect(found("EC farm Commissioner Frans Andriessen says more.").contains("Frans Andriessen=Frans Andriessen person"))
        #expect(found("Foreign Secretary Philip Hammond left; Hammond returned.") == [
            "Philip Hammond=Philip Hammond person", "Hammond=Philip Hammond person",
        ])
    }

    @Test func aRoleInLowerCaseBeforeTwoCapitalizedWordsIsAPerson() {
        #expect(found("There are no plans for Brazilian finance minister Dilson Funaro to meet bankers. Funaro will explain.") == [
            "Brazilian=Brazil place", "Dilson Funaro=Dilson Funaro person", "Funaro=Dilson Funaro person",
        ])
        #expect(found("said White House spokesman Marlin Fitzwater.").contains("Marlin Fitzwater=Marlin Fitzwater person"))
        #expect(found("controlled by investor Sumner Redstone, who leads") == ["Sumner Redstone=Sumner Redstone person"])
        // A role before a company is no person.
        #expect(found("the adviser Salomon Brothers Inc said").allSatisfy { !$0.hasSuffix("person") })
    }

    @Test func aNameBeforeACommaAndARoleIsAPerson() {
        #expect(found("But Zoltan Boesze, chief of the Finance Ministry, said so. Boesze said more.").filter { $0.hasSuffix("person") } == [
            "Zoltan Boesze=Zoltan Boesze person", "Boesze=Zoltan Boesze person",
        ])
        #expect(found("Private analyst Stephen Hess, a political analyst, told Reuters.").contains("Stephen Hess=Stephen Hess person"))
        #expect(found("Kidder Peabody, the brokerage, said so.").allSatisfy { !$0.hasSuffix("person") })
    }

    @Test func aSurnameBeforeAVerbOfSpeechOrActionIsAPersonThroughoutTheText() {
        #expect(found("Critics of Zapata grew. Zapata ordered his men to march, and Madero refused.") == [
            "Zapata=Zapata person", "Zapata=Zapata person", "Madero=Madero person",
        ])
        #expect(found("Karimov said the border would stay closed. According to Bakiyev, the talks failed.") == [
            "Karimov=Karimov person", "Bakiyev=Bakiyev person",
        ])
        // Companies say things of `it`, or are named beside other words; a people follows `the`.
        #expect(found("Firestone said it has been discussing a sale.").allSatisfy { !$0.hasSuffix("person") })
        #expect(found("The merger of Baker and Hughes Tool Co was delayed. Hughes said the board objected.").last == "Hughes=Hughes Tool Co org")
        #expect(found("For E.F. Hutton said the offer stands.").allSatisfy { !$0.hasSuffix("person") })
        #expect(found("Then the Romans agreed to a truce.").isEmpty)
        // A possessive of a surname's shape, and a small town's name that is a surname too.
        #expect(found("Critics of Karimov's government were jailed. Earlier Karimov was ill. The coach praised Ivanov's team.") == [
            "Karimov=Karimov person", "Karimov=Karimov person", "Ivanov=Ivanov person",
        ])
    }

    @Test func aMiddleInitialIsPartOfTheName() {
        #expect(found("When John F. Kennedy won the election, one issue Kennedy raised was Cuba.").filter { $0.hasSuffix("person") } == [
            "John F. Kennedy=John F. Kennedy person", "Kennedy=John F. Kennedy person",
        ])
        // A town of the gazetteer named after a person, with the person's initial.
        #expect(found("It began in 1910 when Francisco I. Madero succeeded him.") == ["Francisco I. Madero=Francisco I. Madero person"])
        #expect(found("The plant is in Santa Cruz, the company said.") == ["Santa Cruz=Santa Cruz place"])
    }

    @Test func aSurnameAfterATitleAloneNamesThatPersonLater() {
        #expect(found("says President Reagan was ignorant of it. Washington knows that Reagan is not in command.") == [
            "Reagan=Reagan person", "Washington=Washington place", "Reagan=Reagan person",
        ])
    }

    @Test func aCompanyNamedInFullIsNamedAgainWithoutItsLegalForm() {
        #expect(found("Viacom International Inc said it agreed. Viacom shares rose.") == [
            "Viacom International Inc=Viacom International Inc org", "Viacom=Viacom International Inc org",
        ])
        #expect(found("Texaco Inc filed. Later Texaco said it would appeal.") == ["Texaco Inc=Texaco Inc org", "Texaco=Texaco Inc org"])
        #expect(found("Salomon Brothers Inc. said so.") == ["Salomon Brothers Inc.=Salomon Brothers Inc. org"])
        #expect(!found("advised by Montgomery Scott Inc and Woolcott and Co Inc, said each").contains { $0.hasPrefix("Co Inc") },
                "a legal form opens no name of its own")
    }

    @Test func aCountryBeforeAnOrganizationIsPartOfIt() {
        #expect(found("a rescue of AIG by the US Federal Reserve.") == ["AIG=AIG acronym", "US Federal Reserve=Federal Reserve org"])
        #expect(found("tankers for the United States Air Force, and Air Canada") == [
            "United States Air Force=United States Air Force org", "Air Canada=Air Canada org",
        ])
        #expect(found("Oil from Kazakhstan rose.") == ["Kazakhstan=Kazakhstan place"])
    }

    @Test func regionsAndFormerCountriesOfISO3166ArePlaces() {
        #expect(found("Troops left England for Yugoslavia and Czechoslovakia.") == [
            "England=England place", "Yugoslavia=Yugoslavia place", "Czechoslovakia=Czechoslovakia place",
        ])
        #expect(found("Floods hit Sughd.") == ["Sughd=Sughd place"])
    }
}
