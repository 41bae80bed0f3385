import FolioAnalysis
import FolioCore
import Testing

@Suite struct EntityTaggerTests {
    let tagger = EntityTagger()

    func found(_ text: String) -> [String] {
        tagger.tag(text).mentions.map { "\($0.text)=\($0.name) \($0.kind.rawValue)" }
    }

    @Test func countriesCitiesAndDemonymsArePlaces() {
        #expect(found("Kazakhstan and Russia met in Astana.") == ["Kazakhstan=Kazakhstan place", "Russia=Russia place", "Astana=Astana place"])
        #expect(found("a Kazakh national and Kazakhstani troops") == ["Kazakh=Kazakhstan place", "Kazakhstani=Kazakhstan place"])
        #expect(found("the Russian newspaper and Turkish, Tajik and Armenian officials") == [
            "Russian=Russia place", "Turkish=Turkey place", "Tajik=Tajikistan place", "Armenian=Armenia place",
        ])
        #expect(found("Supplies to the Tajik-Afghan border") == ["Tajik=Tajikistan place", "Afghan=Afghanistan place"])
        #expect(found("He flew to the Russian Federation and Türkiye.") == ["Russian Federation=Russia place", "Türkiye=Turkey place"])
    }

    @Test func possessivesWithEitherApostropheNameTheEntity() {
        #expect(found("Turkey’s role and Turkey's role") == ["Turkey=Turkey place", "Turkey=Turkey place"])
        #expect(found("Russia’s Wagner Group fought.") == ["Russia=Russia place", "Wagner Group=Wagner Group org"])
    }

    @Test func acronymDefinitionsLinkTheLongAndShortForms() {
        let tagging = tagger.tag("The Collective Security Treaty Organization (CSTO) met. The CSTO’s budget grew; CSTO members agreed.")
        #expect(tagging.acronyms == [AcronymDefinition(short: "CSTO", long: "Collective Security Treaty Organization")])
        #expect(tagging.mentions.map(\.name) == Array(repeating: "Collective Security Treaty Organization", count: 4))
        let unknown = tagger.tag("The Targeted Oil Route Council (TORC) met; TORC grew.")
        #expect(unknown.acronyms == [AcronymDefinition(short: "TORC", long: "Targeted Oil Route Council")])
        #expect(unknown.mentions.map(\.name) == ["Targeted Oil Route Council", "Targeted Oil Route Council", "Targeted Oil Route Council"])
        #expect(tagger.tag("Talks under the GATT resumed.").mentions.map(\.kind) == [.acronym])
    }

    @Test func capitalsThatNameNoOrganizationAreNoAcronym() {
        for text in ["Prices in USD rose.", "The meeting opened at 1200 UTC on the day.", "The CEO left.", "A NOTE to holders.",
                     "Volume II of the report.", "He bought a CD and 12 BBL of oil.", "Kazakhstan's first nuclear power plant (NPP) and the NPP's site.",
                     "Oil enters the Baku-Tbilisi-Ceyhan (BTC) pipeline; the BTC is full.", "Shares rose.\n REUTER"] {
            #expect(tagger.tag(text).mentions.filter { $0.kind == .acronym || $0.kind == .org }.isEmpty, "\(text)")
        }
    }

    @Test func namesAfterTitlesArePeopleAndSurnamesLinkBack() {
        #expect(found("said President Vladimir Putin. Putin left.") == ["Vladimir Putin=Vladimir Putin person", "Putin=Vladimir Putin person"])
        #expect(found("CSTO Secretary General Imangali Tasmagambetov spoke; Tasmagambetov added") == [
            "CSTO=Collective Security Treaty Organization org", "Imangali Tasmagambetov=Imangali Tasmagambetov person",
            "Tasmagambetov=Imangali Tasmagambetov person",
        ])
        #expect(found("Armenian Prime Minister Nikol Pashinyan said") == ["Armenian=Armenia place", "Nikol Pashinyan=Nikol Pashinyan person"])
        #expect(found("the organization’s Secretary General, Imangali Tasmagambetov, said") == [
            "Imangali Tasmagambetov=Imangali Tasmagambetov person",
        ])
        #expect(found("analyst Igor Lepekha wrote") == ["Igor Lepekha=Igor Lepekha person"])
    }

    @Test func organizationsByTheirLastWord() {
        #expect(found("the Caspian Pipeline Consortium and the CSTO Parliamentary Assembly") == [
            "Caspian Pipeline Consortium=Caspian Pipeline Consortium org", "CSTO Parliamentary Assembly=CSTO Parliamentary Assembly org",
        ])
        #expect(found("Kazakhstan’s Ministry of Foreign Affairs said") == [
            "Kazakhstan=Kazakhstan place", "Ministry of Foreign Affairs=Ministry of Foreign Affairs org",
        ])
        #expect(found("Athens led the Delian League; the Arab League met.") == [
            "Athens=Athens place", "Delian League=Delian League org", "Arab League=Arab League org",
        ])
        #expect(found("Iraqi security forces and Ukrainian armed forces advanced; Russian forces withdrew.") == [
            "Iraqi security forces=Iraqi security forces org", "Ukrainian armed forces=Ukrainian armed forces org", "Russian=Russia place",
        ], "a country's security or armed forces; its forces alone stay the demonym")
        // A known company named with its legal form takes its known name.
        #expect(found("General Motors Corporation and General Motors") == [
            "General Motors Corporation=General Motors org", "General Motors=General Motors org",
        ])
        #expect(found("Lockheed Martin Corp and Airbus signed; Texas Instruments Inc and the BBC AG too.") == [
            "Lockheed Martin Corp=Lockheed Martin org", "Airbus=Airbus org", "Texas Instruments Inc=Texas Instruments org",
            "BBC AG=BBC AG org",
        ], "listed companies by the names news uses; BBC AG is no BBC")
    }

    @Test func sentenceStartsHeadingsAndMoneyAreNotEntities() {
        #expect(found("Despite the talks, nothing moved. However, Overnight rain fell.").isEmpty)
        #expect(found("Armenia Pulls Back Adding to the bloc’s instability") == ["Armenia=Armenia place"])
        #expect(found("Shifting Alliances and Regional Tensions Founded in 1992").isEmpty)
        #expect(found("a US$ 40 billion contract") .isEmpty)
        #expect(found("the Trans-Caspian route and Pan-Turkic ideas").isEmpty)
    }

    @Test func offsetsCountCodePointsAndTheTextIsThatSlice() {
        let text = "Ёлка — Mustafa Kemal Atatürk visited Ankara."
        let scalars = Array(text.unicodeScalars)
        for mention in tagger.tag(text).mentions {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[mention.offset..<mention.offset + mention.length])
            #expect(String(view) == mention.text)
        }
        #expect(found(text) == ["Mustafa Kemal Atatürk=Mustafa Kemal Atatürk person", "Ankara=Ankara place"])
    }

    /// Found by the entity fuzzer: "of" as the last word after an organization's head word read past the end.
    @Test func anOrganizationHeadFollowedByOfAtTheEndIsNotACrash() {
        #expect(found("Aid for Kazakhstan’s Ministry of").contains("Kazakhstan=Kazakhstan place"))
        #expect(found("Ministry of") == [])
        #expect(found("The plan was announced by the Ministry of...") == [])
        #expect(found("The Ministry of Foreign Affairs met.").contains("Ministry of Foreign Affairs=Ministry of Foreign Affairs org"))
    }
}

@Suite struct KeynessTests {
    @Test func gSquaredAndLogRatioMatchAHandComputation() {
        // 10 of 1,000 words against 2 of 1,000: expected 6 each, G² = 2(10 ln(10/6) + 2 ln(2/6)) = 5.822;
        // log ratio = log2((10/1000)/(2/1000)) = log2 5 = 2.322.
        let keyness = Keyness(term: "border", count: 10, total: 1000, otherCount: 2, otherTotal: 1000)
        #expect(abs(keyness.g2 - 5.822) < 0.001)
        #expect(abs(keyness.logRatio - 2.322) < 0.001)
        // A word absent from the other side counts as half an occurrence there: log2((4/100)/(0.5/100)) = 3.
        #expect(abs(Keyness(term: "x", count: 4, total: 100, otherCount: 0, otherTotal: 100).logRatio - 3) < 0.001)
    }

    @Test func keywordsAreTheSignificantlyOverRepresentedWords() {
        var left = TermCounter(), right = TermCounter()
        left.add("border border border border border troops troops the talks")
        right.add("pipeline pipeline pipeline pipeline pipeline oil oil talks")
        let keywords = Keyness.keywords(left.counts, against: right.counts, limit: 5)
        #expect(keywords.map(\.term) == ["border"])
        #expect(Keyness.keywords(right.counts, against: left.counts, limit: 5).map(\.term) == ["pipeline"])
        #expect(TermCounter.words("The CSTO’s 2025 programme, and Turkey's") == ["csto", "programme", "turkey"])
    }

    @Test func cosineSimilarityOfWordCounts() {
        #expect(CosineSimilarity.between(["a": 1, "b": 1], ["a": 1, "b": 1]) > 0.999)
        #expect(CosineSimilarity.between(["a": 1], ["b": 1]) == 0)
        #expect(abs(CosineSimilarity.between(["a": 1, "b": 1], ["a": 1]) - 0.7071) < 0.001)
    }
}
