import FolioCommands
import FolioCore
import FolioStore
import Foundation

/// The analyst's session: it runs lines through the registry, journals each recorded command with its output
/// text and value as it happens, and is the context the session commands (`comment`, `save`, `replay`,
/// `export`) run in.
public final class SessionContext: CommandContext {
    public var sessionsDirectory: String
    /// The journal session this one writes to; nil for a throwaway run, such as `replay --check`.
    let journal: Int?
    /// The last command whose outcome `export` can write, and that outcome.
    var lastExportable: (command: any FolioCommand, outcome: CommandOutcome)?

    /// - Parameters:
    ///   - isJournaled: false for a throwaway run, such as `replay --check`.
    ///   - isScript: true for commands from `-c` or piped in: journaled, but never offered as a session to save.
    public init(
        workspace: Workspace, registry: CommandRegistry = .folio, now: @escaping @Sendable () -> Date = { Date() },
        sessionsDirectory: String = "Sessions", isJournaled: Bool = true, isScript: Bool = false
    ) throws {
        self.sessionsDirectory = sessionsDirectory
        journal = isJournaled ? try workspace.store.startJournalSession(started: NoteCommand.timestamp(now()), isScript: isScript) : nil
        super.init(workspace: workspace, registry: registry, now: now)
    }

    var store: CorpusStore { workspace.store }
    var idLength: Int { workspace.displayLength }

    /// Runs one line; a line that does not parse is journaled with its error.
    public func perform(_ line: String) -> [SessionStep] {
        let trimmed = line.trimmingWhitespace()
        guard !trimmed.isEmpty else { return [] }
        let command: any FolioCommand
        do {
            guard let parsed = try registry.parse(trimmed) else { return [] }
            command = parsed
        } catch {
            let name = CommandTokenizer.tokenize(trimmed).first?.lowercased() ?? ""
            let outcome = CommandOutcome(name: name, result: .failure(CommandFailure(error)))
            record(command: trimmed, outcome)
            return [SessionStep(outcome: outcome)]
        }
        return execute(command)
    }

    /// Runs a parsed command, journaling it in canonical form with its output when the command is recorded.
    func execute(_ command: any FolioCommand) -> [SessionStep] {
        executeOpened(command)
    }

    private func executeOpened<Command: FolioCommand>(_ command: Command) -> [SessionStep] {
        let canonical = command.canonical(in: printer)
        let result = Result { try run(command) as any CommandOutput }.mapError(CommandFailure.init)
        let outcome = CommandOutcome(name: Command.name, result: result)
        if let composed = outcome.output as? any ComposedOutput { return composed.steps }
        if let output = outcome.output, output.table != nil || output is MarkdownDocument { lastExportable = (command, outcome) }
        let isQuestion = (outcome.output as? ConfirmationRequest)?.question != nil
        if Command.isRecorded, !isQuestion { record(command: canonical, outcome) }
        return [SessionStep(outcome: outcome)]
    }

    /// Journals a command with its output text and value; nothing is rendered when there is no journal.
    private func record(command line: String, _ outcome: CommandOutcome) {
        guard journal != nil else { return }
        record(.command(CommandCell(input: line, output: outcome.savedText(idLength: idLength), value: outcome.recordedValue)))
    }

    func record(_ cell: SessionCell) {
        guard let journal else { return }
        do {
            try store.appendJournal(session: journal, cell: cell)
        } catch {
            FileHandle.standardError.write(Data("folio: warning: the journal could not be written: \(error)\n".utf8))
        }
    }

    /// Offers, once, the last interactive session that was never saved: one that was killed, or quit without `save`.
    public func unsavedNotice() -> String? {
        guard let journal, let previous = try? store.unsavedSession(before: journal), !previous.wasOffered else { return nil }
        try? store.markOffered(previous.id)
        let count = SessionCell.commands(in: previous.cells).count
        let ending = previous.isClosed ? "was quit without save" : "ended without quit and was not saved"
        return "the previous session (\(count) command\(count == 1 ? "" : "s"), started \(previous.started)) \(ending); type save NAME --previous to keep it"
    }

    /// Marks the session as ended cleanly.
    public func close() {
        if let journal { try? store.closeJournalSession(journal) }
    }

    /// A journal session as a document to save or report on.
    func document(of session: JournalSession, title: String) -> SessionDocument {
        SessionDocument(
            title: title, folioVersion: FolioVersion.current, saved: SessionDocument.today(now()),
            corpus: CorpusFingerprint.make(for: workspace, cells: session.cells, registry: registry), nextNote: session.nextNote,
            cells: session.cells)
    }
}
