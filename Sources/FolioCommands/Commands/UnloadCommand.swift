import ArgumentParser
import FolioCore
import FolioIngest
import FolioStore
import Foundation

/// `unload PATH|ID…`: removes sources, files or articles from the workspace; their notes are kept.
public struct UnloadCommand: FolioCommand {
    public static let configuration = CommandConfiguration(
        commandName: "unload",
        abstract: "Remove sources, files or articles from the workspace; notes on them are kept, and come back when the text does.",
        discussion: """
            unload feeds/old-feed.rss
            unload 13be2d
            unload --missing
            unload saved-pages/ --yes
            """)

    @Flag(help: ArgumentHelp("do not ask first, on a terminal", discussion: "unload saved-pages/ --yes"))
    public var yes = false
    @Flag(help: ArgumentHelp("unload the files that are no longer where they were", discussion: "unload --missing"))
    public var missing = false
    @Argument(help: ArgumentHelp("recorded sources, their files, or article ids", valueName: "PATH|ID ..."))
    public var targets: [String] = []

    public init() {}

    public static var effect: CommandEffect { .changesLibrary }

    public mutating func validate() throws {
        guard !targets.isEmpty || missing else { throw ValidationError("unload needs a source, a file or an article: unload feeds/old.rss") }
    }

    /// What the targets name, resolved against the workspace.
    struct Plan {
        var sources: [String] = []
        var files: [String] = []
        /// Files inside a folder that stays a source: left out of its scans from now on.
        var filesOfFolders: [String] = []
        var articles: [ArticleID] = []
        var names: [String] = []
    }

    func plan(in context: CommandContext) throws -> Plan {
        let store = context.workspace.store
        let scanner = CorpusScanner(currentDirectory: context.currentDirectory)
        let sources = try store.sources()
        let stored = try store.storedFiles()
        var plan = Plan()
        for target in targets.map(CommandTokenizer.unquote) {
            let path = scanner.absolutePath(target)
            if let source = sources.first(where: { $0.path == path || $0.displayName == target }) {
                plan.sources.append(source.path)
                plan.files += stored.values.filter { $0.source == source.path }.map(\.path).sorted()
                plan.names.append(source.displayName)
            } else if let file = stored[path] ?? stored.values.first(where: { $0.displayName == target }) {
                plan.files.append(file.path)
                if file.source != file.path { plan.filesOfFolders.append(file.path) }
                plan.names.append(file.displayName)
            } else if ArticleID.isPlausiblePrefix(target) || target.hasPrefix("@"), let id = try? context.workspace.resolve(try ArticleReference(parsing: target)) {
                plan.articles.append(id)
                plan.names.append(context.workspace.shortID(id))
            } else {
                throw CommandError.usage("unload: '\(target)' is not a source, a file of one, or an article; sources lists them")
            }
        }
        if missing {
            let present = Set(try context.workspace.scan().files.map(\.path))
            for file in stored.values.sorted(by: { $0.displayName < $1.displayName }) where !present.contains(file.path) {
                plan.files.append(file.path)
                plan.names.append(file.displayName)
            }
            let gone = sources.filter { $0.kind != .bundled && !FileManager.default.fileExists(atPath: $0.path) }
            plan.sources += gone.map(\.path)
        }
        return plan
    }

    public func run(in context: CommandContext) throws -> Output {
        let plan = try plan(in: context)
        let effect = try context.workspace.store.unloadEffect(ofFiles: plan.files, articles: plan.articles)
        let summary = Summary(names: plan.names, articles: effect.articles, notes: effect.notes)
        if context.asksBeforeRemoving, !yes, effect.articles > 0 {
            return .question(summary, confirmed: canonical(in: .verbatim) + " --yes")
        }
        try context.workspace.unload(sources: plan.sources, files: plan.files, filesOfFolders: plan.filesOfFolders, articles: plan.articles)
        return .unloaded(summary)
    }

    public func canonical(in printer: CanonicalPrinter) -> String {
        (["unload"] + targets + (missing ? ["--missing"] : []) + (yes ? ["--yes"] : [])).joined(separator: " ")
    }

    /// What an unload takes away.
    public struct Summary: Hashable, Sendable, Codable {
        public var names: [String]
        public var articles: Int
        public var notes: Int

        var text: String {
            let what = names.count <= 3 ? names.joined(separator: ", ") : "\(names.prefix(3).joined(separator: ", ")) and \(names.count - 3) more"
            var line = "\(what.isEmpty ? "nothing" : what): \(articles) article\(articles == 1 ? "" : "s")"
            if notes > 0 { line += "; \(notes) note\(notes == 1 ? "" : "s") on them stay, listed by notes --orphans" }
            return line
        }
    }

    /// What was unloaded, or the question to ask before.
    public enum Output: CommandOutput, ConfirmationRequest, Codable {
        case unloaded(Summary)
        /// On a terminal without `--yes`: the question, and the line to run when the answer is yes.
        case question(Summary, confirmed: String)

        public var question: String? {
            if case .question(let summary, _) = self { return "unload \(summary.text)? [y/N] " }
            return nil
        }

        public var confirmedLine: String? {
            if case .question(_, let line) = self { return line }
            return nil
        }

        public func lines(in output: OutputStyle) -> [String] {
            switch self {
            case .unloaded(let summary): return TextWrapper.wrap("unloaded " + summary.text, width: output.width)
            case .question(let summary, _): return TextWrapper.wrap("would unload " + summary.text + "; add --yes", width: output.width)
            }
        }

        private enum Key: String, CodingKey { case action, unloaded, articles, notes, confirm }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            let summary = Summary(
                names: try container.decode([String].self, forKey: .unloaded), articles: try container.decode(Int.self, forKey: .articles),
                notes: try container.decode(Int.self, forKey: .notes))
            if let line = try container.decodeIfPresent(String.self, forKey: .confirm) {
                self = .question(summary, confirmed: line)
            } else {
                self = .unloaded(summary)
            }
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            let summary: Summary
            switch self {
            case .unloaded(let unloaded):
                summary = unloaded
                try container.encode("unloaded", forKey: .action)
            case .question(let asked, let line):
                summary = asked
                try container.encode("asked", forKey: .action)
                try container.encode(line, forKey: .confirm)
            }
            try container.encode(summary.names, forKey: .unloaded)
            try container.encode(summary.articles, forKey: .articles)
            try container.encode(summary.notes, forKey: .notes)
        }
    }
}

/// An output that asks before its command changes anything: the shell puts the question and, on yes, runs the line.
public protocol ConfirmationRequest {
    var question: String? { get }
    var confirmedLine: String? { get }
}
