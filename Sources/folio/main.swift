import ArgumentParser
import FolioCommands
import FolioSession
import FolioShell
import Foundation

struct Folio: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "A research notebook for news articles, in the terminal.",
        version: FolioVersion.current,
        subcommands: [Open.self, Replay.self, Doctor.self],
        defaultSubcommand: Open.self)
}

/// `folio --help`: every option and every shell command, each with an example.
enum FolioHelp {
    static let options: [(name: String, help: String, example: String)] = [
        ("PATH ...", "files or folders to load (folders recursively): results pages, text, Markdown, JSON, JSON Lines, CSV, RSS and Atom feeds, saved web pages; the bundled corpus when none", "folio corpus/ feeds/steppe-wire.rss saved/csto.html"),
        ("--workspace DIR", "where the index, notes and journal live (default .folio)", "folio --workspace ~/border-study corpus/"),
        ("-c COMMAND", "run a shell command and exit; repeat for several", "folio -c 'find CSTO' -c 'export csv csto.csv'"),
        ("--json", "print each result as one JSON object per line", "folio --json -c 'timeline border'"),
        ("--sessions DIR", "where save writes sessions and replay reads them (default Sessions)", "folio --sessions ~/notebooks"),
        ("--no-pager", "print long output straight to the terminal instead of through $PAGER (less -R)", "folio --no-pager"),
        ("--version", "print Folio's version", "folio --version"),
        ("replay SESSION --check", "replay a saved session and compare each output with the saved one (exit 0 same, 3 drift, 2 damaged)", "folio replay --check Sessions/tajik-afghan-border.md"),
        ("replay SESSION --update", "replay a saved session and write today's outputs into it", "folio replay --update Sessions/csto-and-nato.md"),
        ("doctor", "check a workspace's database, index, notes and journal (exit 0 sound, 1 problem, 2 none)", "folio doctor --workspace ~/border-study"),
    ]

    /// Laid out by Folio rather than the argument parser, which would rewrap the columns.
    static var text: String {
        var lines = [
            "Folio \(FolioVersion.current): a research notebook for news articles, in the terminal.", "",
            "Usage:", "  folio [PATH ...] [--workspace DIR] [-c COMMAND ...] [--json] [--sessions DIR] [--no-pager]",
            "  folio replay SESSION [PATH ...] [--check] [--update]", "  folio doctor [--workspace DIR]", "",
            "Options and subcommands, each with an example:",
        ]
        let optionWidth = options.map(\.name.count).max() ?? 0
        for option in options {
            lines += entry(option.name, option.help, example: option.example, width: optionWidth)
        }
        lines += ["", "Commands in the shell, each with an example (type help COMMAND there for its options):"]
        let width = CommandCatalog.commands.map(\.name.count).max() ?? 0
        for info in CommandCatalog.commands {
            lines += entry(info.name, info.usage, example: info.examples.first ?? info.name, width: width)
        }
        lines += ["", "Exit status: 0 when every command succeeded, 1 when one failed, 2 for a usage error."]
        return lines.joined(separator: "\n") + "\n"
    }

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

struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the shell over a corpus (the default).",
        discussion: "With no PATH, Folio opens its bundled sample corpus.")

    @Argument(help: "Files or directories to load (directories recursively).")
    var paths: [String] = []

    @Option(name: .long, help: "The workspace directory.")
    var workspace = Workspace.defaultDirectory

    @Option(name: .customShort("c"), help: "Run a command and exit; repeat for several.")
    var command: [String] = []

    @Flag(help: "Print each command's result as one JSON object per line.")
    var json = false

    @Option(help: "Where save writes sessions and replay reads them.")
    var sessions = "Sessions"

    @Flag(help: "Print long output straight to the terminal instead of through $PAGER (less -R).")
    var noPager = false

    func run() throws {
        let options = ShellOptions(paths: paths, workspace: workspace, commands: command, isJSON: json, sessions: sessions, usesPager: !noPager)
        Foundation.exit(Shell.run(options).rawValue)
    }
}

struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Replay a saved session; with --check, compare every output with the saved one.",
        discussion: """
            Examples:
              folio replay Sessions/csto-and-nato.md
              folio replay --check Sessions/tajik-afghan-border.md corpus/
              folio replay --update Sessions/csto-and-nato.md
            Exit status: 0 when every cell matches, 3 when any differs, 2 for a damaged file.
            """)

    @Argument(help: "The session file.")
    var session: String

    @Argument(help: "The corpus to replay against (the bundled corpus when none is given).")
    var paths: [String] = []

    @Flag(help: "Compare each command's output with the saved one.")
    var check = false

    @Flag(help: "Rewrite the file with the outputs of now.")
    var update = false

    func run() throws {
        var output = StandardStream.output
        var errors = StandardStream.error
        let status = SessionCheck.run(path: session, corpus: paths, update: update, output: &output, errors: &errors)
        Foundation.exit(status.rawValue)
    }
}

struct Doctor: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a workspace: its database, search index, notes and journal.",
        discussion: """
            Examples:
              folio doctor
              folio doctor --workspace ~/border-study
            Exit status: 0 when the workspace is sound, 1 when a problem was found, 2 when it cannot be opened.
            """)

    @Option(name: .long, help: "The workspace directory.")
    var workspace = Workspace.defaultDirectory

    func run() throws {
        var output = StandardStream.output
        var errors = StandardStream.error
        Foundation.exit(WorkspaceDoctor.run(directory: workspace, output: &output, errors: &errors).rawValue)
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments == ["--help"] || arguments == ["-h"] || arguments == ["help"] {
    print(FolioHelp.text, terminator: "")
    exit(0)
}

do {
    var command = try Folio.parseAsRoot()
    try command.run()
} catch {
    let code = Folio.exitCode(for: error)
    if code == .success {
        print(Folio.fullMessage(for: error))
        exit(0)
    }
    FileHandle.standardError.write(Data(("folio: " + Folio.fullMessage(for: error) + "\n").utf8))
    exit(Shell.ExitStatus.usage.rawValue)
}
