import Foundation
import FolioCore
import GRDB

/// The workspace database: articles, their sources, rates and the FTS5 index.
///
/// One connection, used from one thread, as the shell is synchronous.
/// See <https://sqlite.org/fts5.html> for the index.
public final class CorpusStore {
    let database: DatabaseQueue
    public let path: String
    public let interrupter: DatabaseInterrupter
    /// The leads of the excerpts held, once a load has read them; nil until then, and after a failed write.
    var excerptLeads: Set<Int64>?
    /// The entities' resolved names as last read, with the database's version then: see ``resolvedNames(_:)``.
    var resolvedNamesHeld: (version: Int64, names: ResolvedNames)?

    /// How long a write waits for another Folio writing to the same workspace before it gives up.
    public static let busyWait: Double = 5

    /// Opens or creates the database at `path` in WAL mode, migrating it to the current schema.
    /// `whileBusy` is called once per wait, half a second into a wait for another Folio writing to the workspace.
    /// - Throws: ``StoreError/cannotOpen(path:reason:)`` or ``StoreError/newerSchema(path:found:supported:)``.
    public init(path: String, whileBusy: (@Sendable () -> Void)? = nil) throws {
        self.path = path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        let pause = 0.01
        configuration.busyMode = .callback { tries in
            if tries == Int(0.5 / pause) { whileBusy?() }
            guard Double(tries) * pause < Self.busyWait else { return false }
            usleep(useconds_t(pause * 1_000_000))
            return true
        }
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL; PRAGMA cache_size = -32768")
        }
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
            _ = try database.writeWithoutTransaction { db in try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: Self.explain(error))
        }
        interrupter = DatabaseInterrupter(connection: database.inDatabase { $0.sqliteConnection })
        try migrate()
    }

    /// An in-memory store, for tests and one-off runs.
    public init() throws {
        path = ":memory:"
        database = try DatabaseQueue()
        interrupter = DatabaseInterrupter(connection: database.inDatabase { $0.sqliteConnection })
        try migrate()
    }

    private func migrate() throws {
        let migrator = Schema.migrator
        do {
            let applied = try database.read { db in try migrator.appliedIdentifiers(db) }
            if let unknown = applied.subtracting(migrator.migrations).sorted().last {
                throw StoreError.newerSchema(path: path, found: unknown, supported: Schema.currentVersion)
            }
            try migrator.migrate(database)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: Self.explain(error))
        }
    }

    // MARK: Access with errors a person can read

    func read<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try database.read(body)
        } catch let error as DatabaseError {
            throw Self.storeError(operation, error)
        }
    }

    /// `keepsNames`: whether the write leaves entities, aliases and acronyms as they were, so that the
    /// resolved names held stay true.
    func write<T>(_ operation: String, keepsNames: Bool = false, _ body: (Database) throws -> T) throws -> T {
        if !keepsNames { resolvedNamesHeld = nil }
        do {
            return try database.write(body)
        } catch let error as DatabaseError {
            throw Self.storeError(operation, error)
        }
    }

    static func storeError(_ operation: String, _ error: DatabaseError) -> StoreError {
        switch error.resultCode {
        case .SQLITE_INTERRUPT: return .interrupted
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(operation: operation)
        default: return .failed(operation: operation, reason: explain(error))
        }
    }

    static let busyReason = "the workspace is busy in another Folio; try again"

    static func explain(_ error: DatabaseError) -> String {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return busyReason
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH: return "the workspace is read-only"
        case .SQLITE_FULL: return "the disk is full"
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return "the workspace database is damaged; remove it and open the corpus again"
        case .SQLITE_CANTOPEN: return "the file cannot be opened or created"
        case .SQLITE_IOERR: return "a disk read or write failed"
        default: return "internal database error \(error.resultCode.rawValue)"
        }
    }
}
