import FolioCommands
import FolioCore
import Testing

@Suite struct CommandParserTests {
    @Test func findKeepsItsPhrasesAndReadsItsOptions() throws {
        let command = try CommandParser.parse("find \"Tajik-Afghan border\" --limit 3 --since 2024-01 --until \"March 1, 2025\" --in body")
        #expect(command == .find(FindRequest(
            text: "\"Tajik-Afghan border\"", query: .phrase("Tajik-Afghan border"), limit: 3,
            since: PublicationDate(year: 2024, month: 1), until: PublicationDate(year: 2025, month: 3, day: 1), column: .body)))
    }

    @Test func aMinusWordIsAnExclusionNotAnOption() throws {
        guard case .find(let request)? = try CommandParser.parse("find CSTO -Armenia") else {
            Issue.record("not a find")
            return
        }
        #expect(request.query == .excluding(.term("CSTO"), [.term("Armenia")]))
    }

    @Test func showTakesAnIdPrefixOrAResultNumber() throws {
        #expect(try CommandParser.parse("show 3FA9C1") == .show(.id("3fa9c1")))
        #expect(try CommandParser.parse("show @2") == .show(.result(2)))
        #expect(throws: CommandError.self) { try CommandParser.parse("show @0") }
        #expect(throws: CommandError.self) { try CommandParser.parse("show Turkey") }
    }

    @Test func typosGetTheNearestCommandOrOption() {
        #expect(throws: CommandError.unknownCommand("fnd", suggestion: "find")) { try CommandParser.parse("fnd CSTO") }
        #expect(throws: CommandError.unknownCommand("xyzzy", suggestion: nil)) { try CommandParser.parse("xyzzy") }
        #expect(throws: CommandError.usage("unknown option '--lmit'; did you mean '--limit'?")) { try CommandParser.parse("find --lmit 3 CSTO") }
    }

    @Test func badOptionValuesSayWhatIsExpected() {
        #expect(throws: CommandError.usage("--in takes title or body, not 'abstract'")) { try CommandParser.parse("find x --in abstract") }
        #expect(throws: CommandError.usage("--limit must be a positive number")) { try CommandParser.parse("find x --limit 0") }
        #expect(throws: CommandError.self) { try CommandParser.parse("find x --since yesterday") }
        #expect(throws: CommandError.self) { try CommandParser.parse("show") }
        #expect(throws: CommandError.self) { try CommandParser.parse("stats now") }
    }

    @Test func blankLinesHelpAndQuitParse() throws {
        #expect(try CommandParser.parse("   ") == nil)
        #expect(try CommandParser.parse("help find") == .help(topic: "find"))
        #expect(try CommandParser.parse("find --help") == .help(topic: "find"))
        #expect(try CommandParser.parse("exit") == .quit)
        #expect(try CommandParser.parse("QUIT") == .quit)
    }

    @Test func everyExampleInTheCatalogParsesAndShowsEveryOption() throws {
        for info in CommandCatalog.commands {
            for example in info.examples {
                #expect(throws: Never.self) { try CommandParser.parse(example) }
            }
            for option in info.optionNames {
                #expect(info.examples.contains { $0.contains(option) } || info.name == "find", "no example uses \(option)")
            }
        }
        let values = ["--limit": "2", "--since": "2024", "--until": "2025", "--in": "title", "--notes": ""]
        for option in CommandCatalog.info("find")!.optionNames {
            #expect(throws: Never.self) { try CommandParser.parse("find CSTO \(option) \(values[option] ?? "")") }
        }
    }
}
