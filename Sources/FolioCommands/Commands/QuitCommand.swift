import ArgumentParser

/// `quit` or `exit`: leaves Folio.
public struct QuitCommand: FolioCommand {
    public static let configuration = CommandConfiguration(
        commandName: "quit",
        abstract: "Leave Folio (Ctrl-D on an empty line does the same).",
        usage: "quit | exit",
        discussion: "quit",
        aliases: ["exit"])

    public init() {}

    public static var isRecorded: Bool { false }

    public func run(in context: CommandContext) throws -> Output { Output() }

    public func canonical(in printer: CanonicalPrinter) -> String { "quit" }

    /// Nothing to show: the shell ends.
    public struct Output: CommandOutput, Codable {
        public func lines(in output: OutputStyle) -> [String] { [] }
    }
}
