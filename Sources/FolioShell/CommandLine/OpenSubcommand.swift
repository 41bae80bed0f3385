import ArgumentParser
import FolioCommands
import FolioIngest

/// `folio [PATH ...]`: opens the shell over a corpus, or runs `-c` commands and exits.
struct OpenSubcommand: CommandLineCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the shell over a corpus (the default).",
        discussion: "With no PATH, Folio opens its bundled sample corpus.")

    @Argument(help: ArgumentHelp(
        "files or folders to load (folders recursively): results pages, text, Markdown, JSON, JSON Lines, CSV, RSS and Atom feeds, "
            + "saved web pages; the bundled corpus when none",
        discussion: "folio corpus/ feeds/steppe-wire.rss saved/csto.html", valueName: "PATH"))
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "where the index, notes and journal live", discussion: "folio --workspace ~/border-study corpus/", valueName: "DIR"))
    var workspace = Workspace.defaultDirectory

    @Option(name: .customShort("c"), help: ArgumentHelp(
        "run a shell command and exit; repeat for several", discussion: "folio -c 'find CSTO' -c 'export csv csto.csv'", valueName: "COMMAND"))
    var command: [String] = []

    @Flag(help: ArgumentHelp("print each result as one JSON object per line", discussion: "folio --json -c 'timeline border'"))
    var json = false

    @Option(help: ArgumentHelp(
        "where save writes sessions and replay reads them", discussion: "folio --sessions ~/notebooks", valueName: "DIR"))
    var sessions = "Sessions"

    @Flag(help: ArgumentHelp(
        "print long output straight to the terminal instead of through $PAGER (less -R)", discussion: "folio --no-pager"))
    var noPager = false

    @Option(help: ArgumentHelp(
        "the columns of the tables given that hold each field, by header or by 1-based position; kept with the source",
        discussion: "folio news.csv --map body=Combined_Text,date=published", valueName: "FIELD=COLUMN,…"))
    var map: String?

    func validate() throws {
        do {
            _ = try map.map { try FieldMapping(parsing: $0) }
        } catch {
            throw ValidationError(String(describing: error))
        }
        if map != nil, paths.isEmpty { throw ValidationError("--map goes with the tables it maps: folio news.csv --map body=Story") }
    }

    func execute() -> Int32 {
        Shell.run(ShellOptions(
            paths: paths, workspace: workspace, commands: command, isJSON: json, sessions: sessions, usesPager: !noPager,
            mapping: try? map.map { try FieldMapping(parsing: $0) })).rawValue
    }
}
