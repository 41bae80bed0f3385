import ArgumentParser
import FolioCore
import FolioIngest

/// `load PATH…`: adds files or folders to the workspace and reads them.
public struct LoadCommand: FolioCommand {
    public static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Add files or folders to the workspace and read them; a folder's new files are read whenever the workspace opens.",
        discussion: """
            load feeds/
            load saved-pages/ exports/headlines.csv
            load news.csv --map body=short_description,title=headline
            """)

    @Option(help: ArgumentHelp(
        "the columns that hold each field, by header or by 1-based position (then the file has no header row)",
        discussion: "load news.csv --map body=Combined_Text,date=published", valueName: "FIELD=COLUMN,…"))
    public var map: String?
    @Argument(help: ArgumentHelp("files or folders; folders are read recursively", valueName: "PATH ..."))
    public var paths: [String] = []

    public init() {}

    public static var effect: CommandEffect { .changesLibrary }

    public mutating func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("load needs a file or a folder: load feeds/") }
        do {
            _ = try map.map { try FieldMapping(parsing: CommandTokenizer.unquote($0)) }
        } catch {
            throw ValidationError(String(describing: error))
        }
    }

    var mapping: FieldMapping? { try? map.map { try FieldMapping(parsing: CommandTokenizer.unquote($0)) } }
    var files: [String] { paths.map(CommandTokenizer.unquote) }

    public func run(in context: CommandContext) throws -> Output {
        let report = try context.workspace.load(
            files, mapping: mapping, currentDirectory: context.currentDirectory, now: NoteCommand.timestamp(context.now()),
            progress: context.progress)
        return Output(report: report)
    }

    public func canonical(in printer: CanonicalPrinter) -> String {
        (["load"] + files.map { $0.contains(" ") ? CanonicalPrinter.quoted($0) : $0 } + (mapping.map { ["--map", $0.description] } ?? []))
            .joined(separator: " ")
    }

    /// What the load read, passed over, merged and found missing.
    public struct Output: CommandOutput, Codable {
        public var filesRead: Int
        public var articles: Int
        public var unchanged: Int
        public var skipped: [String: Int]
        public var skippedSummary: String?
        public var merged: Int
        public var missing: [Missing]
        public var missingSummary: String?
        public var warnings: [String]

        public struct Missing: Hashable, Sendable, Codable {
            public var file: String
            public var articles: Int
        }

        init(report: LoadReport) {
            filesRead = report.filesIngested.count
            articles = report.articlesRead
            unchanged = report.filesUnchanged.count + report.filesTouched.count
            skipped = Dictionary(uniqueKeysWithValues: report.skipped.map { ($0.key.rawValue, $0.value) })
            skippedSummary = report.skippedSummary
            merged = report.excerptsMerged
            missing = report.missingFiles.map { Missing(file: $0.file, articles: $0.articles) }
            missingSummary = report.missingSummary
            warnings = report.warnings.map(\.description)
        }

        public func lines(in output: OutputStyle) -> [String] {
            var text = "read \(filesRead) file\(filesRead == 1 ? "" : "s"): \(articles) article\(articles == 1 ? "" : "s")"
            if merged > 0 { text += " (\(merged) excerpt\(merged == 1 ? "" : "s") merged into the full article\(merged == 1 ? "" : "s"))" }
            if unchanged > 0 { text += "; \(unchanged) unchanged" }
            var lines = TextWrapper.wrap(text, width: output.width)
            for note in [skippedSummary, missingSummary].compactMap({ $0 }) { lines += TextWrapper.wrap(note, width: output.width) }
            for warning in warnings.prefix(5) { lines += TextWrapper.wrap(output.text.dim("warning: " + warning), width: output.width, indent: 2, firstIndent: 0) }
            if warnings.count > 5 {
                lines.append(output.text.dim("and \(warnings.count - 5) more warnings; sources --warnings lists them"))
            }
            return lines
        }
    }
}
