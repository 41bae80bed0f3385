import Foundation

/// The bench corpus written again as a folder of small files: each of N files holds its share of the articles, as
/// JSON Lines, or one article as plain text when there are as many files as articles.
enum BenchFiles {
    /// Writes the folder; returns the number of files written.
    static func write(from corpusPath: String, count: Int, into folder: String) throws -> Int {
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let lines = try String(contentsOfFile: corpusPath, encoding: .utf8).split(separator: "\n")
        let files = max(1, min(count, lines.count))
        if files == lines.count {
            for (index, line) in lines.enumerated() {
                guard let record = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
                let text = "\(record["title"] ?? "")\n\n\(record["body"] ?? "")\n"
                try text.write(toFile: path(folder, index), atomically: false, encoding: .utf8)
            }
            return files
        }
        var parts = Array(repeating: "", count: files)
        for (index, line) in lines.enumerated() { parts[index % files] += line + "\n" }
        for (index, part) in parts.enumerated() {
            try part.write(toFile: path(folder, index).replacingOccurrences(of: ".txt", with: ".jsonl"), atomically: false, encoding: .utf8)
        }
        return files
    }

    /// Files spread over folders of 1,000, as a crawl leaves them.
    private static func path(_ folder: String, _ index: Int) -> String {
        let directory = "\(folder)/\(index / 1000)"
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return "\(directory)/article-\(index).txt"
    }
}
