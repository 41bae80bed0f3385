import ArgumentParser
import FolioCommands
import FolioCore

/// `comment TEXT`, or a line starting with `#`: prose for the session, saved as a paragraph.
public struct CommentCommand: FolioCommand {
    public static let configuration = CommandConfiguration(
        commandName: "comment",
        abstract: "Write prose into the session: it is saved as a paragraph between the commands.",
        usage: "comment TEXT  (or a line starting with #)",
        discussion: """
            comment The CSTO treats the border as its southern flank.
            # Two programmes, 2025 and 2026
            """)

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("the prose", valueName: "TEXT"))
    public var words: [String] = []

    public init() {}

    public static var isRecorded: Bool { false }

    /// A comment's text is prose, never options, so the whole line is the command's.
    public static func claims(_ line: String) -> Bool {
        line.hasPrefix("#") || line.prefix { !$0.isWhitespace }.lowercased() == name
    }

    /// The text as typed after `comment` or the `#`s, white space and all.
    public static func make(line: String, arguments: [String]) throws -> CommentCommand? {
        let text: String
        if line.hasPrefix("#") {
            text = line.drop { $0 == "#" }.trimmingWhitespace()
            guard !text.isEmpty else { return nil }
        } else {
            text = line.drop { !$0.isWhitespace }.trimmingWhitespace()
            guard !text.isEmpty else { throw CommandError.usage("comment needs its text: comment The CSTO frames the border as its own") }
        }
        var comment = CommentCommand()
        comment.words = [text]
        return comment
    }

    var text: String { words.joined(separator: " ") }

    public func run(in context: SessionContext) throws -> Output {
        context.record(.comment(text))
        return Output()
    }

    public func canonical(in printer: CanonicalPrinter) -> String { "comment " + text }

    /// Nothing to show: the comment is in the journal.
    public struct Output: CommandOutput, Codable {
        public func lines(in output: OutputStyle) -> [String] { [] }
    }
}
