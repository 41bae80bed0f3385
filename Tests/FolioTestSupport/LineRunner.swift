import FolioCommands
import FolioSession
import Foundation

/// Runs shell lines as Folio does, through the registry and a session, and hands back their outcomes.
public final class LineRunner {
    public let session: SessionContext
    public var workspace: Workspace { session.workspace }

    /// A clock fixed in November 2025, so that notes are stamped alike on every run.
    public static let fixedClock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_764_000_000) }

    public init(workspace: Workspace, sessions: String = "Sessions", isJournaled: Bool = false, now: @escaping @Sendable () -> Date = LineRunner.fixedClock) throws {
        session = try SessionContext(workspace: workspace, now: now, sessionsDirectory: sessions, isJournaled: isJournaled)
    }

    /// A runner over the bundled sample corpus, in memory.
    public static func seed() throws -> LineRunner {
        let workspace = try Workspace()
        _ = try workspace.open([])
        return try LineRunner(workspace: workspace)
    }

    /// The outcome of the line's last step; nil for a blank line.
    @discardableResult
    public func run(_ line: String) -> CommandOutcome? {
        session.perform(line).last?.outcome
    }

    /// The line's output as the type its command gives.
    public func output<Output: CommandOutput>(_ line: String, as type: Output.Type) throws -> Output {
        guard let outcome = run(line) else { throw Failure("\(line) gave nothing") }
        switch outcome.result {
        case .failure(let failure): throw failure
        case .success(let output):
            guard let typed = output as? Output else { throw Failure("\(line) gave \(Swift.type(of: output))") }
            return typed
        }
    }

    /// The lines' text, each after `> line`, as a person reads it.
    public func transcript(_ lines: [String], style: TextStyle = .plain) -> String {
        var text = ""
        for line in lines {
            let steps = session.perform(line)
            guard !steps.isEmpty else { continue }
            text += "> \(line)\n"
            for step in steps { text += step.outcome.text(in: OutputStyle(text: style, idLength: workspace.displayLength)) }
        }
        return text
    }

    /// The line's outcome as `--json` prints it.
    public func json(_ line: String) -> String {
        run(line)?.json() ?? ""
    }

    /// The line's JSON object, read back.
    public func object(_ line: String) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(json(line).utf8)) as? [String: Any] else {
            throw Failure("\(line) printed no JSON object")
        }
        return object
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        public init(_ description: String) { self.description = description }
    }
}
