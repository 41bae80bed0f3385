import ArgumentParser

/// The argument grammar of each shell command, parsed with swift-argument-parser from a shell line's words.
struct CommandGrammar: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        subcommands: [
            FindArguments.self, ShowArguments.self, NoteArguments.self, NotesArguments.self, StatsArguments.self,
            RatesArguments.self, SaveArguments.self, ReplayArguments.self, TimelineArguments.self, DateArguments.self,
            EntitiesArguments.self, KwicArguments.self, CompareArguments.self, AliasArguments.self, ExportArguments.self,
        ],
        helpNames: [])
}

struct FindArguments: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "find")

    @Option var limit: Int = 10
    @Option var since: String?
    @Option var until: String?
    @Option(name: .customLong("in")) var column: String?
    @Flag var notes = false
    @Argument(parsing: .allUnrecognized) var query: [String] = []
}

struct ShowArguments: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show")

    @Argument var article: String
}

struct NoteArguments: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "note")

    @Option var quote: String?
    @Option var edit: Int?
    @Option var delete: Int?
    @Argument(parsing: .allUnrecognized) var words: [String] = []
}

struct NotesArguments: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "notes")

    @Argument(parsing: .allUnrecognized) var words: [String] = []
}

struct StatsArguments: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats")
}

struct RatesArguments: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rates")
}

struct SaveArguments: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "save")

    @Flag var force = false
    @Flag var previous = false
    @Option var sessions: String?
    @Argument var name: String
}

struct ReplayArguments: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "replay")

    @Argument var session: String
}

struct TimelineArguments: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "timeline")

    @Option var from: String?
    @Option var to: String?
    @Option var by: String?
    @Flag var article = false
    @Argument(parsing: .allUnrecognized) var words: [String] = []
}

struct DateArguments: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "date")

    @Argument var article: String
    @Argument var date: String
}

struct EntitiesArguments: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "entities")

    @Option var type: String?
    @Option var limit: Int = 20
    @Argument(parsing: .allUnrecognized) var words: [String] = []
}

struct KwicArguments: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "kwic")

    @Option var width: Int = 40
    @Option var limit: Int = 25
    @Argument(parsing: .allUnrecognized) var words: [String] = []
}

struct CompareArguments: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "compare")

    @Argument(parsing: .allUnrecognized) var words: [String] = []
}

struct AliasArguments: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "alias")

    @Argument(parsing: .allUnrecognized) var words: [String] = []
}

struct ExportArguments: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export")

    @Flag var force = false
    @Option var session: String?
    @Argument var format: String
    @Argument var path: String?
}
