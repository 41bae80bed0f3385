import ArgumentParser
import FolioSession

/// `folio replay SESSION --check`: replays a saved session in a scratch workspace and reports drift.
struct ReplaySubcommand: CommandLineCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay a saved session; with --check, compare every output with the saved one.",
        discussion: """
            Examples:
              folio replay Sessions/csto-and-nato.md
              folio replay --check Sessions/tajik-afghan-border.md corpus/
              folio replay --update Sessions/csto-and-nato.md
            Exit status: 0 when every cell matches, 3 when any differs, 2 for a damaged file.
            """)

    @Argument(help: ArgumentHelp("the session file", valueName: "SESSION"))
    var session: String

    @Argument(help: ArgumentHelp("the corpus to replay against (the bundled corpus when none is given)", valueName: "PATH"))
    var paths: [String] = []

    @Flag(help: ArgumentHelp(
        "replay a saved session and compare each output with the saved one (exit 0 same, 3 drift, 2 damaged)",
        discussion: "folio replay --check Sessions/tajik-afghan-border.md"))
    var check = false

    @Flag(help: ArgumentHelp(
        "replay a saved session and write today's outputs and values into it", discussion: "folio replay --update Sessions/csto-and-nato.md"))
    var update = false

    @Flag(help: ArgumentHelp(
        "also run the session's load, unload and export commands, in the scratch workspace",
        discussion: "folio replay --check Sessions/from-a-colleague.md --allow-changes"))
    var allowChanges = false

    func execute() -> Int32 {
        var output = StandardStream.output
        var errors = StandardStream.error
        return SessionCheck.run(
            path: session, corpus: paths, update: update, allowsChanges: allowChanges, output: &output, errors: &errors).rawValue
    }
}
