import FolioCommands
import FolioSession
import Foundation

/// Prints what the recorder runs, as text or JSON, and remembers whether any command failed.
struct LinePrinter {
    let recorder: SessionRecorder
    let settings: TerminalSettings
    let isJSON: Bool
    let pager: Pager
    private(set) var hasFailed = false

    init(recorder: SessionRecorder, settings: TerminalSettings, isJSON: Bool, pager: Pager) {
        self.recorder = recorder
        self.settings = settings
        self.isJSON = isJSON
        self.pager = settings.isOutputTerminal ? pager : Pager(isEnabled: false)
    }

    enum Next { case proceed, quit }

    mutating func perform(_ line: String) -> Next {
        var next = Next.proceed
        // Results are gathered first, so that output taller than the terminal can go through the pager whole.
        var page = ""
        for step in recorder.perform(line) {
            let outcome = step.outcome
            if outcome.isFailure { hasFailed = true }
            if isJSON {
                JSONRenderer().render(outcome, to: &page)
            } else {
                if let echo = step.echo { page += "folio> \(echo)\n" }
                if outcome.isFailure {
                    flush(&page)
                    var errors = StandardStream.error
                    TextRenderer(style: settings.style, idLength: recorder.runner.workspace.displayLength).render(outcome, to: &errors)
                } else {
                    TextRenderer(style: settings.style, idLength: recorder.runner.workspace.displayLength).render(outcome, to: &page)
                }
            }
            if case .success(.quit) = outcome.result { next = .quit }
        }
        flush(&page)
        return next
    }

    private func flush(_ page: inout String) {
        guard !page.isEmpty else { return }
        if !(pager.isNeeded(for: page, rows: Pager.terminalRows, columns: Pager.terminalColumns) && pager.show(page)) {
            var output = StandardStream.output
            output.write(page)
        }
        page = ""
    }
}
