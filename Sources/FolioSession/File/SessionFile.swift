import FolioCore
import Foundation

/// Reading and writing session files: writes are atomic (a temporary file, then a rename).
public enum SessionFile {
    public enum Failure: FolioError, Hashable {
        case exists(String)
        case missing(String)
        case cannotWrite(String, reason: String)
        case cannotRead(String, reason: String)

        public var description: String {
            switch self {
            case .exists(let path): return "\(path) exists; add --force to overwrite it"
            case .missing(let path): return "cannot read \(path): no such file"
            case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
            case .cannotRead(let path, let reason): return "cannot read \(path): \(reason)"
            }
        }

        public var code: ErrorCode {
            switch self {
            case .missing: return .notFound
            case .exists, .cannotWrite, .cannotRead: return .io
            }
        }
    }

    /// Reads and parses the session at `path`; errors name it as `shown`, the path as the analyst typed it.
    public static func read(_ path: String, shownAs shown: String? = nil) throws -> SessionDocument {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            let name = shown ?? path
            throw FileManager.default.fileExists(atPath: path) ? Failure.cannotRead(name, reason: "it is not UTF-8 text") : Failure.missing(name)
        }
        return try SessionParser.parse(text, path: shown ?? path)
    }

    /// Writes `document` to `path` through a temporary file in the same folder and a rename.
    public static func write(_ document: SessionDocument, to path: String, shownAs shown: String? = nil, overwriting: Bool) throws {
        try write(SessionPrinter.print(document), to: path, shownAs: shown, overwriting: overwriting)
    }

    /// Writes `text` to `path` whole or not at all: a temporary file in the same folder, then a rename. Errors name
    /// the file as `shown`, the path as the analyst typed it.
    public static func write(_ text: String, to path: String, shownAs shown: String? = nil, overwriting: Bool) throws {
        let manager = FileManager.default
        if !overwriting, manager.fileExists(atPath: path) { throw Failure.exists(shown ?? path) }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: temporary)
            if rename(temporary.path, path) != 0 {
                throw CocoaError(.fileWriteUnknown)
            }
        } catch {
            try? manager.removeItem(at: temporary)
            throw Failure.cannotWrite(shown ?? path, reason: (error as NSError).localizedDescription)
        }
    }

    /// `NAME` means `DIR/NAME.md`; anything with a slash or ending in `.md` is a path.
    public static func path(for name: String, in directory: String) -> String {
        if name.contains("/") || name.hasSuffix(".md") { return name }
        return (directory as NSString).appendingPathComponent(name + ".md")
    }
}
