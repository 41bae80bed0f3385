/// One step of a session: the analyst's prose, or a command with the output it printed and its value.
public enum SessionCell: Hashable, Sendable {
    case comment(String)
    case command(CommandCell)

    /// The command cells of a list, in order.
    public static func commands(in cells: [SessionCell]) -> [CommandCell] {
        cells.compactMap { cell in
            if case .command(let command) = cell { return command }
            return nil
        }
    }
}

/// A command as a session keeps it: the line in canonical form, its plain-text output (`error: …` lines
/// included), and its output value as JSON, absent in sessions saved before values were kept.
public struct CommandCell: Hashable, Sendable {
    public var input: String
    public var output: String
    public var value: RecordedValue?

    public init(input: String, output: String, value: RecordedValue? = nil) {
        self.input = input
        self.output = output
        self.value = value
    }
}

/// A command's output value as JSON: the object `--json` prints, with the version of those shapes.
public struct RecordedValue: Hashable, Sendable {
    /// The version of the JSON shapes this Folio writes; a value of another version is not read.
    public static let currentVersion = 1

    public var version: Int
    public var json: String

    public init(version: Int = RecordedValue.currentVersion, json: String) {
        self.version = version
        self.json = json
    }
}
