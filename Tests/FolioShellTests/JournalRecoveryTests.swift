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

    /// Types lines into an interactive Folio under tmux, waiting for each one's output.
    static func interactive(_ scratch: Scratch, _ lines: [(String, String)]) throws -> TmuxSession {
        let shell = try TmuxSession(directory: scratch.path, arguments: ["--workspace", scratch.path + "/.folio"])
        try shell.waitFor(text: "folio>")
        for (line, expected) in lines { try shell.enter(line, expecting: expected) }
        return shell
    }

    @Test func anInteractiveSessionKilledMidwayIsRecoveredAndSaved() throws {
        let scratch = try Scratch()
        let shell = try Self.interactive(scratch, [
            ("# Border notes before a crash", "# Border notes before a crash"), ("find \"Tajik-Afghan border\"", "2 articles match"),
            ("note @1 keep this #border", "added note 1"), ("rates", "1 USD = 87.26 KGS"),
        ])
        let pattern = "^\(FolioBinary.path) --workspace \(scratch.path)/.folio"
        #expect(system("pkill -KILL -f '\(pattern)'") == 0)
        try shell.waitFor(text: "FOLIO-EXIT=137")

        let restart = try FolioBinary.run(["--workspace", scratch.path + "/.folio", "-c", "save recovered --previous"], in: scratch.path)
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

    @Test func anInteractiveSessionQuitWithoutSaveIsOfferedOnceAndScriptsNever() throws {
        let scratch = try Scratch()
        let shell = try Self.interactive(scratch, [("stats", "articles  6")])
        try shell.type("quit")
        try shell.press("Enter")
        try shell.waitFor(text: "FOLIO-EXIT=0")
        let script = try FolioBinary.run(["--workspace", scratch.path + "/.folio", "-c", "rates"], in: scratch.path)
        #expect(script.errors.contains("the previous session (1 command, started"))
        #expect(script.errors.contains("was quit without save; type save NAME --previous to keep it"))
        let again = try FolioBinary.run(["--workspace", scratch.path + "/.folio", "-c", "stats"], in: scratch.path)
        #expect(!again.errors.contains("the previous session"), "offered once, and a -c run is not offered")
        let saved = try FolioBinary.run(["--workspace", scratch.path + "/.folio", "-c", "save kept --previous"], in: scratch.path)
        #expect(saved.output.contains("saved Sessions/kept.md: 1 command, 0 comments"))
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
