import FolioCommands
import FolioSession
import FolioTestSupport
import Testing

@Suite struct HelpTests {
    @Test(arguments: CommandRegistry.folio.models.map(\.name))
    func everyCommandAndOptionHasAnExampleThatParses(name: String) throws {
        let registry = CommandRegistry.folio
        let model = try #require(registry.command(named: name)?.model)
        #expect(!model.summary.isEmpty)
        #expect(!model.examples.isEmpty)
        for example in model.examples + model.options.map(\.example) {
            #expect(example.hasPrefix(name) || example.hasPrefix("#") || (name == "quit" && example == "exit"), "\(example)")
            #expect(throws: Never.self, "\(example)") { try registry.parse(example) }
        }
        for option in model.options {
            #expect(option.example.contains(option.name), "\(option.name)'s example does not use it")
            #expect(!option.help.isEmpty, "\(option.name) has no help")
        }
        let usageOptions = model.usage.split(whereSeparator: { " [|]".contains($0) }).filter { $0.hasPrefix("--") }.map(String.init)
        #expect(Set(usageOptions) == Set(model.options.map(\.name)), "the usage and the option list of \(name) differ")
    }

    @Test func helpPrintsEachCommandWithAnExampleAndEachOptionWithOne() throws {
        let runner = try LineRunner.seed()
        let overview = runner.transcript(["help"])
        for model in CommandRegistry.folio.models {
            #expect(overview.contains("  \(model.name) "), "help lists \(model.name)")
            #expect(overview.contains("e.g. \(model.examples[0])"))
        }
        let export = runner.transcript(["help export"])
        #expect(export.contains("--session  with html: report on a saved session instead of this one\n"))
        #expect(export.contains("e.g. export html border.html --session tajik-afghan-border\n"))
        let find = runner.transcript(["help find"])
        #expect(find.contains("--limit  show at most N results (default 10)\n"), "defaults come from the property")
        #expect(find.contains("Query\n  words are ANDed: CSTO border\n"))
        #expect(runner.transcript(["help fnd"]).contains("error: unknown command 'fnd'; did you mean 'find'?"))
    }

    @Test func helpJSONListsTheCommandsWithTheirOptions() throws {
        let runner = try LineRunner.seed()
        let commands = try #require(try runner.object("help")["commands"] as? [[String: Any]])
        #expect(commands.map { $0["name"] as? String } == CommandRegistry.folio.models.map(\.name))
        let find = try #require(commands.first)
        #expect(Set(find.keys) == ["name", "usage", "summary", "options", "examples"])
        #expect((find["options"] as? [[String: Any]])?.first.map { Set($0.keys) } == ["name", "help", "example"])
    }
}
