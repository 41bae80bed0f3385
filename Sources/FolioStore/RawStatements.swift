import GRDB
import GRDBSQLite

/// One prepared statement, bound and stepped through SQLite's C interface. Ingest stores hundreds of thousands
/// of rows, and binding them through GRDB's value types costs more than SQLite's own work on them.
struct RowInserter {
    private let statement: Statement
    private let connection: SQLiteConnection?
    private var column: Int32 = 0

    init(_ db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
        connection = db.sqliteConnection
    }

    mutating func bind(_ value: Int) {
        column += 1
        sqlite3_bind_int64(statement.sqliteStatement, column, Int64(value))
    }

    mutating func bind(_ value: Int64) {
        column += 1
        sqlite3_bind_int64(statement.sqliteStatement, column, value)
    }

    mutating func bind(_ value: Int64?) {
        guard let value else {
            column += 1
            sqlite3_bind_null(statement.sqliteStatement, column)
            return
        }
        bind(value)
    }

    mutating func bind(_ value: Bool) {
        bind(value ? 1 : 0)
    }

    mutating func bind(_ value: String?) {
        column += 1
        guard var value else {
            sqlite3_bind_null(statement.sqliteStatement, column)
            return
        }
        let handle = statement.sqliteStatement, column = column
        guard !value.isEmpty else {
            sqlite3_bind_text(handle, column, "", 0, nil)
            return
        }
        value.withUTF8 { bytes in
            let text = UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self)
            _ = sqlite3_bind_text(handle, column, text, Int32(bytes.count), Self.transient)
        }
    }

    /// Runs the statement with the values bound since the last run; returns the first column of the row it
    /// returns, if it returns one (as `INSERT … RETURNING` does).
    @discardableResult
    mutating func run() throws -> Int64? {
        let handle = statement.sqliteStatement
        column = 0
        defer { sqlite3_reset(handle) }
        switch sqlite3_step(handle) {
        case SQLITE_DONE: return nil
        case SQLITE_ROW: return sqlite3_column_int64(handle, 0)
        case let code: throw failure(code, statement, connection)
        }
    }

    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}

/// A query whose rows are read through SQLite's C interface, for results of many thousands of integer rows.
struct RowScanner {
    private let statement: Statement
    private let connection: SQLiteConnection?

    init(_ db: Database, sql: String, arguments: StatementArguments) throws {
        statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        connection = db.sqliteConnection
    }

    /// Calls `body` with the first two columns of each row, as integers.
    func forEachPair(_ body: (Int64, Int64) throws -> Void) throws {
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            switch sqlite3_step(handle) {
            case SQLITE_DONE: return
            case SQLITE_ROW: try body(sqlite3_column_int64(handle, 0), sqlite3_column_int64(handle, 1))
            case let code: throw failure(code, statement, connection)
            }
        }
    }
}

extension RowScanner {
    /// Calls `body` with each row's step handle, for reading its columns with `text(_:_:)` and SQLite's C getters.
    func forEachRow(_ body: (OpaquePointer) throws -> Void) throws {
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            switch sqlite3_step(handle) {
            case SQLITE_DONE: return
            case SQLITE_ROW: try body(handle)
            case let code: throw failure(code, statement, connection)
            }
        }
    }

    /// A text column, nil when it is NULL.
    static func text(_ handle: OpaquePointer, _ column: Int32) -> String? {
        guard let text = sqlite3_column_text(handle, column) else { return nil }
        return String(cString: text)
    }
}

/// The error a failed step of `statement` gives, with SQLite's message.
private func failure(_ code: Int32, _ statement: Statement, _ connection: SQLiteConnection?) -> DatabaseError {
    DatabaseError(resultCode: ResultCode(rawValue: code), message: connection.map { String(cString: sqlite3_errmsg($0)) }, sql: statement.sql)
}
