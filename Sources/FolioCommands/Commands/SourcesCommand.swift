import ArgumentParser
import FolioCore
import FolioStore

/// `sources`: the paths the workspace was given, with what each holds.
public struct SourcesCommand: FolioCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the files and folders the workspace holds: format, articles, excerpts, last load and warnings.",
        discussion: """
            sources
            sources --warnings
            """)

    @Flag(help: ArgumentHelp("list the warnings the files raised when they were last read", discussion: "sources --warnings"))
    public var warnings = false

    public init() {}

    /// The sources are the workspace's, named by paths that differ from machine to machine: a session does not keep them.
    public static var isRecorded: Bool { false }

    public func run(in context: CommandContext) throws -> Output {
        let store = context.workspace.store
        let sources = try store.sourceSummaries().map { summary in
            Output.Source(
                path: summary.source.displayName, kind: summary.source.kind.rawValue, formats: summary.formats, files: summary.files,
                articles: summary.articles, excerpts: summary.excerpts, loaded: summary.source.loaded.flatMap { $0.isEmpty ? nil : $0 },
                warnings: summary.warnings)
        }
        return Output(sources: sources, warnings: warnings ? try store.loadWarnings().map(\.description) : nil)
    }

    public func canonical(in printer: CanonicalPrinter) -> String {
        printer.line(Self.self).flag("--warnings", warnings).description
    }

    /// The sources, and with `--warnings` their warnings.
    public struct Output: CommandOutput, Codable {
        public struct Source: Hashable, Sendable, Codable {
            public var path: String
            /// `file`, `folder` or `bundled`.
            public var kind: String
            public var formats: [String]
            public var files: Int
            public var articles: Int
            public var excerpts: Int
            /// When it was last read, in UTC.
            public var loaded: String?
            public var warnings: Int
        }

        public var sources: [Source]
        public var warnings: [String]?

        public func lines(in output: OutputStyle) -> [String] {
            let style = output.text
            guard !sources.isEmpty else { return [style.dim("no sources; load PATH adds one")] }
            var lines: [String] = []
            for source in sources {
                lines.append(style.bold(source.path) + style.dim("  \(source.kind)"))
                var facts = ["\(source.articles) article\(source.articles == 1 ? "" : "s")"]
                if source.excerpts > 0 { facts.append("\(source.excerpts) excerpt\(source.excerpts == 1 ? "" : "s")") }
                if source.kind == "folder" { facts.append("\(source.files) file\(source.files == 1 ? "" : "s")") }
                if !source.formats.isEmpty { facts.append(source.formats.joined(separator: ", ")) }
                facts.append(source.loaded.map { "loaded \($0)" } ?? "not loaded")
                if source.warnings > 0 { facts.append("\(source.warnings) warning\(source.warnings == 1 ? "" : "s")") }
                lines += TextWrapper.wrap(facts.joined(separator: " · "), width: style.width, indent: 2)
            }
            if let warnings {
                lines += ["", style.bold(warnings.isEmpty ? "no warnings" : "Warnings")] + warnings.flatMap { TextWrapper.wrap($0, width: style.width, indent: 4, firstIndent: 2) }
            }
            return lines
        }
    }
}
