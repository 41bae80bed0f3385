import ArgumentParser
import FolioCommands
import FolioCore
import FolioIngest
import FolioStore

/// `save NAME`: writes the session to `Sessions/NAME.md`, replayable.
public struct SaveCommand: FolioCommand {
    public static let configuration = CommandConfiguration(
        commandName: "save",
        abstract: "Save this session as Sessions/NAME.md: comments, commands and their outputs, replayable.",
        discussion: """
            save tajik-border
            save tajik-border --force
            save recovered --previous
            save draft --sessions /tmp
            """)

    @Flag(help: ArgumentHelp("overwrite an existing file", discussion: "save tajik-border --force"))
    public var force = false
    @Flag(help: ArgumentHelp("save the last session that was never saved, such as one that was killed", discussion: "save recovered --previous"))
    public var previous = false
    @Option(help: ArgumentHelp("the folder to save in (default Sessions)", discussion: "save draft --sessions /tmp", valueName: "DIR"))
    public var sessions: String?
    @Argument(help: ArgumentHelp("the session's name", valueName: "NAME"))
    public var name: String

    public init() {}

    public static var isRecorded: Bool { false }
    public static var effect: CommandEffect { .writesFiles }

    public mutating func validate() throws {
        let name = CommandTokenizer.unquote(self.name)
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else {
            throw ValidationError("save takes a plain name such as tajik-border; the file is Sessions/NAME.md")
        }
    }

    public func run(in context: SessionContext) throws -> Message {
        let store = context.store
        let source: JournalSession?
        if previous {
            guard let journal = context.journal, let found = try store.unsavedSession(before: journal) else {
                throw CommandError.usage("there is no earlier unsaved session")
            }
            source = found
        } else {
            source = try context.journal.flatMap(store.journalSession)
        }
        guard let session = source, !session.cells.isEmpty else { throw CommandError.usage("nothing to save yet: run some commands first") }
        let title = CommandTokenizer.unquote(name)
        let document = context.document(of: session, title: title)
        let path = SessionFile.path(for: title, in: sessions.map(CommandTokenizer.unquote) ?? context.sessionsDirectory)
        try SessionFile.write(document, to: context.absolute(path), shownAs: path, overwriting: force)
        try store.recordWritten(context.absolute(path))
        try store.markJournalSaved(session.id, as: path)
        let comments = session.cells.count - document.commandCount
        return Message("saved \(path): \(document.commandCount) command\(document.commandCount == 1 ? "" : "s"), \(comments) comment\(comments == 1 ? "" : "s")")
    }

    public func canonical(in printer: CanonicalPrinter) -> String {
        let name = CommandTokenizer.unquote(self.name)
        return printer.line(Self.self, name.contains(where: \.isWhitespace) ? CanonicalPrinter.quoted(name) : name).flag("--force", force).flag("--previous", previous)
            .quoted("--sessions", sessions.map(CommandTokenizer.unquote)).description
    }
}
