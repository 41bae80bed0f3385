import FolioCore
import Testing
@testable import FolioIngest

@Suite struct FormatReaderTests {
    @Test func plainTextTakesItsFirstLineAsTheTitle() throws {
        let parsed = try FixtureFiles.parse("plain-article.txt")
        #expect(parsed.format == .plainText)
        let article = try #require(parsed.articles.first)
        #expect(article.title == "Dushanbe water talks resume")
        #expect(article.body == "Tajikistan and Uzbekistan resumed talks on the Rogun dam.\nThe talks continue next week.")
        #expect(article.date == nil)
    }

    @Test func markdownReadsFrontMatterAndKeepsUnknownFieldsAsMetadata() throws {
        let parsed = try FixtureFiles.parse("front-matter.md")
        let article = try #require(parsed.articles.first)
        #expect(article.title == "Astana hosts summit")
        #expect(article.date == PublicationDate(year: 2008, month: 3, day: 1))
        #expect(article.url == "https://example.org/astana-summit")
        #expect(article.source == "Example Wire")
        #expect(article.metadata == ["author": "A. Writer"])
        #expect(article.body == "Leaders met in Astana on Saturday to discuss transit corridors.")
    }

    @Test func jsonLinesMapFieldAliasesAndWarnAboutEachBadLine() throws {
        let parsed = try FixtureFiles.parse("records.jsonl")
        #expect(parsed.format == .jsonLines)
        #expect(parsed.articles.map(\.title) == ["Bishkek protests", "Almaty smog", "Undated piece"])
        let first = parsed.articles[0]
        #expect(first.ref == "w-1")
        #expect(first.body == "Protesters gathered in Bishkek.")
        #expect(first.date == PublicationDate(year: 2024, month: 11, day: 27))
        #expect(first.metadata == ["tags": "[\"kg\",\"protest\"]"])
        #expect(parsed.articles[1].ref == "2")
        #expect(parsed.articles[1].date == PublicationDate(year: 2024, month: 11, day: 28))
        #expect(parsed.articles[2].date == nil)
        let lines = parsed.warnings.map { "\($0.line ?? 0): \($0.message)" }
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("3: malformed JSON"))
        #expect(lines[0].hasSuffix("line skipped"))
        #expect(lines[1] == "4: not a JSON object; skipped")
        #expect(lines[2] == "5: unrecognized date 'sometime soon'; article kept without a date")
        #expect(lines[3] == "6: record has no title or body; skipped")
        #expect(parsed.warnings.allSatisfy { $0.file == "records.jsonl" })
    }

    @Test func aJSONArrayLoadsItsObjectsAndNamesTheElementThatIsNot() throws {
        let parsed = try FixtureFiles.parse("records.json")
        #expect(parsed.format == .json)
        #expect(parsed.articles.map(\.ref) == ["a-1", "a-2"])
        #expect(parsed.articles[1].date == PublicationDate(year: 2024, month: 10, day: 5))
        #expect(parsed.warnings.map(\.message) == ["element 3: not a JSON object; skipped"])
    }

    @Test func malformedJSONLoadsNothingAndSaysWhere() throws {
        let parsed = try FixtureFiles.parse("malformed.json")
        #expect(parsed.articles.isEmpty)
        let warning = try #require(parsed.warnings.first)
        #expect(warning.message.contains("malformed JSON"))
        #expect(warning.message.hasSuffix("nothing loaded from this file"))
    }

    @Test func csvReadsQuotedMultilineFieldsAndSkipsShortRecordsByLine() throws {
        let parsed = try FixtureFiles.parse("records.csv")
        #expect(parsed.format == .csv)
        #expect(parsed.articles.map(\.title) == ["Osh market fire", "Khujand bridge, reopened"])
        #expect(parsed.articles[0].body == "A fire destroyed part of the Osh market.\nTraders counted losses.")
        #expect(parsed.articles[0].source == "Local Wire")
        #expect(parsed.articles[1].date == PublicationDate(year: 2024, month: 9, day: 15))
        #expect(parsed.warnings.map(\.description) == ["records.csv:4: record has 3 fields, the header has 5; skipped"])
    }

    @Test func latinTextThatDeclaresNothingIsReadAsWindows1252() throws {
        let parsed = try FixtureFiles.parse("latin1.txt")
        let article = try #require(parsed.articles.first)
        #expect(article.title == "Café owners in Tashkent protest")
        #expect(parsed.warnings.map(\.description) == [
            "latin1.txt: not valid UTF-8 and declares no character set; read as windows-1252, whose reading gives Latin words",
        ])
    }

    @Test func binaryAndEmptyFilesAreSkippedWithAWarning() throws {
        let binary = try FixtureFiles.parse("binary.txt")
        #expect(binary.articles.isEmpty)
        #expect(binary.warnings.map(\.description) == ["binary.txt: binary file (it contains NUL bytes); skipped"])
        let empty = try FixtureFiles.parse("empty.txt")
        #expect(empty.articles.isEmpty)
        #expect(empty.warnings.map(\.description) == ["empty.txt: empty file; nothing loaded"])
    }

    @Test func windowsAndOldMacLineEndsReadAsLines() throws {
        let text = "Dushanbe water talks resume\r\n\r\nTajikistan and Uzbekistan resumed talks.\r\nThe talks continue next week.\r\n"
        for bytes in [Array(text.utf8), Array(text.replacingOccurrences(of: "\r\n", with: "\r").utf8)] {
            let parsed = SourceReader.parse(bytes, file: "windows.txt", fileExtension: "txt")
            let article = try #require(parsed.articles.first)
            #expect(article.title == "Dushanbe water talks resume")
            #expect(article.body == "Tajikistan and Uzbekistan resumed talks.\nThe talks continue next week.")
            #expect(parsed.warnings.isEmpty)
        }
        let csv = SourceReader.parse(Array("title,body\r\nOsh fire,\"A fire.\r\nTraders counted.\"\r\n".utf8), file: "w.csv", fileExtension: "csv")
        #expect(csv.articles.map(\.body) == ["A fire.\nTraders counted."])
    }

    @Test func aPlainTextFileWithLeadingBlankLinesNamesTheTitleLine() throws {
        let long = String(repeating: "word ", count: 300)
        let parsed = SourceReader.parse(Array("\n  \n\(long)\nSecond line.".utf8), file: "long.txt", fileExtension: "txt")
        #expect(parsed.articles.count == 1)
        #expect(parsed.warnings.map(\.line) == [3])
        #expect(parsed.articles.first?.body.hasSuffix("Second line.") == true)
    }

    @Test func formatIsDetectedByContentWhenTheExtensionSaysLittle() {
        #expect(SourceFormat.detect(fileExtension: "txt", text: "{\"title\": \"a\"}\n{\"title\": \"b\"}\n") == .jsonLines)
        #expect(SourceFormat.detect(fileExtension: "", text: "[{\"title\": \"a\"}]") == .json)
        #expect(SourceFormat.detect(fileExtension: "txt", text: "Viewing results 1 - 6 of 31\n\nA\n\nB") == .resultsPage)
        #expect(SourceFormat.detect(fileExtension: "txt", text: "Just a title\n\nAnd a body.") == .plainText)
        #expect(SourceFormat.detect(fileExtension: "txt", text: "Markets\n\n  • USD/KZT = 470.10 +0.2%\nA\n\nB") == .resultsPage)
        let late = String(repeating: "line\n", count: 250) + "Viewing results 1 - 6 of 31\n"
        #expect(SourceFormat.detect(fileExtension: "txt", text: late) == .plainText)
    }
}

@Suite struct ArticleSplitterTests {
    @Test func aBodyOverTheLimitIsSplitAtSpacesIntoTitledParts() throws {
        let body = (0..<3_000).map { "word\($0)" }.joined(separator: " ")
        let article = Article(id: ArticleIdentity.id(title: "Dump", body: body), title: "Dump", body: body)
        let split = ArticleSplitter.parts(of: article, file: "dump.jsonl", line: 4, partBytes: 10_000)
        #expect(split.articles.count == 3)
        #expect(split.articles.map(\.title) == ["Dump (part 1 of 3)", "Dump (part 2 of 3)", "Dump (part 3 of 3)"])
        #expect(split.articles.map(\.body).joined() == body, "nothing is lost")
        #expect(split.articles.allSatisfy { $0.body.utf8.count <= 10_000 })
        #expect(split.articles.dropFirst().allSatisfy { $0.body.hasPrefix(" ") }, "cut at spaces")
        #expect(split.warning?.description.hasPrefix("dump.jsonl:4: an article of 0.0 MB of text; split into 3 parts") == true)
        #expect(ArticleSplitter.parts(of: article, file: "dump.jsonl", line: 4).articles == [article])
    }
}
