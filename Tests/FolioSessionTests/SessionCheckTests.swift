import FolioCommands
import FolioCore
import FolioTestSupport
import Foundation
import Testing
@testable import FolioSession

@Suite struct SessionCheckTests {
    func check(_ path: String, corpus: [String] = [], update: Bool = false) -> (status: SessionCheck.Status, output: String, errors: String) {
        var output = ""
        var errors = ""
        let status = SessionCheck.run(path: path, corpus: corpus, update: update, output: &output, errors: &errors)
        return (status, output, errors)
    }

    @Test func aFreshRecordingChecksGreen() throws {
        let scratch = try Scratch()
        let path = try SessionFileTests.record(
            ["find \"Tajik-Afghan border\"", "show @1", "note @1 watch #border --quote \"more than 100 kilometers\"", "notes #border"],
            name: "fresh", in: scratch)
        let result = check(path)
        #expect(result.status == .matches)
        #expect(result.output.hasSuffix("fresh.md: 4 commands, 4 match, 0 differ\n"))
        #expect(result.output.contains("corpus unchanged: 6 articles"))
    }

    @Test func anEditedOutputFailsWithAUnifiedDiff() throws {
        let scratch = try Scratch()
        let path = try SessionFileTests.record(["stats"], name: "edited", in: scratch)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "articles  6 (3 excerpts)", with: "articles  7 (3 excerpts)").utf8)
            .write(to: URL(fileURLWithPath: path))
        let result = check(path)
        #expect(result.status == .differs)
        #expect(result.output.contains("-articles  7 (3 excerpts)\n+articles  6 (3 excerpts)"))
        #expect(result.output.contains("@@ -1,"))
        #expect(result.output.contains("edited.md: 1 command, 0 match, 1 differ"))
    }

    @Test func aChangedCorpusIsReportedWithWhatChanged() throws {
        let scratch = try Scratch()
        let a = try scratch.write("corpus/a.txt", "Almaty talks\n\nTalks in Almaty on water.")
        let b = try scratch.write("corpus/b.txt", "Bishkek talks\n\nTalks in Bishkek on trade.")
        let workspace = try Workspace(directory: scratch.file(".folio"))
        _ = try workspace.open([a, b])
        let session = try SessionContext(workspace: workspace, sessionsDirectory: scratch.file("Sessions"))
        _ = session.perform("find talks")
        _ = session.perform("find Almaty")
        _ = session.perform("show @1")
        _ = session.perform("save drift")
        let path = scratch.file("Sessions/drift.md")
        #expect(check(path, corpus: [a, b]).status == .matches)

        try scratch.write("corpus/a.txt", "Almaty talks\n\nTalks in Almaty on water and power.")
        try scratch.write("corpus/c.txt", "Dushanbe talks\n\nTalks in Dushanbe.")
        let result = check(path, corpus: [scratch.file("corpus")])
        #expect(result.status == .differs)
        #expect(result.output.contains("corpus changed: 2 articles then, 3 now (1 added)"))
        #expect(result.output.contains("changed (its title is now on"))

        let updated = check(path, corpus: [scratch.file("corpus")], update: true)
        #expect(updated.status == .matches)
        #expect(check(path, corpus: [scratch.file("corpus")]).status == .matches)
    }

    @Test func aDamagedFileExitsWithStatusTwoAndItsPlace() throws {
        let scratch = try Scratch()
        let path = try scratch.write("bad.md", "no title here\n")
        let result = check(path)
        #expect(result.status == .damaged)
        #expect(result.errors.contains("a session file starts with '# Title'"))
        #expect(result.errors.contains("--> \(path):1:1"))
    }

    @Test func everyExampleSessionReplaysGreen() throws {
        let sessions = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sessions").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: sessions.path).filter { $0.hasSuffix(".md") }.sorted()
        #expect(files.count >= 2)
        for file in files {
            let result = check(sessions.appendingPathComponent(file).path)
            #expect(result.status == .matches, "\(file) drifted:\n\(result.output)\(result.errors)")
        }
    }
}
