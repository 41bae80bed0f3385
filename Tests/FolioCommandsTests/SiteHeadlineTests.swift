import FolioCommands
import FolioCore
import FolioIngest
import FolioSession
import FolioTestSupport
import Foundation
import Testing

/// A site's name that only its pages together reveal leaves their titles; the ids stay what each page gives.
@Suite struct SiteHeadlineTests {
    static let stories = [
        ("water", "Water talks resume in Almaty", "Ministers from five countries met in Almaty to resume talks on sharing the Syr Darya."),
        ("trade", "Trade corridor opens to Kashgar", "The first lorries crossed into Kashgar on the new corridor, officials in Bishkek said."),
        ("power", "Power lines reach Dushanbe", "The new lines from Rogun reached Dushanbe, the energy ministry said on Monday morning."),
        ("rail", "Rail link planned across Ustyurt", "Engineers surveyed the route across the Ustyurt plateau for a new rail link to the coast."),
    ]

    static func page(_ slug: String, _ headline: String, _ body: String) -> String {
        """
        <html><head><title>\(headline) - Steppe Courier</title>
        <link rel="canonical" href="https://www.sc-news.test/news/\(slug)"></head>
        <body><article><h2>\(headline)</h2><p>\(body) \(String(repeating: "The talks went on into the evening. ", count: 12))</p></article></body></html>
        """
    }

    func open(_ scratch: Scratch, _ paths: [String]) throws -> LineRunner {
        let workspace = try Workspace(directory: scratch.file(".folio"))
        _ = try workspace.open(paths, currentDirectory: scratch.path, now: "2026-12-01T10:00:00Z")
        let runner = try LineRunner(workspace: workspace, sessions: scratch.file("Sessions"))
        runner.session.currentDirectory = scratch.path
        return runner
    }

    func titles(_ runner: LineRunner) throws -> [String] {
        try runner.output("list --limit 100", as: ListCommand.Output.self).articles.map(\.title).sorted()
    }

    @Test func aSuffixThatThreePagesOfOneSiteShareLeavesTheirTitles() throws {
        let scratch = try Scratch()
        for (slug, headline, body) in Self.stories.prefix(3) { try scratch.write("pages/\(slug).html", Self.page(slug, headline, body)) }
        let single = try Scratch()
        try single.write("one/water.html", Self.page(Self.stories[0].0, Self.stories[0].1, Self.stories[0].2))
        let alone = try open(single, ["one"])
        #expect(try titles(alone) == ["Water talks resume in Almaty - Steppe Courier"], "one page alone cannot tell its site's name")
        let aloneID = try alone.output("list", as: ListCommand.Output.self).articles[0].id

        let runner = try open(scratch, ["pages"])
        #expect(try titles(runner) == ["Power lines reach Dushanbe", "Trade corridor opens to Kashgar", "Water talks resume in Almaty"])
        let water = try runner.output("show \(aloneID.hex)", as: ShowCommand.Output.self).detail.article
        #expect(water.title == "Water talks resume in Almaty", "the same page keeps the id its own title gives")
        #expect(water.metadata["page title"] == "Water talks resume in Almaty - Steppe Courier")
        #expect(try runner.output("find \"Steppe Courier\"", as: FindCommand.Output.self).total == 0, "the search index follows the title")
        #expect(try runner.output("find Kashgar", as: FindCommand.Output.self).total == 1)
        let entities = try runner.output("entities --limit 50", as: EntitiesCommand.Output.self)
        #expect(!entities.entities.map(\.name).contains("Steppe Courier"))

        try scratch.write("pages/rail.html", Self.page(Self.stories[3].0, Self.stories[3].1, Self.stories[3].2))
        let grown = try open(scratch, [])
        #expect(try titles(grown).contains("Rail link planned across Ustyurt"), "a page loaded later joins its site")

        #expect(grown.run("unload pages/rail.html")?.isFailure == false)
        #expect(grown.run("unload pages/power.html")?.isFailure == false)
        #expect(try titles(grown) == ["Trade corridor opens to Kashgar - Steppe Courier", "Water talks resume in Almaty - Steppe Courier"],
                "two pages are too few to tell, so their own titles come back")
    }

    @Test func repeatedPartsAreTakenOffOnlyWhereEnoughPagesShareThem() {
        let titles = [
            "Border talks stall - Politics - Steppe Courier", "Budget passes - Politics - Steppe Courier",
            "Cabinet resigns - Politics - Steppe Courier", "Wheat prices rise - Business - Steppe Courier",
            "Kazakhstan: floods in the north - Steppe Courier", "Kazakhstan: new governor named",
        ]
        #expect(RepeatedTitleAffix.stripped(titles) == [
            "Border talks stall", "Budget passes", "Cabinet resigns", "Wheat prices rise - Business",
            "Kazakhstan: floods in the north", nil,
        ])
        #expect(RepeatedTitleAffix.stripped(["Steppe Courier | One story", "Steppe Courier | Two story", "Steppe Courier | Red story"])
            == ["One story", "Two story", "Red story"])
        #expect(RepeatedTitleAffix.stripped(["A - Site", "B - Site"]) == [nil, nil], "two pages are too few")
        #expect(RepeatedTitleAffix.site(address: "https://www.steppe-courier.test/news/x", path: "/a/b.html") == "steppe-courier.test")
        #expect(RepeatedTitleAffix.site(address: nil, path: "/saved/pages/b.html") == "/saved/pages")
    }
}
