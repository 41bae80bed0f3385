import ArgumentParser
import FolioCore

/// `help [COMMAND]`: the commands, or one command's options and examples, all read from the registry.
public struct HelpCommand: FolioCommand {
    public static let configuration = CommandConfiguration(
        commandName: "help",
        abstract: "List the commands, or explain one.",
        discussion: "help find",
        aliases: ["?"])

    @Argument(help: ArgumentHelp("the command to explain", valueName: "[COMMAND]"))
    public var topic: String?

    public init() {}

    public static var isRecorded: Bool { false }

    public func run(in context: CommandContext) throws -> Output {
        guard let topic else { return Output(commands: context.registry.models, isOverview: true) }
        guard let command = context.registry.command(named: topic) else {
            throw CommandError.unknownCommand(topic, suggestion: EditDistance.nearest(to: topic.lowercased(), in: context.registry.names))
        }
        return Output(commands: [command.model], isOverview: false)
    }

    public func canonical(in printer: CanonicalPrinter) -> String {
        printer.line(Self.self, topic?.lowercased()).description
    }

    /// Every command in a line or two, or one command in full.
    public struct Output: CommandOutput {
        public var commands: [CommandModel]
        public var isOverview: Bool

        public func lines(in output: OutputStyle) -> [String] {
            guard !isOverview, let command = commands.first else { return overview(in: output.text) }
            return Self.lines(of: command, in: output.text)
        }

        private func overview(in style: TextStyle) -> [String] {
            let width = commands.map(\.name.count).max() ?? 0
            var lines = [style.bold("Commands")]
            for command in commands {
                lines.append("  " + style.accent(TextWrapper.padded(command.name, to: width)) + "  " + command.summary)
                if let example = command.examples.first {
                    lines.append("  " + String(repeating: " ", count: width) + "  " + style.dim("e.g. " + example))
                }
            }
            lines.append("")
            lines.append("Type help COMMAND for its options and examples. @N names the Nth result of the last find.")
            return lines
        }

        static func lines(of command: CommandModel, in style: TextStyle) -> [String] {
            var lines = ["usage: " + style.bold(command.usage), "", command.summary]
            if !command.options.isEmpty {
                let width = command.options.map(\.name.count).max() ?? 0
                lines += ["", style.bold("Options")]
                let indent = String(repeating: " ", count: width + 4)
                for option in command.options {
                    lines.append("  " + TextWrapper.padded(option.name, to: width) + "  " + option.help)
                    lines.append(indent + style.dim("e.g. " + option.example))
                }
            }
            for section in command.sections {
                lines += ["", style.bold(section.title)] + section.lines.map { "  " + $0 }
            }
            lines += ["", style.bold("Examples")] + command.examples.map { "  " + $0 }
            return lines
        }

        private enum Key: String, CodingKey { case commands }
        private enum CommandKey: String, CodingKey { case name, usage, summary, options, examples }
        private enum OptionKey: String, CodingKey { case name, help, example }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            var list = container.nestedUnkeyedContainer(forKey: .commands)
            for command in commands {
                var fields = list.nestedContainer(keyedBy: CommandKey.self)
                try fields.encode(command.name, forKey: .name)
                try fields.encode(command.usage, forKey: .usage)
                try fields.encode(command.summary, forKey: .summary)
                try fields.encode(command.examples, forKey: .examples)
                var options = fields.nestedUnkeyedContainer(forKey: .options)
                for option in command.options {
                    var item = options.nestedContainer(keyedBy: OptionKey.self)
                    try item.encode(option.name, forKey: .name)
                    try item.encode(option.help, forKey: .help)
                    try item.encode(option.example, forKey: .example)
                }
            }
        }
    }
}
