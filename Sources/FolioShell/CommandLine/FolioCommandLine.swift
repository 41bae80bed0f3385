import ArgumentParser
import FolioCommands
import Foundation

/// The `folio` command line: opening the shell (the default), `replay` and `doctor`.
public struct FolioCommandLine: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "A research notebook for news articles, in the terminal.",
        version: FolioVersion.current,
        subcommands: [OpenSubcommand.self, ReplaySubcommand.self, DoctorSubcommand.self],
        defaultSubcommand: OpenSubcommand.self)

    public init() {}

    /// Runs `folio` with `arguments` and returns its exit status; `--help` prints ``CommandLineHelp``.
    public static func run(_ arguments: [String]) -> Int32 {
        var output = StandardStream.output
        var errors = StandardStream.error
        if arguments == ["--help"] || arguments == ["-h"] || arguments == ["help"] {
            output.write(CommandLineHelp.text)
            return 0
        }
        do {
            guard let command = try parseAsRoot(arguments) as? any CommandLineCommand else {
                output.write(CommandLineHelp.text)
                return 0
            }
            return command.execute()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                output.write(fullMessage(for: error) + "\n")
                return 0
            }
            errors.write("folio: " + fullMessage(for: error) + "\n")
            return Shell.ExitStatus.usage.rawValue
        }
    }
}

/// A subcommand of the `folio` command line, run to an exit status.
protocol CommandLineCommand: ParsableCommand {
    func execute() -> Int32
}
