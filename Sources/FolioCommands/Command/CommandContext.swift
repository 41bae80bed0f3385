import Foundation

/// What a command runs against: the workspace, the registry of commands, and the clock that stamps notes.
/// A session extends it with the journal.
open class CommandContext {
    public let workspace: Workspace
    public let registry: CommandRegistry
    public let now: @Sendable () -> Date
    /// While a replayed `note` runs: a note already in the workspace that is the same note is not added again.
    public var replayedNote: ReplayedNote?
    /// Where paths typed in commands are relative to.
    public var currentDirectory = FileManager.default.currentDirectoryPath
    /// Told how a long load is going, for a progress line on a terminal.
    public var progress: (@Sendable (LoadProgress) -> Void)?
    /// True on a terminal: a command that removes from the library asks first, unless `--yes` is given.
    public var asksBeforeRemoving = false

    public init(workspace: Workspace, registry: CommandRegistry, now: @escaping @Sendable () -> Date = { Date() }) {
        self.workspace = workspace
        self.registry = registry
        self.now = now
    }

    /// A path as typed, made absolute against ``currentDirectory``.
    public func absolute(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return (expanded as NSString).standardizingPath }
        return ((currentDirectory as NSString).appendingPathComponent(expanded) as NSString).standardizingPath
    }

    /// The printer of canonical lines for this workspace: `@N` resolved to the id it names now.
    public var printer: CanonicalPrinter {
        CanonicalPrinter { [workspace] reference in
            (try? workspace.resolve(reference)).map(workspace.shortID)
        }
    }

    /// Runs `command` in this context, or in the session this context is.
    public func run<Command: FolioCommand>(_ command: Command) throws -> Command.Output {
        guard let context = self as? Command.Context else { throw CommandError.needsSession(Command.name) }
        return try command.run(in: context)
    }
}

/// What a replay knows of the note it is about to add again.
public struct ReplayedNote: Sendable {
    /// The number of the first note made after the replay began; only notes before it can be the same note.
    public var firstNewNote: Int
    /// The texts the session went on to give the note with `note --edit`, which the note may now have.
    public var laterTexts: [String]

    public init(firstNewNote: Int, laterTexts: [String]) {
        self.firstNewNote = firstNewNote
        self.laterTexts = laterTexts
    }
}
