import FolioCore
import FolioIngest
import FolioSession
import Foundation
import FolioTestSupport
import Testing
@testable import FolioCommands

/// Whatever a scraper leaves behind: each input gives a clear warning, and Folio goes on working.
@Suite struct HostileInputTests {
    let directory: Scratch

    init() throws {
        directory = try Scratch()
    }

    /// Opens `paths` in a new workspace, then checks that a search still runs on it.
    func open(_ paths: [String]) throws -> (report: LoadReport, runner: LineRunner) {
        let workspace = try Workspace(directory: directory.url(".folio").path)
        let report = try workspace.open(paths)
        let runner = try LineRunner(workspace: workspace)
        guard runner.run("find text")?.isFailure == false else {
            throw LineRunner.Failure("find failed after loading \(paths)")
        }
        return (report, runner)
    }

    func messages(_ report: LoadReport) -> [String] {
        report.warnings.map(\.description)
    }

    func writeBytes(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = directory.url(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func anEmptyFile() throws {
        let path = try writeBytes("empty.txt", [])
        let loaded = try open([path])
        #expect(messages(loaded.report) == ["\(path): empty file; nothing loaded"])
    }

    /// The taggers run at their debug speed here, so the line is a few tens of kilobytes; the README gives
    /// the figures for 100 MB with the release build.
    @Test func aLongSingleLineGetsAShortTitleAndIsKeptWhole() throws {
        let words = ["oil", "prices", "rose", "in", "Japan", "on", "3", "March", "1987", "said", "the", "bank"]
        let line = (0..<4_000).map { words[($0 * 7) % words.count] }.joined(separator: " ")
        let path = try directory.write("one-line.txt", line)
        let loaded = try open([path])
        #expect(messages(loaded.report) == [
            "\(path):1: the first line has \(line.count) characters, too many for a title; its first words are the title and the line is kept in the body",
        ])
        let id = try #require(loaded.runner.workspace.articleIDs.first)
        let article = try loaded.runner.workspace.store.article(id).article
        #expect(article.title == "oil March rose said Japan bank 3 prices 1987 in the on oil March rose said…")
        #expect(article.body == line)
    }

    @Test func nulBytes() throws {
        let path = try writeBytes("nul.txt", Array("Title\nbody".utf8) + [0] + Array("more".utf8))
        #expect(messages(try open([path]).report) == ["\(path): binary file (it contains NUL bytes); skipped"])
    }

    @Test func invalidUTF8IsRepairedAndNamed() throws {
        let path = try writeBytes("bad.txt", Array("Title\nsome ".utf8) + [0xFF, 0xC3] + Array(" text".utf8))
        let loaded = try open([path])
        #expect(messages(loaded.report) == ["\(path):2: invalid UTF-8 at byte 11 (2 bad sequences in all); replaced with U+FFFD"])
        #expect(loaded.runner.workspace.articleIDs.count == 1)
    }

    @Test(arguments: [true, false]) func utf16WithAByteOrderMarkIsRead(littleEndian: Bool) throws {
        let units = Array("Border talks\nThe text of the article.\n".utf16)
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in units {
            bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        let path = try writeBytes("utf16.txt", bytes)
        let loaded = try open([path])
        #expect(messages(loaded.report) == ["\(path): UTF-16 text (it starts with a byte-order mark); read as UTF-16"])
        let id = try #require(loaded.runner.workspace.articleIDs.first)
        #expect(try loaded.runner.workspace.store.article(id).article.title == "Border talks")
    }

    @Test func jsonNestedOneHundredThousandDeep() throws {
        let path = try directory.write("deep.json", String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000))
        let warnings = messages(try open([path]).report)
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("\(path): malformed JSON (Too many nested arrays or dictionaries") == true)
        #expect(warnings.first?.hasSuffix("nothing loaded from this file") == true)
    }

    @Test func csvWithAnUnbalancedQuote() throws {
        let path = try directory.write("quotes.csv", "title,body\nFine,A good row\n\"Broken,the quote never closes\nLater,row\n")
        let loaded = try open([path])
        #expect(messages(loaded.report).contains("\(path):3: a quote opened on this line is never closed, so the rest of the file reads as one field"))
        #expect(loaded.runner.workspace.articleIDs.count == 1, "the row before the quote is kept")
    }

    @Test func aDirectoryLoopThroughASymlink() throws {
        let folder = directory.url("corpus")
        try directory.write("corpus/a.txt", "Title\nText.")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("back").path, withDestinationPath: folder.path)
        let loaded = try open([folder.path])
        #expect(messages(loaded.report) == ["\(folder.path)/back: a link to a folder, which could lead back into this one; not followed"])
        #expect(loaded.runner.workspace.articleIDs.count == 1)
    }

    @Test func anUnreadableFile() throws {
        let link = directory.url("gone.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: directory.url("nowhere.txt").path)
        #expect(messages(try open([link]).report) == ["\(link): a link to something that does not exist; skipped"])
        guard getuid() != 0 else { return }
        let locked = try directory.write("locked.txt", "Title\nText.")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked)
        #expect(messages(try open([locked]).report).first?.hasPrefix("\(locked): cannot be read") == true)
    }

    @Test func aFIFOIsNotWaitedOn() throws {
        let path = directory.url("pipe.txt").path
        #expect(mkfifo(path, 0o644) == 0)
        #expect(messages(try open([path]).report) == ["\(path): a FIFO (named pipe), not a regular file; skipped"])
    }

    @Test func aFileThatChangesWhileItIsReadIsReadAgainNextTime() throws {
        let path = try directory.write("live.txt", "First title\nFirst text.")
        let workspace = try Workspace(directory: directory.url(".folio").path)
        let scanned = CorpusScanner().scan([CorpusScanner.Root(path: path, displayName: path)]).files
        try directory.write("live.txt", "Second title\nThe scraper wrote more text in the meantime.")
        var report = LoadReport()
        try CorpusLoader(store: workspace.store).synchronize(scanned, stored: try workspace.store.fileStates(), report: &report)
        #expect(messages(report) == ["\(path): changed while it was being read; the copy read is loaded, and the file is read again next time"])
        let reopened = try workspace.open([path])
        #expect(reopened.filesTouched == [path], "the file is read again on the next open, and its hash compared")
        #expect(reopened.warnings.isEmpty)
        #expect(try workspace.store.article(try #require(workspace.articleIDs.first)).article.title == "Second title")
    }

    @Test func aQueryOfTenThousandCharacters() throws {
        let loaded = try open([])
        let long = (0..<1_100).map { _ in "border" }.joined(separator: " OR ")
        #expect(long.count > 10_000)
        let results = try loaded.runner.output("find \(long)", as: FindCommand.Output.self)
        #expect(results.total > 0)
        let unbalanced = String(repeating: "(", count: 10_000)
        guard case .failure(let error)? = loaded.runner.run("find \(unbalanced)")?.result else {
            Issue.record("ten thousand open parentheses were accepted")
            return
        }
        #expect(!"\(error)".isEmpty)
    }

    @Test func aSessionFileCutOffInMidCell() throws {
        let whole = try String(contentsOfFile: Self.sessionsDirectory + "/csto-and-nato.md", encoding: .utf8)
        let cut = String(whole[..<whole.range(of: "Kazakhstan                               place")!.upperBound])
        #expect(throws: SessionFormatError.self) { try SessionParser.parse(cut, path: "cut.md") }
        do {
            _ = try SessionParser.parse(cut, path: "cut.md")
        } catch let error as SessionFormatError {
            #expect("\(error)".contains("cut.md:"))
            #expect("\(error)".contains("never closed") || "\(error)".contains("not closed") || "\(error)".contains("end of the file"))
        }
    }

    static let sessionsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sessions").path
}
