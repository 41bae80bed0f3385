import FolioCommands
import FolioIngest
import FolioStore
import Foundation

// folio-bench: measures ingest, re-open and find on a large JSON Lines corpus, against the sqlite3 CLI
// loading the same text into a bare FTS5 table in the same run. Build with -c release.

let arguments = CommandLine.arguments.dropFirst()
let corpusPath = arguments.first ?? "../shared/data/reuters21578.jsonl"
guard FileManager.default.fileExists(atPath: corpusPath) else {
    print("folio-bench: \(corpusPath) is not here, so there is nothing to measure.")
    print("usage: folio-bench [CORPUS.jsonl]   (the Reuters-21578 file in ../shared/data by default)")
    exit(0)
}

let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("folio-bench-\(getpid())").path
try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: scratch) }

let corpusBytes = (try FileManager.default.attributesOfItem(atPath: corpusPath)[.size] as? NSNumber)?.doubleValue ?? 0
let megabytes = corpusBytes / 1_048_576
print("corpus: \(corpusPath), \(String(format: "%.1f", megabytes)) MiB")

let floor = try Floor.measure(corpusPath: corpusPath, scratch: scratch, runs: 3)
print(String(format: "floor   sqlite3 CLI into a bare FTS5 table: best %.2f s, median %.2f s", floor.min, floor.median))

var parsed = ParsedSource(format: .jsonLines)
let parseSeconds = try Clock.time {
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: corpusPath)))
    parsed = SourceReader.parse(bytes, file: corpusPath, fileExtension: "jsonl")
    precondition(!parsed.articles.isEmpty)
}
let storeSeconds = try Clock.time {
    let store = try CorpusStore(path: "\(scratch)/store-only.sqlite")
    try store.replaceFile(
        StoredFile(path: corpusPath, displayName: corpusPath, size: 0, modified: 0, hash: "", format: "jsonl", coverage: nil),
        articles: parsed.articles, rates: [])
}
print(String(format: "parts   reading and parsing: %.2f s; storing and indexing: %.2f s", parseSeconds, storeSeconds))

var ingestTimes: [Double] = []
var articleCount = 0
for run in 0..<3 {
    let directory = "\(scratch)/ingest-\(run)"
    let seconds = try Clock.time {
        let workspace = try Workspace(directory: directory)
        let report = try workspace.open([corpusPath])
        articleCount = workspace.articleIDs.count
        precondition(report.filesIngested.count == 1)
    }
    ingestTimes.append(seconds)
}
let ingest = Sample(ingestTimes)
print(String(format: "ingest  folio cold, %d articles: best %.2f s (%.1f MiB/s), median %.2f s", articleCount, ingest.min, megabytes / ingest.min, ingest.median))
print(String(format: "ratio   ingest / floor: %.2f× (best against best), %.2f× (median against median)", ingest.min / floor.min, ingest.median / floor.median))

var reopenTimes: [Double] = []
for _ in 0..<5 {
    reopenTimes.append(try Clock.time {
        let workspace = try Workspace(directory: "\(scratch)/ingest-0")
        let report = try workspace.open([corpusPath])
        precondition(report.didNoIngestWork, "a re-open did ingest work")
    })
}
let reopen = Sample(reopenTimes)
print(String(format: "reopen  nothing changed, no ingest work: median %.3f s, best %.3f s", reopen.median, reopen.min))

let workspace = try Workspace(directory: "\(scratch)/ingest-0")
_ = try workspace.open([corpusPath])
let runner = CommandRunner(workspace: workspace)
let queries = [
    "find oil", "find \"interest rates\"", "find bank* -japan", "find (wheat OR corn) export", "find opec prices --limit 20",
    "find dollar yen --since 1987-03-01", "find coffee brazil --in title",
]
var medians: [Double] = []
for query in queries {
    var times: [Double] = []
    var total = 0
    for _ in 0..<25 {
        times.append(Clock.time {
            var output = ""
            if let outcome = runner.run(line: query) {
                if case .success(.search(_, let results)) = outcome.result { total = results.total }
                TextRenderer(style: .plain, idLength: workspace.displayLength).render(outcome, to: &output)
            }
        })
    }
    let sample = Sample(times)
    medians.append(sample.median)
        let label = query.padding(toLength: 40, withPad: " ", startingAt: 0)
    print("find    \(label)" + String(format: " %6d hits  median %6.2f ms  p90 %6.2f ms", total, sample.median * 1000, sample.p90 * 1000))
}
print(String(format: "find    median over all queries: %.2f ms", Sample(medians).median * 1000))

for line in ["entities", "entities --type person", "kwic OPEC", "compare Japan Germany", "compare \"United States\" Japan", "compare OPEC Iran"] {
    var times: [Double] = []
    for _ in 0..<5 {
        times.append(Clock.time {
            var output = ""
            if let outcome = runner.run(line: line) {
                precondition(!outcome.isFailure, "\(line) failed")
                TextRenderer(style: .plain, idLength: workspace.displayLength).render(outcome, to: &output)
            }
        })
    }
    let sample = Sample(times)
    print("command \(line.padding(toLength: 40, withPad: " ", startingAt: 0))" + String(format: " median %6.0f ms  best %6.0f ms", sample.median * 1000, sample.min * 1000))
}

var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
print(String(format: "memory  peak resident set of this process: %.0f MiB", Double(usage.ru_maxrss) / 1024))
