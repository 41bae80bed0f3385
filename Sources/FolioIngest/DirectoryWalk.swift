import Foundation

/// A folder's tree read with `readdir`, whose entry types need no `stat`: Foundation's enumerator asks for every
/// entry's attributes, owner names included, which costs more than the rest of a scan. Entries come sorted by
/// name in each folder; links are reported as files and never followed.
enum DirectoryWalk {
    /// Calls `visit` with each entry's path relative to `root` and whether it is a folder; a folder is entered
    /// when `visit` returns true. Returns false when `root` cannot be read. Folders below it that cannot be read
    /// are passed over.
    static func walk(_ root: String, visit: (_ entry: String, _ isFolder: Bool) -> Bool) -> Bool {
        guard let names = entries(of: root) else { return false }
        descend(root, relative: "", names: names, visit: visit)
        return true
    }

    private static func descend(_ root: String, relative: String, names: [(String, Bool)], visit: (String, Bool) -> Bool) {
        for (name, isFolder) in names {
            let entry = relative.isEmpty ? name : relative + "/" + name
            guard visit(entry, isFolder), isFolder, let inner = entries(of: root + "/" + entry) else { continue }
            descend(root, relative: entry, names: inner, visit: visit)
        }
    }

    /// The names in one folder, with whether each is a folder (not a link to one), sorted.
    private static func entries(of path: String) -> [(String, Bool)]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var names: [(String, Bool)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            var isFolder = Int32(entry.pointee.d_type) == DT_DIR
            if Int32(entry.pointee.d_type) == DT_UNKNOWN {
                var status = stat()
                isFolder = lstat(path + "/" + name, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
            }
            names.append((name, isFolder))
        }
        return names.sorted { $0.0 < $1.0 }
    }
}
