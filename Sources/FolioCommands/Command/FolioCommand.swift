import ArgumentParser
import FolioCore

/// A shell command in one type: its grammar as ArgumentParser properties (with help, and an example in each
/// option's discussion and in the configuration's), its checks in `validate()`, what it does in `run(in:)`, and
/// its canonical line, the form a session keeps. ``CommandRegistry`` lists every one.
///
/// ```swift
/// struct RatesCommand: FolioCommand {
///     static let configuration = CommandConfiguration(commandName: "rates", abstract: "…", discussion: "rates")
///     func run(in context: CommandContext) throws -> Output { Output(quotes: try context.workspace.store.rates()) }
///     func canonical(in printer: CanonicalPrinter) -> String { "rates" }
/// }
/// ```
public protocol FolioCommand: ParsableCommand, Sendable {
    /// What the command runs against: the workspace, or a session that also holds the journal.
    associatedtype Context: CommandContext = CommandContext
    associatedtype Output: CommandOutput

    func run(in context: Context) throws -> Output

    /// The line a session saves: options in a fixed order, defaults left out, `@N` resolved to an id.
    /// Printed before the command runs, since `find` changes what `@N` names.
    func canonical(in printer: CanonicalPrinter) -> String

    /// Whether the journal and saved sessions keep the command; what only shows or writes files is not kept.
    static var isRecorded: Bool { get }

    /// The article the command shows or annotates, which a saved session cites.
    var citation: ArticleReference? { get }

    /// What the command does to the workspace or to files, which a replay of someone's session respects.
    static var effect: CommandEffect { get }

    /// Names people type for this command, which the suggestion for an unknown command offers it for.
    static var misnomers: [String] { get }

    /// Help beyond the options and examples, such as the query grammar of `find`.
    static var helpSections: [HelpSection] { get }

    /// Whether the command reads `line` without its name first, as `comment` reads `# prose`.
    static func claims(_ line: String) -> Bool

    /// The command from its line and the line's words after the name; nil when there is nothing to run.
    static func make(line: String, arguments: [String]) throws -> Self?
}

extension FolioCommand {
    public static var isRecorded: Bool { true }
    public var citation: ArticleReference? { nil }
    public static var effect: CommandEffect { .reads }
    public static var misnomers: [String] { [] }
    public static var helpSections: [HelpSection] { [] }
    public static func claims(_ line: String) -> Bool { false }

    public static func make(line: String, arguments: [String]) throws -> Self? {
        do {
            return try parse(arguments)
        } catch {
            throw CommandError.usage(CommandError.fragment(message(for: error)))
        }
    }

    /// The command's name as typed and as `--json` reports it.
    public static var name: String { configuration.commandName ?? "" }
}

/// What a command does beyond showing: a replay runs what reads and annotates, and lists and skips what changes
/// the library or writes files unless it is asked to allow changes.
public enum CommandEffect: Sendable {
    /// It only shows.
    case reads
    /// Notes, aliases and dates: the session's reasoning, applied on replay.
    case annotates
    /// `load` and `unload`.
    case changesLibrary
    /// `export` and `save`.
    case writesFiles
}

/// A titled block of help, such as `Query` under `help find`.
public struct HelpSection: Hashable, Sendable, Codable {
    public var title: String
    public var lines: [String]

    public init(title: String, lines: [String]) {
        self.title = title
        self.lines = lines
    }
}
