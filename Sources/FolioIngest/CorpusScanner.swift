import Foundation

/// Expands the paths a person names into corpus files: directories recursively, hidden entries skipped.
public struct CorpusScanner {
    public var currentDirectory: String

    public init(currentDirectory: String = FileManager.default.currentDirectoryPath) {
        self.currentDirectory = currentDirectory
    }

    /// The files under `paths`, sorted by path, and a warning for each path that cannot be read.
    public func scan(_ paths: [String]) -> (files: [CorpusFile], warnings: [IngestWarning]) {
        var files: [String: CorpusFile] = [:]
        var warnings: [IngestWarning] = []
        let manager = FileManager.default
        for given in paths {
            let absolute = absolutePath(given)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
                var link = stat()
                let isLink = lstat(absolute, &link) == 0 && link.st_mode & S_IFMT == S_IFLNK
                warnings.append(IngestWarning(
                    file: given, message: isLink ? "a link to something that does not exist; skipped" : "no such file or directory; skipped"))
                continue
            }
            if isDirectory.boolValue {
                guard let enumerator = manager.enumerator(atPath: absolute) else {
                    warnings.append(IngestWarning(file: given, message: "directory cannot be read; skipped"))
                    continue
                }
                var entries: [String] = []
                while let entry = enumerator.nextObject() as? String {
                    let name = (entry as NSString).lastPathComponent
                    if name.hasPrefix(".") {
                        enumerator.skipDescendants()
                        continue
                    }
                    let display = given.hasSuffix("/") ? given + entry : given + "/" + entry
                    if Self.isLinkToDirectory(absolute + "/" + entry) {
                        warnings.append(IngestWarning(file: display, message: "a link to a folder, which could lead back into this one; not followed"))
                        continue
                    }
                    if SourceFormat.knownExtensions.contains((name as NSString).pathExtension.lowercased()) {
                        entries.append(entry)
                    }
                }
                for entry in entries {
                    let display = given.hasSuffix("/") ? given + entry : given + "/" + entry
                    switch describe(absolute + "/" + entry, displayName: display) {
                    case .success(let file): files[file.path] = file
                    case .failure(let problem): warnings.append(IngestWarning(file: display, message: problem.message))
                    }
                }
            } else {
                switch describe(absolute, displayName: given) {
                case .success(let file): files[file.path] = file
                case .failure(let problem): warnings.append(IngestWarning(file: given, message: problem.message))
                }
            }
        }
        return (files.values.sorted { $0.path < $1.path }, warnings)
    }

    /// Why a path is not a corpus file.
    public struct Problem: Error, Equatable {
        public var message: String
    }

    /// Describes one regular file, following links; FIFOs, devices and sockets are refused, since reading
    /// them could wait for ever.
    public func describe(_ path: String, displayName: String) -> Result<CorpusFile, Problem> {
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
            path: (path as NSString).standardizingPath, displayName: displayName, size: Int64(status.st_size), modified: modified))
    }

    private static func isLinkToDirectory(_ path: String) -> Bool {
        var link = stat(), target = stat()
        guard lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK, stat(path, &target) == 0 else { return false }
        return target.st_mode & S_IFMT == S_IFDIR
    }

    private func absolutePath(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return (expanded as NSString).standardizingPath }
        return ((currentDirectory as NSString).appendingPathComponent(expanded) as NSString).standardizingPath
    }
}
