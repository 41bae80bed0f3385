import FolioCore

/// Reads a session file. Every problem is a ``SessionFormatError`` with its line and column.
public struct SessionParser {
    let path: String
    let lines: [String]
    var index = 0

    public static func parse(_ text: String, path: String) throws -> SessionDocument {
        var parser = SessionParser(path: path, text: text)
        return try parser.parseDocument()
    }

    init(path: String, text: String) {
        self.path = path
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        self.lines = lines.map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
    }

    mutating func parseDocument() throws -> SessionDocument {
        guard let first = lines.first, first.hasPrefix("# ") else {
            throw error("a session file starts with '# Title'", line: 1)
        }
        let title = String(first.dropFirst(2))
        index = 1
        skipBlank()
        var fields: [(key: String, value: String, line: Int)] = []
        while index < lines.count, lines[index].hasPrefix("- ") {
            let line = lines[index]
            guard let colon = line.firstIndex(of: ":") else {
                throw error("a header line reads '- key: value'", line: index + 1, column: 3)
            }
            fields.append((String(line[line.index(line.startIndex, offsetBy: 2)..<colon]), String(line[line.index(after: colon)...]).trimmingWhitespace(), index + 1))
            index += 1
        }
        guard let format = fields.first(where: { $0.key == "format" }) else {
            throw error("the header has no '- format: folio-session 1' line", line: index + 1)
        }
        guard format.value.hasPrefix("folio-session "), let version = Int(format.value.dropFirst("folio-session ".count)) else {
            throw error("the format line reads '- format: folio-session 1'", line: format.line, column: 11)
        }
        guard (1...SessionDocument.formatVersion).contains(version) else {
            throw error(
                "session format \(version) is not supported; this Folio reads formats 1 to \(SessionDocument.formatVersion)",
                line: format.line, column: 26)
        }
        func field(_ key: String) throws -> (value: String, line: Int) {
            guard let found = fields.first(where: { $0.key == key }) else {
                throw error("the header has no '- \(key):' line", line: index + 1)
            }
            return (found.value, found.line)
        }
        let corpus = try field("corpus")
        let corpusParts = corpus.value.split(separator: " ")
        guard corpusParts.count == 4, let count = Int(corpusParts[0]), corpusParts[1] == "articles,", corpusParts[2] == "fingerprint" else {
            throw error("the corpus line reads '- corpus: N articles, fingerprint HEX'", line: corpus.line, column: 11)
        }
        let nextNote = try field("next note")
        guard let next = Int(nextNote.value), next >= 1 else {
            throw error("'next note' is a number from 1", line: nextNote.line, column: 14)
        }
        var cited: [CitedArticle] = []
        for entry in fields where entry.key == "cites" {
            let parts = entry.value.split(separator: "`", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].isEmpty else {
                throw error("a cites line reads '- cites: `id` Title'", line: entry.line, column: 10)
            }
            cited.append(CitedArticle(id: String(parts[1]), title: String(parts[2]).trimmingWhitespace()))
        }
        skipBlank()
        guard index < lines.count, lines[index] == "---" else {
            throw error("the header ends with a line '---'", line: index + 1)
        }
        index += 1
        let (cells, cellLines) = try parseCells()
        var document = SessionDocument(
            formatVersion: version, title: title, folioVersion: try field("folio").value, saved: try field("saved").value,
            corpus: CorpusFingerprint(articles: count, digest: String(corpusParts[3]), cited: cited), nextNote: next, cells: cells)
        document.cellLines = cellLines
        return document
    }

    mutating func parseCells() throws -> (cells: [SessionCell], lines: [Int]) {
        var cells: [SessionCell] = []
        var starts: [Int] = []
        while true {
            skipBlank()
            guard index < lines.count else { return (cells, starts) }
            let line = lines[index]
            starts.append(line.hasPrefix("```") ? index + 2 : index + 1)
            if line.hasPrefix("```") {
                let (info, input, start) = try fencedBlock()
                guard info == "folio" else {
                    throw error("expected a ```folio block holding a command, found ```\(info)", line: start, column: 1)
                }
                guard input.count == 1 else {
                    throw error("a ```folio block holds exactly one command line", line: start, column: 1)
                }
                skipBlank()
                guard index < lines.count, lines[index].hasPrefix("```") else {
                    throw error("the command's output block (```text) is missing", line: min(index + 1, lines.count), column: 1)
                }
                let (outputInfo, output, outputStart) = try fencedBlock()
                guard outputInfo == "text" else {
                    throw error("expected the ```text output block, found ```\(outputInfo)", line: outputStart, column: 1)
                }
                cells.append(.command(CommandCell(input: input[0], output: output.joined(separator: "\n"), value: try recordedValue())))
            } else {
                var paragraph: [String] = []
                while index < lines.count, !lines[index].isBlank, !lines[index].hasPrefix("```") {
                    paragraph.append(lines[index])
                    index += 1
                }
                cells.append(.comment(paragraph.joined(separator: "\n")))
            }
        }
    }

    /// The value line after an output block, `<!-- folio-value 1: {…} -->`, when there is one.
    mutating func recordedValue() throws -> RecordedValue? {
        skipBlank()
        guard index < lines.count, lines[index].hasPrefix(SessionPrinter.valueOpening) else { return nil }
        let line = lines[index]
        let rest = line.dropFirst(SessionPrinter.valueOpening.count)
        guard let colon = rest.firstIndex(of: ":"), let version = Int(rest[..<colon]), line.hasSuffix(SessionPrinter.valueClosing) else {
            throw error("a value line reads '\(SessionPrinter.valueOpening)1: {…}\(SessionPrinter.valueClosing)'", line: index + 1, column: 1)
        }
        index += 1
        let json = rest[rest.index(after: colon)...].dropLast(SessionPrinter.valueClosing.count).trimmingWhitespace()
        return RecordedValue(version: version, json: json.replacingOccurrences(of: SessionPrinter.escapedClosing, with: "-->"))
    }

    /// Reads a fenced block at `index`: its info string, its lines, and the line it starts on.
    mutating func fencedBlock() throws -> (info: String, lines: [String], start: Int) {
        let opening = lines[index]
        let fence = String(opening.prefix { $0 == "`" })
        let info = String(opening.dropFirst(fence.count))
        let start = index + 1
        index += 1
        var body: [String] = []
        while index < lines.count, lines[index] != fence {
            body.append(lines[index])
            index += 1
        }
        guard index < lines.count else {
            throw error("this block is never closed with \(fence)", line: start, column: 1)
        }
        index += 1
        return (info, body, start)
    }

    mutating func skipBlank() {
        while index < lines.count, lines[index].isBlank { index += 1 }
    }

    func error(_ message: String, line: Int, column: Int = 1) -> SessionFormatError {
        let text = line - 1 < lines.count && line >= 1 ? lines[line - 1] : ""
        return SessionFormatError(path: path, line: line, column: column, message: message, sourceLine: text)
    }
}
