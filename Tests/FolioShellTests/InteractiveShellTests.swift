import Foundation
import FolioTestSupport
import Testing

/// The shell as a person uses it: in a terminal, through tmux.
@Suite(.serialized) struct InteractiveShellTests {
    @Test func tabCompletesCommandsOptionsAndArticleIds() throws {
        let scratch = try Scratch()
        let shell = try TmuxSession(directory: scratch.path)
        try shell.waitFor(text: "folio>")
        try shell.type("sta")
        try shell.press("Tab")
        try shell.waitFor(text: "folio> stats")
        try shell.press("Enter")
        try shell.waitFor(text: "coverage  results 1–6 of 31: 25 not in the corpus")
        try shell.waitForPrompt()

        try shell.type("find CSTO --li")
        try shell.press("Tab")
        try shell.waitFor(text: "folio> find CSTO --limit")
        try shell.type("1")
        try shell.waitFor(text: "folio> find CSTO --limit 1")
        try shell.press("Enter")
        try shell.waitFor(text: "5 articles match CSTO; showing the first 1")
        try shell.waitForPrompt()

        try shell.type("show 13b")
        try shell.press("Tab")
        try shell.waitFor(text: "folio> show 13be2d")
        try shell.press("Enter")
        try shell.waitFor(text: "id        13be2d (13be2dd8")
    }

    @Test func historyIsRecalledAcrossRestarts() throws {
        let scratch = try Scratch()
        do {
            let first = try TmuxSession(directory: scratch.path)
            try first.waitFor(text: "folio>")
            try first.enter("stats", expecting: "rates     5 distinct quotes")
            try first.enter("rates", expecting: "1 USD = 87.26 KGS")
            try first.type("quit")
            try first.press("Enter")
            try first.waitFor(text: "FOLIO-EXIT=0")
        }
        let second = try TmuxSession(directory: scratch.path)
        try second.waitFor(text: "folio>")
        try second.press("Up")
        try second.waitFor(text: "folio> quit")
        try second.press("Up")
        try second.waitFor(text: "folio> rates")
        try second.press("Enter")
        try second.waitFor(text: "1 USD = 87.26 KGS")
        try second.waitForPrompt()
        try second.press("C-r")
        try second.type("stat")
        try second.press("Enter")
        try second.waitFor(text: "articles  6 (3 excerpts)")
    }

    @Test func ctrlCCancelsTheLineAndTheShellCarriesOn() throws {
        let scratch = try Scratch()
        let shell = try TmuxSession(directory: scratch.path)
        try shell.waitFor(text: "folio>")
        try shell.type("find something I no longer want")
        try shell.waitFor(text: "no longer want")
        Thread.sleep(forTimeInterval: 0.4)
        try shell.press("C-c")
        try shell.waitFor("a fresh prompt") { $0.components(separatedBy: "folio>").count == 3 }
        try shell.type("stats")
        try shell.press("Enter")
        let screen = try shell.waitFor("stats output") { $0.contains("articles  6 (3 excerpts)") }
        #expect(!screen.contains("no articles match something"))
        #expect(!screen.contains("FOLIO-EXIT"))
    }

    @Test func compareDrawsItsBarsAndKwicAlignsInTheTerminal() throws {
        let scratch = try Scratch()
        let shell = try TmuxSession(directory: scratch.path)
        try shell.waitFor(text: "folio>")
        try shell.enter("compare CSTO NATO", expecting: "mentions          37 ████████████")
        try shell.type("kwic Tasmagam")
        try shell.press("Tab")
        try shell.waitFor(text: "folio> kwic Tasmagambetov")
        try shell.type(" --limit 2 --width 20")
        try shell.press("Enter")
        try shell.waitFor(text: "15 occurrences of Imangali Tasmagambetov")
    }

    @Test func ctrlDOnAnEmptyLineExitsCleanly() throws {
        let scratch = try Scratch()
        let shell = try TmuxSession(directory: scratch.path)
        try shell.waitFor(text: "folio>")
        try shell.press("C-d")
        try shell.waitFor(text: "FOLIO-EXIT=0")
    }

    @Test func cyrillicTextEditsByCharacter() throws {
        let scratch = try Scratch()
        let shell = try TmuxSession(directory: scratch.path)
        try shell.waitFor(text: "folio>")
        try shell.type("find Тжикистанx")
        try shell.press("BSpace")
        for _ in 0..<8 { try shell.press("Left") }
        try shell.type("а")
        try shell.press("Enter")
        try shell.waitFor(text: "no articles match Тажикистан")
    }

    @Test func tabCompletesExportFormatsAndPeriods() throws {
        let scratch = try Scratch()
        let shell = try TmuxSession(directory: scratch.path)
        try shell.waitFor(text: "folio>")
        try shell.type("timeline CSTO --by mo")
        try shell.press("Tab")
        try shell.waitFor(text: "folio> timeline CSTO --by month")
        try shell.press("Enter")
        try shell.waitForPrompt()
        try shell.enter("entities --limit 2", expecting: "Collective Security Treaty Organization  org")
        try shell.type("export c")
        try shell.press("Tab")
        try shell.waitFor(text: "folio> export csv")
        try shell.press("Enter")
        try shell.waitFor(text: "Turkic Council,org,2,1,")
    }
}

/// `load` in a terminal shows how far it has come, then its summary.
@Suite struct LoadProgressTests {
    @Test func aLongLoadShowsAProgressLineAndEndsWithASummary() throws {
        let scratch = try Scratch()
        let body = String(repeating: "Officials in Dushanbe discussed the Tajik-Afghan border programme again. ", count: 20)
        for file in 0..<3000 { try scratch.write("many/part-\(file / 500)/note-\(file).txt", "Note \(file)\n\n\(body) Number \(file).") }
        let shell = try TmuxSession(directory: scratch.path, arguments: ["--workspace", scratch.path + "/.folio"])
        try shell.waitFor(text: "folio>")
        try shell.type("load many")
        try shell.press("Enter")
        let during = try shell.waitFor("the progress line", timeout: 60) { $0.contains("loading: ") || $0.contains("read 3000 files") }
        #expect(during.contains("loading: ") && during.contains(" of 3000 files · ") && during.contains(" MB/s"), "\(during)")
        let done = try shell.waitFor("the summary", timeout: 120) { $0.contains("read 3000 files: 3000 articles") }
        #expect(!done.contains("loading: "), "the progress line is cleared")
    }
}
