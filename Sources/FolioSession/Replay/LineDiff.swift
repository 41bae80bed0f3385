/// A unified diff of two texts by lines, as `diff -u` prints it, with three lines of context.
public enum LineDiff {
    enum Edit: Equatable {
        case same(String), removed(String), added(String)
    }

    public static func unified(_ old: String, _ new: String, oldLabel: String, newLabel: String) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let edits = diff(a, b)
        var output = ["--- \(oldLabel)", "+++ \(newLabel)"]
        let changed = edits.indices.filter { if case .same = edits[$0] { return false }; return true }
        var hunkStart = 0
        while hunkStart < changed.count {
            var hunkEnd = hunkStart
            while hunkEnd + 1 < changed.count, changed[hunkEnd + 1] - changed[hunkEnd] <= 6 { hunkEnd += 1 }
            let from = max(0, changed[hunkStart] - 3)
            let to = min(edits.count - 1, changed[hunkEnd] + 3)
            let oldStart = edits[..<from].filter { if case .added = $0 { return false }; return true }.count
            let newStart = edits[..<from].filter { if case .removed = $0 { return false }; return true }.count
            let slice = edits[from...to]
            let oldCount = slice.filter { if case .added = $0 { return false }; return true }.count
            let newCount = slice.filter { if case .removed = $0 { return false }; return true }.count
            output.append("@@ -\(oldStart + 1),\(oldCount) +\(newStart + 1),\(newCount) @@")
            for edit in slice {
                switch edit {
                case .same(let line): output.append(" " + line)
                case .removed(let line): output.append("-" + line)
                case .added(let line): output.append("+" + line)
                }
            }
            hunkStart = hunkEnd + 1
        }
        return output.joined(separator: "\n")
    }

    /// The shortest edit script by longest common subsequence; outputs are small, so O(n·m) is fine.
    static func diff(_ a: [String], _ b: [String]) -> [Edit] {
        var lengths = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                edits.append(.same(a[i])); i += 1; j += 1
            } else if i < a.count, j == b.count || lengths[i + 1][j] >= lengths[i][j + 1] {
                edits.append(.removed(a[i])); i += 1
            } else {
                edits.append(.added(b[j])); j += 1
            }
        }
        return edits
    }
}

extension LineDiff.Edit {
    var text: String {
        switch self {
        case .same(let line), .removed(let line), .added(let line): return line
        }
    }
}
