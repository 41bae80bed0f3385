import ArgumentParser
import FolioCommands
import FolioCore

/// `replay NAME`: runs a saved session's commands again against the current corpus, in this session.
public struct ReplayCommand: FolioCommand {
    public static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Run a saved session's commands again against the current corpus, and apply its notes again.",
        discussion: """
            replay tajik-border
            replay Sessions/tajik-border.md
            """)

    @Argument(help: ArgumentHelp("the session's name in Sessions/, or a path", valueName: "NAME|PATH"))
    public var session: String

    public init() {}

    public static var isRecorded: Bool { false }

    public func run(in context: SessionContext) throws -> Output {
        let document = try SessionFile.read(SessionFile.path(for: CommandTokenizer.unquote(session), in: context.sessionsDirectory))
        let steps = try context.replay(document, mode: .session).map { cell -> SessionStep in
            switch cell {
            case .comment(let text):
                return SessionStep(outcome: CommandOutcome(name: "comment", result: .success(Message("# " + text))))
            case .command(let line, _, let outcome):
                return SessionStep(echo: line, outcome: outcome)
            case .skipped(let saved):
                return SessionStep(echo: saved.input, outcome: CommandOutcome(
                    name: "replay", result: .success(Message("skipped: a session does not replay this command"))))
            }
        }
        return Output(steps: steps)
    }

    public func canonical(in printer: CanonicalPrinter) -> String {
        "replay " + CanonicalPrinter.quoted(CommandTokenizer.unquote(session))
    }

    /// The replayed commands, each printed as it ran.
    public struct Output: ComposedOutput {
        public var steps: [SessionStep]

        public func lines(in output: OutputStyle) -> [String] {
            steps.flatMap { step in
                (step.echo.map { ["folio> " + $0] } ?? []) + step.outcome.text(in: output).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
            }
        }

        private enum Key: String, CodingKey { case steps }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(steps.map { $0.outcome.json() }, forKey: .steps)
        }
    }
}
