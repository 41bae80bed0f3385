import ArgumentParser
import FolioAnalysis
import FolioCore

/// `date ID YYYY-MM-DD`: sets an article's publication date, so that its relative dates resolve.
public struct DateCommand: FolioCommand {
    public static let configuration = CommandConfiguration(
        commandName: "date",
        abstract: "Set an article's publication date; its relative dates resolve against it again.",
        discussion: """
            date 13be2d 2025-05-20
            date @1 2024-11-28
            """)

    @Argument(help: ArgumentHelp("the article: an id prefix, or @N", valueName: "ID|@N"))
    public var article: String
    @Argument(help: ArgumentHelp("its publication date", valueName: "YYYY-MM-DD"))
    public var date: String

    public init() {}

    public static var effect: CommandEffect { .annotates }

    public mutating func validate() throws {
        _ = try reference()
        _ = try ArgumentValue.date(date, option: "date")
    }

    func reference() throws -> ArticleReference {
        try ArticleReference(parsing: CommandTokenizer.unquote(article))
    }

    var publicationDate: PublicationDate? { try? ArgumentValue.date(date, option: "date") }

    public func run(in context: CommandContext) throws -> Message {
        let workspace = context.workspace
        let id = try workspace.resolve(try reference())
        guard let date = publicationDate else { throw CommandError.usage("date: '\(self.date)' is not a date") }
        try workspace.store.setDate(date, of: id)
        let events = EventExtractor().events(for: try workspace.store.article(id).article)
        try workspace.store.replaceEvents(of: id, with: events)
        return Message("\(workspace.shortID(id)) is dated \(date.iso); \(events.count) date expression\(events.count == 1 ? "" : "s") resolved again")
    }

    public func canonical(in printer: CanonicalPrinter) -> String {
        printer.line(Self.self, (try? reference()).map(printer.reference) ?? article, publicationDate?.iso ?? date).description
    }
}
