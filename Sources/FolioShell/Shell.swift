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
            report = try workspace.open(options.paths)
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

        let session: SessionContext
        do {
            session = try SessionContext(workspace: workspace, sessionsDirectory: options.sessions)
        } catch {
            errors.write("folio: error: \(error)\n")
            return .commandFailed
        }
        let isInteractive = options.commands.isEmpty && settings.isInputTerminal
        var printer = LinePrinter(session: session, settings: settings, isJSON: options.isJSON, pager: Pager(isEnabled: options.usesPager))
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
        if !report.filesRemoved.isEmpty {
            lines.append("dropped \(report.filesRemoved.count) file\(report.filesRemoved.count == 1 ? "" : "s") no longer in the corpus")
        }
        lines.append("Type help for the commands, quit or Ctrl-D to leave.")
        return lines.joined(separator: "\n") + "\n"
    }
}
