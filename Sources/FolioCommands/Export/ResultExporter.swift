import CSV
import Foundation

/// Writes a result as CSV (RFC 4180, with the CSV library), JSON (the `--json` object, indented) or a
/// Markdown table.
public enum ResultExporter {
    public enum Format: String, Sendable, CaseIterable {
        case csv, json, md

        public var label: String {
            switch self {
            case .csv: return "CSV"
            case .json: return "JSON"
            case .md: return "Markdown"
            }
        }
    }

    /// The exported text with its number of rows, or nil when the result is not one `export` writes.
    public static func text(of outcome: CommandOutcome, as format: Format) throws -> (text: String, rows: Int)? {
        guard let output = outcome.output else { return nil }
        if let document = output as? MarkdownDocument, output.table == nil {
            switch format {
            case .csv: throw CommandError.usage("\(outcome.name) exports as json or md, not csv")
            case .md: return (document.markdown, 1)
            case .json: return (outcome.json(pretty: true) + "\n", 1)
            }
        }
        guard let table = output.table else { return nil }
        switch format {
        case .csv: return (try csv(table), table.rows.count)
        case .md: return (markdown(table), table.rows.count)
        case .json: return (outcome.json(pretty: true) + "\n", table.rows.count)
        }
    }

    /// A header row, then a record per row, CRLF line ends, fields quoted only where they must be.
    static func csv(_ table: ResultTable) throws -> String {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: table.columns)
        for row in table.rows { try writer.write(row: row) }
        writer.stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
        let text = String(decoding: data, as: UTF8.self)
        return text.isEmpty || text.hasSuffix("\r\n") ? text : text + "\r\n"
    }

    /// A caption line, then a pipe table; pipes and line breaks inside cells are escaped.
    static func markdown(_ table: ResultTable) -> String {
        func cell(_ text: String) -> String {
            text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
                .replacingOccurrences(of: "\r\n", with: "<br>").replacingOccurrences(of: "\n", with: "<br>")
        }
        func line(_ cells: [String]) -> String { "| " + cells.map(cell).joined(separator: " | ") + " |" }
        var lines = ["**\(cell(table.caption))**", "", line(table.columns), "|" + table.columns.map { _ in " --- |" }.joined()]
        lines += table.rows.map(line)
        return lines.joined(separator: "\n") + "\n"
    }
}
