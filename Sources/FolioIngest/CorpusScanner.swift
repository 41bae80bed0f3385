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
                warnings.append(IngestWarning(file: given, message: "no such file or directory; skipped"))
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
                    if SourceFormat.knownExtensions.contains((name as NSString).pathExtension.lowercased()) {
                        entries.append(entry)
                    }
                }
                for entry in entries {
                    let display = given.hasSuffix("/") ? given + entry : given + "/" + entry
                    if let file = describe(absolute + "/" + entry, displayName: display) { files[file.path] = file }
                }
            } else if let file = describe(absolute, displayName: given) {
                files[file.path] = file
            } else {
                warnings.append(IngestWarning(file: given, message: "cannot be read; skipped"))
            }
        }
        return (files.values.sorted { $0.path < $1.path }, warnings)
    }

    /// Describes one regular file, or nil when it cannot be described.
    public func describe(_ path: String, displayName: String) -> CorpusFile? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              (attributes[.type] as? FileAttributeType) != .typeDirectory else { return nil }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date).map { Int64(($0.timeIntervalSince1970 * 1e9).rounded()) } ?? 0
        return CorpusFile(path: (path as NSString).standardizingPath, displayName: displayName, size: size, modified: modified)
    }

    private func absolutePath(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return (expanded as NSString).standardizingPath }
        return ((currentDirectory as NSString).appendingPathComponent(expanded) as NSString).standardizingPath
    }
}
