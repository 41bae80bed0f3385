import FolioCommands
import Foundation

/// `folio replay PATH --check`: runs a session again in a scratch workspace and reports any drift.
public enum SessionCheck {
    public enum Status: Int32 {
        case matches = 0
        case damaged = 2
        case differs = 3
        case failed = 1
    }

    /// Replays `path` against the corpus under `corpus` (the bundled one when empty), in memory, so that the
    /// analyst's workspace and notes are untouched. With `update`, rewrites the file with the outputs of now.
    public static func run(
        path: String, corpus: [String], update: Bool, output: inout some TextOutputStream, errors: inout some TextOutputStream
    ) -> Status {
        let document: SessionDocument
        do {
            document = try SessionFile.read(path)
        } catch {
            errors.write("folio: error: \(error)\n")
            return .damaged
        }
        let workspace: Workspace
        do {
            workspace = try Workspace()
            let report = try workspace.open(corpus)
            for warning in report.warnings { errors.write("folio: warning: \(warning)\n") }
        } catch {
            errors.write("folio: error: \(error)\n")
            return .failed
        }
        let replayer = SessionReplayer(runner: CommandRunner(workspace: workspace))
        let cells: [SessionReplayer.Cell]
        do {
            cells = try replayer.replay(document)
        } catch {
            errors.write("folio: error: \(error)\n")
            return .failed
        }
        let differing = cells.enumerated().filter { !$0.element.matches }
        for (index, cell) in differing {
            output.write(LineDiff.unified(
                cell.saved, cell.now, oldLabel: "\(path) cell \(index + 1): \(cell.input) (saved)",
                newLabel: "\(path) cell \(index + 1): \(cell.input) (now)") + "\n")
        }
        let now = CorpusFingerprint.make(for: workspace, cells: document.cells)
        output.write(document.corpus.comparison(with: now, workspace: workspace) + "\n")
        if update {
            let renewed = SessionReplayer.updated(document, with: cells, workspace: workspace, saved: SessionReplayer.today())
            do {
                try SessionFile.write(renewed, to: path, overwriting: true)
            } catch {
                errors.write("folio: error: \(error)\n")
                return .failed
            }
            output.write("\(path): updated \(differing.count) of \(cells.count) command outputs\n")
            return .matches
        }
        output.write("\(path): \(cells.count) command\(cells.count == 1 ? "" : "s"), \(cells.count - differing.count) match, \(differing.count) differ\n")
        return differing.isEmpty ? .matches : .differs
    }
}
