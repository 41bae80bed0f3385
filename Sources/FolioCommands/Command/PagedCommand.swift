/// A command whose output is the first page of a longer result, such as `find`'s ten hits of twenty-three:
/// `export` runs it again for every row, or for as many as its `--limit` says.
public protocol PagedCommand: FolioCommand {
    /// How many rows the command shows.
    var limit: Int { get set }
}

extension PagedCommand {
    /// The same command, showing at most `limit` rows, or all when nil.
    public func showing(_ limit: Int?) -> Self {
        var command = self
        command.limit = limit ?? Int(Int32.max)
        return command
    }
}

/// An output that exports as a Markdown document of its own rather than a table, such as an article.
public protocol MarkdownDocument {
    var markdown: String { get }
}
