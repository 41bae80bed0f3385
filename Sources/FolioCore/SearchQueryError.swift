/// A query that cannot be searched, with the 1-based column where the problem is.
public struct SearchQueryError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var column: Int
    public var query: String

    public init(_ message: String, column: Int, in query: String) {
        self.message = message
        self.column = column
        self.query = query
    }

    /// The message, then the query with a caret under the column.
    public var description: String {
        let caret = String(repeating: " ", count: max(0, column - 1)) + "^"
        return "\(message) at column \(column)\n  \(query)\n  \(caret)"
    }
}
