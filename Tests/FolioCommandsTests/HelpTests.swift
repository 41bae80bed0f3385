import FolioCommands
import Testing

@Suite struct HelpTests {
    @Test(arguments: CommandCatalog.commands.map(\.name))
    func everyCommandAndOptionHasAnExampleThatParses(name: String) throws {
        let info = try #require(CommandCatalog.info(name))
        #expect(!info.examples.isEmpty)
        for example in info.examples + info.options.map(\.example) {
            #expect(example.hasPrefix(name) || example.hasPrefix("#") || (name == "quit" && example == "exit"), "\(example)")
            #expect(throws: Never.self, "\(example)") { try CommandParser.parse(example) }
        }
        for option in info.options {
            #expect(option.example.contains(option.name), "\(option.name)'s example does not use it")
        }
        let usageOptions = info.usage.split(whereSeparator: { " [|]".contains($0) }).filter { $0.hasPrefix("--") }.map(String.init)
        #expect(Set(usageOptions) == Set(info.optionNames), "the usage and the option list of \(name) differ")
    }

    @Test func helpPrintsEachCommandWithAnExampleAndEachOptionWithOne() throws {
        let workspace = try Workspace()
        _ = try workspace.open([])
        let runner = CommandRunner(workspace: workspace)
        let renderer = TextRenderer(style: .plain, idLength: 6)
        var overview = ""
        renderer.render(try #require(runner.run(line: "help")), to: &overview)
        for info in CommandCatalog.commands {
            #expect(overview.contains("  \(info.name) "), "help lists \(info.name)")
            #expect(overview.contains("e.g. \(info.examples[0])"))
        }
        var export = ""
        renderer.render(try #require(runner.run(line: "help export")), to: &export)
        #expect(export.contains("--session  with html: report on a saved session instead of this one\n"))
        #expect(export.contains("e.g. export html border.html --session tajik-afghan-border\n"))
    }
}
