/// Word-wraps text to a width, not counting ANSI escapes or highlight markers as visible.
enum TextWrapper {
    static func wrap(_ text: String, width: Int, indent: Int = 0, firstIndent: Int? = nil) -> [String] {
        let words = text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }).map { Substring($0) }
        var lines: [String] = []
        var line = String(repeating: " ", count: firstIndent ?? indent)
        var lineWidth = firstIndent ?? indent
        var lineHasWord = false
        for word in words {
            let wordWidth = visibleWidth(word)
            if lineHasWord, lineWidth + 1 + wordWidth > width {
                lines.append(line)
                line = String(repeating: " ", count: indent)
                lineWidth = indent
                lineHasWord = false
            }
            if lineHasWord {
                line += " "
                lineWidth += 1
            }
            line += word
            lineWidth += wordWidth
            lineHasWord = true
        }
        if lineHasWord { lines.append(line) }
        return lines
    }

    static func visibleWidth(_ text: some StringProtocol) -> Int {
        var width = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if scalar == "m" { inEscape = false }
                continue
            }
            switch scalar {
            case "\u{1B}": inEscape = true
            case "\u{2}", "\u{3}": continue
            default:
                if scalar.isASCII || scalar.properties.generalCategory != .nonspacingMark { width += 1 }
            }
        }
        return width
    }

    static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - visibleWidth(text)))
    }

    static func rightAligned(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }

    static func clipped(_ text: String, _ width: Int) -> String {
        visibleWidth(text) <= width || text.contains("\u{1B}") ? text : String(text.prefix(max(1, width - 1))) + "…"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        String(reversed().drop { $0 == " " }.reversed())
    }
}
