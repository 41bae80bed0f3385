import FolioCommands

/// How a command's output is saved in a session: plain text at a fixed width, without the final newline.
public enum SessionOutput {
    public static func render(_ outcome: CommandOutcome, idLength: Int) -> String {
        var text = ""
        TextRenderer(style: .plain, idLength: idLength).render(outcome, to: &text)
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}
