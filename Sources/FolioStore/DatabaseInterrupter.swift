import GRDBSQLite

/// Stops the statement running on a workspace connection; safe to call from a signal handler or another thread.
public struct DatabaseInterrupter: @unchecked Sendable {
    public let connection: OpaquePointer?

    /// Makes the running statement fail with SQLITE_INTERRUPT, which the store reports as ``StoreError/interrupted``.
    public func interrupt() {
        if let connection { sqlite3_interrupt(connection) }
    }
}
