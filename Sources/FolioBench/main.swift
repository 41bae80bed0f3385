import ArgumentParser
import FolioCommands
import FolioSession
import FolioStore
import Foundation
import GRDB

/// folio-bench: Folio against SQLite's own floor, in one run on one machine. Build with -c release.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio-bench",
        abstract: "Measure ingest, reopening, find, timeline, compare, start-up and memory against SQLite's floor.")

    @Option(help: "A JSON Lines corpus to copy (default: ../shared/data/reuters21578.jsonl, or a generated corpus).")
    var corpus: String = "../shared/data/reuters21578.jsonl"
    @Option(help: "How many copies of the corpus to measure; 5 gives about 95,000 Reuters articles.")
    var scale: Int = 1
    @Flag(help: "Print the results as one JSON object.")
    var json = false
    @Option(help: "Keep the corpus and workspaces in this directory instead of a temporary one that is removed.")
    var scratch: String?
    @Flag(help: "Measure only the commands, on the workspace an earlier run left in --scratch.")
    var commandsOnly = false
    @Option(help: "Also ingest the corpus written as N small files, against the same text as one JSON Lines file.")
    var files: Int?

    func run() throws {
        guard scale >= 1 else { throw ValidationError("--scale must be 1 or more") }
        if commandsOnly, self.scratch == nil { throw ValidationError("--commands-only needs the --scratch of an earlier run") }
        let scratch = self.scratch ?? FileManager.default.temporaryDirectory.appendingPathComponent("folio-bench-\(getpid())").path
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { if self.scratch == nil { try? FileManager.default.removeItem(atPath: scratch) } }
        let corpusPath = "\(scratch)/corpus.jsonl"
        let description = commandsOnly ? "\(corpusPath), as an earlier run left it" : try BenchCorpus.make(from: corpus, scale: scale, at: corpusPath)
        let folio = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("folio").path
        guard FileManager.default.isExecutableFile(atPath: folio) else {
            throw ValidationError("the folio executable is not beside folio-bench: build with swift build -c release")
        }
        var report = BenchReport(corpus: description, megabytes: try Self.megabytes(of: corpusPath))
        if !json { print("corpus  \(description), \(String(format: "%.1f", report.megabytes)) MiB") }

        if !commandsOnly { try measureIngest(folio: folio, corpusPath: corpusPath, scratch: scratch, into: &report) }
        if let files, !commandsOnly { try measureFiles(files, folio: folio, corpusPath: corpusPath, scratch: scratch, into: &report) }

        let workspacePath = "\(scratch)/ingest-0"
        // A workspace an earlier Folio left is brought up to date before anything is measured.
        if commandsOnly { _ = try Workspace(directory: workspacePath).open([corpusPath]) }
        let reopen = Sample(try (0..<5).map { _ in
            try Clock.time {
                let workspace = try Workspace(directory: workspacePath)
                try Self.expectNoIngestWork(try workspace.open([corpusPath]))
            }
        })
        report.add("reopen, nothing changed (s)", folio: reopen.median, floor: nil, target: "≤ 0.2", met: reopen.median <= 0.2)
        let prompt = Sample(try (0..<5).map { _ in try ChildProcess.run(folio, ["--workspace", workspacePath, corpusPath], input: "quit\n").seconds })
        report.add("start to first prompt (s)", folio: prompt.median, floor: nil, target: "≤ 0.2", met: prompt.median <= 0.2)

        let workspace = try Workspace(directory: workspacePath)
        _ = try workspace.open([corpusPath])
        let runner = try SessionContext(workspace: workspace, isJournaled: false)
        let direct = try DatabaseQueue(path: "\(workspacePath)/\(Workspace.databaseName)")
        var folioTimes: [Double] = [], directTimes: [Double] = []
        for query in FindQueries.all {
            for _ in 0..<9 {
                folioTimes.append(Self.time(runner, "find \(query.folio)", workspace))
                directTimes.append(try Clock.time { try FindQueries.runDirect(query.fts5, in: direct) })
            }
        }
        let find = Sample(folioTimes), floorFind = Sample(directTimes)
        report.add("find p50 (ms)", folio: find.median * 1000, floor: floorFind.median * 1000, target: "≤ 1.2× floor and ≤ 20",
                   met: find.median <= 1.2 * floorFind.median && find.median <= 0.020)
        report.add("find p95 (ms)", folio: find.p95 * 1000, floor: floorFind.p95 * 1000, target: "", met: nil)
        let timeline = Sample((0..<5).map { _ in Self.time(runner, "timeline Japan --from 1987-01 --to 1987-12", workspace) })
        report.add("timeline Japan (ms)", folio: timeline.median * 1000, floor: nil, target: "≤ 100", met: timeline.median <= 0.1)
        let compare = Sample((0..<5).map { _ in Self.time(runner, "compare Japan Germany", workspace) })
        report.add("compare Japan Germany (ms)", folio: compare.median * 1000, floor: nil, target: "≤ 500", met: compare.median <= 0.5)
        let people = Sample((0..<5).map { _ in Self.time(runner, "compare Reagan Baker", workspace) })
        report.add("compare Reagan Baker (ms)", folio: people.median * 1000, floor: nil, target: "≤ 500", met: people.median <= 0.5)
        let kwic = Sample((0..<5).map { _ in Self.time(runner, "kwic Reagan", workspace) })
        report.add("kwic Reagan (ms)", folio: kwic.median * 1000, floor: nil, target: "", met: nil)
        report.articles = workspace.articleIDs.count
        print(json ? report.json() : report.table())
    }

    /// Folio's ingest against the floor, twice each, and the peak memory of Folio's ingest.
    func measureIngest(folio: String, corpusPath: String, scratch: String, into report: inout BenchReport) throws {
        let floor = try Floor.measure(corpusPath: corpusPath, scratch: scratch, runs: 2)
        var ingestTimes: [Double] = []
        var peak = 0.0
        for run in 0..<2 {
            let workspace = "\(scratch)/ingest-\(run)"
            try? FileManager.default.removeItem(atPath: workspace)
            let result = try ChildProcess.run(folio, ["--workspace", workspace, corpusPath, "-c", "quit"])
            ingestTimes.append(result.seconds)
            peak = max(peak, result.peakMegabytes)
        }
        let ingest = Sample(ingestTimes)
        report.add("ingest (s)", folio: ingest.min, floor: floor.min, target: "≤ 1.5× floor", met: ingest.min <= 1.5 * floor.min)
        report.add("peak RSS while ingesting (MiB)", folio: peak, floor: nil, target: "≤ 300", met: peak <= 300)
    }

    /// The same text as N small files against it as one JSON Lines file, alternating, twice each.
    func measureFiles(_ count: Int, folio: String, corpusPath: String, scratch: String, into report: inout BenchReport) throws {
        let folder = "\(scratch)/files"
        let written = try BenchFiles.write(from: corpusPath, count: count, into: folder)
        var folderTimes: [Double] = [], fileTimes: [Double] = []
        for run in 0..<2 {
            for (path, times) in [(corpusPath, 0), (folder, 1)] {
                let workspace = "\(scratch)/files-\(times)-\(run)"
                try? FileManager.default.removeItem(atPath: workspace)
                let seconds = try ChildProcess.run(folio, ["--workspace", workspace, path, "-c", "quit"]).seconds
                if times == 0 { fileTimes.append(seconds) } else { folderTimes.append(seconds) }
            }
        }
        let one = Sample(fileTimes), many = Sample(folderTimes)
        report.add("ingest as \(written) files (s)", folio: many.min, floor: one.min, target: "≤ 1.5× one JSON Lines file",
                   met: many.min <= 1.5 * one.min)
        let reopen = Sample(try (0..<5).map { _ in
            try Clock.time {
                let workspace = try Workspace(directory: "\(scratch)/files-1-0")
                try Self.expectNoIngestWork(try workspace.open([]))
            }
        })
        report.add("reopen \(written) files, nothing changed (s)", folio: reopen.median, floor: nil, target: "≤ 0.2", met: reopen.median <= 0.2)
    }

    static func expectNoIngestWork(_ opened: LoadReport) throws {
        guard opened.didNoIngestWork else { throw ValidationError("a re-open with nothing changed did ingest work") }
    }

    /// Runs one command as the shell does, rendering its text, and returns the seconds it took.
    static func time(_ runner: SessionContext, _ line: String, _ workspace: Workspace) -> Double {
        Clock.time {
            for step in runner.perform(line) {
                precondition(!step.outcome.isFailure, "\(line) failed")
                _ = step.outcome.text(in: .plain(idLength: workspace.displayLength))
            }
        }
    }

    static func megabytes(of path: String) throws -> Double {
        ((try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.doubleValue ?? 0) / 1_048_576
    }
}

Bench.main()
