import ArgumentParser
import FolioCommands
import FolioCore
import Foundation

/// `export csv|json|md [PATH]` writes the last result; `export html PATH` writes a session as one page.
public struct ExportCommand: FolioCommand {
    public static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every row of the last find, list, timeline, entities, compare, kwic or notes result, or the last article "
            + "shown, as CSV, JSON or Markdown (to the screen without PATH), or a session as one self-contained HTML page.",
        usage: "export csv|json|md [PATH] [--limit N] [--force] | export html PATH [--session NAME] [--force]",
        discussion: """
            export csv border-hits.csv
            export csv hits.csv --limit 100
            export json
            export md timeline.md --force
            export html report.html
            export html border.html --session tajik-afghan-border
            """)

    /// What `export` writes.
    public enum Format: String, Sendable, CaseIterable {
        case csv, json, md, html
    }

    @Flag(help: ArgumentHelp("overwrite an existing file", discussion: "export md timeline.md --force"))
    public var force = false
    @Option(help: ArgumentHelp(
        "with html: report on a saved session instead of this one", discussion: "export html border.html --session tajik-afghan-border",
        valueName: "SESSION"))
    public var session: String?
    @Option(help: ArgumentHelp("write at most N rows; every row by default", discussion: "export csv hits.csv --limit 100", valueName: "N"))
    public var limit: Int?
    @Argument(help: ArgumentHelp("csv, json, md or html", valueName: "FORMAT"), completion: ArgumentValue.completions(Format.self))
    public var format: String
    @Argument(help: ArgumentHelp("the file to write; the screen when there is none", valueName: "[PATH]"))
    public var path: String?

    public init() {}

    public static var isRecorded: Bool { false }
    public static var effect: CommandEffect { .writesFiles }

    public mutating func validate() throws {
        guard let format = kind else {
            throw ValidationError("export writes csv, json, md or html, not '\(self.format)'")
        }
        if format == .html, file == nil { throw ValidationError("export html needs a file to write: export html report.html") }
        if let limit, limit < 1 { throw ValidationError("--limit must be a positive number") }
        if session != nil, format != .html {
            throw ValidationError("--session goes with export html: export html report.html --session tajik-afghan-border")
        }
    }

    var kind: Format? {
        let name = CommandTokenizer.unquote(format).lowercased()
        return Format(rawValue: name == "markdown" ? "md" : name)
    }

    /// The file to write, or nil for standard output.
    var file: String? {
        path.map(CommandTokenizer.unquote).flatMap { $0.isEmpty || $0 == "-" ? nil : ($0 as NSString).expandingTildeInPath }
    }

    public func run(in context: SessionContext) throws -> Output {
        guard let kind else { throw CommandError.usage("export writes csv, json, md or html, not '\(format)'") }
        guard kind == .html else {
            guard let last = context.lastExportable, let format = ResultExporter.Format(rawValue: kind.rawValue) else {
                throw CommandError.usage("nothing to export yet: run find, list, show, timeline, entities, compare, kwic or notes first")
            }
            let shown = last.outcome.output?.table?.rows.count
            let whole = try everyRow(of: last.command, as: last.outcome, in: context)
            guard let (text, rows) = try ResultExporter.text(of: whole, as: format) else {
                throw CommandError.usage("\(last.outcome.name) cannot be exported as \(format.label)")
            }
            guard let file else { return .text(text) }
            try SessionFile.write(text, to: context.absolute(file), shownAs: file, overwriting: force)
            try context.workspace.store.recordWritten(context.absolute(file))
            let counted = "\(rows) row\(rows == 1 ? "" : "s")" + (shown.map { $0 < rows ? " (\($0) \($0 == 1 ? "was" : "were") shown)" : "" } ?? "")
            return .written(Message("wrote \(file): \(last.outcome.name) as \(format.label), \(counted)"))
        }
        guard let file else { throw CommandError.usage("export html needs a file to write: export html report.html") }
        let document: SessionDocument
        if let name = session.map(CommandTokenizer.unquote) {
            let path = SessionFile.path(for: name, in: context.sessionsDirectory)
            document = try SessionFile.read(context.absolute(path), shownAs: path)
        } else {
            guard let journal = context.journal, let current = try context.store.journalSession(journal), !current.cells.isEmpty else {
                throw CommandError.usage("nothing to export yet: run some commands first, or name a saved session with --session")
            }
            document = context.document(of: current, title: ((file as NSString).lastPathComponent as NSString).deletingPathExtension)
        }
        let report = SessionReport(
            document: document, notes: try context.store.notes(.all), idLength: context.workspace.displayLength, registry: context.registry)
        try SessionFile.write(report.html(), to: context.absolute(file), shownAs: file, overwriting: force)
        try context.workspace.store.recordWritten(context.absolute(file))
        let charts = report.chartCount
        return .written(Message("wrote \(file): \(document.title), \(document.commandCount) command\(document.commandCount == 1 ? "" : "s") "
            + "and \(charts) timeline chart\(charts == 1 ? "" : "s") in one HTML page"))
    }

    /// The last result with every row, or `--limit` rows: a command that showed a page runs again, keeping the
    /// result list `@N` names.
    private func everyRow(of command: any FolioCommand, as outcome: CommandOutcome, in context: SessionContext) throws -> CommandOutcome {
        guard let paged = command as? any PagedCommand else { return outcome }
        return try context.workspace.keepingResults {
            CommandOutcome(name: outcome.name, result: .success(try context.run(paged.showing(limit)) as any CommandOutput))
        }
    }

    public func canonical(in printer: CanonicalPrinter) -> String {
        var line = "export \(kind?.rawValue ?? format)"
        if let path = path.map(CommandTokenizer.unquote), !path.isEmpty, path != "-" { line += " " + CanonicalPrinter.quoted(path) }
        if let session { line += " --session " + CanonicalPrinter.quoted(CommandTokenizer.unquote(session)) }
        if let limit { line += " --limit \(limit)" }
        if force { line += " --force" }
        return line
    }

    /// A confirmation that a file was written, or the exported text itself.
    public enum Output: CommandOutput {
        case written(Message)
        case text(String)

        public func lines(in output: OutputStyle) -> [String] {
            switch self {
            case .written(let message): return message.lines(in: output)
            case .text(let text): return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
        }

        /// Exported text is printed as it is.
        public func text(in output: OutputStyle) -> String {
            switch self {
            case .written(let message): return message.text(in: output)
            case .text(let text): return text
            }
        }

        private enum Key: String, CodingKey { case text }

        public func encode(to encoder: Encoder) throws {
            switch self {
            case .written(let message): try message.encode(to: encoder)
            case .text(let text):
                var container = encoder.container(keyedBy: Key.self)
                try container.encode(text, forKey: .text)
            }
        }
    }
}
