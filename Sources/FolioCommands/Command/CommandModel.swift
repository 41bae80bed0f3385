import ArgumentParser
import Foundation

/// A command as ArgumentParser itself describes it (the model behind `--experimental-dump-help`): its name,
/// summary, examples, positional arguments and options. Help, usage lines, completion and the rejection of
/// stray options are all made from it, so nothing lists a command's options by hand.
public struct CommandModel: Hashable, Sendable {
    public struct Option: Hashable, Sendable {
        /// `--limit`.
        public var name: String
        /// `N` for an option that takes a value; nil for a flag.
        public var valueName: String?
        public var help: String
        /// An example of its use, from the argument's discussion.
        public var example: String
        public var defaultValue: String?
        /// The values it takes, when they are a fixed list.
        public var values: [String]
        /// It may be given more than once, as `-c` is.
        public var isRepeating: Bool

        public var isFlag: Bool { valueName == nil }
    }

    public struct Positional: Hashable, Sendable {
        /// As help shows it: `QUERY`, `ID|@N`.
        public var valueName: String
        public var help: String
        public var isOptional: Bool
        /// The values it takes, when they are a fixed list, such as export's formats.
        public var values: [String]
        public var isRepeating: Bool
        /// An example of its use, from the argument's discussion.
        public var example: String
    }

    public var name: String
    public var aliases: [String]
    public var summary: String
    public var usage: String
    public var examples: [String]
    public var options: [Option]
    public var positionals: [Positional]
    public var sections: [HelpSection]

    public func option(_ name: String) -> Option? {
        options.first { $0.name == name }
    }

    /// The model of `command`, read once from ArgumentParser and kept.
    public static func of<Command: FolioCommand>(_ command: Command.Type) -> CommandModel {
        ModelCache.shared.model(for: command) {
            CommandModel(
                dump: command._dumpHelp(), configuration: command.configuration, sections: command.helpSections)
        }
    }

    /// The model of any parsable command, such as the `folio` command line's own.
    public init(describing command: ParsableCommand.Type) {
        self.init(dump: command._dumpHelp(), configuration: command.configuration, sections: [])
    }

    init(dump: String, configuration: CommandConfiguration, sections: [HelpSection]) {
        let info = (try? JSONDecoder().decode(Dump.self, from: Data(dump.utf8)))?.command
        name = configuration.commandName ?? info?.commandName ?? ""
        aliases = configuration.aliases
        summary = configuration.abstract
        examples = configuration.discussion.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        self.sections = sections
        var options: [Option] = []
        var positionals: [Positional] = []
        for argument in info?.arguments ?? [] where argument.shouldDisplay {
            let names = (argument.names ?? []).filter { $0.name != "help" && !($0.kind == "short" && $0.name == "h") }
            let values = argument.allValues ?? argument.completionKind?.list?.values ?? []
            switch argument.kind {
            case "positional":
                positionals.append(Positional(
                    valueName: argument.valueName ?? "", help: argument.abstract ?? "", isOptional: argument.isOptional, values: values,
                    isRepeating: argument.isRepeating, example: argument.discussion ?? ""))
            default:
                guard let name = names.first(where: { $0.kind == "long" }) ?? names.first else { continue }
                let prefix = name.kind == "long" ? "--" : "-"
                let isFlag = argument.kind == "flag"
                var help = argument.abstract ?? ""
                if !isFlag, let value = argument.defaultValue { help += " (default \(value))" }
                options.append(Option(
                    name: prefix + name.name, valueName: isFlag ? nil : (argument.valueName ?? name.name.uppercased()), help: help,
                    example: argument.discussion ?? "", defaultValue: isFlag ? nil : argument.defaultValue, values: values,
                    isRepeating: argument.isRepeating))
            }
        }
        self.options = options
        self.positionals = positionals
        usage = configuration.usage ?? Self.usage(name: name, positionals: positionals, options: options)
    }

    /// `find QUERY [--limit N] [--in title|body] [--notes]`.
    static func usage(name: String, positionals: [Positional], options: [Option]) -> String {
        var parts = [name] + positionals.map(\.valueName)
        for option in options {
            if let valueName = option.valueName {
                parts.append("[\(option.name) \(option.values.isEmpty ? valueName : option.values.joined(separator: "|"))]")
            } else {
                parts.append("[\(option.name)]")
            }
        }
        return parts.joined(separator: " ")
    }

    /// The part of ArgumentParser's tool-info model that Folio reads.
    private struct Dump: Decodable {
        struct Command: Decodable {
            var commandName: String
            var arguments: [Argument]?
        }

        struct Argument: Decodable {
            struct Name: Decodable {
                var kind: String
                var name: String
            }

            struct Completion: Decodable {
                struct List: Decodable { var values: [String] }
                var list: List?
            }

            var kind: String
            var shouldDisplay: Bool
            var isOptional: Bool
            var isRepeating: Bool
            var names: [Name]?
            var valueName: String?
            var defaultValue: String?
            var allValues: [String]?
            var completionKind: Completion?
            var abstract: String?
            var discussion: String?
        }

        var command: Command
    }
}

/// The models read so far, by command type.
private final class ModelCache: @unchecked Sendable {
    static let shared = ModelCache()
    private var models: [ObjectIdentifier: CommandModel] = [:]
    private let lock = NSLock()

    func model(for type: Any.Type, make: () -> CommandModel) -> CommandModel {
        lock.lock()
        defer { lock.unlock() }
        if let model = models[ObjectIdentifier(type)] { return model }
        let model = make()
        models[ObjectIdentifier(type)] = model
        return model
    }
}
