import FolioAnalysis
import FolioCommands
import FolioCore
import FolioTestSupport
import Testing

@Suite struct EntityCommandTests {
    let runner: LineRunner

    init() throws {
        runner = try LineRunner.seed()
    }

    func names(_ line: String) throws -> [String] {
        try runner.output(line, as: EntitiesCommand.Output.self).entities.map(\.name)
    }

    func sides(_ line: String) throws -> CompareCommand.Output.Sides {
        guard case .sides(let sides) = try runner.output(line, as: CompareCommand.Output.self) else { throw LineRunner.Failure("\(line): not sides") }
        return sides
    }

    @Test func theSeedsEntitiesByType() throws {
        #expect(Set(try names("entities --type place --limit 100")) == [
            "Kazakhstan", "Russia", "Ukraine", "Turkey", "Tajikistan", "Afghanistan", "Armenia", "Azerbaijan", "Kyrgyzstan", "Uzbekistan",
            "Astana", "Belarus", "Central Asia", "Ankara", "Moscow", "Baku", "China", "France", "Caspian Sea", "Ceyhan", "Europe",
            "Turkmenistan", "United States", "Bashkortostan", "Bishkek", "Dushanbe", "Georgia", "Hungary", "Mediterranean",
            "Nagorno-Karabakh", "Nakhchivan", "Northern Cyprus", "Soviet Union", "Tatarstan", "Tbilisi",
        ])
        #expect(Set(try names("entities --type org --limit 100")) == [
            "Collective Security Treaty Organization", "Caspian Pipeline Consortium", "Organization of Turkic States",
            "North Atlantic Treaty Organization", "Economic Cooperation Organization", "Eurasian Economic Union", "Turkic Council",
            "CSTO Parliamentary Assembly", "CSTO Secretariat", "EDF", "European Union", "Interfax", "Izvestia", "Kazatomprom", "Kremlin",
            "Ministry of Foreign Affairs", "Orano", "Rosatom", "Taliban", "Wagner Group",
        ])
        #expect(Set(try names("entities --type person --limit 100")) == [
            "Imangali Tasmagambetov", "Aibek Smadiarov", "Donald Trump", "Kassym-Jomart Tokayev", "Vladimir Putin", "Andrei Serdyukov",
            "Emmanuel Macron", "Emomali Rahmon", "Igor Lepekha", "Mustafa Kemal Atatürk", "Nicolas Sarkozy", "Nikol Pashinyan",
            "Nursultan Nazarbayev",
        ])
        let top = try runner.output("entities --limit 3", as: EntitiesCommand.Output.self).entities
        #expect(top.map(\.name) == ["Kazakhstan", "Collective Security Treaty Organization", "Russia"], "titles count too, ties by name")
        #expect(top.map(\.mentions) == [39, 34, 34])
        #expect(top[1].aliases == ["CSTO"])
        #expect(try names("entities Oreshnik --type person") == ["Kassym-Jomart Tokayev", "Emmanuel Macron", "Nicolas Sarkozy", "Nursultan Nazarbayev", "Vladimir Putin"])
    }

    @Test func kwicMatchesAnEntityInAllItsFormsAndAWordAsTyped() throws {
        let cst = try runner.output("kwic csto --limit 100 --width 20", as: KwicCommand.Output.self)
        #expect(cst.entity == "Collective Security Treaty Organization")
        #expect(cst.total == 37, "its 34 mentions, and the word 3 times more: in two other names and in a title")
        #expect(cst.lines.filter { $0.field == .title }.count == 4)
        #expect(cst.articles == 5 && cst.aloneArticles == 0)
        #expect(Set(cst.lines.map(\.match)) == ["CSTO", "Collective Security Treaty Organization"])
        #expect(cst.lines.allSatisfy { $0.left.unicodeScalars.count <= 20 && $0.right.unicodeScalars.count <= 20 })
        let surname = try runner.output("kwic tasmagambetov", as: KwicCommand.Output.self)
        #expect(surname.entity == "Imangali Tasmagambetov" && surname.total == 15)
        let border = try runner.output("kwic \"Tajik-Afghan border\"", as: KwicCommand.Output.self)
        #expect(border.entity == nil)
        #expect(border.total == 7, "5 in the bodies and 2 in the titles")
        #expect(border.lines.allSatisfy { $0.match.lowercased().hasPrefix("tajik-afghan border") })
    }

    @Test func compareKazakhstanWithUzbekistan() throws {
        let comparison = try sides("compare Kazakhstan Uzbekistan")
        #expect(comparison.left.kind == .entity && comparison.right.kind == .entity)
        #expect((comparison.left.articles, comparison.left.mentions) == (6, 39))
        #expect((comparison.right.articles, comparison.right.mentions) == (3, 6))
        #expect(comparison.shared.count == 3)
        #expect(comparison.left.cooccurring.first?.name == "Russia")
        #expect(comparison.right.keywords.map(\.term).first == "march")
        #expect(comparison.left.dates.end == "2029-12-31")
    }

    @Test func compareTheCSTOWithNATO() throws {
        let comparison = try sides("compare CSTO NATO")
        #expect(comparison.left.name == "Collective Security Treaty Organization")
        #expect(comparison.right.name == "North Atlantic Treaty Organization")
        #expect((comparison.left.articles, comparison.right.articles) == (5, 2))
        #expect(comparison.shared.count == 2)
        #expect(!comparison.right.keywords.contains { $0.term == "nato" })
        #expect(comparison.right.dates.end == "2023-12-31")
    }

    @Test func compareTwoArticlesAndQueries() throws {
        guard case .articles(let articles) = try runner.output("compare 13be2d 6edab6", as: CompareCommand.Output.self) else {
            throw LineRunner.Failure("no article comparison")
        }
        #expect(articles.similarity > 0.3 && articles.similarity < 1)
        #expect(articles.sharedEntities.contains("Collective Security Treaty Organization"))
        #expect(articles.sharedEntities.contains("Imangali Tasmagambetov"))
        let queries = try sides("compare (border OR borders) (pipeline OR oil)")
        #expect(queries.left.kind == .query && queries.right.kind == .query)
        #expect(runner.run("compare 13be2d Kazakhstan")?.isFailure == true)
        #expect(runner.run("compare Kazakhstan")?.isFailure == true)
    }

    @Test func anAliasMergesNamesAndIsKeptInTheWorkspace() throws {
        let directory = try Scratch()
        let workspace = try Workspace(directory: directory.path + "/.folio")
        _ = try workspace.open([])
        let runner = try LineRunner(workspace: workspace)
        #expect(runner.run("alias Kazakh government = Kazakhstan")?.isFailure == false)
        #expect(runner.run("alias Nowhere = Atlantis")?.isFailure == true)
        let reopened = try Workspace(directory: directory.path + "/.folio")
        _ = try reopened.open([])
        guard case .list(let aliases) = try LineRunner(workspace: reopened).output("alias", as: AliasCommand.Output.self) else {
            throw LineRunner.Failure("no aliases")
        }
        #expect(aliases.map { [$0.name, $0.target] } == [["Kazakh government", "Kazakhstan"]])
    }

    @Test func coMentionsFollowAnAliasMadeHereOrInAnotherFolio() throws {
        let directory = try Scratch()
        let workspace = try Workspace(directory: directory.path + "/.folio")
        _ = try workspace.open([])
        let runner = try LineRunner(workspace: workspace)
        func coMentioned() throws -> [String] {
            guard case .sides(let sides) = try runner.output("compare Kazakhstan Uzbekistan", as: CompareCommand.Output.self) else {
                throw LineRunner.Failure("not sides")
            }
            return sides.left.cooccurring.map(\.name)
        }
        #expect(try coMentioned().contains("Belarus"))
        #expect(runner.run("alias Belarus = Russia")?.isFailure == false)
        #expect(try !coMentioned().contains("Belarus"), "the names held are read again after the alias")
        let other = try Workspace(directory: directory.path + "/.folio")
        _ = try other.open([])
        #expect(try coMentioned().contains("Azerbaijan"))
        #expect(try LineRunner(workspace: other).run("alias Azerbaijan = Russia")?.isFailure == false)
        #expect(try !coMentioned().contains("Azerbaijan"), "and after another Folio's alias")
        #expect(try coMentioned().first == "Russia")
    }

    @Test func compareDrawsBarsOnATerminalOnlyAndJSONCarriesTheNamedFields() throws {
        let terminal = runner.transcript(["compare CSTO NATO"], style: TextStyle(isColored: false, width: 100, isTerminal: true))
        let plain = runner.transcript(["compare CSTO NATO"])
        #expect(terminal.contains("█"))
        #expect(!plain.contains("█"))
        #expect(plain.contains("G²") && plain.contains("log ratio"))
        let fields = try runner.object("compare CSTO NATO")
        #expect(Set(fields.keys) == ["command", "left", "right", "shared", "keywords", "cooccurring", "dates"])
        let keywords = try #require(fields["keywords"] as? [String: Any]), dates = try #require(fields["dates"] as? [String: Any])
        #expect(Set(keywords.keys) == ["left", "right"] && Set(dates.keys) == ["left", "right"])
        let line = try #require((try runner.object("kwic CSTO --limit 1")["lines"] as? [[String: Any]])?.first)
        #expect(Set(line.keys) == ["article", "left", "match", "right", "offset", "field"])
        let entity = try #require((try runner.object("entities --limit 1")["entities"] as? [[String: Any]])?.first)
        #expect(Set(entity.keys) == ["name", "type", "mentions", "articles", "aliases"])
    }
}
