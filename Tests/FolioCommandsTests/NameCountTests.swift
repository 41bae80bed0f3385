import FolioCommands
import FolioCore
import FolioSession
import FolioTestSupport
import Foundation
import Testing

/// `kwic` and `compare` count every occurrence of a name: its entity's forms and its words as `find` matches
/// them, so that neither counts fewer articles than `find`; a surname several people share names none of them.
@Suite struct NameCountTests {
    static let stories = [
        ("baker-1", "Treasury talks", "Treasury Secretary James Baker met Japanese officials on Monday. Baker said the dollar had fallen far enough."),
        ("baker-2", "Senate hearing", "Former Senator Howard Baker testified before the committee on Tuesday. Baker spoke for an hour."),
        ("baker-3", "Dollar falls", "The dollar fell after Baker spoke in Paris on Wednesday."),
        ("tokayev-1", "Astana talks", "President Kassym-Jomart Tokayev met the delegation in Astana. Tokayev said the talks went well."),
        ("tokayev-2", "Moscow visit", "Tokayev arrived in Moscow on Friday for two days of talks."),
    ]

    static func runner(_ files: [(String, String)]) throws -> LineRunner {
        let scratch = try Scratch()
        for (name, text) in files { try scratch.write("corpus/\(name)", text) }
        let workspace = try Workspace(directory: scratch.file(".folio"))
        _ = try workspace.open(["corpus"], currentDirectory: scratch.path, now: "2026-12-01T10:00:00Z")
        let runner = try LineRunner(workspace: workspace, sessions: scratch.file("Sessions"))
        runner.session.currentDirectory = scratch.path
        return runner
    }

    static func storiesRunner() throws -> LineRunner {
        try runner(stories.map { ("\($0.0).txt", "\($0.1)\n\n\($0.2)\n") })
    }

    func sides(_ runner: LineRunner, _ line: String) throws -> CompareCommand.Output.Sides {
        guard case .sides(let sides) = try runner.output(line, as: CompareCommand.Output.self) else { throw LineRunner.Failure("\(line) compared articles") }
        return sides
    }

    @Test func aSurnameThatSeveralPeopleShareIsCountedAsTheWordAndNamesThem() throws {
        let runner = try Self.storiesRunner()
        let kwic = try runner.output("kwic Baker", as: KwicCommand.Output.self)
        #expect(kwic.entity == nil)
        #expect(kwic.people.map(\.name) == ["Howard Baker", "James Baker"])
        #expect(kwic.total == 5 && kwic.articles == 3)
        let text = kwic.lines(in: .plain(idLength: 6)).joined(separator: "\n")
        #expect(text.contains("counted as the word; it is the surname of 2 people here: Howard Baker (1 article), James Baker (1); kwic \"Howard Baker\" counts one of them"))
        let compared = try sides(runner, "compare Baker Tokayev")
        #expect(compared.left.kind == .term && compared.left.articles == 3 && compared.left.mentions == 5)
        #expect(try runner.output("find Baker", as: FindCommand.Output.self).total == 3)
        let chosen = try sides(runner, "compare \"James Baker\" Tokayev")
        #expect(chosen.left.kind == .entity && chosen.left.name == "James Baker" && chosen.left.articles == 1)
    }

    @Test func aSurnameOfOnePersonCountsTheFullNameAndTheSurnameAlone() throws {
        let runner = try Self.storiesRunner()
        let kwic = try runner.output("kwic Tokayev", as: KwicCommand.Output.self)
        #expect(kwic.entity == "Kassym-Jomart Tokayev")
        #expect(kwic.total == 3 && kwic.articles == 2 && kwic.aloneArticles == 1)
        #expect(kwic.resolution == "Kassym-Jomart Tokayev (1 article), and Tokayev alone in 1 more")
        let compared = try sides(runner, "compare Tokayev Baker")
        #expect(compared.left.name == "Kassym-Jomart Tokayev" && compared.left.articles == 2 && compared.left.mentions == 3)
        let text = CompareCommand.Output.sides(compared).lines(in: .plain(idLength: 6)).joined(separator: "\n")
        #expect(text.contains("Tokayev: Kassym-Jomart Tokayev (1 article), and Tokayev alone in 1 more"))
        #expect(runner.run("alias Baker = James Baker")?.isFailure == false)
        let aliased = try runner.output("kwic Baker", as: KwicCommand.Output.self)
        #expect(aliased.entity == "James Baker" && aliased.people.isEmpty, "an alias decides a shared surname")
        #expect(aliased.resolution == "James Baker (1 article), and Baker alone in 2 more")
    }

    /// Over every frequent entity of a corpus, and the surname of each person, as typed: a name, or a phrase in quotes.
    static func agreement(_ runner: LineRunner, names limit: Int) throws -> (checked: Int, disagreeing: [String]) {
        let entities = try runner.output("entities --limit \(limit)", as: EntitiesCommand.Output.self).entities
        var names = entities.map(\.name)
        names += entities.filter { $0.kind == .person }.compactMap { $0.name.split(separator: " ").last.map(String.init) }
        var disagreeing: [String] = []
        var checked = 0
        for name in Set(names).sorted() where name.count > 2 {
            let typed = name.contains(" ") ? "\"\(name)\"" : name
            guard let found = try? runner.output("find \(typed) --limit 1", as: FindCommand.Output.self) else { continue }
            let kwic = try runner.output("kwic \(typed) --limit 1", as: KwicCommand.Output.self)
            let every = try runner.output("kwic \(typed) --limit 100000", as: KwicCommand.Output.self)
            guard case .sides(let sides) = try runner.output("compare \(typed) zzzz", as: CompareCommand.Output.self) else { continue }
            checked += 1
            // The counts from the index's lists agree with the occurrences read one by one.
            if sides.left.articles < found.total || kwic.articles < found.total || kwic.total != sides.left.mentions
                || every.lines.count != kwic.total || every.total != kwic.total || Set(every.lines.map(\.article)).count != kwic.articles {
                disagreeing.append("\(name): find \(found.total), compare \(sides.left.articles) (\(sides.left.mentions)), kwic \(kwic.articles) (\(kwic.total))")
            }
        }
        return (checked, disagreeing)
    }

    @Test func kwicAndCompareNeverCountFewerArticlesThanFindOnMeantime() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("FolioAnalysisTests/Fixtures/meantime-en.jsonl")
        let runner = try Self.runner([("meantime.jsonl", try String(contentsOf: fixture, encoding: .utf8))])
        let result = try Self.agreement(runner, names: 60)
        print("names checked on MEANTIME: \(result.checked), disagreeing: \(result.disagreeing.count)")
        #expect(result.checked >= 50)
        #expect(result.disagreeing.isEmpty, "\(result.disagreeing)")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: reuters)))
    func kwicAndCompareNeverCountFewerArticlesThanFindOnReuters() throws {
        let lines = try String(contentsOfFile: Self.reuters, encoding: .utf8).split(separator: "\n").prefix(4000)
        let runner = try Self.runner([("reuters.jsonl", lines.joined(separator: "\n"))])
        let result = try Self.agreement(runner, names: 70)
        print("names checked on Reuters: \(result.checked), disagreeing: \(result.disagreeing.count)")
        #expect(result.checked >= 50)
        #expect(result.disagreeing.isEmpty, "\(result.disagreeing)")
    }

    static let reuters = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/data/reuters21578.jsonl")
        .standardizedFileURL.path
}

/// People linked across the workspace: a surname alone in one article counts as the full name of another.
@Suite struct PeopleLinkTests {
    static let bakers = [
        #"{"title": "Dollar talks", "date": "1987-03-02", "source": "Wire", "body": "Treasury Secretary James Baker met bankers."}"#,
        #"{"title": "Senate vote", "date": "1990-06-05", "source": "Wire", "body": "Senator Howard Baker spoke on the budget."}"#,
        #"{"title": "More talks", "date": "1987-03-20", "source": "Wire", "body": "Mr. Baker told reporters the dollar was stable."}"#,
        #"{"title": "Budget", "date": "1990-06-21", "source": "Wire", "body": "Senator Baker said the vote would pass."}"#,
        #"{"title": "Later", "date": "1995-01-10", "source": "Wire", "body": "Mr. Baker spoke at a dinner."}"#,
    ].joined(separator: "\n") + "\n"

    @Test func aSharedSurnameIsThePersonOfItsArticlesPeriod() throws {
        let runner = try NameCountTests.runner([("bakers.jsonl", Self.bakers)])
        let people = try runner.output("entities --type person", as: EntitiesCommand.Output.self).entities
        #expect(people.map { "\($0.name) \($0.articles)" } == ["Howard Baker 2", "James Baker 2", "Baker 1"], "\(people.map(\.name))")
        #expect(people.first { $0.name == "James Baker" }?.aliases == ["Baker"], "entities shows the forms")
        let kwic = try runner.output("kwic \"James Baker\"", as: KwicCommand.Output.self)
        #expect(kwic.lines.count == 2)
        #expect(runner.run("alias Baker = James Baker")?.isFailure == false)
        let after = try runner.output("entities --type person", as: EntitiesCommand.Output.self).entities
        #expect(after.map { "\($0.name) \($0.articles)" } == ["James Baker 4", "Howard Baker 1"], "an alias of the analyst's wins")
    }

    @Test func aSurnameInOneArticleIsTheFullNameOfAnother() throws {
        let runner = try NameCountTests.runner([
            ("a.txt", "Tashkent\n\nPresident Islam Karimov opened the session in Tashkent on Monday.\n"),
            ("b.txt", "Samarkand\n\nPresident Karimov spoke later in Samarkand about water.\n"),
        ])
        let people = try runner.output("entities --type person", as: EntitiesCommand.Output.self).entities
        #expect(people.map(\.name) == ["Islam Karimov"])
        #expect(people.first?.articles == 2 && people.first?.aliases == ["Karimov"], "entities shows the forms")
        let aliases = try runner.output("alias", as: AliasCommand.Output.self)
        #expect(aliases.lines(in: .plain(idLength: 6)) == ["no aliases; alias NAME = OTHER makes one"], "Folio's own links are not the analyst's aliases")
        #expect(runner.run("alias Karimov = Tashkent")?.isFailure == false, "an alias of the analyst's wins")
        let after = try runner.output("entities --limit 50", as: EntitiesCommand.Output.self).entities
        #expect(after.first { $0.name == "Islam Karimov" }?.articles == 1)
    }
}
