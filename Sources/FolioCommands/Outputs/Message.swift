/// A confirmation in words, such as `saved Sessions/border.md: 6 commands, 2 comments`.
public struct Message: CommandOutput, Codable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public func lines(in output: OutputStyle) -> [String] {
        TextWrapper.wrap(message, width: output.width)
    }
}
