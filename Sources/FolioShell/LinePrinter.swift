import FolioCommands
import FolioSession
import Foundation

/// Prints what the recorder runs, as text or JSON, and remembers whether any command failed.
struct LinePrinter {
    let recorder: SessionRecorder
    let settings: TerminalSettings
    let isJSON: Bool
    private(set) var hasFailed = false

    init(recorder: SessionRecorder, settings: TerminalSettings, isJSON: Bool) {
        self.recorder = recorder
        self.settings = settings
        self.isJSON = isJSON
    }

    enum Next { case proceed, quit }

    mutating func perform(_ line: String) -> Next {
        var next = Next.proceed
        for step in recorder.perform(line) {
            let outcome = step.outcome
            if outcome.isFailure { hasFailed = true }
            var output = StandardStream.output
            if isJSON {
                JSONRenderer().render(outcome, to: &output)
            } else {
                if let echo = step.echo { output.write("folio> \(echo)\n") }
                var stream = outcome.isFailure ? StandardStream.error : output
                TextRenderer(style: settings.style, idLength: recorder.runner.workspace.displayLength).render(outcome, to: &stream)
            }
            if case .success(.quit) = outcome.result { next = .quit }
        }
        return next
    }
}
