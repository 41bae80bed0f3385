import FolioCommands
import FolioSession
import Foundation

/// Prints what the session runs, as text or JSON, and remembers whether any command failed.
struct LinePrinter {
    let session: SessionContext
    let settings: TerminalSettings
    let isJSON: Bool
    let pager: Pager
    private(set) var hasFailed = false
    /// Asks the analyst a yes-or-no question at the terminal; nil where there is none to ask.
    var confirm: ((String) -> Bool)?
    /// The line a load draws its progress on, cleared before the load's summary is printed.
    var progress: ProgressLine?

    init(session: SessionContext, settings: TerminalSettings, isJSON: Bool, pager: Pager) {
        self.session = session
        self.settings = settings
        self.isJSON = isJSON
        self.pager = settings.isOutputTerminal ? pager : Pager(isEnabled: false)
    }

    enum Next { case proceed, quit }

    mutating func perform(_ line: String) -> Next {
        var next = Next.proceed
        // Results are gathered first, so that output taller than the terminal can go through the pager whole.
        var page = ""
        let style = OutputStyle(text: settings.style, idLength: session.workspace.displayLength)
        var steps = session.perform(line)
        progress?.finish()
        if let request = steps.last?.outcome.output as? ConfirmationRequest, let question = request.question, let confirmed = request.confirmedLine {
            flush(&page)
            guard let confirm, confirm(question) else {
                var output = StandardStream.output
                output.write("nothing was unloaded\n")
                return .proceed
            }
            steps = session.perform(confirmed)
            progress?.finish()
        }
        for step in steps {
            let outcome = step.outcome
            if outcome.isFailure { hasFailed = true }
            if isJSON {
                page += outcome.json() + "\n"
            } else {
                if let echo = step.echo { page += "folio> \(echo)\n" }
                if outcome.isFailure {
                    flush(&page)
                    var errors = StandardStream.error
                    errors.write(outcome.text(in: style))
                } else {
                    page += outcome.text(in: style)
                }
            }
            if outcome.output is QuitCommand.Output { next = .quit }
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
