import FolioCommands
import FolioCore
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
    /// analyst's workspace and notes are untouched. Each command's output text is compared with the saved text.
    /// With `update`, rewrites the file with the outputs and values of now, in the current format.
    public static func run(
        path: String, corpus: [String], update: Bool, allowsChanges: Bool = false, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) -> Status {
        let document: SessionDocument
        do {
            document = try SessionFile.read(path)
        } catch {
            errors.write("folio: error: \(error)\n")
            return .damaged
        }
        let session: SessionContext
        let replayed: [SessionContext.ReplayedCell]
        do {
            let workspace = try Workspace()
            let report = try workspace.open(corpus)
            for warning in report.warnings { errors.write("folio: warning: \(warning)\n") }
            session = try SessionContext(workspace: workspace, isJournaled: false)
            replayed = try session.replay(document, mode: .check, allowsChanges: allowsChanges)
        } catch {
            errors.write("folio: error: \(error)\n")
            return .failed
        }
        var cells: [(saved: CommandCell, now: CommandCell)] = []
        var renewed: [CommandCell] = []
        for cell in replayed {
            switch cell {
            case .command(_, let saved, let outcome):
                let now = CommandCell(input: saved.input, output: outcome.savedText(idLength: session.idLength), value: outcome.recordedValue)
                cells.append((saved, now))
                renewed.append(now)
            case .skipped(let saved, let line, let reason):
                renewed.append(saved)
                if reason != .neverRecorded {
                    output.write("\(path)\(line.map { ":\($0)" } ?? ""): skipped \(saved.input): \(reason.text) (--allow-changes runs it)\n")
                }
            case .comment:
                break
            }
        }
        let differing = cells.enumerated().filter { $0.element.saved.output != $0.element.now.output }
        for (index, cell) in differing {
            output.write(LineDiff.unified(
                cell.saved.output, cell.now.output, oldLabel: "\(path) cell \(index + 1): \(cell.saved.input) (saved)",
                newLabel: "\(path) cell \(index + 1): \(cell.saved.input) (now)") + "\n")
        }
        let now = CorpusFingerprint.make(for: session.workspace, cells: document.cells)
        output.write(document.corpus.comparison(with: now, workspace: session.workspace) + "\n")
        if update {
            var updated = document
            var outputs = renewed.makeIterator()
            updated.cells = document.cells.map { cell in
                guard case .command = cell, let now = outputs.next() else { return cell }
                return .command(now)
            }
            updated.corpus = CorpusFingerprint.make(for: session.workspace, cells: updated.cells)
            updated.folioVersion = FolioVersion.current
            updated.saved = SessionDocument.today()
            do {
                try SessionFile.write(updated, to: path, overwriting: true)
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
