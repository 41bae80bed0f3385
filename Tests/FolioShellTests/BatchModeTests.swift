import Foundation
import FolioTestSupport
import Testing

/// folio with piped input, -c and --json, as scripts use it.
@Suite struct BatchModeTests {
    @Test func pipedCommandsRunLineByLineWithNoPrompt() throws {
        let scratch = try Scratch()
        let run = try FolioBinary.run([], input: "stats\n\n# a comment\nfind \"Tajik-Afghan border\"\n", in: scratch.path)
        #expect(run.status == 0)
        #expect(!run.output.contains("folio> "))
        #expect(run.output.hasPrefix("articles  6 (3 excerpts)\n"))
        #expect(run.output.contains("2 articles match \"Tajik-Afghan border\""))
        #expect(!run.output.contains("\u{1B}["))
    }

    @Test func dashCRunsEachCommandAndExits() throws {
        let scratch = try Scratch()
        let run = try FolioBinary.run(["-c", "find Ataturk", "-c", "show @1"], in: scratch.path)
        #expect(run.status == 0)
        #expect(run.output.contains("1 article matches Ataturk"))
        #expect(run.output.contains("sources   bundled/central-asia-results-page-1.txt"))
    }

    @Test func jsonModePrintsOneObjectPerCommand() throws {
        let scratch = try Scratch()
        let run = try FolioBinary.run(["--json", "-c", "stats", "-c", "find CSTO --limit 2", "-c", "show @1", "-c", "rates", "-c", "find ("], in: scratch.path)
        #expect(run.status == 1)
        let objects = try run.output.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.map { $0["command"] as? String } == ["stats", "find", "show", "rates", "find"])
        let coverage = try #require(objects[0]["coverage"] as? [String: Any])
        #expect(coverage["from"] as? Int == 1 && coverage["to"] as? Int == 6 && coverage["of"] as? Int == 31)
        #expect(objects[0]["articles"] as? Int == 6 && objects[0]["excerpts"] as? Int == 3 && objects[0]["rates"] as? Int == 5)
        #expect(objects[1]["total"] as? Int == 5)
        let hits = try #require(objects[1]["hits"] as? [[String: Any]])
        #expect(Set(hits[0].keys).isSuperset(of: ["id", "ref", "title", "date", "excerpt", "score", "snippet"]))
        let article = try #require(objects[2]["article"] as? [String: Any])
        #expect(Set(article.keys).isSuperset(of: ["id", "ref", "title", "date", "body", "excerpt", "sources", "url"]))
        #expect((objects[3]["rates"] as? [[String: Any]])?.count == 5)
        #expect((objects[4]["error"] as? [String: Any])?["message"] as? String == "empty parentheses at column 1\n  (\n  ^")
    }

    @Test func exitStatusIsOneWhenACommandFailsAndTwoForUsageErrors() throws {
        let scratch = try Scratch()
        let failed = try FolioBinary.run(["-c", "stats", "-c", "show ffffff"], in: scratch.path)
        #expect(failed.status == 1)
        #expect(failed.errors.contains("error: no article id starts with 'ffffff'"))
        let usage = try FolioBinary.run(["--no-such-flag"], in: scratch.path)
        #expect(usage.status == 2)
        #expect(usage.errors.contains("--no-such-flag"))
    }

    @Test func warningsNameTheFileAndGoToStandardError() throws {
        let scratch = try Scratch()
        try Data("{\"title\": \"One\", \"body\": \"First.\"}\nnot json\n".utf8).write(to: URL(fileURLWithPath: scratch.path + "/feed.jsonl"))
        let run = try FolioBinary.run(["feed.jsonl", "-c", "stats"], in: scratch.path)
        #expect(run.status == 0)
        #expect(run.errors.contains("folio: warning: feed.jsonl:2: malformed JSON"))
        #expect(run.output.hasPrefix("articles  1 (0 excerpts)"))
    }

    @Test func theWorkspaceOptionMovesTheDatabase() throws {
        let scratch = try Scratch()
        let run = try FolioBinary.run(["--workspace", "elsewhere", "-c", "stats"], in: scratch.path)
        #expect(run.status == 0)
        #expect(FileManager.default.fileExists(atPath: scratch.path + "/elsewhere/folio.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/.folio"))
    }
}

@Suite struct CommandLineHelpTests {
    @Test func folioHelpCoversEveryOptionAndCommandWithAnExample() throws {
        let scratch = try Scratch()
        let run = try FolioBinary.run(["--help"], in: scratch.path)
        #expect(run.status == 0)
        let lines = run.output.components(separatedBy: "\n")
        func example(after marker: String) -> String? {
            guard let index = lines.firstIndex(where: { $0.hasPrefix(marker) }) else { return nil }
            return lines[(index + 1)...].first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("e.g. ") }
        }
        for option in ["PATH ...", "--workspace DIR", "-c COMMAND", "--json", "--sessions DIR", "--no-pager", "--version", "replay SESSION --check", "doctor"] {
            #expect(example(after: "  " + option)?.contains("e.g. folio") == true, "\(option) has no example")
        }
        for command in ["find", "show", "note", "notes", "timeline", "date", "entities", "kwic", "compare", "alias", "stats",
                        "rates", "comment", "save", "replay", "export", "help", "quit"] {
            #expect(lines.contains { $0.hasPrefix("  \(command) ") }, "\(command) is missing")
        }
        let short = try FolioBinary.run(["-h"], in: scratch.path)
        #expect(short.output == run.output)
    }
}
