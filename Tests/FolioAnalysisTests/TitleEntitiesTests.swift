import FolioAnalysis
import FolioCore
import Testing

@Suite struct TitleEntitiesTests {
    func headlineMentions(title: String, body: String) -> [String] {
        let article = Article(id: ArticleID(hex: "0123456789abcdef"), title: title, body: body)
        return ArticleAnalyzer().analyze(article).mentions.filter { $0.field == .title }
            .map { "\($0.text)=\($0.name) \($0.kind.rawValue) @\($0.offset)" }
    }

    @Test func aHeadlineInCapitalsIsReadAsItsBodyWritesItsWords() {
        let found = headlineMentions(
            title: "JAPAN TO CUT TARIFFS ON U.S. GOODS IN QTR",
            body: "Japan will cut tariffs on goods from the United States, officials in Tokyo said. Japan's trade surplus widened.")
        #expect(found.contains("JAPAN=Japan place @0"), "tagged, and written as the headline writes it")
        #expect(!found.contains { $0.hasPrefix("TO=") || $0.hasPrefix("IN=") || $0.hasPrefix("QTR=") || $0.hasPrefix("CUT=") },
                "capitals are not acronyms: \(found)")
    }

    @Test func aNameTheBodyLacksIsStillFoundWhenTheTaggerKnowsIt() {
        let found = headlineMentions(title: "KAZAKHSTAN RAISES OIL OUTPUT", body: "Output rose by three percent, the ministry said.")
        #expect(found == ["KAZAKHSTAN=Kazakhstan place @0"])
    }

    @Test func headlinesAsSentencesAndInTitleCaseAreUnchanged() {
        #expect(headlineMentions(title: "Japan cuts tariffs", body: "Tariffs fell.") == ["Japan=Japan place @0"])
        #expect(headlineMentions(title: "CSTO to Begin Arms Supplies", body: "The CSTO said.").first == "CSTO=Collective Security Treaty Organization org @0")
    }
}
