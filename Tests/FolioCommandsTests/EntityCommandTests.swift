import FolioAnalysis
import FolioCommands
import FolioCore
import Testing

@Suite struct EntityCommandTests {
    let runner: CommandRunner

    init() throws {
        let workspace = try Workspace()
        _ = try workspace.open([])
        runner = CommandRunner(workspace: workspace)
    }

    func result(_ line: String) throws -> CommandResult {
        guard let outcome = runner.run(line: line) else { throw CommandFailure(message: "\(line) gave nothing") }
        return try outcome.result.get()
    }

    func names(_ line: String) throws -> [String] {
        guard case .entities(_, let entities) = try result(line) else { throw CommandFailure(message: "\(line) listed no entities") }
        return entities.map(\.name)
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
        guard case .entities(_, let top) = try result("entities --limit 3") else { return }
        #expect(top.map(\.name) == ["Kazakhstan", "Russia", "Collective Security Treaty Organization"])
        #expect(top.map(\.mentions) == [38, 33, 31])
        #expect(top[2].aliases == ["CSTO"])
        #expect(try names("entities Oreshnik --type person") == ["Kassym-Jomart Tokayev", "Emmanuel Macron", "Nicolas Sarkozy", "Nursultan Nazarbayev", "Vladimir Putin"])
    }

    @Test func kwicMatchesAnEntityInAllItsFormsAndAWordAsTyped() throws {
        guard case .concordance(_, let cst) = try result("kwic csto --limit 100 --width 20") else { throw CommandFailure(message: "no kwic") }
        #expect(cst.entity == "Collective Security Treaty Organization")
        #expect(cst.total == 31)
        #expect(Set(cst.lines.map(\.match)) == ["CSTO", "Collective Security Treaty Organization"])
        #expect(cst.lines.allSatisfy { $0.left.unicodeScalars.count <= 20 && $0.right.unicodeScalars.count <= 20 })
        guard case .concordance(_, let surname) = try result("kwic tasmagambetov") else { throw CommandFailure(message: "no kwic") }
        #expect(surname.entity == "Imangali Tasmagambetov" && surname.total == 15)
        guard case .concordance(_, let border) = try result("kwic \"Tajik-Afghan border\"") else { throw CommandFailure(message: "no kwic") }
        #expect(border.entity == nil)
        #expect(border.total == 5)
        #expect(border.lines.allSatisfy { $0.match.lowercased().hasPrefix("tajik-afghan border") })
    }

    @Test func compareKazakhstanWithUzbekistan() throws {
        guard case .comparison(let comparison) = try result("compare Kazakhstan Uzbekistan") else { throw CommandFailure(message: "no comparison") }
        #expect(comparison.left.kind == .entity && comparison.right.kind == .entity)
        #expect((comparison.left.articles.count, comparison.left.mentions) == (6, 38))
        #expect((comparison.right.articles.count, comparison.right.mentions) == (3, 6))
        #expect(comparison.shared.count == 3)
        #expect(comparison.left.cooccurring.first?.name == "Russia")
        #expect(comparison.right.keywords.map(\.term).first == "march")
        #expect(comparison.left.dates.end == "2029-12-31")
    }

    @Test func compareTheCSTOWithNATO() throws {
        guard case .comparison(let comparison) = try result("compare CSTO NATO") else { throw CommandFailure(message: "no comparison") }
        #expect(comparison.left.name == "Collective Security Treaty Organization")
        #expect(comparison.right.name == "North Atlantic Treaty Organization")
        #expect((comparison.left.articles.count, comparison.right.articles.count) == (5, 2))
        #expect(comparison.shared.count == 2)
        #expect(!comparison.right.keywords.contains { $0.term == "nato" })
        #expect(comparison.right.dates.end == "2023-12-31")
    }

    @Test func compareTwoArticlesAndQueries() throws {
        guard case .articleComparison(let articles) = try result("compare 13be2d 6edab6") else { throw CommandFailure(message: "no comparison") }
        #expect(articles.similarity > 0.3 && articles.similarity < 1)
        #expect(articles.sharedEntities.contains("Collective Security Treaty Organization"))
        #expect(articles.sharedEntities.contains("Imangali Tasmagambetov"))
        guard case .comparison(let queries) = try result("compare (border OR borders) (pipeline OR oil)") else { throw CommandFailure(message: "no comparison") }
        #expect(queries.left.kind == .query && queries.right.kind == .query)
        #expect(runner.run(line: "compare 13be2d Kazakhstan")?.isFailure == true)
        #expect(runner.run(line: "compare Kazakhstan")?.isFailure == true)
    }

    @Test func anAliasMergesNamesAndIsKeptInTheWorkspace() throws {
        let directory = try TemporaryDirectory()
        let workspace = try Workspace(directory: directory.path + "/.folio")
        _ = try workspace.open([])
        let runner = CommandRunner(workspace: workspace)
        #expect(runner.run(line: "alias Kazakh government = Kazakhstan")?.isFailure == false)
        #expect(runner.run(line: "alias Nowhere = Atlantis")?.isFailure == true)
        let reopened = try Workspace(directory: directory.path + "/.folio")
        _ = try reopened.open([])
        guard case .success(.aliases(let aliases))? = CommandRunner(workspace: reopened).run(line: "alias")?.result else {
            throw CommandFailure(message: "no aliases")
        }
        #expect(aliases == [EntityAlias(name: "Kazakh government", target: "Kazakhstan")])
    }

    @Test func compareDrawsBarsOnATerminalOnlyAndJSONCarriesTheNamedFields() throws {
        guard let outcome = runner.run(line: "compare CSTO NATO") else { throw CommandFailure(message: "no outcome") }
        var terminal = "", plain = ""
        TextRenderer(style: TextStyle(isColored: false, width: 100, isTerminal: true), idLength: 6).render(outcome, to: &terminal)
        TextRenderer(style: .plain, idLength: 6).render(outcome, to: &plain)
        #expect(terminal.contains("█"))
        #expect(!plain.contains("█"))
        #expect(plain.contains("G²") && plain.contains("log ratio"))
        guard case .object(let fields) = JSONRenderer().value(for: outcome) else { throw CommandFailure(message: "no object") }
        #expect(Set(fields.keys) == ["command", "left", "right", "shared", "keywords", "cooccurring", "dates"])
        guard case .object(let keywords)? = fields["keywords"], case .object(let dates)? = fields["dates"] else { throw CommandFailure(message: "shape") }
        #expect(Set(keywords.keys) == ["left", "right"] && Set(dates.keys) == ["left", "right"])
        guard let kwic = runner.run(line: "kwic CSTO --limit 1"), case .object(let kwicFields) = JSONRenderer().value(for: kwic),
              case .array(let lines)? = kwicFields["lines"], case .object(let line)? = lines.first else { throw CommandFailure(message: "kwic shape") }
        #expect(Set(line.keys) == ["article", "left", "match", "right", "offset"])
        guard let entities = runner.run(line: "entities --limit 1"), case .object(let entityFields) = JSONRenderer().value(for: entities),
              case .array(let list)? = entityFields["entities"], case .object(let entity)? = list.first else { throw CommandFailure(message: "entities shape") }
        #expect(Set(entity.keys) == ["name", "type", "mentions", "articles", "aliases"])
    }
}
