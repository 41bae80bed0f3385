import FolioCommands
import FolioCore
import Foundation

/// `folio doctor`: checks a workspace without changing it and reports in plain words.
public enum WorkspaceDoctor {
    public static func run(directory: String, output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Shell.ExitStatus {
        let health: WorkspaceHealth
        do {
            guard let found = try Workspace.health(ofDirectory: directory) else {
                errors.write("folio: error: there is no workspace in \(directory) (no \(Workspace.databaseName)); folio makes one when it opens a corpus\n")
                return .usage
            }
            health = found
        } catch {
            errors.write("folio: error: \(error)\n")
            return .usage
        }
        output.write("workspace \(directory)\n")
        for finding in health.findings { output.write("  ok       \(finding)\n") }
        for notice in health.notices { output.write("  note     \(notice)\n") }
        for problem in health.problems { output.write("  PROBLEM  \(problem)\n") }
        output.write(health.isSound ? "The workspace is sound.\n" : "\(health.problems.count) problem\(health.problems.count == 1 ? "" : "s") found.\n")
        return health.isSound ? .success : .commandFailed
    }
}
