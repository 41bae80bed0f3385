import ArgumentParser
import FolioCore

/// `alias NAME = OTHER`: counts a name as another entity from now on; alone, lists the aliases.
public struct AliasCommand: FolioCommand {
    public static let configuration = CommandConfiguration(
        commandName: "alias",
        abstract: "Count NAME as the entity OTHER from now on (kept in the workspace); alone, list the aliases.",
        usage: "alias [NAME = OTHER]",
        discussion: """
            alias Tasmagambetov = Imangali Tasmagambetov
            alias
            """)

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("the name, =, and the entity it stands for", valueName: "[ENTITY = ENTITY]"))
    public var words: [String] = []

    public init() {}

    public static var effect: CommandEffect { .annotates }

    public mutating func validate() throws {
        _ = try names()
    }

    /// `alias Kazakh government = Government of Kazakhstan`; nil for `alias` alone.
    func names() throws -> (name: String, target: String)? {
        guard !words.isEmpty else { return nil }
        let parts = words.joined(separator: " ").split(separator: "=", maxSplits: 1).map { CommandTokenizer.unquote(String($0).trimmingWhitespace()) }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw ValidationError("alias takes NAME = OTHER, such as alias Tasmagambetov = Imangali Tasmagambetov")
        }
        guard parts[0].lowercased() != parts[1].lowercased() else { throw ValidationError("alias: a name cannot stand for itself") }
        return (parts[0], parts[1])
    }

    public func run(in context: CommandContext) throws -> Output {
        let workspace = context.workspace
        guard let (name, target) = try names() else {
            return .list(try workspace.store.aliases().map { Output.Pair(name: $0.name, target: $0.target) })
        }
        guard let entity = try workspace.entityName(matching: target) else {
            throw CommandError.usage("alias: no entity is called '\(target)'; entities lists them")
        }
        let source = try workspace.store.isAutomaticAlias(name) ? name : try workspace.entityName(matching: name, bySurname: false) ?? name
        guard source != entity else { throw CommandError.usage("alias: '\(name)' already counts as \(entity)") }
        try workspace.setAlias(source, to: entity)
        return .set(Message("\(source) now counts as \(entity)"))
    }

    public func canonical(in printer: CanonicalPrinter) -> String {
        guard let (name, target) = (try? names()) ?? nil else { return "alias" }
        return "alias \(name) = \(target)"
    }

    /// The aliases, or the confirmation of a new one.
    public enum Output: CommandOutput, Codable {
        case list([Pair])
        case set(Message)

        /// A name the analyst made count as another entity.
        public struct Pair: Hashable, Sendable, Codable {
            public var name: String
            public var target: String
        }

        public func lines(in output: OutputStyle) -> [String] {
            switch self {
            case .set(let message): return message.lines(in: output)
            case .list(let aliases):
                guard !aliases.isEmpty else { return [output.text.dim("no aliases; alias NAME = OTHER makes one")] }
                return aliases.map { "\($0.name) = \(output.text.bold($0.target))" }
            }
        }

        private enum Key: String, CodingKey { case aliases, message }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            if let message = try container.decodeIfPresent(String.self, forKey: .message) {
                self = .set(Message(message))
            } else {
                self = .list(try container.decode([Pair].self, forKey: .aliases))
            }
        }

        public func encode(to encoder: Encoder) throws {
            switch self {
            case .set(let message): try message.encode(to: encoder)
            case .list(let aliases):
                var container = encoder.container(keyedBy: Key.self)
                try container.encode(aliases, forKey: .aliases)
            }
        }
    }
}
