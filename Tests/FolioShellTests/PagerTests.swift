import Foundation
import FolioTestSupport
import Testing

/// Long output in a terminal goes through the pager; short output, piped output and `--no-pager` do not.
@Suite(.serialized) struct PagerTests {
    @Test func outputTallerThanTheScreenOpensLessAndQQuitsBackToThePrompt() throws {
        let scratch = try Scratch()
        let shell = try TmuxSession(directory: scratch.path, pager: "less -R", rows: 24)
        try shell.waitFor(text: "folio>")
        try shell.type("timeline")
        try shell.press("Enter")
        let paged = try shell.waitFor("less showing the first screen") { screen in
            screen.contains("48 dated events in 6 articles") && screen.split(separator: "\n").last?.hasPrefix(":") == true
        }
        #expect(!paged.contains("folio> \n"), "the prompt came back while the pager was open")
        try shell.press("q")
        try shell.waitFor("the prompt after the pager") { $0.split(separator: "\n").last == "folio>" }

        try shell.type("stats")
        try shell.press("Enter")
        try shell.waitFor(text: "rates     5 distinct quotes")
        try shell.waitFor("no pager for short output") { $0.split(separator: "\n").last == "folio>" }
    }

    @Test func thePagerIsTheOneInPAGER() throws {
        let scratch = try Scratch()
        let shell = try TmuxSession(directory: scratch.path, pager: "sed s/^/PAGED:/", rows: 24)
        try shell.waitFor(text: "folio>")
        try shell.type("timeline border")
        try shell.press("Enter")
        try shell.waitFor(text: "PAGED:                    Imangali Tasmagambetov announced")
        try shell.waitFor("the prompt") { $0.split(separator: "\n").last == "folio>" }
    }

    @Test func noPagerPrintsStraightToTheTerminal() throws {
        let scratch = try Scratch()
        let shell = try TmuxSession(directory: scratch.path, arguments: ["--no-pager"], pager: "sed s/^/PAGED:/", rows: 24)
        try shell.waitFor(text: "folio>")
        try shell.type("timeline border")
        try shell.press("Enter")
        let screen = try shell.waitFor("the prompt after the timeline") { $0.split(separator: "\n").last == "folio>" && $0.contains("Interfax") }
        #expect(!screen.contains("PAGED:"))
    }

    @Test func pipedOutputIsNeverPaged() throws {
        let scratch = try Scratch()
        let run = try FolioBinary.run(["--workspace", "ws", "-c", "timeline"], in: scratch.path, environment: ["PAGER": "sed s/^/PAGED:/"])
        #expect(run.output.hasPrefix("48 dated events in 6 articles"))
        #expect(!run.output.contains("PAGED:"))
    }
}
