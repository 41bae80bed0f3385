import Foundation

/// A file in the corpus: where it is, how people see its name, and what the file system says about it.
public struct CorpusFile: Hashable, Sendable {
    /// The absolute, standardized path: the key that tells whether a file was seen before.
    public var path: String
    /// The name shown to people and saved in sessions: the path as given, or `bundled/NAME` for the sample.
    public var displayName: String
    public var size: Int64
    /// Modification time in nanoseconds since 1970.
    public var modified: Int64

    /// `modified` (nanoseconds since 1970) as a date.
    public var modifiedDate: Date { Date(timeIntervalSince1970: Double(modified) / 1e9) }
    /// The recorded source it was found under: itself, or the folder it is in.
    public var source: String?
    /// The columns `--map` named for its source.
    public var mapping: FieldMapping?

    public init(path: String, displayName: String, size: Int64, modified: Int64, source: String? = nil, mapping: FieldMapping? = nil) {
        self.path = path
        self.displayName = displayName
        self.size = size
        self.modified = modified
        self.source = source
        self.mapping = mapping
    }

    public var fileExtension: String { Self.fileExtension(of: path) }

    /// What follows the last dot of the last component, as `pathExtension` gives, without its cost.
    public static func fileExtension(of path: String) -> String {
        let utf8 = path.utf8
        let start = utf8.lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex
        guard let dot = utf8[start...].lastIndex(of: UInt8(ascii: ".")), dot != start else { return "" }
        return String(path[utf8.index(after: dot)...])
    }

    /// Reads the file's bytes, a megabyte at a time, into one buffer.
    public func read() throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CocoaError(.fileReadNoPermission)
        }
        defer { try? handle.close() }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(max(0, size)))
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { bytes.append(contentsOf: chunk) }
        return bytes
    }
}
