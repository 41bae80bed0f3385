import FolioCore

/// A session file that cannot be read, with the place, shown the way compilers show it.
public struct SessionFormatError: FolioError, Hashable {
    public var path: String
    public var line: Int
    public var column: Int
    public var message: String
    /// The text of the offending line, for the caret display.
    public var sourceLine: String

    public init(path: String, line: Int, column: Int, message: String, sourceLine: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.sourceLine = sourceLine
    }

    public var code: ErrorCode { .sessionFormat }

    public var description: String {
        let gutter = String(repeating: " ", count: String(line).count)
        return """
            \(message)
            \(gutter)--> \(path):\(line):\(column)
            \(gutter) |
            \(line) | \(sourceLine)
            \(gutter) | \(String(repeating: " ", count: max(0, column - 1)))^
            """
    }
}
