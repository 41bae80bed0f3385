import Foundation
import FolioTestSupport
import Testing

/// The journal is durable: a session killed with SIGKILL is offered for saving at the next start.
@Suite struct JournalRecoveryTests {
    final class Collected: @unchecked Sendable {
        private var data = Data()
        private let lock = NSLock()

        func append(_ more: Data) {
            lock.lock()
            data.append(more)
            lock.unlock()
        }

        var text: String {
            lock.lock()
            defer { lock.unlock() }
            return String(decoding: data, as: UTF8.self)
        }
    }

    @Test func aSessionKilledMidwayIsRecoveredAndSaved() throws {
        let scratch = try Scratch()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: FolioBinary.path)
        process.currentDirectoryURL = URL(fileURLWithPath: scratch.path)
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let collected = Collected()
        output.fileHandleForReading.readabilityHandler = { handle in collected.append(handle.availableData) }
        try process.run()
        input.fileHandleForWriting.write(Data("# Border notes before a crash\nfind \"Tajik-Afghan border\"\nnote @1 keep this #border\nrates\n".utf8))
        let deadline = Date().addingTimeInterval(20)
        while !collected.text.contains("1 USD = 87.26 KGS"), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(collected.text.contains("1 USD = 87.26 KGS"))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        output.fileHandleForReading.readabilityHandler = nil
        #expect(process.terminationReason == .uncaughtSignal)

        let restart = try FolioBinary.run(["-c", "save recovered --previous"], in: scratch.path)
        #expect(restart.status == 0)
        #expect(restart.errors.contains("the previous session (3 commands"))
        #expect(restart.errors.contains("ended without quit and was not saved; type save NAME --previous to keep it"))
        #expect(restart.output.contains("saved Sessions/recovered.md: 3 commands, 1 comment"))
        let saved = try String(contentsOfFile: scratch.path + "/Sessions/recovered.md", encoding: .utf8)
        #expect(saved.contains("Border notes before a crash"))
        #expect(saved.contains("```folio\nnote 6edab6 keep this #border\n```"))
        #expect(saved.contains("1 USD = 87.26 KGS"))

        let check = try FolioBinary.run(["replay", "Sessions/recovered.md", "--check"], in: scratch.path)
        #expect(check.status == 0)
        #expect(check.output.contains("3 commands, 3 match, 0 differ"))
    }

    @Test func replayCheckExitsThreeOnDriftAndTwoOnDamage() throws {
        let scratch = try Scratch()
        let save = try FolioBinary.run(["-c", "stats", "-c", "save s"], in: scratch.path)
        #expect(save.status == 0)
        let path = scratch.path + "/Sessions/s.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "5 distinct quotes", with: "6 distinct quotes").utf8).write(to: URL(fileURLWithPath: path))
        let drift = try FolioBinary.run(["replay", "Sessions/s.md", "--check"], in: scratch.path)
        #expect(drift.status == 3)
        #expect(drift.output.contains("-rates     6 distinct quotes\n+rates     5 distinct quotes"))
        let update = try FolioBinary.run(["replay", "Sessions/s.md", "--check", "--update"], in: scratch.path)
        #expect(update.status == 0)
        #expect(try FolioBinary.run(["replay", "Sessions/s.md", "--check"], in: scratch.path).status == 0)

        try Data("# Broken\n\n- format: folio-session 1\n".utf8).write(to: URL(fileURLWithPath: path))
        let damaged = try FolioBinary.run(["replay", "Sessions/s.md", "--check"], in: scratch.path)
        #expect(damaged.status == 2)
        #expect(damaged.errors.contains("--> Sessions/s.md:"))
    }
}
