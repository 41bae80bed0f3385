import Foundation
import GRDB
import FolioTestSupport
import Testing

/// Two Folio processes on one workspace: one ingesting, one searching and noting.
@Suite(.serialized) struct ConcurrencyTests {
    @Test func aReaderAndNoterBesideAnIngestCorruptNothingAndLoseNoNote() throws {
        let scratch = try Scratch()
        let corpus = scratch.path + "/corpus"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        func writeCorpus(version: Int) throws {
            for file in 0..<16 {
                let lines = (0..<60).map { row in
                    #"{"title": "Border report \#(file)-\#(row), version \#(version)", "body": "On 3 March 2024 the CSTO met in Dushanbe. Item \#(row)."}"#
                }
                try lines.joined(separator: "\n").write(toFile: "\(corpus)/part-\(file).jsonl", atomically: true, encoding: .utf8)
            }
        }
        let workspace = scratch.path + "/.folio"
        try writeCorpus(version: 0)
        #expect(try FolioBinary.run(["--workspace", workspace, corpus, "-c", "stats"], in: scratch.path).status == 0)
        try writeCorpus(version: 1)

        let ingest = Process()
        ingest.executableURL = URL(fileURLWithPath: FolioBinary.path)
        ingest.arguments = ["--workspace", workspace, corpus, "-c", "stats"]
        ingest.standardOutput = FileHandle.nullDevice
        ingest.standardError = FileHandle.nullDevice
        try ingest.run()
        var saved = 0
        var busy: [String] = []
        for round in 0..<4 {
            let noter = try FolioBinary.run(
                ["--workspace", workspace, corpus, "-c", "find border", "-c", "note @1 noted beside an ingest, round \(round)"], in: scratch.path)
            if noter.status == 0 {
                saved += 1
            } else {
                busy.append(noter.errors)
            }
        }
        ingest.waitUntilExit()
        #expect(ingest.terminationStatus == 0)
        for message in busy {
            #expect(message.contains("busy in another Folio"), "a busy workspace says so plainly: \(message)")
            #expect(!message.contains("SQLITE"))
        }
        let database = try DatabaseQueue(path: workspace + "/folio.sqlite")
        let (integrity, notes) = try database.read { db in
            (try String.fetchAll(db, sql: "PRAGMA integrity_check"), try Int.fetchOne(db, sql: "SELECT count(*) FROM note"))
        }
        #expect(integrity == ["ok"])
        #expect(notes == saved, "every note reported saved is there")
        print("concurrency: \(saved) of 4 noting runs beside an ingest saved their note; \(busy.count) were told the workspace was busy")
    }

    @Test func aWriterThatMustWaitSaysSoThenGivesUpPlainly() throws {
        let scratch = try Scratch()
        let workspace = scratch.path + "/.folio"
        #expect(try FolioBinary.run(["--workspace", workspace, "-c", "stats"], in: scratch.path).status == 0)
        let holder = try DatabaseQueue(path: workspace + "/folio.sqlite")
        let started = Date()
        let blocked = try holder.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            defer { try? db.execute(sql: "COMMIT") }
            return try FolioBinary.run(["--workspace", workspace, "-c", "find border", "-c", "note @1 written while locked"], in: scratch.path)
        }
        let waited = Date().timeIntervalSince(started)
        #expect(blocked.status != 0)
        #expect(blocked.errors.contains("another Folio is writing to this workspace; waiting up to 5 s…"))
        #expect(blocked.errors.contains("the workspace is busy in another Folio; try again"))
        #expect(!blocked.errors.contains("SQLITE") && !blocked.errors.contains("database is locked"))
        #expect(waited >= 5, "it waited before giving up")
        let after = try FolioBinary.run(["--workspace", workspace, "-c", "find border", "-c", "note @1 written after"], in: scratch.path)
        #expect(after.status == 0, "\(after.errors)")
    }
}
