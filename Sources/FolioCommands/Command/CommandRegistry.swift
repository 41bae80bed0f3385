import FolioCore
import Foundation

/// The commands a shell knows, in the order help lists them. It turns a line into a command, names the
/// commands for completion and suggestions, and reads a recorded output value back into its type.
/// The one list of Folio's commands is ``CommandRegistry/folio``, in FolioSession.
public struct CommandRegistry: Sendable {
    public let commands: [any FolioCommand.Type]

    public init(_ commands: [any FolioCommand.Type]) {
        self.commands = commands
    }

    public var models: [CommandModel] { commands.map { $0.model } }

    /// Every name a command answers to, aliases included: what the first word completes to.
    public var names: [String] {
        commands.flatMap { [$0.name] + $0.configuration.aliases }
    }

    public func command(named name: String) -> (any FolioCommand.Type)? {
        let key = name.lowercased()
        return commands.first { $0.name == key || $0.configuration.aliases.contains(key) }
    }

    /// The command a line asks for; nil for a blank line or one with nothing to run.
    /// - Throws: ``CommandError`` for an unknown command or a usage problem.
    public func parse(_ line: String) throws -> (any FolioCommand)? {
        let trimmed = line.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        if let claiming = commands.first(where: { $0.claims(trimmed) }) {
            return try claiming.make(line: trimmed, arguments: [])
        }
        let words = CommandTokenizer.tokenize(trimmed)
        guard let first = words.first else { return nil }
        guard let type = command(named: first) else {
            let misnamed = commands.first { $0.misnomers.contains(first.lowercased()) }?.name
            throw CommandError.unknownCommand(first, suggestion: misnamed ?? EditDistance.nearest(to: first.lowercased(), in: names))
        }
        let arguments = Array(words.dropFirst())
        if arguments.contains("--help") || arguments.contains("-h") { return try HelpCommand.parse([type.name]) }
        try Self.rejectStrayOptions(arguments, of: type.model)
        return try type.make(line: trimmed, arguments: arguments)
    }

    /// Free text takes in words ArgumentParser does not know, `--options` among them; they are caught here,
    /// with the nearest option the command has.
    static func rejectStrayOptions(_ words: [String], of model: CommandModel) throws {
        let names = model.options.map(\.name)
        for word in words where word.hasPrefix("--") && word.count > 2 {
            let name = String(word.prefix { $0 != "=" })
            guard !names.contains(name) else { continue }
            if let suggestion = EditDistance.nearest(to: name, in: names) {
                throw CommandError.usage("unknown option '\(name)'; did you mean '\(suggestion)'?")
            }
            if names.isEmpty { throw CommandError.usage("unknown option '\(name)'; \(model.name) takes no options") }
            throw CommandError.usage("unknown option '\(name)'; \(model.name) takes \(names.joined(separator: ", "))")
        }
    }

    /// A recorded command's outcome, read back from its value into the command's own output type; nil when the
    /// value is of another version or names no command whose output can be read.
    public func outcome(from value: RecordedValue) -> CommandOutcome? {
        guard value.version == RecordedValue.currentVersion else { return nil }
        let data = Data(value.json.utf8)
        guard let head = try? JSONDecoder().decode(CommandOutcome.Head.self, from: data) else { return nil }
        if let failure = head.error {
            return CommandOutcome(name: head.command, result: .failure(CommandFailure(RecordedError(failure))))
        }
        guard let type = command(named: head.command), let output = type.decodeOutput(from: data) else { return nil }
        return CommandOutcome(name: head.command, result: .success(output))
    }
}

extension FolioCommand {
    public static var model: CommandModel { CommandModel.of(self) }

    /// The output of a recorded value, when the output type can be read back.
    static func decodeOutput(from data: Data) -> (any CommandOutput)? {
        guard let type = Output.self as? any (CommandOutput & Decodable).Type else { return nil }
        return try? JSONDecoder().decode(type, from: data)
    }
}
