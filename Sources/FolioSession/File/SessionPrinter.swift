import FolioCore

/// Prints a session as Markdown that reads well on GitHub; ``SessionParser`` reads it back to the same value.
public enum SessionPrinter {
    public static func print(_ document: SessionDocument) -> String {
        var lines = [
            "# \(document.title)",
            "",
            "- format: folio-session \(SessionDocument.formatVersion)",
            "- folio: \(document.folioVersion)",
            "- saved: \(document.saved)",
            "- corpus: \(document.corpus.articles) articles, fingerprint \(document.corpus.digest)",
            "- next note: \(document.nextNote)",
        ]
        lines += document.corpus.cited.map { "- cites: `\($0.id)` \($0.title)" }
        lines += ["", "---"]
        for cell in document.cells {
            lines.append("")
            switch cell {
            case .comment(let text):
                lines.append(text)
            case .command(let command):
                lines += fenced(command.input, info: "folio") + [""] + fenced(command.output, info: "text")
                if let value = command.value { lines.append(valueLine(value)) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let valueOpening = "<!-- folio-value "
    static let valueClosing = " -->"
    /// `-->` as it is written inside a value; Folio's JSON writes no other `\u003e`, so reading it back is exact.
    static let escapedClosing = "--\\u003e"

    /// The output's value as a Markdown comment, hidden where the file is shown: `-->` inside the JSON is written
    /// `--\u003e`, which JSON reads back the same.
    static func valueLine(_ value: RecordedValue) -> String {
        valueOpening + "\(value.version): " + value.json.replacingOccurrences(of: "-->", with: escapedClosing) + valueClosing
    }

    /// A fenced block whose fence is longer than any run of backticks inside it.
    static func fenced(_ text: String, info: String) -> [String] {
        var longest = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        let body = text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return [fence + info] + body + [fence]
    }
}
