import FolioCommands
import FolioCore

extension SessionContext {
    /// How a replay runs: in the analyst's session, journaled; or to check a file, in a scratch workspace.
    public enum ReplayMode: Sendable {
        /// `replay NAME` in the shell: comments and commands join this session's journal.
        case session
        /// `folio replay --check`: notes are numbered from the number the session started with, as when it was recorded.
        case check
    }

    /// A cell run again.
    public enum ReplayedCell: Sendable {
        case comment(String)
        /// The line as it ran now, the cell as saved, and what it gave now.
        case command(line: String, saved: CommandCell, outcome: CommandOutcome)
        /// A command that was not run: one a session never records, such as `save`, put in by hand; or one that
        /// changes the library or writes files, unless changes were allowed. `line` is where it stands in the file.
        case skipped(CommandCell, line: Int?, reason: SkipReason)
    }

    /// Why a replay did not run a command.
    public enum SkipReason: Sendable {
        case neverRecorded
        case changesLibrary
        case writesFiles

        public var text: String {
            switch self {
            case .neverRecorded: return "a session does not replay this command"
            case .changesLibrary: return "it changes the library"
            case .writesFiles: return "it writes files"
            }
        }
    }

    /// Runs a saved session's commands again, in order: the one replay engine, for `replay` and for `--check`.
    /// Note numbers in `note --edit` and `--delete` follow the notes the replay itself makes (see ``NotePlan``).
    /// A replayed note that is already in the workspace, the same article, text (as added or as later edited)
    /// and quote, is not added again, so that replaying twice leaves the same notes.
    /// Commands a session never records (`save`, `replay`, `export`, `help`, `quit`) are passed over, and so, unless
    /// `allowsChanges`, are those that change the library (`load`, `unload`) or write files: a session may come from
    /// someone else, or be edited by hand.
    public func replay(_ document: SessionDocument, mode: ReplayMode, allowsChanges: Bool = false) throws -> [ReplayedCell] {
        if mode == .check { try store.setNextNoteNumber(document.nextNote) }
        let firstNewNote = try store.nextNoteNumber()
        let plan = NotePlan(document, registry: registry)
        var numbers: [Int: Int] = [:]
        var cells: [ReplayedCell] = []
        for (index, cell) in document.cells.enumerated() {
            guard case .command(let saved) = cell else {
                if case .comment(let text) = cell {
                    if mode == .session { record(cell) }
                    cells.append(.comment(text))
                }
                continue
            }
            guard var command = try? registry.parse(saved.input) else {
                cells += perform(saved.input).map { .command(line: saved.input, saved: saved, outcome: $0.outcome) }
                continue
            }
            let line = index < document.cellLines.count ? document.cellLines[index] : nil
            guard type(of: command).isRecorded else {
                cells.append(.skipped(saved, line: line, reason: .neverRecorded))
                continue
            }
            switch type(of: command).effect {
            case .changesLibrary where !allowsChanges:
                cells.append(.skipped(saved, line: line, reason: .changesLibrary))
                continue
            case .writesFiles where !allowsChanges:
                cells.append(.skipped(saved, line: line, reason: .writesFiles))
                continue
            default:
                break
            }
            let recorded = plan.recordedNumbers[index]
            if let note = command as? NoteCommand {
                command = note.renumbered(numbers)
                replayedNote = ReplayedNote(firstNewNote: firstNewNote, laterTexts: recorded.flatMap { plan.laterTexts[$0] } ?? [])
            }
            let canonical = command.canonical(in: printer)
            let steps = execute(command)
            replayedNote = nil
            for step in steps {
                if let recorded, let now = step.outcome.output as? NoteCommand.Output, now.kind == .added || now.kind == .existing {
                    numbers[recorded] = now.listing.note.id
                }
                cells.append(.command(line: canonical, saved: saved, outcome: step.outcome))
            }
        }
        return cells
    }
}
