import ArgumentParser
import FolioCommands

/// `folio doctor`: checks a workspace without changing it.
struct DoctorSubcommand: CommandLineCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "check a workspace's database, index, notes and journal (exit 0 sound, 1 problem, 2 none)",
        discussion: """
            Examples:
              folio doctor --workspace ~/border-study
              folio doctor
            Exit status: 0 when the workspace is sound, 1 when a problem was found, 2 when it cannot be opened.
            """)

    @Option(name: .long, help: ArgumentHelp("the workspace directory", valueName: "DIR"))
    var workspace = Workspace.defaultDirectory

    func execute() -> Int32 {
        var output = StandardStream.output
        var errors = StandardStream.error
        return WorkspaceDoctor.run(directory: workspace, output: &output, errors: &errors).rawValue
    }
}
