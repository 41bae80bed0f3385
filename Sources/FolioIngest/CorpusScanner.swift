import FolioCore
import Foundation

/// Expands the sources a workspace records into corpus files: folders recursively, hidden entries and what
/// `.folioignore` names left out, files Folio does not read counted by reason, and files of unknown extensions
/// (`.php`, `.aspx`, none) kept when their first bytes are text.
public struct CorpusScanner {
    public var currentDirectory: String
    /// Paths Folio wrote (the workspace, saved sessions, exports), never read as articles; a folder here
    /// leaves out everything under it.
    public var excluded: Set<String>
    /// Files of a recorded folder that the analyst unloaded: passed over without a word.
    public var leftOut: Set<String>

    public init(currentDirectory: String = FileManager.default.currentDirectoryPath, excluded: Set<String> = [], leftOut: Set<String> = []) {
        self.currentDirectory = currentDirectory
        self.excluded = excluded
        self.leftOut = leftOut
    }

    /// A path to scan, as the workspace records it.
    public struct Root: Hashable, Sendable {
        public var path: String
        public var displayName: String
        public var mapping: FieldMapping?

        public init(path: String, displayName: String, mapping: FieldMapping? = nil) {
            self.path = path
            self.displayName = displayName
            self.mapping = mapping
        }
    }

    public struct Scan: Sendable {
        /// In the order found, folders in name order; each with its source and mapping.
        public var files: [CorpusFile] = []
        public var warnings: [IngestWarning] = []
        /// Files a folder held that Folio passed over, by reason.
        public var skipped: [SkipReason: Int] = [:]
        /// Roots that are not there: their articles are kept.
        public var missing: [Root] = []
        /// Whether some file was reached by a path other than its own, so that it may have been found twice.
        var foundThroughLinks = false
    }

    /// The absolute, standardized form of a path as typed.
    public func absolutePath(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return (expanded as NSString).standardizingPath }
        return ((currentDirectory as NSString).appendingPathComponent(expanded) as NSString).standardizingPath
    }

    public func scan(_ roots: [Root]) -> Scan {
        var scan = Scan()
        var files: [CorpusFile] = []
        let manager = FileManager.default
        for root in roots {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
                var link = stat()
                let isLink = lstat(root.path, &link) == 0 && link.st_mode & S_IFMT == S_IFLNK
                scan.warnings.append(IngestWarning(
                    file: root.displayName,
                    message: isLink ? "a link to something that does not exist; its articles are kept" : "no such file or folder; its articles are kept"))
                scan.missing.append(root)
                continue
            }
            if isDirectory.boolValue {
                scanFolder(root, into: &scan, files: &files)
            } else if !isExcluded(root.path) {
                add(root.path, displayName: root.displayName, root: root, to: &files, scan: &scan)
            }
        }
        scan.files = roots.count > 1 || scan.foundThroughLinks ? Self.keepingLast(files) : files
        return scan
    }

    /// The files in the order first found, each path once, with what was found for it last: two sources may
    /// hold the same file, and links may lead to a file found under its own name too.
    private static func keepingLast(_ files: [CorpusFile]) -> [CorpusFile] {
        var latest: [String: CorpusFile] = [:]
        for file in files { latest[file.path] = file }
        var seen = Set<String>()
        return files.compactMap { seen.insert($0.path).inserted ? latest[$0.path] : nil }
    }

    private func scanFolder(_ root: Root, into scan: inout Scan, files: inout [CorpusFile]) {
        var entries: [(String, isLink: Bool)] = []
        var ignores: [FolioIgnore] = []
        if let text = try? String(contentsOfFile: root.path + "/.folioignore", encoding: .utf8) { ignores.append(FolioIgnore(text: text, base: "")) }
        let readable = DirectoryWalk.walk(root.path) { entry, kind in
            let isFolder = kind == .folder
            let name = entry.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(entry[entry.utf8.index(after: $0)...]) } ?? entry
            let absolute = root.path + "/" + entry
            if name.hasPrefix(".") { return false }
            if leftOut.contains(absolute) { return false }
            // The folders above were checked on the way down.
            if excluded.contains(absolute) {
                if !isFolder { scan.skipped[.folio, default: 0] += 1 }
                return false
            }
            if ignores.reduce(nil as Bool?, { $1.verdict(on: entry, isFolder: isFolder) ?? $0 }) == true {
                if !isFolder { scan.skipped[.ignored, default: 0] += 1 }
                return false
            }
            if isFolder {
                if let text = try? String(contentsOfFile: absolute + "/.folioignore", encoding: .utf8) {
                    ignores.append(FolioIgnore(text: text, base: entry))
                }
                return true
            }
            let display = root.displayName.hasSuffix("/") ? root.displayName + entry : root.displayName + "/" + entry
            if kind == .link, Self.isLinkToDirectory(absolute) {
                scan.warnings.append(IngestWarning(file: display, message: "a link to a folder, which could lead back into this one; not followed"))
                return false
            }
            let fileExtension = CorpusFile.fileExtension(of: name).lowercased()
            if SourceFormat.knownExtensions.contains(fileExtension) {
                entries.append((entry, kind == .link))
            } else if let reason = SkipReason.forExtension(fileExtension) ?? SkipReason.forContent(Self.head(of: absolute)) {
                scan.skipped[reason, default: 0] += 1
            } else {
                entries.append((entry, kind == .link))
            }
            return false
        }
        guard readable else {
            scan.warnings.append(IngestWarning(file: root.displayName, message: "folder cannot be read; skipped"))
            return
        }
        let isStandard = !root.path.hasSuffix("/")
        for (entry, isLink) in entries {
            let display = root.displayName.hasSuffix("/") ? root.displayName + entry : root.displayName + "/" + entry
            add(root.path + "/" + entry, displayName: display, root: root, isStandard: isStandard && !isLink, to: &files, scan: &scan)
        }
    }

    private func add(
        _ path: String, displayName: String, root: Root, isStandard: Bool = false, to files: inout [CorpusFile], scan: inout Scan
    ) {
        switch describe(path, displayName: displayName, isStandard: isStandard) {
        case .success(var file):
            file.source = root.path
            file.mapping = root.mapping
            if !isStandard, file.path != path { scan.foundThroughLinks = true }
            files.append(file)
        case .failure(let problem):
            scan.warnings.append(IngestWarning(file: displayName, message: problem.message))
        }
    }

    /// Whether the path or a folder above it is excluded: a look-up for each of its folders.
    private func isExcluded(_ path: String) -> Bool {
        guard !excluded.isEmpty else { return false }
        if excluded.contains(path) { return true }
        var folder = Substring(path)
        while let slash = folder.lastIndex(of: "/"), slash > folder.startIndex {
            folder = folder[..<slash]
            if excluded.contains(String(folder)) { return true }
        }
        return false
    }

    /// The first 512 bytes of a file, to tell text from a binary whose name says nothing.
    private static func head(of path: String) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        return Array((try? handle.read(upToCount: 512)) ?? Data())
    }

    /// Why a path is not a corpus file.
    public struct Problem: Error, Equatable {
        public var message: String
    }

    /// Describes one regular file, following links; FIFOs, devices and sockets are refused, since reading
    /// them could wait for ever. A path found in a folder that is not a link is standard already (`isStandard`).
    public func describe(_ path: String, displayName: String, isStandard: Bool = false) -> Result<CorpusFile, Problem> {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let reason = errno == ENOENT ? "it no longer exists, or is a link to nothing" : String(cString: strerror(errno))
            return .failure(Problem(message: "cannot be read (\(reason)); skipped"))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(Problem(message: "a folder where a file was expected; skipped"))
        case S_IFIFO: return .failure(Problem(message: "a FIFO (named pipe), not a regular file; skipped"))
        case S_IFSOCK: return .failure(Problem(message: "a socket, not a regular file; skipped"))
        default: return .failure(Problem(message: "a device, not a regular file; skipped"))
        }
        #if canImport(Darwin)
        let time = status.st_mtimespec
        #else
        let time = status.st_mtim
        #endif
        let modified = Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
        return .success(CorpusFile(
            path: isStandard ? path : (path as NSString).standardizingPath, displayName: displayName, size: Int64(status.st_size), modified: modified))
    }

    private static func isLinkToDirectory(_ path: String) -> Bool {
        var link = stat(), target = stat()
        guard lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK, stat(path, &target) == 0 else { return false }
        return target.st_mode & S_IFMT == S_IFDIR
    }
}
