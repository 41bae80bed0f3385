import CLibEdit
import Foundation

/// Shows output taller than the terminal through `$PAGER` (by default `less -R`), as git does.
struct Pager {
    /// The shell command that pages, or nil when paging is off (`--no-pager`, `PAGER=cat` or an empty `PAGER`).
    let command: String?

    init(isEnabled: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard isEnabled else {
            command = nil
            return
        }
        let chosen = (environment["PAGER"] ?? "less -R").trimmingCharacters(in: .whitespaces)
        command = chosen.isEmpty || chosen == "cat" ? nil : chosen
    }

    /// Whether `text` needs more rows than the terminal has (keeping one for the prompt).
    func isNeeded(for text: String, rows: Int, columns: Int) -> Bool {
        guard command != nil, rows > 0 else { return false }
        var needed = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            let width = line.unicodeScalars.count
            needed += columns > 0 ? max(1, (width + columns - 1) / columns) : 1
            if needed >= rows { return true }
        }
        return false
    }

    /// Runs the pager with `text` on its standard input and waits for it; false when it could not start,
    /// so that the caller prints the text itself. It runs in Folio's process group, so it can read the keyboard.
    func show(_ text: String) -> Bool {
        guard let command else { return false }
        let bytes = Array(text.utf8)
        let status = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { folio_page(command, $0, buffer.count) }
        }
        return status >= 0 && status != 127
    }

    static var terminalRows: Int { Int(folio_terminal_rows()) }
    static var terminalColumns: Int { Int(folio_terminal_columns()) }
}
