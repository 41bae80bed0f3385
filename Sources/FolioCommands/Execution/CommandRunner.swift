import FolioCore
import FolioStore

/// Runs commands against a workspace and returns their results as values.
public struct CommandRunner {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// Parses and runs one line; nil for a blank line. Every failure becomes a ``CommandFailure``.
    public func run(line: String) -> CommandOutcome? {
        let command: Command
        do {
            guard let parsed = try CommandParser.parse(line) else { return nil }
            command = parsed
        } catch {
            let name = CommandTokenizer.tokenize(line).first?.lowercased() ?? ""
            return CommandOutcome(command: name, result: .failure(CommandFailure(error)))
        }
        return CommandOutcome(command: command.name, result: Result { try run(command) }.mapError(CommandFailure.init))
    }

    public func run(_ command: Command) throws -> CommandResult {
        switch command {
        case .find(let request):
            let results = try workspace.store.search(
                request.query, in: request.column, since: request.since, until: request.until, limit: request.limit)
            workspace.lastResults = results.hits.map(\.id)
            return .search(request, results)
        case .show(let reference):
            return .article(try workspace.store.article(workspace.resolve(reference)))
        case .stats:
            return .statistics(try workspace.store.statistics())
        case .rates:
            return .rates(try workspace.store.rates())
        case .help(let topic):
            guard let topic else { return .help(nil) }
            guard let info = CommandCatalog.info(topic) else {
                throw CommandError.unknownCommand(topic, suggestion: EditDistance.nearest(to: topic, in: CommandCatalog.names))
            }
            return .help(info)
        case .quit:
            return .quit
        }
    }
}
