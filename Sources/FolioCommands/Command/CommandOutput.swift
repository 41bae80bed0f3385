import FolioCore

/// What a command produced, as a value that renders itself: as text for a person (coloured on a terminal,
/// plain when piped or saved) and as JSON, by encoding it. Tables also give their rows to `export`.
public protocol CommandOutput: Encodable, Sendable {
    /// The output as lines of text.
    func lines(in style: OutputStyle) -> [String]
    /// The output as printed: by default its lines, each ended by a newline.
    func text(in style: OutputStyle) -> String
    /// Its rows, when `export` can write it as a table.
    var table: ResultTable? { get }
}

extension CommandOutput {
    public func text(in style: OutputStyle) -> String {
        lines(in: style).map { $0 + "\n" }.joined()
    }

    public var table: ResultTable? { nil }
}

/// How text output looks: the text style, and how many hex characters of an id to show.
public struct OutputStyle: Sendable {
    public var text: TextStyle
    public var idLength: Int

    public init(text: TextStyle, idLength: Int) {
        self.text = text
        self.idLength = idLength
    }

    /// Plain text at 100 columns, as sessions save outputs.
    public static func plain(idLength: Int) -> OutputStyle {
        OutputStyle(text: .plain, idLength: idLength)
    }

    func short(_ id: ArticleID) -> String { id.prefix(idLength) }
    var width: Int { text.width }
}
