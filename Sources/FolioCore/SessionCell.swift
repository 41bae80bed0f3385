/// One step of a session: the analyst's prose, or a command with the output it printed.
public enum SessionCell: Hashable, Sendable {
    case comment(String)
    /// `output` is the plain-text rendering, `error: …` lines included.
    case command(input: String, output: String)
}
