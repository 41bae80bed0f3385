import FolioCore
import FolioSession
import Testing
@testable import FolioCommands

@Suite struct CommandParserTests {
    let registry = CommandRegistry.folio

    func parse(_ line: String) throws -> (any FolioCommand)? {
        try registry.parse(line)
    }

    @Test func findKeepsItsPhrasesAndReadsItsOptions() throws {
        let find = try #require(try parse("find \"Tajik-Afghan border\" --limit 3 --since 2024-01 --until \"March 1, 2025\" --in body") as? FindCommand)
        #expect(find.text == "\"Tajik-Afghan border\"")
        #expect(try SearchQuery(parsing: find.text) == .phrase("Tajik-Afghan border"))
        #expect(find.limit == 3)
        #expect(find.sinceDate == PublicationDate(year: 2024, month: 1))
        #expect(find.untilDate == PublicationDate(year: 2025, month: 3, day: 1))
        #expect(find.searchColumn == .body)
        #expect(find.canonical(in: .verbatim) == "find \"Tajik-Afghan border\" --limit 3 --since 2024-01 --until 2025-03-01 --in body")
    }

    @Test func aMinusWordIsAnExclusionNotAnOption() throws {
        let find = try #require(try parse("find CSTO -Armenia") as? FindCommand)
        #expect(try SearchQuery(parsing: find.text) == .excluding(.term("CSTO"), [.term("Armenia")]))
    }

    @Test func showTakesAnIdPrefixOrAResultNumber() throws {
        #expect(try (parse("show 3FA9C1") as? ShowCommand)?.citation == .id("3fa9c1"))
        #expect(try (parse("show @2") as? ShowCommand)?.citation == .result(2))
        #expect(throws: CommandError.self) { try parse("show @0") }
        #expect(throws: CommandError.self) { try parse("show Turkey") }
    }

    @Test func typosGetTheNearestCommandOrOption() {
        #expect(throws: CommandError.unknownCommand("fnd", suggestion: "find")) { try parse("fnd CSTO") }
        #expect(throws: CommandError.unknownCommand("xyzzy", suggestion: nil)) { try parse("xyzzy") }
        #expect(throws: CommandError.usage("unknown option '--lmit'; did you mean '--limit'?")) { try parse("find --lmit 3 CSTO") }
        #expect(throws: CommandError.usage("unknown option '--bogus'; stats takes no options")) { try parse("stats --bogus") }
    }

    @Test func badOptionValuesSayWhatIsExpected() {
        #expect(throws: CommandError.usage("--in takes title or body, not 'abstract'")) { try parse("find x --in abstract") }
        #expect(throws: CommandError.usage("--limit must be a positive number")) { try parse("find x --limit 0") }
        #expect(throws: CommandError.usage("--by takes year, month or day, not 'week'")) { try parse("timeline --by week") }
        #expect(throws: CommandError.usage("--type takes person, org or place, not 'acronym'")) { try parse("entities --type acronym") }
        #expect(throws: CommandError.self) { try parse("find x --since yesterday") }
        #expect(throws: CommandError.self) { try parse("show") }
        #expect(throws: CommandError.self) { try parse("stats now") }
    }

    @Test func blankLinesHelpQuitAndCommentsParse() throws {
        #expect(try parse("   ") == nil)
        #expect(try parse("#") == nil)
        #expect(try (parse("help find") as? HelpCommand)?.topic == "find")
        #expect(try (parse("find --help") as? HelpCommand)?.topic == "find")
        #expect(try (parse("? kwic") as? HelpCommand)?.topic == "kwic")
        #expect(try parse("exit") is QuitCommand)
        #expect(try parse("QUIT") is QuitCommand)
        #expect(try parse("# Two   programmes --as typed")?.canonical(in: .verbatim) == "comment Two   programmes --as typed")
        #expect(try parse("comment  it --stays prose")?.canonical(in: .verbatim) == "comment it --stays prose")
    }

    @Test func canonicalLinesLeaveDefaultsOutAndKeepOrder() throws {
        #expect(try parse("find CSTO --limit 10 --notes")?.canonical(in: .verbatim) == "find CSTO --notes")
        #expect(try parse("entities --limit 20 --type PLACE")?.canonical(in: .verbatim) == "entities --type place")
        #expect(try parse("kwic \"Tajik-Afghan border\" --width 40 --limit 5")?.canonical(in: .verbatim) == "kwic \"Tajik-Afghan border\" --limit 5")
        #expect(try parse("timeline --by MONTH CSTO --article")?.canonical(in: .verbatim) == "timeline CSTO --by month --article")
        #expect(try parse("note @1 Runs to 2029 --quote Interfax")?.canonical(in: .verbatim) == "note @1 Runs to 2029 --quote \"Interfax\"")
        #expect(try parse("date @1 \"27 November 2024\"")?.canonical(in: .verbatim) == "date @1 2024-11-27")
    }
}
