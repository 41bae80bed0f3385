import FolioCommands
import FolioCore
import Foundation

/// Runs a saved session's commands again and compares each output with the saved one.
public struct SessionReplayer {
    public let runner: CommandRunner

    public init(runner: CommandRunner) {
        self.runner = runner
    }

    /// A command cell run again.
    public struct Cell: Sendable {
        public var input: String
        public var saved: String
        public var now: String
        public var matches: Bool { saved == now }
    }

    /// Replays every command of `document` in order; notes are numbered as when it was recorded.
    public func replay(_ document: SessionDocument) throws -> [Cell] {
        try runner.workspace.store.setNextNoteNumber(document.nextNote)
        var cells: [Cell] = []
        for case .command(let input, let saved) in document.cells {
            let now = runner.run(line: input).map { SessionOutput.render($0, idLength: runner.workspace.displayLength) } ?? ""
            cells.append(Cell(input: input, saved: saved, now: now))
        }
        return cells
    }

    /// The document with each command's output replaced by what it prints now, and the corpus fingerprint renewed.
    public static func updated(_ document: SessionDocument, with cells: [Cell], workspace: Workspace, saved: String) -> SessionDocument {
        var updated = document
        var outputs = cells.map(\.now).makeIterator()
        updated.cells = document.cells.map { cell in
            guard case .command(let input, _) = cell, let output = outputs.next() else { return cell }
            return .command(input: input, output: output)
        }
        updated.corpus = CorpusFingerprint.make(for: workspace, cells: updated.cells)
        updated.folioVersion = FolioVersion.current
        updated.saved = saved
        return updated
    }

    /// Today as `YYYY-MM-DD`, in UTC.
    public static func today(_ date: Date = Date()) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
