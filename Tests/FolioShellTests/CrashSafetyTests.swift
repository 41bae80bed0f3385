import Foundation
import GRDB
import FolioTestSupport
import Testing

/// Folio killed with SIGKILL at random moments: the workspace must open cleanly, pass SQLite's integrity
/// check, keep every committed note and journaled command, and finish an interrupted ingest on the next run.
@Suite(.serialized) struct CrashSafetyTests {
    static let rounds = 50
    /// More than two transactions of a grouped load (CorpusLoader.groupFiles).
    static let smallFiles = 2_100

    @Test func fiftyKillsDuringIngestNotesAndSaveLoseNothing() throws {
        let scratch = try Scratch()
        let corpus = scratch.path + "/corpus"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        func writePart(_ file: Int, version: Int) throws {
            let lines = (0..<40).map { row in
                #"{"id": "f\#(file)-\#(row)", "title": "Report \#(file)-\#(row) on the border, version \#(version)", "date": "2024-03-\#(row % 28 + 1)", "body": "Officials in Dushanbe said on 3 March 2024 that the Tajik-Afghan border programme would run until 2029. Item \#(file) \#(row), version \#(version)."}"#
            }
            try (lines.joined(separator: "\n") + "\n").write(toFile: "\(corpus)/part-\(file).jsonl", atomically: true, encoding: .utf8)
        }
        for file in 0..<24 { try writePart(file, version: 0) }
        // Enough small files for several transactions of a grouped load.
        for file in 0..<Self.smallFiles {
            try "Note \(file)\n\nA short note on the Tajik-Afghan border, number \(file).".write(
                toFile: "\(corpus)/notes-\(file / 300)-\(file).txt", atomically: true, encoding: .utf8)
        }
        let workspace = scratch.path + "/.folio"
        var generator = SystemRandomNumberGenerator()
        var notes: [Int64: String] = [:]
        var journaled = 0
        var killed = 0
        var round = 0
        while killed < Self.rounds {
            round += 1
            let arguments: [String]
            switch round % 3 {
            case 0:
                if round > 1 { for file in 0..<12 { try writePart((file + round) % 24, version: round) } }
                arguments = ["--workspace", workspace, corpus, "-c", "stats"]
            case 1:
                arguments = ["--workspace", workspace, corpus, "-c", "find border"]
                    + (0..<120).flatMap { ["-c", "note @\($0 % 5 + 1) round \(round) note \($0) #crash"] }
            default:
                arguments = ["--workspace", workspace, corpus, "-c", "find border", "-c", "timeline border", "-c", "entities",
                             "-c", "save round-\(round % 4) --force"]
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: FolioBinary.path)
            process.arguments = arguments
            process.currentDirectoryURL = URL(fileURLWithPath: scratch.path)
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            if round % 3 == 1 {
                // Some notes must be committed before the kill, however slow the machine is today.
                let before = notes.count
                let deadline = Date().addingTimeInterval(20)
                while process.isRunning, Date() < deadline, try Self.noteCount(workspace) <= before { usleep(20_000) }
                usleep(UInt32.random(in: 0...300_000, using: &generator))
            } else {
                usleep(UInt32.random(in: 50_000...900_000, using: &generator))
            }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal, process.terminationStatus == SIGKILL { killed += 1 }

            let database = try DatabaseQueue(path: workspace + "/folio.sqlite")
            try database.read { db in
                #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"], "round \(round)")
                let now = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, text FROM note").map { ($0[0] as Int64, $0[1] as String) })
                for (id, text) in notes { #expect(now[id] == text, "round \(round): note \(id) was lost") }
                notes = now
                let partial = try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM (SELECT f.path, count(s.article) AS articles FROM sourceFile f LEFT JOIN articleSource s ON s.path = f.path
                    WHERE f.path LIKE '%.jsonl' GROUP BY f.path) WHERE articles != 40
                    """) ?? 0
                #expect(partial == 0, "round \(round): a file was half loaded")
                let entries = try Int.fetchOne(db, sql: "SELECT count(*) FROM journalEntry") ?? 0
                #expect(entries >= journaled, "round \(round): journaled commands were lost")
                journaled = entries
            }
            try database.close()
            for session in (try? FileManager.default.contentsOfDirectory(atPath: scratch.path + "/Sessions")) ?? [] where session.hasSuffix(".md") {
                let text = try String(contentsOfFile: scratch.path + "/Sessions/" + session, encoding: .utf8)
                #expect(text.hasPrefix("# ") && (text.hasSuffix("```\n") || text.hasSuffix(" -->\n")), "round \(round): \(session) is half-written")
            }
        }
        print("crash safety: \(killed) SIGKILLs while Folio was working, in \(round) rounds; \(notes.count) notes and \(journaled) journal entries kept")
        #expect(notes.count > 0 && journaled > 0, "some notes and commands were committed between the kills")
        let finished = try FolioBinary.run(["--workspace", workspace, corpus, "-c", "stats"], in: scratch.path)
        #expect(finished.status == 0)
        let again = try FolioBinary.run(["--workspace", workspace, corpus, "-c", "stats"], in: scratch.path)
        #expect(again.errors.isEmpty && again.status == 0)
        let doctor = try FolioBinary.run(["doctor", "--workspace", workspace], in: scratch.path)
        #expect(doctor.status == 0, "\(doctor.output)")
        let database = try DatabaseQueue(path: workspace + "/folio.sqlite")
        let files = try database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sourceFile WHERE size >= 0") }
        #expect(files == 24 + Self.smallFiles, "every file is loaded once ingest has resumed and finished")
    }

    static func noteCount(_ workspace: String) throws -> Int {
        guard FileManager.default.fileExists(atPath: workspace + "/folio.sqlite") else { return 0 }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(1)
        let database = try DatabaseQueue(path: workspace + "/folio.sqlite", configuration: configuration)
        defer { try? database.close() }
        return (try? database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM note") ?? 0 }) ?? 0
    }
}
