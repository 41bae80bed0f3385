import FolioCore
import GRDB

extension CorpusStore {
    /// Checks the database pages, the full-text index, the links between tables, the notes and the journal.
    public func health() throws -> WorkspaceHealth {
        var health = WorkspaceHealth()
        let integrity = try read("checking the database") { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        if integrity == ["ok"] {
            health.findings.append("database pages: intact (SQLite's integrity check passes)")
        } else {
            health.problems.append("database pages: damaged (\(integrity.prefix(3).joined(separator: "; "))); remove the workspace and open the corpus again")
        }
        do {
            try write("checking the search index") { db in
                try db.execute(sql: "INSERT INTO article_fts(article_fts) VALUES('integrity-check')")
            }
            health.findings.append("search index: matches the articles")
        } catch {
            health.problems.append("search index: does not match the articles; remove the workspace and open the corpus again")
        }
        let broken = try read("checking links") { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count }
        if broken == 0 {
            health.findings.append("links between tables: whole")
        } else {
            health.problems.append("links between tables: \(broken) broken")
        }
        let counts = try read("counting notes") { db in
            try Row.fetchOne(db, sql: """
                SELECT count(*) AS notes,
                       coalesce(sum(NOT EXISTS (SELECT 1 FROM article a WHERE a.id = n.articleId)), 0) AS orphaned
                FROM note n
                """)!
        }
        let notes: Int = counts["notes"], orphaned: Int = counts["orphaned"]
        if orphaned == 0 {
            health.findings.append("notes: \(notes), each on an article in the corpus")
        } else {
            health.notices.append(
                "notes: \(orphaned) of \(notes) are on articles no longer in the corpus; they are kept, and `notes` lists them")
        }
        let unsaved = try read("reading the journal") { db in
            try Row.fetchAll(db, sql: """
                SELECT s.id, s.started, s.closed, (SELECT count(*) FROM journalEntry e WHERE e.session = s.id AND e.kind = 'command') AS commands
                FROM journalSession s WHERE s.savedAs IS NULL AND s.kind = 'session' AND commands > 0 ORDER BY s.id
                """)
        }
        if unsaved.isEmpty {
            health.findings.append("journal: every session with commands was saved")
        } else {
            for row in unsaved {
                let commands: Int = row["commands"], started: String = row["started"], closed: Bool = row["closed"]
                health.notices.append(
                    "journal: a session of \(commands) command\(commands == 1 ? "" : "s") started \(started) was never saved"
                        + (closed ? "" : " (Folio did not exit cleanly)") + "; the next folio run offers to save it")
            }
        }
        return health
    }
}
