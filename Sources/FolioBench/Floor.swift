import Foundation

/// The floor: the sqlite3 command-line shell loading the corpus's titles and bodies into a bare FTS5 table
/// with Folio's tokenizer, in one transaction, from a JSON array it parses itself.
enum Floor {
    static func measure(corpusPath: String, scratch: String, runs: Int) throws -> Sample {
        let arrayPath = "\(scratch)/corpus-array.json"
        let lines = try String(contentsOfFile: corpusPath, encoding: .utf8).split(separator: "\n").filter { !$0.isEmpty }
        try Data(("[" + lines.joined(separator: ",\n") + "]").utf8).write(to: URL(fileURLWithPath: arrayPath))
        let script = """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2');
            BEGIN;
            INSERT INTO t (title, body) SELECT value ->> 'title', value ->> 'body' FROM json_each(readfile('\(arrayPath)'));
            COMMIT;
            """
        var times: [Double] = []
        for run in 0..<runs {
            let database = "\(scratch)/floor-\(run).sqlite"
            try? FileManager.default.removeItem(atPath: database)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["sqlite3", database]
            let input = Pipe()
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            let seconds = try Clock.time {
                try process.run()
                input.fileHandleForWriting.write(Data(script.utf8))
                try input.fileHandleForWriting.close()
                process.waitUntilExit()
            }
            guard process.terminationStatus == 0 else {
                throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "sqlite3 failed; install it with apt-get install sqlite3"])
            }
            times.append(seconds)
        }
        return Sample(times)
    }
}
