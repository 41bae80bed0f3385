/// How text output looks: colour or plain, and the width to wrap at.
public struct TextStyle: Hashable, Sendable {
    public var isColored: Bool
    public var width: Int
    /// Output goes to a terminal: charts are drawn. Never true for saved or piped output.
    public var isTerminal: Bool

    /// In plain text, matches are marked with ``TextStyle/markOpen`` and ``TextStyle/markClose`` instead of
    /// brackets, which take the same width, so that a report can mark them without reading the text again.
    public var keepsMarks = false

    /// Output that is piped or saved: no colour, wrapped at 100 columns so it reads well anywhere.
    public static let plain = TextStyle(isColored: false, width: 100)

    /// Plain text as sessions save it, with matches marked by placeholders rather than brackets.
    public static let marked: TextStyle = {
        var style = TextStyle.plain
        style.keepsMarks = true
        return style
    }()

    /// The private-use characters that stand for `[` and `]` in ``TextStyle/marked`` text.
    public static let markOpen: Character = "\u{E000}"
    public static let markClose: Character = "\u{E001}"

    public init(isColored: Bool, width: Int, isTerminal: Bool = false) {
        self.isColored = isColored
        self.width = max(40, width)
        self.isTerminal = isTerminal
    }

    func bold(_ text: String) -> String { paint(text, "1") }
    func dim(_ text: String) -> String { paint(text, "2") }
    func accent(_ text: String) -> String { paint(text, "36") }
    func warning(_ text: String) -> String { paint(text, "31") }

    private func paint(_ text: String, _ code: String) -> String {
        isColored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Replaces the index's highlight markers with bold colour, or with brackets in plain text.
    func highlight(_ text: String) -> String {
        let open = isColored ? "\u{1B}[1;33m" : keepsMarks ? String(Self.markOpen) : "["
        let close = isColored ? "\u{1B}[0m" : keepsMarks ? String(Self.markClose) : "]"
        return text.replacingMarkers(open: open, close: close)
    }
}

extension String {
    func replacingMarkers(open: String, close: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x02: result += open.utf8
            case 0x03: result += close.utf8
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
