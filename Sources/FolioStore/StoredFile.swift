import FolioCore

/// A source file as the workspace last saw it.
public struct StoredFile: Hashable, Sendable {
    public var path: String
    public var displayName: String
    public var size: Int64
    public var modified: Int64
    /// SHA-256 of the content, to tell a touched file from a changed one.
    public var hash: String
    public var format: String
    public var coverage: Coverage?
    /// The recorded source it was found under: itself, or the folder it is in.
    public var source: String?

    public init(
        path: String, displayName: String, size: Int64, modified: Int64, hash: String, format: String, coverage: Coverage?,
        source: String? = nil
    ) {
        self.source = source
        self.path = path
        self.displayName = displayName
        self.size = size
        self.modified = modified
        self.hash = hash
        self.format = format
        self.coverage = coverage
    }
}

/// What tells whether a file changed since the workspace last read it, and where it was found.
public struct StoredFileState: Hashable, Sendable {
    public var displayName: String
    public var size: Int64
    public var modified: Int64
    public var source: String?
}
