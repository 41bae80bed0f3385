import FolioCommands
import FolioCore
import FolioStore
import Foundation

/// Runs the analyst's lines, journals each command with its output as it happens, and carries out the
/// session commands: `comment`, `save` and `replay`.
public final class SessionRecorder {
    public let runner: CommandRunner
    public var sessionsDirectory: String
    private let journal: Int?
    /// The last result `export` can write.
    private var lastExportable: CommandOutcome?

    /// One thing to print: an echoed command line (during replay), then its outcome.
    public struct Step: Sendable {
        public var echo: String?
        public var outcome: CommandOutcome
    }

    /// - Parameter isJournaled: false for a throwaway run, such as `replay --check`.
    public init(runner: CommandRunner, sessionsDirectory: String = "Sessions", isJournaled: Bool = true) throws {
        self.runner = runner
        self.sessionsDirectory = sessionsDirectory
        journal = isJournaled ? try runner.workspace.store.startJournalSession(started: CommandRunner.timestamp(runner.now())) : nil
    }

    var store: CorpusStore { runner.workspace.store }

    /// Says so when the last session ended without a clean exit and was never saved.
    public func unsavedNotice() -> String? {
        guard let journal, let previous = try? store.unsavedSession(before: journal), !previous.isClosed else { return nil }
        let count = previous.cells.filter { if case .command = $0 { return true }; return false }.count
        return "the previous session (\(count) command\(count == 1 ? "" : "s"), started \(previous.started)) ended without quit and was not saved; type save NAME --previous to keep it"
    }

    /// Marks the session as ended cleanly.
    public func close() {
        if let journal { try? store.closeJournalSession(journal) }
    }

    /// Runs one line; `comment TEXT` and lines starting with `#` become the session's prose.
    public func perform(_ line: String) -> [Step] {
        let trimmed = line.trimmingWhitespace()
        guard !trimmed.isEmpty else { return [] }
        let command: Command
        do {
            guard let parsed = try CommandParser.parse(trimmed) else { return [] }
            command = parsed
        } catch {
            let outcome = CommandOutcome(command: CommandTokenizer.tokenize(trimmed).first?.lowercased() ?? "", result: .failure(CommandFailure(error)))
            record(.command(input: trimmed, output: SessionOutput.render(outcome, idLength: runner.workspace.displayLength)))
            return [Step(echo: nil, outcome: outcome)]
        }
        switch command {
        case .comment(let text):
            record(.comment(text))
            return []
        case .save(let name, let force, let previous, let directory):
            return [Step(echo: nil, outcome: CommandOutcome(command: "save", result: Result {
                try save(name: name, overwriting: force, previous: previous, directory: directory ?? sessionsDirectory)
            }.mapError(CommandFailure.init)))]
        case .replay(let target):
            return replay(target)
        case .export(let request):
            return [Step(echo: nil, outcome: CommandOutcome(command: "export", result: Result {
                try export(request)
            }.mapError(CommandFailure.init)))]
        default:
            return [Step(echo: nil, outcome: run(command))]
        }
    }

    /// Runs a parsed command and journals it in canonical form, with its plain-text output.
    func run(_ command: Command) -> CommandOutcome {
        let canonical = runner.canonicalLine(for: command)
        let outcome = CommandOutcome(command: command.name, result: Result { try runner.run(command) }.mapError(CommandFailure.init))
        if case .success(let result) = outcome.result, result.isExportable { lastExportable = outcome }
        switch command {
        case .help, .quit: break
        default: record(.command(input: canonical, output: SessionOutput.render(outcome, idLength: runner.workspace.displayLength)))
        }
        return outcome
    }

    private func record(_ cell: SessionCell) {
        guard let journal else { return }
        do {
            try store.appendJournal(session: journal, cell: cell)
        } catch {
            var errors = FileHandleStream.standardError
            errors.write("folio: warning: the journal could not be written: \(error)\n")
        }
    }

    func save(name: String, overwriting: Bool, previous: Bool, directory: String) throws -> CommandResult {
        let source: JournalSession?
        if previous {
            guard let journal, let found = try store.unsavedSession(before: journal) else {
                throw CommandError.usage("there is no earlier unsaved session")
            }
            source = found
        } else {
            source = try journal.flatMap(store.journalSession)
        }
        guard let session = source, !session.cells.isEmpty else {
            throw CommandError.usage("nothing to save yet: run some commands first")
        }
        let document = self.document(of: session, title: name)
        let path = SessionFile.path(for: name, in: directory)
        try SessionFile.write(document, to: path, overwriting: overwriting)
        try store.markJournalSaved(session.id, as: path)
        let comments = session.cells.count - document.commandCount
        return .message("saved \(path): \(document.commandCount) command\(document.commandCount == 1 ? "" : "s"), \(comments) comment\(comments == 1 ? "" : "s")")
    }

    private func document(of session: JournalSession, title: String) -> SessionDocument {
        SessionDocument(
            title: title, folioVersion: FolioVersion.current, saved: SessionReplayer.today(runner.now()),
            corpus: CorpusFingerprint.make(for: runner.workspace, cells: session.cells), nextNote: session.nextNote,
            cells: session.cells)
    }

    /// Writes the last exportable result as CSV, JSON or Markdown, or a session as an HTML report.
    func export(_ request: ExportRequest) throws -> CommandResult {
        let path = request.path.map { ($0 as NSString).expandingTildeInPath }
        guard request.format == .html else {
            guard let last = lastExportable, let format = ResultExporter.Format(rawValue: request.format.rawValue),
                  let (text, rows) = try ResultExporter.text(of: last, as: format) else {
                throw CommandError.usage("nothing to export yet: run find, timeline, entities, compare, kwic or notes first")
            }
            guard let path else { return .exported(text) }
            try SessionFile.write(text, to: path, overwriting: request.force)
            return .message("wrote \(path): \(last.command) as \(format.label), \(rows) row\(rows == 1 ? "" : "s")")
        }
        guard let path else { throw CommandError.usage("export html needs a file to write: export html report.html") }
        let document: SessionDocument
        if let name = request.session {
            document = try SessionFile.read(SessionFile.path(for: name, in: sessionsDirectory))
        } else {
            guard let journal, let session = try store.journalSession(journal), !session.cells.isEmpty else {
                throw CommandError.usage("nothing to export yet: run some commands first, or name a saved session with --session")
            }
            let title = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            document = self.document(of: session, title: title)
        }
        let report = SessionReport(document: document, notes: try store.notes(.all), idLength: runner.workspace.displayLength)
        try SessionFile.write(report.html(), to: path, overwriting: request.force)
        let charts = report.chartCount
        return .message("wrote \(path): \(document.title), \(document.commandCount) command\(document.commandCount == 1 ? "" : "s") "
            + "and \(charts) timeline chart\(charts == 1 ? "" : "s") in one HTML page")
    }

    /// Runs a saved session's commands in order, echoing each and printing its comments; note numbers in
    /// `--edit` and `--delete` follow the notes the replay itself creates. All of it joins this session's journal.
    func replay(_ target: String) -> [Step] {
        let document: SessionDocument
        do {
            document = try SessionFile.read(SessionFile.path(for: target, in: sessionsDirectory))
        } catch {
            return [Step(echo: nil, outcome: CommandOutcome(command: "replay", result: .failure(CommandFailure(error))))]
        }
        var steps: [Step] = []
        var noteNumbers: [Int: Int] = [:]
        for cell in document.cells {
            guard case .command(let input, let saved) = cell else {
                if case .comment(let text) = cell {
                    record(.comment(text))
                    steps.append(Step(echo: nil, outcome: CommandOutcome(command: "comment", result: .success(.message("# " + text)))))
                }
                continue
            }
            guard var command = try? CommandParser.parse(input) else {
                steps += perform(input).map { Step(echo: input, outcome: $0.outcome) }
                continue
            }
            switch command {
            case .note(.edit(let id, let text)): command = .note(.edit(noteNumbers[id] ?? id, text: text))
            case .note(.delete(let id)): command = .note(.delete(noteNumbers[id] ?? id))
            case .save, .replay, .quit: continue
            default: break
            }
            let outcome = run(command)
            if case .success(.note(let change)) = outcome.result, change.kind == .added,
               let savedNumber = Self.addedNoteNumber(in: saved) {
                noteNumbers[savedNumber] = change.listing.note.id
            }
            steps.append(Step(echo: runner.canonicalLine(for: command), outcome: outcome))
        }
        return steps
    }

    static func addedNoteNumber(in output: String) -> Int? {
        guard output.hasPrefix("added note ") else { return nil }
        return Int(output.dropFirst("added note ".count).prefix { $0.isNumber })
    }
}

/// Standard error as a text stream, for the rare warning the recorder prints itself.
struct FileHandleStream: TextOutputStream {
    static var standardError: FileHandleStream { FileHandleStream() }

    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}
