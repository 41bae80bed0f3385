import ArgumentParser
import FolioCommands
import FolioShell
import Foundation

struct Folio: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "A research notebook for news articles: search, show, stats and rates over a corpus.",
        discussion: "With no PATH, Folio opens its bundled sample corpus.",
        version: FolioVersion.current)

    @Argument(help: "Files or directories to load (directories recursively).")
    var paths: [String] = []

    @Option(name: .long, help: "The workspace directory.")
    var workspace = Workspace.defaultDirectory

    @Option(name: .customShort("c"), help: "Run a command and exit; repeat for several.")
    var command: [String] = []

    @Flag(help: "Print each command's result as one JSON object per line.")
    var json = false
}

do {
    let folio = try Folio.parseAsRoot() as! Folio
    let options = ShellOptions(paths: folio.paths, workspace: folio.workspace, commands: folio.command, isJSON: folio.json)
    exit(Shell.run(options).rawValue)
} catch {
    let code = Folio.exitCode(for: error)
    if code == .success {
        print(Folio.fullMessage(for: error))
        exit(0)
    }
    FileHandle.standardError.write(Data(("folio: " + Folio.fullMessage(for: error) + "\n").utf8))
    exit(Shell.ExitStatus.usage.rawValue)
}
