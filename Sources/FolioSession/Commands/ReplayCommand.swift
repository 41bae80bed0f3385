import ArgumentParser
import FolioCommands
import FolioCore

/// `replay NAME`: runs a saved session's commands again against the current corpus, in this session.
public struct ReplayCommand: FolioCommand {
    public static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Run a saved session's commands again against the current corpus, and apply its notes again.",
        discussion: """
            replay tajik-border
            replay Sessions/tajik-border.md
            """)

    @Flag(help: ArgumentHelp(
        "also run the session's load, unload and export commands, which a replay lists and skips otherwise",
        discussion: "replay colleague-session --allow-changes"))
    public var allowChanges = false
    @Argument(help: ArgumentHelp("the session's name in Sessions/, or a path", valueName: "NAME|PATH"))
    public var session: String

    public init() {}

    public static var isRecorded: Bool { false }

    public func run(in context: SessionContext) throws -> Output {
        let path = SessionFile.path(for: CommandTokenizer.unquote(session), in: context.sessionsDirectory)
        let document = try SessionFile.read(context.absolute(path), shownAs: path)
        let cells = try context.replay(document, mode: .session, allowsChanges: allowChanges)
        var steps = cells.map { cell -> SessionStep in
            switch cell {
            case .comment(let text):
                return SessionStep(outcome: CommandOutcome(name: "comment", result: .success(Message("# " + text))))
            case .command(let line, _, let outcome):
                return SessionStep(echo: line, outcome: outcome)
            case .skipped(let saved, _, let reason):
                return SessionStep(echo: saved.input, outcome: CommandOutcome(name: "replay", result: .success(Message("skipped: \(reason.text)"))))
            }
        }
        if let summary = Self.summary(of: cells, name: CommandTokenizer.unquote(session), registry: context.registry) {
            steps.append(SessionStep(outcome: CommandOutcome(name: "replay", result: .success(Message(summary)))))
        }
        return Output(steps: steps)
    }

    public func canonical(in printer: CanonicalPrinter) -> String {
        "replay " + CanonicalPrinter.quoted(CommandTokenizer.unquote(session)) + (allowChanges ? " --allow-changes" : "")
    }

    /// What the replay applied of the session's reasoning (notes, aliases, dates) and what it skipped, by line.
    static func summary(of cells: [SessionContext.ReplayedCell], name: String, registry: CommandRegistry) -> String? {
        var applied: [String: Int] = [:]
        var skipped: [String] = []
        for cell in cells {
            switch cell {
            case .command(_, let saved, let outcome) where !outcome.isFailure:
                guard let type = registry.command(named: outcome.name), type.effect == .annotates else { continue }
                if let note = outcome.output as? NoteCommand.Output, note.kind == .existing { continue }
                applied[type.name, default: 0] += 1
                _ = saved
            case .skipped(let saved, let line, let reason) where reason != .neverRecorded:
                skipped.append((line.map { "line \($0): " } ?? "") + saved.input)
            default:
                continue
            }
        }
        var parts: [String] = []
        if !applied.isEmpty {
            let names = ["note": ("note", "notes"), "alias": ("alias", "aliases"), "date": ("date", "dates")]
            parts.append("applied from the session: " + applied.keys.sorted().map { key in
                let count = applied[key]!
                let (one, many) = names[key] ?? (key, key + "s")
                return "\(count) \(count == 1 ? one : many)"
            }.joined(separator: ", "))
        }
        if !skipped.isEmpty {
            parts.append("skipped \(skipped.count) command\(skipped.count == 1 ? "" : "s") that change the library or write files "
                + "(replay \(name) --allow-changes runs them): " + skipped.joined(separator: "; "))
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// The replayed commands, each printed as it ran.
    public struct Output: ComposedOutput {
        public var steps: [SessionStep]

        public func lines(in output: OutputStyle) -> [String] {
            steps.flatMap { step in
                (step.echo.map { ["folio> " + $0] } ?? []) + step.outcome.text(in: output).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
            }
        }

        private enum Key: String, CodingKey { case steps }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(steps.map { $0.outcome.json() }, forKey: .steps)
        }
    }
}
