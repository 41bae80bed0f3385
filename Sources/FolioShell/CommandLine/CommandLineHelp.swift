import FolioCommands
import FolioSession

/// `folio --help`, made from the command line's own models and the registry of shell commands: every option
/// and subcommand, and every shell command, each with an example.
enum CommandLineHelp {
    static var text: String {
        let open = CommandModel(describing: OpenSubcommand.self)
        let subcommands = [CommandModel(describing: ReplaySubcommand.self), CommandModel(describing: DoctorSubcommand.self)]
        var lines = [
            "Folio \(FolioVersion.current): " + FolioCommandLine.configuration.abstract.prefix(1).lowercased()
                + FolioCommandLine.configuration.abstract.dropFirst(), "",
            "Usage:", "  " + usage(open, prefix: "folio"),
        ]
        lines += subcommands.map { "  " + usage($0, prefix: "folio " + $0.name) }
        lines += ["", "Options and subcommands, each with an example:"]
        var entries: [(name: String, help: String, example: String)] = open.positionals.map {
            ($0.valueName + ($0.isRepeating ? " ..." : ""), $0.help, $0.example)
        }
        entries += open.options.map { (name(of: $0), $0.help, $0.example) }
        entries.append(("--version", "print Folio's version", "folio --version"))
        for subcommand in subcommands {
            let flags = subcommand.options.filter(\.isFlag)
            let lead = ([subcommand.name] + subcommand.positionals.filter { !$0.isOptional }.map(\.valueName)).joined(separator: " ")
            if flags.isEmpty {
                entries.append((subcommand.name, subcommand.summary, example(of: subcommand)))
            } else {
                entries += flags.map { ("\(lead) \($0.name)", $0.help, $0.example) }
            }
        }
        let optionWidth = entries.map(\.name.count).max() ?? 0
        for entry in entries {
            lines += self.entry(entry.name, entry.help, example: entry.example, width: optionWidth)
        }
        lines += ["", "Commands in the shell, each with an example (type help COMMAND there for its options):"]
        let models = CommandRegistry.folio.models
        let width = models.map(\.name.count).max() ?? 0
        for model in models {
            lines += entry(model.name, model.usage, example: model.examples.first ?? model.name, width: width)
        }
        lines += ["", "Exit status: 0 when every command succeeded, 1 when one failed, 2 for a usage error."]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `folio [PATH ...] [--workspace DIR] [-c COMMAND ...] [--json]`.
    private static func usage(_ model: CommandModel, prefix: String) -> String {
        var parts = [prefix]
        for positional in model.positionals {
            let text = positional.valueName + (positional.isRepeating ? " ..." : "")
            parts.append(positional.isOptional ? "[\(text)]" : text)
        }
        for option in model.options {
            parts.append("[" + name(of: option) + (option.isRepeating ? " ..." : "") + "]")
        }
        return parts.joined(separator: " ")
    }

    private static func name(of option: CommandModel.Option) -> String {
        option.valueName.map { "\(option.name) \($0)" } ?? option.name
    }

    /// The first `folio …` line of a subcommand's discussion.
    private static func example(of model: CommandModel) -> String {
        model.examples.first { $0.hasPrefix("folio ") } ?? "folio \(model.name)"
    }

    /// A name and its text wrapped at 100 columns, then its example.
    private static func entry(_ name: String, _ text: String, example: String, width: Int) -> [String] {
        let indent = String(repeating: " ", count: width + 4)
        var lines: [String] = []
        var line = "  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
        for word in text.split(separator: " ") {
            if line.count + word.count > 100, line.count > indent.count {
                lines.append(String(line.dropLast()))
                line = indent
            }
            line += word + " "
        }
        lines.append(String(line.dropLast()))
        return lines + [indent + "e.g. " + example]
    }
}
