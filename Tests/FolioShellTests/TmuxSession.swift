import Foundation
import Testing

/// Folio running in a real terminal under tmux, typed at with send-keys and read with capture-pane.
final class TmuxSession {
    let socket = "folio-test-\(UUID().uuidString.prefix(8))"
    let directory: String

    /// `pager` is the `PAGER` folio sees; `cat` turns paging off, as most tests want.
    init(directory: String, arguments: [String] = [], pager: String = "cat", rows: Int = 40) throws {
        self.directory = directory
        let command = ([FolioBinary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        try tmux(capturing: false, [
            "-u", "new-session", "-d", "-x", "100", "-y", String(rows), "-c", directory,
            "env HOME='\(directory)' LC_ALL=C.UTF-8 TERM=xterm PAGER='\(pager)' \(command); echo FOLIO-EXIT=$?; sleep 60",
        ])
    }

    deinit {
        _ = try? tmux(capturing: false, ["kill-server"])
    }

    /// Types text literally, with no Enter.
    func type(_ text: String) throws {
        try tmux(capturing: false, ["send-keys", "-t", "0", "-l", text])
    }

    /// Sends named keys: Enter, Tab, Up, Left, BSpace, C-c, C-d.
    func press(_ keys: String...) throws {
        try tmux(capturing: false, ["send-keys", "-t", "0"] + keys)
    }

    /// The visible screen; tmux trims the spaces at the end of each line.
    func screen() throws -> String {
        try tmux(capturing: true, ["capture-pane", "-p", "-t", "0"])
    }

    /// Waits up to `timeout` seconds for the screen to satisfy `condition`; returns the last screen.
    @discardableResult
    func waitFor(_ description: String, timeout: Double = 15, sourceLocation: SourceLocation = #_sourceLocation,
                 _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Issue.record("timed out waiting for \(description); the screen was:\n\(last)", sourceLocation: sourceLocation)
        return last
    }

    func waitFor(text: String, timeout: Double = 15, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try waitFor("'\(text)'", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Waits until the shell is back at an empty prompt, so that what is typed next reaches the line editor.
    @discardableResult
    func waitForPrompt(timeout: Double = 15, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitFor("an empty prompt", timeout: timeout, sourceLocation: sourceLocation) { $0.split(separator: "\n").last == "folio>" }
    }

    /// Types a line and Enter, waits for `expected` on the screen and then for the next prompt.
    @discardableResult
    func enter(_ line: String, expecting expected: String, timeout: Double = 15,
               sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try type(line)
        try press("Enter")
        try waitFor(text: expected, timeout: timeout, sourceLocation: sourceLocation)
        return try waitForPrompt(timeout: timeout, sourceLocation: sourceLocation)
    }

    /// Runs tmux through system(3): the tmux server that new-session starts inherits descriptors, which would
    /// keep Foundation's Process from ever seeing the client exit.
    @discardableResult
    private func tmux(capturing: Bool, _ arguments: [String]) throws -> String {
        let quoted = (["tmux", "-L", socket] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let capture = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-capture.txt").path
        let command = quoted.joined(separator: " ") + (capturing ? " > '\(capture)'" : " > /dev/null") + " 2>/dev/null </dev/null"
        let status = system(command)
        guard capturing else { return "" }
        defer { try? FileManager.default.removeItem(atPath: capture) }
        guard status == 0 else { return "" }
        return (try? String(contentsOfFile: capture, encoding: .utf8)) ?? ""
    }
}
