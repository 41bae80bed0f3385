import FolioCore
import FolioStore
import Foundation

extension Workspace {
    /// How long a write waits for another Folio writing to the same workspace before it gives up.
    public static var busyWait: Double { CorpusStore.busyWait }

    /// The database connection, for a signal handler to interrupt with `sqlite3_interrupt`; nothing else uses it.
    public var interruptHandle: OpaquePointer? { store.interrupter.connection }

    /// Articles and source files, for the banner.
    public func counts() throws -> (articles: Int, sources: Int) {
        try store.counts()
    }

    /// `folio doctor`: checks the workspace in `directory` without changing it; nil when there is none.
    public static func health(ofDirectory directory: String) throws -> WorkspaceHealth? {
        let database = (directory as NSString).appendingPathComponent(databaseName)
        guard FileManager.default.fileExists(atPath: database) else { return nil }
        return try CorpusStore(path: database).health()
    }
}
