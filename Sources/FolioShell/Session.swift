import Foundation

import FolioCommands

/// Runs lines one at a time and prints each outcome, as text or JSON; remembers whether any failed.
struct Session {
    let runner: CommandRunner
    let settings: TerminalSettings
    let isJSON: Bool
    private(set) var hasFailed = false

    init(runner: CommandRunner, settings: TerminalSettings, isJSON: Bool) {
        self.runner = runner
        self.settings = settings
        self.isJSON = isJSON
    }

    enum Next { case proceed, quit }

    /// Runs one line. Lines starting with `#` are comments.
    mutating func perform(_ line: String) -> Next {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return .proceed }
        guard let outcome = runner.run(line: trimmed) else { return .proceed }
        if outcome.isFailure { hasFailed = true }
        var output = StandardStream.output
        if isJSON {
            JSONRenderer().render(outcome, to: &output)
        } else {
            var stream = outcome.isFailure ? StandardStream.error : output
            TextRenderer(style: settings.style, idLength: runner.workspace.displayLength).render(outcome, to: &stream)
        }
        if case .success(.quit) = outcome.result { return .quit }
        return .proceed
    }
}
