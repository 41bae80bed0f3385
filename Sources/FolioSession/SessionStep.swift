import FolioCommands

/// One thing to print: a command line echoed (as a replay echoes what it runs), then its outcome.
public struct SessionStep: Sendable {
    public var echo: String?
    public var outcome: CommandOutcome

    public init(echo: String? = nil, outcome: CommandOutcome) {
        self.echo = echo
        self.outcome = outcome
    }
}

/// An output made of other commands' outcomes, such as a replay's, printed step by step.
protocol ComposedOutput: CommandOutput {
    var steps: [SessionStep] { get }
}
