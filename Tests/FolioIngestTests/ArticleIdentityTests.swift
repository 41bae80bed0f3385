import FolioCore
import Testing
@testable import FolioIngest

@Suite struct ArticleIdentityTests {
    @Test func idsAreTheSameAcrossTwoLoads() throws {
        let first = SourceReader.parse(try FixtureFiles.seedBytes(), file: "a.txt", fileExtension: "txt").articles.map(\.id)
        let second = SourceReader.parse(try FixtureFiles.seedBytes(), file: "b/other-name.txt", fileExtension: "txt").articles.map(\.id)
        #expect(first == second)
        #expect(Set(first).count == 6)
    }

    @Test func idsAreAFixedFunctionOfTheText() {
        let id = ArticleIdentity.id(title: "Title", body: "Body text.")
        #expect(id.hex.count == 64)
        #expect(id == ArticleIdentity.id(title: "  Title ", body: "Body\n  text."))
        #expect(id != ArticleIdentity.id(title: "Title", body: "Body text!"))
        #expect(id.hex == "368eef8bdb63cb8771397829f295d2913eb2e690fe0c0e098e2c16e155200d6d")
    }

    @Test func composedAndDecomposedAccentsGiveOneId() {
        #expect(ArticleIdentity.id(title: "Atatu\u{308}rk", body: "x") == ArticleIdentity.id(title: "Atatürk", body: "x"))
    }

    @Test func displayLengthGrowsOnlyWhereIdsShareAPrefix() {
        let ids = ["abcdef01", "abcdef02", "123456aa"].map(ArticleID.init(hex:)).sorted()
        #expect(ArticleID.displayLength(forSorted: ids) == 8)
        #expect(ArticleID.displayLength(forSorted: [ArticleID(hex: "aaaaaaaa"), ArticleID(hex: "bbbbbbbb")]) == 6)
    }
}
