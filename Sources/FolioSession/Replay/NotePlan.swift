import FolioCommands
import FolioCore

/// The notes a saved session made: which number each `note` that added one gave it, and the texts the session
/// later gave it with `note --edit`. A replay reads it to number its notes as the session did, and to know a
/// note it has made before.
struct NotePlan {
    /// By cell index, the number the note a cell added had when it was recorded.
    var recordedNumbers: [Int: Int] = [:]
    /// By recorded number, the texts `note --edit` gave the note later in the session.
    var laterTexts: [Int: [String]] = [:]

    /// Numbers come from the saved values; a session saved without them (format 1) numbered its notes in order
    /// from its first note number, so each `note` whose saved output is not an error took the next one.
    init(_ document: SessionDocument, registry: CommandRegistry) {
        var counted = document.nextNote
        for (index, cell) in document.cells.enumerated() {
            guard case .command(let saved) = cell, let note = (try? registry.parse(saved.input)) as? NoteCommand,
                  let action = try? note.action() else { continue }
            switch action {
            case .add:
                if let value = saved.value {
                    if let added = registry.outcome(from: value)?.output as? NoteCommand.Output, added.kind == .added || added.kind == .existing {
                        recordedNumbers[index] = added.listing.note.id
                    }
                } else if !saved.output.hasPrefix("error:") {
                    recordedNumbers[index] = counted
                    counted += 1
                }
            case .edit(let number, let text):
                laterTexts[number, default: []].append(text)
            case .delete:
                break
            }
        }
    }
}
