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
        for step in session.perform(line) {
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
