import FolioCore
import Foundation
import GRDB

/// A path the analyst gave the workspace: a file, a folder read recursively, or the bundled sample.
public struct RecordedSource: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case file, folder, bundled
    }

    /// Absolute and standardized; the key.
    public var path: String
    /// As the analyst typed it.
    public var displayName: String
    public var kind: Kind
    /// Field names by column, from `--map`, as JSON.
    public var mapping: String?
    public var added: String
    public var loaded: String?

    public init(path: String, displayName: String, kind: Kind, mapping: String? = nil, added: String, loaded: String? = nil) {
        self.path = path
        self.displayName = displayName
        self.kind = kind
        self.mapping = mapping
        self.added = added
        self.loaded = loaded
    }
}

/// What `sources` lists of one recorded source.
public struct SourceSummary: Hashable, Sendable {
    public var source: RecordedSource
    public var files: Int
    public var formats: [String]
    public var articles: Int
    public var excerpts: Int
    public var warnings: Int
}

extension CorpusStore {
    public func sources() throws -> [RecordedSource] {
        try read("reading the sources") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM source ORDER BY displayName, path").map(Self.source(from:))
        }
    }

    /// Records a source, or updates its mapping when it is already recorded and a mapping is given.
    public func record(_ source: RecordedSource) throws {
        try write("recording a source") { db in
            try db.execute(
                sql: """
                    INSERT INTO source (path, displayName, kind, mapping, added, loaded) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(path) DO UPDATE SET mapping = coalesce(excluded.mapping, mapping), kind = excluded.kind
                    """,
                arguments: [source.path, source.displayName, source.kind.rawValue, source.mapping, source.added, source.loaded])
        }
    }

    public func markLoaded(_ paths: [String], at time: String) throws {
        guard !paths.isEmpty else { return }
        try write("recording the load") { db in
            try db.execute(sql: "UPDATE source SET loaded = ? WHERE path IN (SELECT value FROM json_each(?))", arguments: [time, JSONText.array(paths)])
        }
    }

    /// The sources with what each holds now.
    public func sourceSummaries() throws -> [SourceSummary] {
        try read("reading the sources") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM source ORDER BY displayName, path").map { row in
                let source = Self.source(from: row)
                let counts = try Row.fetchOne(db, sql: """
                    SELECT count(DISTINCT f.path) AS files, group_concat(DISTINCT f.format) AS formats,
                           (SELECT count(*) FROM loadWarning w JOIN sourceFile g ON g.path = w.path WHERE g.source = ?1) AS warnings
                    FROM sourceFile f WHERE f.source = ?1
                    """, arguments: [source.path])
                let articles = try Row.fetchOne(db, sql: """
                    SELECT count(*) AS articles, coalesce(sum(a.isExcerpt), 0) AS excerpts FROM article a
                    WHERE a.seq IN (SELECT s.article FROM articleSource s JOIN sourceFile f ON f.path = s.path WHERE f.source = ?)
                    """, arguments: [source.path])
                let formats = ((counts?["formats"] as String?) ?? "").split(separator: ",").map(String.init).sorted()
                return SourceSummary(
                    source: source, files: counts?["files"] ?? 0, formats: formats, articles: articles?["articles"] ?? 0,
                    excerpts: articles?["excerpts"] ?? 0, warnings: counts?["warnings"] ?? 0)
            }
        }
    }

    /// The warnings files raised when they were last read, by file, in order.
    public func loadWarnings(source: String? = nil) throws -> [IngestWarning] {
        try read("reading the warnings") { db in
            var sql = "SELECT f.displayName, w.line, w.message FROM loadWarning w JOIN sourceFile f ON f.path = w.path"
            var arguments: StatementArguments = []
            if let source {
                sql += " WHERE f.source = ?"
                arguments = [source]
            }
            return try Row.fetchAll(db, sql: sql + " ORDER BY f.displayName, w.position", arguments: arguments).map {
                IngestWarning(file: $0[0], line: $0[1], message: $0[2])
            }
        }
    }

    /// How many articles each file holds, of the files given.
    public func articleCounts(ofFiles paths: [String]) throws -> [String: Int] {
        guard !paths.isEmpty else { return [:] }
        return try read("counting articles") { db in
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT path, count(*) FROM articleSource WHERE path IN (SELECT value FROM json_each(?)) GROUP BY path
                """, arguments: [JSONText.array(paths)]) {
                counts[row[0]] = row[1]
            }
            return counts
        }
    }

    /// The articles that would leave with some files (those no other file holds), and the notes on them.
    public func unloadEffect(ofFiles paths: [String], articles ids: [ArticleID]) throws -> (articles: Int, notes: Int) {
        try read("counting what would be unloaded") { db in
            let leaving = """
                SELECT a.seq, a.id FROM article a WHERE a.id IN (SELECT value FROM json_each(?2))
                OR (EXISTS (SELECT 1 FROM articleSource s WHERE s.article = a.seq AND s.path IN (SELECT value FROM json_each(?1)))
                    AND NOT EXISTS (SELECT 1 FROM articleSource s WHERE s.article = a.seq AND s.path NOT IN (SELECT value FROM json_each(?1))))
                """
            let arguments: StatementArguments = [JSONText.array(paths), JSONText.array(ids.map(\.hex))]
            let articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(leaving))", arguments: arguments) ?? 0
            let notes = try Int.fetchOne(db, sql: "SELECT count(*) FROM note WHERE articleId IN (SELECT id FROM (\(leaving)))", arguments: arguments) ?? 0
            return (articles, notes)
        }
    }

    /// Removes sources, files and articles in one transaction: the files' articles no other file holds leave, and
    /// articles unloaded by id stay out when their files are read again, until one of those files is loaded by name.
    /// Notes stay, orphaned.
    public func unload(sources: [String], files: [String], articles ids: [ArticleID]) throws {
        try write("unloading") { db in
            let files = JSONText.array(files), sources = JSONText.array(sources)
            try db.execute(sql: "DELETE FROM sourceFile WHERE path IN (SELECT value FROM json_each(?))", arguments: [files])
            try db.execute(sql: "DELETE FROM source WHERE path IN (SELECT value FROM json_each(?))", arguments: [sources])
            let ids = JSONText.array(ids.map(\.hex))
            try db.execute(sql: """
                INSERT OR IGNORE INTO unloaded (id, path)
                SELECT a.id, s.path FROM article a JOIN articleSource s ON s.article = a.seq WHERE a.id IN (SELECT value FROM json_each(?))
                """, arguments: [ids])
            try db.execute(sql: "DELETE FROM articleSource WHERE article IN (SELECT seq FROM article WHERE id IN (SELECT value FROM json_each(?)))", arguments: [ids])
            try Self.removeOrphans(db)
        }
    }

    /// Makes the next load read a source's files again, as when its mapping changed.
    public func forgetFiles(ofSource path: String) throws {
        try write("marking files for a new reading") { db in
            try db.execute(sql: "UPDATE sourceFile SET size = -1, hash = '' WHERE source = ?", arguments: [path])
        }
    }

    /// Lets articles unloaded by id back in: an explicit `load` of their file asks for them.
    public func readmit(files: [String]) throws {
        try write("readmitting articles") { db in
            let files = JSONText.array(files)
            try db.execute(sql: "UPDATE sourceFile SET size = -1 WHERE path IN (SELECT path FROM unloaded WHERE path IN (SELECT value FROM json_each(?)))", arguments: [files])
            try db.execute(sql: "DELETE FROM unloaded WHERE path IN (SELECT value FROM json_each(?))", arguments: [files])
        }
    }

    static func source(from row: Row) -> RecordedSource {
        RecordedSource(
            path: row["path"], displayName: row["displayName"], kind: RecordedSource.Kind(rawValue: row["kind"]) ?? .file,
            mapping: row["mapping"], added: row["added"], loaded: row["loaded"])
    }
}

extension CorpusStore {
    /// Files Folio wrote: saved sessions and exports, never read as articles.
    public func writtenPaths() throws -> [String] {
        try read("reading the files Folio wrote") { db in try String.fetchAll(db, sql: "SELECT path FROM written") }
    }

    public func recordWritten(_ path: String) throws {
        try write("recording a file Folio wrote") { db in
            try db.execute(sql: "INSERT OR IGNORE INTO written (path) VALUES (?)", arguments: [path])
        }
    }

    /// Files unloaded one by one from a folder that is still a source, which its scans leave out.
    public func unloadedFiles() throws -> [String] {
        try read("reading the unloaded files") { db in try String.fetchAll(db, sql: "SELECT path FROM unloaded WHERE id = ''") }
    }

    /// Leaves a file of a recorded folder out of its scans from now on.
    public func excludeFiles(_ paths: [String]) throws {
        try write("unloading files") { db in
            for path in paths { try db.execute(sql: "INSERT OR IGNORE INTO unloaded (id, path) VALUES ('', ?)", arguments: [path]) }
        }
    }
}
