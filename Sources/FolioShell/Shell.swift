import CLibEdit
import FolioCommands
import FolioCore
import FolioSession
import Foundation

/// Opens the workspace and runs commands: from `-c`, from piped standard input, or in the interactive shell.
public enum Shell {
    public enum ExitStatus: Int32 {
        case success = 0
        case commandFailed = 1
        case usage = 2
    }

    public static func run(_ options: ShellOptions) -> ExitStatus {
        var errors = StandardStream.error
        let settings = TerminalSettings.current()
        let workspace: Workspace
        let report: LoadReport
        do {
            workspace = try Workspace(directory: options.workspace) {
                var errors = StandardStream.error
                errors.write("folio: another Folio is writing to this workspace; waiting up to \(Int(Workspace.busyWait)) s…\n")
            }
            let progress = ProgressLine.onTerminal()
            defer { progress?.finish() }
            report = try workspace.open(
                options.paths, mapping: options.mapping, now: NoteCommand.timestamp(Date()), progress: progress?.reporter)
        } catch {
            errors.write("folio: error: \(error)\n")
            return .commandFailed
        }
        for warning in report.warnings {
            errors.write("folio: warning: \(warning)\n")
        }
        for (note, article) in report.notesMoved {
            errors.write("folio: note \(note) followed its quote to article \(workspace.shortID(article)), whose text changed\n")
        }
        folio_install_sigint(workspace.interruptHandle.map { UnsafeMutableRawPointer($0) })

        let isInteractive = options.commands.isEmpty && settings.isInputTerminal
        let session: SessionContext
        do {
            session = try SessionContext(workspace: workspace, sessionsDirectory: options.sessions, isScript: !isInteractive)
        } catch {
            errors.write("folio: error: \(error)\n")
            return .commandFailed
        }
        session.asksBeforeRemoving = isInteractive
        let progress = ProgressLine.onTerminal()
        session.progress = progress?.reporter
        if !isInteractive {
            for note in [report.didNoIngestWork ? nil : report.skippedSummary, report.missingSummary].compactMap({ $0 }) {
                errors.write("folio: \(note)\n")
            }
        }
        var printer = LinePrinter(session: session, settings: settings, isJSON: options.isJSON, pager: Pager(isEnabled: options.usesPager))
        printer.progress = progress
        if let notice = session.unsavedNotice() { errors.write("folio: \(notice)\n") }
        if !options.commands.isEmpty {
            for command in options.commands where printer.perform(command) == .quit { break }
        } else if isInteractive {
            interactiveLoop(&printer, workspace: workspace, report: report)
        } else {
            while let line = Swift.readLine(strippingNewline: true) {
                if printer.perform(line) == .quit { break }
            }
        }
        session.close()
        return printer.hasFailed ? .commandFailed : .success
    }

    private static func interactiveLoop(_ printer: inout LinePrinter, workspace: Workspace, report: LoadReport) {
        var output = StandardStream.output
        let completer = Completer(
            registry: printer.session.registry,
            articleIDs: { [workspace] in workspace.articleIDs.map(workspace.shortID) },
            entityWords: { [workspace] in workspace.entityWords() })
        guard let editor = LineEditor(historyPath: workspace.historyPath, completer: completer) else {
            output.write("folio: error: the line editor could not start\n")
            return
        }
        output.write(banner(workspace: workspace, report: report, style: printer.settings.style))
        printer.confirm = { question in
            editor.setPrompt(question)
            defer { editor.setPrompt("folio> ") }
            guard case .line(let answer) = editor.readLine() else { return false }
            return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
        }
        editor.setPrompt("folio> ")
        loop: while true {
            _ = folio_take_interrupt()
            switch editor.readLine() {
            case .endOfFile:
                output.write("\n")
                break loop
            case .interrupted:
                output.write("\n")
            case .line(let line):
                guard !line.allSatisfy(\.isWhitespace) else { continue }
                editor.remember(line)
                if printer.perform(line) == .quit { break loop }
            }
        }
    }

    static func banner(workspace: Workspace, report: LoadReport, style: TextStyle) -> String {
        let counts = try? workspace.counts()
        let articles = counts?.articles ?? 0
        let files = counts?.sources ?? 0
        var lines = ["Folio \(FolioVersion.current) · \(articles) article\(articles == 1 ? "" : "s") from \(files) file\(files == 1 ? "" : "s")"]
        if !report.filesIngested.isEmpty {
            lines.append("indexed \(report.filesIngested.count) file\(report.filesIngested.count == 1 ? "" : "s") (\(report.articlesRead) articles read)")
        }
        if report.excerptsMerged > 0 {
            lines.append("merged \(report.excerptsMerged) excerpt\(report.excerptsMerged == 1 ? "" : "s") into the full article\(report.excerptsMerged == 1 ? "" : "s")")
        }
        lines += [report.didNoIngestWork ? nil : report.skippedSummary, report.missingSummary].compactMap { $0 }
        lines.append("Type help for the commands, quit or Ctrl-D to leave.")
        return lines.joined(separator: "\n") + "\n"
    }
}
