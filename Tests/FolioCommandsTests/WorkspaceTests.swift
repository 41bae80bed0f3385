import Foundation
import FolioCommands
import FolioCore
import FolioIngest
import FolioTestSupport
import Testing

@Suite struct WorkspaceTests {
    static func seedText() throws -> String {
        try String(contentsOfFile: BundledCorpus.file()!.path, encoding: .utf8)
    }

    @Test func withNoPathsTheBundledCorpusOpens() throws {
        let directory = try Scratch()
        let workspace = try Workspace(directory: directory.url(".folio").path)
        let report = try workspace.open([])
        #expect(report.filesIngested == ["bundled/central-asia-results-page-1.txt"])
        #expect(workspace.articleIDs.count == 6)
        #expect(FileManager.default.fileExists(atPath: directory.url(".folio/folio.sqlite").path))
    }

    @Test func aSecondOpenWithNothingChangedDoesNoIngestWork() throws {
        let directory = try Scratch()
        try directory.write("corpus/page.txt", Self.seedText())
        let first = try Workspace(directory: directory.url(".folio").path).open(["corpus"], currentDirectory: directory.path)
        #expect(first.filesIngested == ["corpus/page.txt"])
        let second = try Workspace(directory: directory.url(".folio").path).open(["corpus"], currentDirectory: directory.path)
        #expect(second.didNoIngestWork)
        #expect(second.filesUnchanged == ["corpus/page.txt"])
    }

    @Test func aTouchedFileIsHashedButNotParsedAgain() throws {
        let directory = try Scratch()
        let path = try directory.write("page.txt", Self.seedText())
        _ = try Workspace(directory: directory.url(".folio").path).open([path])
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: path)
        let report = try Workspace(directory: directory.url(".folio").path).open([path])
        #expect(report.filesTouched == [path])
        #expect(report.filesIngested.isEmpty)
    }

    @Test func aChangedFileIsReadAgainAndARemovedFileIsKeptAndReportedUntilUnloaded() throws {
        let directory = try Scratch()
        try directory.write("corpus/a.txt", "Alpha story\n\nAbout Almaty.")
        try directory.write("corpus/b.txt", "Beta story\n\nAbout Bishkek.")
        let workspace = try Workspace(directory: directory.url(".folio").path)
        _ = try workspace.open(["corpus"], currentDirectory: directory.path)
        #expect(workspace.articleIDs.count == 2)

        try directory.write("corpus/a.txt", "Alpha story, revised\n\nAbout Astana now.")
        try FileManager.default.removeItem(at: directory.url("corpus/b.txt"))
        let report = try workspace.open([], currentDirectory: directory.path)
        #expect(report.filesIngested == ["corpus/a.txt"])
        #expect(report.missingFiles.map(\.file) == ["corpus/b.txt"])
        #expect(report.missingSummary == "1 file missing; its 1 article is kept; `unload --missing` removes them")
        let runner = try LineRunner(workspace: workspace)
        runner.session.currentDirectory = directory.path
        #expect(try total(runner, "find Bishkek") == 1, "a missing file keeps its articles")
        #expect(try total(runner, "find Almaty") == 0)
        #expect(try total(runner, "find Astana") == 1)
        #expect(runner.run("unload --missing")?.isFailure == false)
        #expect(try total(runner, "find Bishkek") == 0)
        #expect(try workspace.open([], currentDirectory: directory.path).missingFiles.isEmpty)
    }

    @Test func idsDoNotDependOnLoadOrderAndDuplicatesAreMerged() throws {
        let directory = try Scratch()
        let seed = try Self.seedText()
        try directory.write("one/page.txt", seed)
        try directory.write("two/copy-of-page.txt", seed)
        try directory.write("two/extra.txt", "Extra\n\nAnother article.")
        let forward = try Workspace(directory: directory.url("ws1").path)
        _ = try forward.open(["one", "two"], currentDirectory: directory.path)
        let backward = try Workspace(directory: directory.url("ws2").path)
        _ = try backward.open(["two/extra.txt", "two/copy-of-page.txt", "one/page.txt"], currentDirectory: directory.path)
        #expect(forward.articleIDs.count == 7)
        #expect(forward.articleIDs == backward.articleIDs)
        let detail = try forward.store.article(forward.articleIDs.first { try! forward.store.article($0).article.title.hasPrefix("CSTO to Strengthen") }!)
        #expect(detail.sources == ["one/page.txt", "two/copy-of-page.txt"])
        #expect(try forward.store.statistics().rates == 5)
    }

    @Test func badFilesWarnAndTheRestStillLoads() throws {
        let directory = try Scratch()
        try directory.write("corpus/good.txt", "Good article\n\nIt loads.")
        try directory.write("corpus/empty.txt", "")
        try Data([0x54, 0x00, 0x01]).write(to: directory.url("corpus/binary.txt"))
        try directory.write("corpus/broken.jsonl", "{\"title\": \"ok\", \"body\": \"fine\"}\n{broken\n")
        let workspace = try Workspace(directory: directory.url(".folio").path)
        let report = try workspace.open(["corpus", "missing.txt"], currentDirectory: directory.path)
        #expect(workspace.articleIDs.count == 2)
        let warnings = report.warnings.map(\.description).sorted()
        #expect(warnings.count == 4)
        #expect(warnings.first == "corpus/binary.txt: binary file (it contains NUL bytes); skipped")
        #expect(warnings.dropFirst().first?.hasPrefix("corpus/broken.jsonl:2: malformed JSON (") == true)
        #expect(warnings.dropFirst().first?.hasSuffix("); line skipped") == true)
        #expect(Array(warnings.suffix(2)) == [
            "corpus/empty.txt: empty file; nothing loaded",
            "missing.txt: no such file or directory; skipped",
        ])
    }

    #if os(Linux)
    @Test func anUnreadableFileIsReportedAndSkipped() throws {
        let workspace = try Workspace()
        let report = try workspace.open(["/proc/self/mem"])
        #expect(workspace.articleIDs.isEmpty)
        #expect(report.warnings.count == 1)
        #expect(report.warnings.first?.description.hasPrefix("/proc/self/mem: cannot be read") == true)
    }
    #endif

    private func total(_ runner: LineRunner, _ line: String) throws -> Int {
        let results = try runner.output(line, as: FindCommand.Output.self)
        return results.total
    }
}
