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

    func run() throws {
        let options = ShellOptions(paths: paths, workspace: workspace, commands: command, isJSON: json, sessions: sessions)
        Foundation.exit(Shell.run(options).rawValue)
    }
}

struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Replay a saved session; with --check, compare every output with the saved one.",
        discussion: "Exit status: 0 when every cell matches, 3 when any differs, 2 for a damaged file.")

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
        discussion: "Exit status: 0 when the workspace is sound, 1 when a problem was found, 2 when it cannot be opened.")

    @Option(name: .long, help: "The workspace directory.")
    var workspace = Workspace.defaultDirectory

    func run() throws {
        var output = StandardStream.output
        var errors = StandardStream.error
        Foundation.exit(WorkspaceDoctor.run(directory: workspace, output: &output, errors: &errors).rawValue)
    }
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
