import CHTMLParser
import FolioCore
import FolioIngest
import Foundation

/// `folio-eval web DIR`: main text, title and date of saved pages against their expected values. Each page is
/// a folder holding `source.html`, `expected.html` (the main text) and, optionally, `expected-metadata.json`
/// (`title`, `publishedTime`), as in Mozilla readability's test pages.
struct WebEvaluation {
    struct Page {
        var name: String
        var precision: Double
        var recall: Double
        var titleMatches: Bool?
        var titles: (expected: String, found: String)?
        var url: String?
        var expectedDate: String?
        var foundDate: String?
        var datedBy: String?
        var bytes: Int
        /// The page's blocks of four words or more that share no shingle with the expected text, and how many
        /// of them reached the body.
        var boilerplate = 0
        var leaked = 0
    }

    var pages: [Page] = []
    var sources: [(name: String, bytes: [UInt8])] = []

    /// The page's word tokens (`\w+`, case kept) in 4-word shingles, as the article-extraction benchmark counts
    /// them; a text of fewer than four words is one shingle.
    static func shingles(_ text: String, size: Int = 4) -> Set<[Substring]> {
        let tokens = text.split { !($0.isLetter || $0.isNumber || $0 == "_") }
        guard tokens.count >= size else { return tokens.isEmpty ? [] : [Array(tokens)] }
        return Set((0...(tokens.count - size)).map { Array(tokens[$0..<($0 + size)]) })
    }

    static func score(expected: String, found: String) -> (precision: Double, recall: Double) {
        let gold = shingles(expected), system = shingles(found)
        if gold.isEmpty, system.isEmpty { return (1, 1) }
        let common = Double(gold.intersection(system).count)
        return (system.isEmpty ? 0 : common / Double(system.count), gold.isEmpty ? 0 : common / Double(gold.count))
    }

    mutating func evaluate(folder: URL) throws {
        let source = try [UInt8](Data(contentsOf: folder.appendingPathComponent("source.html")))
        let expectedHTML = try String(contentsOf: folder.appendingPathComponent("expected.html"), encoding: .utf8)
        let metadata = (try? Data(contentsOf: folder.appendingPathComponent("expected-metadata.json")))
            .flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] } ?? [:]
        sources.append((folder.lastPathComponent + "/source.html", source))
        let parsed = SourceReader.parse(source, file: folder.lastPathComponent + "/source.html", fileExtension: "html")
        let article = parsed.articles.first
        let expected = WebText.paragraphs(ofHTML: expectedHTML).joined(separator: "\n\n")
        let found = (parsed.articles.map(\.body)).joined(separator: "\n\n")
        let (precision, recall) = Self.score(expected: expected, found: found)
        let gold = Self.shingles(expected)
        let snippets = WebText.paragraphs(ofHTML: String(decoding: source, as: UTF8.self)).filter { paragraph in
            let own = Self.shingles(paragraph)
            return paragraph.split(separator: " ").count >= 4 && own.isDisjoint(with: gold)
        }
        let foundShingles = Self.shingles(found)
        let leaked = snippets.filter { !Self.shingles($0).isDisjoint(with: foundShingles) }.count
        let title = (metadata["title"] as? String).map { $0.collapsingSpaces }
        let date = (metadata["publishedTime"] as? String).map { String($0.prefix(10)) }
        pages.append(Page(
            name: folder.lastPathComponent, precision: precision, recall: recall,
            titleMatches: title.map { $0 == article?.title.collapsingSpaces }, titles: title.map { ($0, article?.title ?? "") }, url: article?.url, expectedDate: date,
            foundDate: article?.date.map { String($0.iso.prefix(10)) }, datedBy: article?.metadata["dated by"], bytes: source.count,
            boilerplate: snippets.count, leaked: leaked))
    }

    func report(misses: Bool) -> String {
        let count = Double(max(pages.count, 1))
        let precision = pages.map(\.precision).reduce(0, +) / count
        let recall = pages.map(\.recall).reduce(0, +) / count
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        var lines = [String(format: "text     P %.3f R %.3f F1 %.3f over %d pages (4-word shingles, averaged over pages)", precision, recall, f1, pages.count)]
        let poor = pages.filter { $0.recall < 0.5 }
        lines.append("poor     \(poor.count) pages with recall below 0.5" + (poor.isEmpty ? "" : ": " + poor.map(\.name).joined(separator: ", ")))
        let snippets = pages.map(\.boilerplate).reduce(0, +), leaked = pages.map(\.leaked).reduce(0, +)
        lines.append(String(format: "leaks    %d of %d boilerplate snippets reached a body (%.2f%%): blocks of 4 words or more sharing no shingle with the expected text",
                            leaked, snippets, 100 * Double(leaked) / Double(max(snippets, 1))))
        let titled = pages.compactMap(\.titleMatches)
        lines.append("titles   \(titled.filter { $0 }.count) of \(titled.count) exact")
        let repeated = siteTitles()
        lines.append("         \(repeated.exact) of \(titled.count) exact with the site's repeated name taken off "
            + "(\(repeated.changed) titles changed, in \(repeated.sites) sites of 3 pages or more by host)")
        let dated = pages.filter { $0.expectedDate != nil }
        let right = dated.filter { $0.foundDate == $0.expectedDate }.count
        let missing = dated.filter { $0.foundDate == nil }.count
        lines.append("dates    \(right) of \(dated.count) right, \(dated.count - right - missing) wrong, \(missing) missing; "
            + "\(pages.filter { $0.expectedDate == nil && $0.foundDate != nil }.count) dated where none is expected")
        let bytes = Double(pages.map(\.bytes).reduce(0, +))
        let speed = measureSpeed()
        lines.append(String(format: "speed    %.1f MB/s of HTML by CPU time on one core, best of 5 runs (%.1f MB in %.3f s; decoding, parsing and extraction)",
                            bytes / 1e6 / speed.folio, bytes / 1e6, speed.folio))
        lines.append(String(format: "         %.2f× the floor: libxml2 parsing and walking the same pages alone, %.1f MB/s in the same run",
                            speed.folio / speed.floor, bytes / 1e6 / speed.floor))
        if misses {
            for page in pages.sorted(by: { $0.recall + $0.precision < $1.recall + $1.precision }) where page.recall < 0.9 || page.precision < 0.9 {
                lines.append(String(format: "  %@ P %.2f R %.2f", page.name as NSString, page.precision, page.recall))
            }
            for page in pages.sorted(by: { ($0.leaked, $1.name) > ($1.leaked, $0.name) }).prefix(10) where page.leaked > 0 {
                lines.append("  leaks \(page.name): \(page.leaked) of \(page.boilerplate)")
            }
            for page in pages where page.titleMatches == false { lines.append("  title \(page.name): expected \(page.titles?.expected ?? ""), found \(page.titles?.found ?? "")") }
            for page in dated where page.foundDate != page.expectedDate {
                lines.append("  date \(page.name): expected \(page.expectedDate ?? "-"), found \(page.foundDate ?? "none") from \(page.datedBy ?? "nothing")")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The best of five runs' CPU seconds over every page: Folio's reading of them, and libxml2's parse and walk
    /// of the same bytes with nothing done at each node, the floor the extraction costs are measured against.
    func measureSpeed(runs: Int = 5) -> (folio: Double, floor: Double) {
        var folio = Double.infinity, floor = Double.infinity
        var visitor = folio_html_visitor(context: nil, start: { _, _, _ in }, end: { _ in }, text: { _, _ in })
        for _ in 0..<runs {
            var start = threadCPUSeconds()
            for source in sources { _ = SourceReader.parse(source.bytes, file: source.name, fileExtension: "html") }
            folio = min(folio, threadCPUSeconds() - start)
            start = threadCPUSeconds()
            for source in sources {
                source.bytes.withUnsafeBufferPointer { buffer in
                    buffer.withMemoryRebound(to: CChar.self) { _ = folio_html_walk($0.baseAddress, Int32($0.count), 256, &visitor) }
                }
            }
            floor = min(floor, threadCPUSeconds() - start)
        }
        return (folio, floor)
    }

    /// Titles after the pass a load makes over pages of one site: exact matches, titles changed, and sites
    /// large enough to be looked at.
    func siteTitles() -> (exact: Int, changed: Int, sites: Int) {
        let bySite = Dictionary(grouping: pages.indices) { RepeatedTitleAffix.site(address: pages[$0].url, path: pages[$0].name + "/source.html") }
        var titles = pages.map { $0.titles?.found }
        var changed = 0
        for members in bySite.values where members.count >= RepeatedTitleAffix.minimumPages {
            let found = members.map { pages[$0].titles?.found ?? "" }
            for (member, stripped) in zip(members, RepeatedTitleAffix.stripped(found)) {
                guard let stripped else { continue }
                titles[member] = stripped
                changed += 1
            }
        }
        let exact = zip(pages, titles).filter { page, title in page.titles.map { $0.expected == title?.collapsingSpaces } == true }.count
        return (exact, changed, bySite.values.filter { $0.count >= RepeatedTitleAffix.minimumPages }.count)
    }

    static func run(directory: String, misses: Bool) throws -> String {
        var evaluation = WebEvaluation()
        let root = URL(fileURLWithPath: directory)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        for name in names where FileManager.default.fileExists(atPath: root.appendingPathComponent(name).appendingPathComponent("source.html").path) {
            try evaluation.evaluate(folder: root.appendingPathComponent(name))
        }
        return evaluation.report(misses: misses)
    }
}

private extension String {
    var collapsingSpaces: String { split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}
