import CSV
import Foundation
import FolioTestSupport
import Testing

/// `export` as an analyst runs it: real files written by the folio binary, read back with real parsers.
@Suite struct ExportTests {
    static let results = [
        ("find", "find border"),
        ("timeline", "timeline border"),
        ("entities", "entities --limit 5"),
        ("compare", "compare CSTO NATO"),
        ("compare articles", "compare 13be2d 6edab6"),
        ("kwic", "kwic CSTO --limit 4"),
        ("notes", "notes"),
    ]

    static func csvRows(_ path: String) throws -> [[String]] {
        let reader = try CSVReader(string: try String(contentsOfFile: path, encoding: .utf8), hasHeaderRow: false)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    @Test(arguments: results)
    func everyResultExportsAsCSVJSONAndMarkdown(name: String, command: String) throws {
        let scratch = try Scratch()
        let run = try FolioBinary.run([
            "--workspace", "ws", "-c", "note 13be2d Deliveries start in 2026, \"from Bishkek\" #border",
            "-c", command, "-c", "export csv out.csv", "-c", "export json out.json", "-c", "export md out.md",
        ], in: scratch.path)
        #expect(run.status == 0, "\(run.errors)")
        let csvText = try String(contentsOfFile: scratch.path + "/out.csv", encoding: .utf8)
        #expect(csvText.hasSuffix("\r\n"))
        #expect(!csvText.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        let rows = try Self.csvRows(scratch.path + "/out.csv")
        #expect(rows.count >= 2, "\(name): \(rows)")
        #expect(rows.allSatisfy { $0.count == rows[0].count }, "\(name): ragged rows")

        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: scratch.path + "/out.json"))) as? [String: Any]
        #expect(json?["command"] as? String == command.split(separator: " ").first.map(String.init))

        let markdown = try String(contentsOfFile: scratch.path + "/out.md", encoding: .utf8).components(separatedBy: "\n").dropLast()
        #expect(markdown.count == rows.count + 3, "\(name): caption, blank line, header, rule, then a line per row")
        #expect(markdown[markdown.startIndex + 2] == "| " + rows[0].joined(separator: " | ") + " |")
        #expect(markdown.dropFirst(2).allSatisfy { $0.hasPrefix("| ") && $0.hasSuffix(" |") || $0.hasPrefix("| ---") })
        #expect(run.output.contains("wrote out.csv: "))
    }

    @Test func csvFollowsRFC4180AndKeepsTheCellsOfTheResult() throws {
        let scratch = try Scratch()
        let run = try FolioBinary.run([
            "--workspace", "ws", "-c", "note 13be2d Deliveries, \"first\" then more #border",
            "-c", "notes", "-c", "export csv notes.csv", "-c", "kwic CSTO --limit 3", "-c", "export csv kwic.csv",
            "-c", "export csv three.csv --limit 3",
        ], in: scratch.path)
        #expect(run.status == 0, "\(run.errors)")
        let notes = try Self.csvRows(scratch.path + "/notes.csv")
        #expect(notes[0] == ["id", "article", "title", "orphaned", "text", "tags", "quote", "created"])
        #expect(notes[1][4] == "Deliveries, \"first\" then more #border")
        #expect(notes[1][5] == "border")
        let raw = try String(contentsOfFile: scratch.path + "/notes.csv", encoding: .utf8)
        #expect(raw.contains(",\"Deliveries, \"\"first\"\" then more #border\",border,"))
        let kwic = try Self.csvRows(scratch.path + "/kwic.csv")
        #expect(kwic[0] == ["article", "field", "left", "match", "right", "offset"])
        #expect(kwic.count == 38, "every occurrence, not the 3 shown")
        #expect(run.output.contains("wrote kwic.csv: kwic as CSV, 37 rows (3 were shown)"))
        #expect(kwic.dropFirst().allSatisfy { $0[3] == "CSTO" || $0[3] == "Collective Security Treaty Organization" })
        #expect(kwic.dropFirst().filter { $0[1] == "title" }.count == 4)
        #expect(try Self.csvRows(scratch.path + "/three.csv").count == 4, "--limit caps the rows")
    }

    @Test func withoutAPathTheExportGoesToStandardOutput() throws {
        let scratch = try Scratch()
        let run = try FolioBinary.run(["--workspace", "ws", "-c", "entities --limit 2", "-c", "export csv"], in: scratch.path)
        #expect(run.status == 0)
        #expect(run.output.contains("name,type,mentions,articles,aliases\r\nKazakhstan,place,39,6,\r\nCollective Security Treaty Organization,org,34,5,CSTO\r\n"))
        #expect(run.output.components(separatedBy: "\r\n").count > 20, "every entity, not the 2 shown")
    }

    @Test func exportRefusesToOverwriteAndSaysWhatIsMissing() throws {
        let scratch = try Scratch()
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: scratch.path + "/taken.csv"))
        let run = try FolioBinary.run([
            "--workspace", "ws", "-c", "export csv first.csv", "-c", "find CSTO", "-c", "export csv taken.csv",
            "-c", "export html", "-c", "export xls out.xls", "-c", "export json taken.csv --force",
        ], in: scratch.path)
        #expect(run.status == 1)
        #expect(run.errors.contains("error: nothing to export yet: run find, list, show, timeline, entities, compare, kwic or notes first"))
        #expect(run.errors.contains("error: taken.csv exists; add --force to overwrite it"))
        #expect(run.errors.contains("error: export html needs a file to write: export html report.html"))
        #expect(run.errors.contains("error: export writes csv, json, md or html, not 'xls'"))
        let replaced = try String(contentsOfFile: scratch.path + "/taken.csv", encoding: .utf8)
        #expect(replaced.hasPrefix("{"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/first.csv"))
    }
}
