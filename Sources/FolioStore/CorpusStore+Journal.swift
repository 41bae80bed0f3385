import FolioCore
import GRDB

/// A session as the journal holds it.
public struct JournalSession: Hashable, Sendable {
    public var id: Int
    public var started: String
    /// The number the first note made in the session gets, so that a replay numbers notes the same way.
    public var nextNote: Int
    public var savedAs: String?
    /// False when Folio never reached a clean exit: it was killed, or crashed.
    public var isClosed: Bool
    /// Commands from `-c` or piped in, which are never offered for saving.
    public var isScript: Bool = false
    /// Whether a later start has offered it for saving already.
    public var wasOffered: Bool = false
    public var cells: [SessionCell]
}

extension CorpusStore {
    /// Opens a journal session; each later cell is written durably before the next prompt (synchronous = FULL).
    public func startJournalSession(started: String, isScript: Bool = false) throws -> Int {
        try write("starting the journal", keepsNames: true) { db in
            let nextNote = (try Int.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'note'") ?? 0) + 1
            try db.execute(
                sql: "INSERT INTO journalSession (started, nextNote, kind) VALUES (?, ?, ?)",
                arguments: [started, nextNote, isScript ? "script" : "session"])
            return Int(db.lastInsertedRowID)
        }
    }

    public func appendJournal(session: Int, cell: SessionCell) throws {
        try write("journaling", keepsNames: true) { db in
            let position = (try Int.fetchOne(db, sql: "SELECT max(position) FROM journalEntry WHERE session = ?", arguments: [session]) ?? 0) + 1
            switch cell {
            case .comment(let text):
                try db.execute(
                    sql: "INSERT INTO journalEntry (session, position, kind, input, output) VALUES (?, ?, 'comment', ?, '')",
                    arguments: [session, position, text])
            case .command(let command):
                try db.execute(
                    sql: """
                        INSERT INTO journalEntry (session, position, kind, input, output, value, valueVersion)
                        VALUES (?, ?, 'command', ?, ?, ?, ?)
                        """,
                    arguments: [session, position, command.input, command.output, command.value?.json, command.value?.version])
            }
        }
    }

    public func journalSession(_ id: Int) throws -> JournalSession? {
        try read("reading the journal") { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM journalSession WHERE id = ?", arguments: [id]) else { return nil }
            let cells = try Row.fetchAll(db, sql: "SELECT * FROM journalEntry WHERE session = ? ORDER BY position", arguments: [id]).map { entry -> SessionCell in
                guard entry["kind"] != "comment" else { return .comment(entry["input"]) }
                let json: String? = entry["value"], version: Int? = entry["valueVersion"]
                return .command(CommandCell(
                    input: entry["input"], output: entry["output"], value: json.map { RecordedValue(version: version ?? 1, json: $0) }))
            }
            return JournalSession(
                id: id, started: row["started"], nextNote: row["nextNote"], savedAs: row["savedAs"], isClosed: row["closed"],
                isScript: row["kind"] == "script", wasOffered: row["offered"], cells: cells)
        }
    }

    /// The newest session before `current` that has commands and was never saved: one that was quit or killed.
    public func unsavedSession(before current: Int) throws -> JournalSession? {
        let id = try read("reading the journal") { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT s.id FROM journalSession s WHERE s.id < ? AND s.savedAs IS NULL AND s.kind = 'session'
                    AND EXISTS (SELECT 1 FROM journalEntry e WHERE e.session = s.id AND e.kind = 'command')
                    ORDER BY s.id DESC LIMIT 1
                    """,
                arguments: [current])
        }
        return try id.flatMap(journalSession)
    }

    /// Marks a session as offered for saving, so that it is offered once.
    public func markOffered(_ session: Int) throws {
        try write("journaling", keepsNames: true) { db in
            try db.execute(sql: "UPDATE journalSession SET offered = 1 WHERE id = ?", arguments: [session])
        }
    }

    /// Marks a session as ended cleanly.
    public func closeJournalSession(_ session: Int) throws {
        try write("journaling", keepsNames: true) { db in
            try db.execute(sql: "UPDATE journalSession SET closed = 1 WHERE id = ?", arguments: [session])
        }
    }

    public func markJournalSaved(_ session: Int, as name: String) throws {
        try write("journaling", keepsNames: true) { db in
            try db.execute(sql: "UPDATE journalSession SET savedAs = ? WHERE id = ?", arguments: [name, session])
        }
    }

    /// The number the next note created will get.
    public func nextNoteNumber() throws -> Int {
        try read("numbering notes") { db in
            (try Int.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'note'") ?? 0) + 1
        }
    }

    /// Makes the next note created get number `next`, as it did when the session being replayed was recorded.
    public func setNextNoteNumber(_ next: Int) throws {
        try write("numbering notes", keepsNames: true) { db in
            try db.execute(sql: "DELETE FROM sqlite_sequence WHERE name = 'note'")
            if next > 1 {
                try db.execute(sql: "INSERT INTO sqlite_sequence (name, seq) VALUES ('note', ?)", arguments: [next - 1])
            }
        }
    }
}
