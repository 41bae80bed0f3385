import Foundation

/// A folder's tree read with `readdir`, whose entry types need no `stat`: Foundation's enumerator asks for every
/// entry's attributes, owner names included, which costs more than the rest of a scan. Entries come sorted by
/// name in each folder; links are never followed.
enum DirectoryWalk {
    enum Kind {
        case folder, link, file
    }

    /// Calls `visit` with each entry's path relative to `root` and its kind; a folder is entered when `visit`
    /// returns true. Returns false when `root` cannot be read. Folders below it that cannot be read are passed over.
    static func walk(_ root: String, visit: (_ entry: String, _ kind: Kind) -> Bool) -> Bool {
        guard let names = entries(of: root) else { return false }
        descend(root, relative: "", names: names, visit: visit)
        return true
    }

    private static func descend(_ root: String, relative: String, names: [(String, Kind)], visit: (String, Kind) -> Bool) {
        for (name, kind) in names {
            let entry = relative.isEmpty ? name : relative + "/" + name
            guard visit(entry, kind), kind == .folder, let inner = entries(of: root + "/" + entry) else { continue }
            descend(root, relative: entry, names: inner, visit: visit)
        }
    }

    /// The names in one folder, with their kinds, sorted.
    private static func entries(of path: String) -> [(String, Kind)]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var names: [(String, Kind)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            var type = Int32(entry.pointee.d_type)
            if type == DT_UNKNOWN {
                var status = stat()
                let mode = lstat(path + "/" + name, &status) == 0 ? status.st_mode & S_IFMT : 0
                type = Int32(mode == S_IFDIR ? DT_DIR : mode == S_IFLNK ? DT_LNK : DT_REG)
            }
            names.append((name, type == DT_DIR ? .folder : type == DT_LNK ? .link : .file))
        }
        return names.sorted { $0.0 < $1.0 }
    }
}
