import Foundation

/// The corpus to measure: N copies of a JSON Lines corpus, each copy's ids and titles made distinct, or a
/// generated corpus when there is no file to copy. Written line by line, never held whole in memory.
enum BenchCorpus {
    /// Writes the corpus to `path`; returns a description for the report.
    static func make(from source: String?, scale: Int, at path: String) throws -> String {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let output = FileHandle(forWritingAtPath: path) else { throw CocoaError(.fileWriteUnknown) }
        defer { try? output.close() }
        if let source, FileManager.default.fileExists(atPath: source) {
            let lines = try String(contentsOfFile: source, encoding: .utf8).split(separator: "\n")
            for copy in 0..<scale {
                var buffer = Data()
                for line in lines {
                    guard var record = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
                    if copy > 0 {
                        record["id"] = "\(record["id"] ?? "")-\(copy + 1)"
                        record["title"] = "\(record["title"] ?? "") (copy \(copy + 1))"
                    }
                    buffer.append(try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]))
                    buffer.append(0x0A)
                }
                try output.write(contentsOf: buffer)
            }
            return "\(source) × \(scale)"
        }
        var generator = SystemRandomNumberGenerator()
        let words = generatedWords
        for copy in 0..<scale {
            var buffer = Data()
            for index in 0..<19_000 {
                let title = (0..<6).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
                let body = (0..<140).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
                let date = String(format: "1987-%02d-%02d", index % 12 + 1, index % 28 + 1)
                let record: [String: Any] = ["id": "g\(copy)-\(index)", "title": title, "body": body + ".", "date": date]
                buffer.append(try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]))
                buffer.append(0x0A)
            }
            try output.write(contentsOf: buffer)
        }
        return "generated (Reuters-21578 is not at ../shared/data): \(scale) × 19,000 articles of random words"
    }

    static let generatedWords = """
        oil prices bank rates trade dollar yen wheat corn export import market shares company said government minister \
        talks March April May June July 1987 Japan Germany France Brazil Kazakhstan Russia Turkey CSTO NATO border \
        security agreement programme pipeline growth profit loss quarter year week month analysts expect rise fall
        """.split(separator: " ").map(String.init)
}
