import FolioAnalysis
import FolioCore
import Foundation

// folio-eval: scores Folio's taggers against gold data.
//   folio-eval timex GOLD.jsonl [--system OUT.jsonl] [--no-date]   DATE expressions, TempEval-3 style (as score_timex.py)
//   folio-eval speed CORPUS.jsonl                      tagging speed over the bodies of a JSON Lines corpus, one core
//   folio-eval web DIR [--misses]                      main text, title and date of saved pages (DIR/*/source.html)
//                                                      against expected.html and expected-metadata.json
//   folio-eval duckling PHRASES.jsonl [--misses]       Duckling phrases of Day, Week, Month, Quarter and Year grain:
//                                                      the longest expression found must have the expected start
//                                                      and grain; forward orientation, as Duckling's corpus assumes
//   folio-eval entities GOLD.jsonl [--misses] [--against OTHER.jsonl]
//                                                      PER, ORG and LOC against gold; OTHER (another tagger's spans,
//                                                      as .tools/spacy-entities.py writes them) scored beside Folio
//   folio-eval yardstick CORPUS.jsonl OTHER.jsonl [--misses]
//                                                      agreement with another tagger on text nobody annotated
//   folio-eval mentions CORPUS.jsonl                   each body's mentions: id, kind, name and text, tab-separated

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.count >= 2, arguments[0] == "web" {
    do {
        print(try WebEvaluation.run(directory: arguments[1], misses: arguments.contains("--misses")))
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("folio-eval: \(error.localizedDescription)\n".utf8))
        exit(1)
    }
}
guard arguments.count >= 2, ["timex", "duckling", "speed", "entities", "yardstick", "mentions"].contains(arguments[0]) else {
    FileHandle.standardError.write(Data("usage: folio-eval web DIR [--misses] | timex GOLD.jsonl [--system OUT.jsonl] [--no-date] | duckling PHRASES.jsonl [--misses] | entities GOLD.jsonl [--misses] [--against OTHER.jsonl] | yardstick CORPUS.jsonl OTHER.jsonl [--misses] | mentions CORPUS.jsonl | speed CORPUS.jsonl\n".utf8))
    exit(2)
}
func readRecords(_ path: String) -> [[String: Any]] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        FileHandle.standardError.write(Data("folio-eval: cannot read \(path)\n".utf8))
        exit(1)
    }
    return text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
}
let records = readRecords(arguments[1])
let tagger = TemporalTagger()

/// CPU time of this thread: on a shared machine, the time the tagger ran rather than the time it waited.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

if arguments[0] == "speed" {
    let bodies = records.compactMap { $0["body"] as? String }
    let anchors = records.map { ($0["date"] as? String).flatMap(PublicationDate.init(parsing:)) }
    let bytes = bodies.reduce(0) { $0 + $1.utf8.count }
    var best = (wall: Double.infinity, cpu: Double.infinity)
    var count = 0
    for _ in 0..<5 {
        let start = (wall: DispatchTime.now().uptimeNanoseconds, cpu: threadCPUSeconds())
        count = zip(bodies, anchors).reduce(0) { $0 + tagger.tag($1.0, anchor: $1.1).count }
        best = (min(best.wall, Double(DispatchTime.now().uptimeNanoseconds - start.wall) / 1e9), min(best.cpu, threadCPUSeconds() - start.cpu))
    }
    let megabytes = Double(bytes) / 1e6
    print(String(format: "speed    %.1f MB/s of CPU time on one core (%.1f MB/s by the clock): %d expressions in %.1f MB of %d bodies, best of 5 runs",
                 megabytes / best.cpu, megabytes / best.wall, count, megabytes, bodies.count))
    let entityTagger = EntityTagger()
    var entityBest = (wall: Double.infinity, cpu: Double.infinity)
    var mentions = 0
    for _ in 0..<5 {
        let start = (wall: DispatchTime.now().uptimeNanoseconds, cpu: threadCPUSeconds())
        mentions = bodies.reduce(0) { $0 + entityTagger.tag($1).mentions.count }
        entityBest = (min(entityBest.wall, Double(DispatchTime.now().uptimeNanoseconds - start.wall) / 1e9), min(entityBest.cpu, threadCPUSeconds() - start.cpu))
    }
    print(String(format: "entities %.1f MB/s of CPU time on one core (%.1f MB/s by the clock): %d mentions, best of 5 runs",
                 megabytes / entityBest.cpu, megabytes / entityBest.wall, mentions))
} else if arguments[0] == "mentions" {
    let entityTagger = EntityTagger()
    for record in records {
        let id = record["id"] as? String ?? ""
        for mention in entityTagger.tag(record["body"] as? String ?? "").mentions {
            print([id, mention.kind.rawValue, mention.name, mention.text].joined(separator: "\t"))
        }
    }
} else if arguments[0] == "yardstick" {
    guard arguments.count >= 3 else {
        FileHandle.standardError.write(Data("usage: folio-eval yardstick CORPUS.jsonl OTHER.jsonl [--misses]\n".utf8))
        exit(2)
    }
    print(EntityYardstick.run(corpus: records, other: readRecords(arguments[2]), misses: arguments.contains("--misses")))
} else if arguments[0] == "entities" {
    let entityTagger = EntityTagger()
    let taggings = records.map { entityTagger.tag($0["body"] as? String ?? "") }
    var systems = [("Folio", EntityScore.spans(of: taggings))]
    if let flag = arguments.firstIndex(of: "--against"), flag + 1 < arguments.count {
        let other = Dictionary(readRecords(arguments[flag + 1]).map { ($0["id"] as? String ?? "", EntityYardstick.spans(in: $0)) }, uniquingKeysWith: { first, _ in first })
        systems.append((URL(fileURLWithPath: arguments[flag + 1]).deletingPathExtension().lastPathComponent, records.map { other[$0["id"] as? String ?? ""] ?? [] }))
    }
    for (name, spans) in systems {
        if systems.count > 1 { print(name) }
        var score = EntityScore()
        for (record, system) in zip(records, spans) {
            let body = Array((record["body"] as? String ?? "").unicodeScalars)
            let gold = (record["entities"] as? [[String: Any]] ?? []).map {
                EntityScore.Span(start: $0["start"] as? Int ?? 0, end: $0["end"] as? Int ?? 0, type: $0["type"] as? String ?? "")
            }
            score.add(gold: gold, system: system, annotatedUntil: record["annotated_until"] as? Int ?? .max) { span in
                "\(record["id"] as? String ?? "") '\(String(String.UnicodeScalarView(body[max(0, span.start)..<min(body.count, span.end)])))'"
            }
        }
        for type in EntityScore.types + ["all"] {
            let (p, r, f) = score.f1(type == "all" ? nil : type)
            print(String(format: "%-8@ P %.3f R %.3f F1 %.3f  (gold %d, system %d)", type as NSString, p, r, f,
                         type == "all" ? score.gold.values.reduce(0, +) : score.gold[type, default: 0],
                         type == "all" ? score.system.values.reduce(0, +) : score.system[type, default: 0]))
        }
        if arguments.contains("--misses") { score.misses.forEach { print("  " + $0) } }
    }
} else if arguments[0] == "timex" {
    var score = TimexScore()
    var systemLines: [String] = []
    var bytes = 0
    var seconds = 0.0
    for record in records {
        let body = record["body"] as? String ?? ""
        let anchor = arguments.contains("--no-date") ? nil : (record["date"] as? String).flatMap(PublicationDate.init(parsing:))
        let start = DispatchTime.now().uptimeNanoseconds
        let found = tagger.tag(body, anchor: anchor)
        seconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        bytes += body.utf8.count
        let gold = (record["timex"] as? [[String: Any]] ?? []).map {
            TimexScore.Span(start: $0["start"] as? Int ?? 0, end: $0["end"] as? Int ?? 0, value: $0["value"] as? String ?? "", type: $0["type"] as? String ?? "DATE")
        }
        let system = found.map { TimexScore.Span(start: $0.offset, end: $0.offset + $0.length, value: $0.value, type: "DATE") }
        score.add(gold: gold, system: system, annotatedUntil: record["annotated_until"] as? Int ?? Int.max)
        let timex = found.map { "{\"start\":\($0.offset),\"end\":\($0.offset + $0.length),\"value\":\(JSONText.quoted($0.value)),\"type\":\"DATE\",\"text\":\(JSONText.quoted($0.text))}" }
        systemLines.append("{\"id\":\(JSONText.quoted(record["id"] as? String ?? "")),\"timex\":[\(timex.joined(separator: ","))]}")
    }
    print("gold \(score.gold) system \(score.system)")
    for (name, hits) in [("strict", score.strict), ("relaxed", score.relaxed), ("value", score.value)] {
        let (p, r, f) = score.f1(hits)
        print(String(format: "%-8@ P %.3f R %.3f F1 %.3f", name as NSString, p, r, f))
    }
    print(String(format: "speed    %.1f MB/s over %d articles (%.0f KB, one core)", Double(bytes) / 1e6 / max(seconds, 1e-9), records.count, Double(bytes) / 1000))
    if let flag = arguments.firstIndex(of: "--system"), flag + 1 < arguments.count {
        try Data((systemLines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: arguments[flag + 1]))
    }
} else {
    let phrases = records.map {
        DucklingScore.Phrase(text: $0["text"] as? String ?? "", kind: $0["kind"] as? String ?? "", value: $0["value"] as? String, grain: $0["grain"] as? String)
    }
    let score = DucklingScore(phrases: phrases)
    print(String(format: "duckling %d of %d datetime phrases of Day/Week/Month/Quarter/Year grain exact (%.1f%%)", score.exact, score.total, 100 * score.share))
    print("negatives \(score.falsePositives) of \(score.negatives) wrongly tagged")
    if arguments.contains("--misses") { score.misses.forEach { print("  " + $0) } }
}
