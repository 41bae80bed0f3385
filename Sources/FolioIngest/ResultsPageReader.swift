import Foundation
import FolioCore

/// Reads a scraped search-results page: a currency ticker, a "Viewing results A - B of N" line, then articles,
/// each a one-line title followed by its body.
struct ResultsPageReader {
    let file: String

    /// True when the text carries a ticker quote or a "Viewing results" line.
    static func looksLikeResultsPage(_ text: String) -> Bool {
        let utf8 = text.utf8
        var start = utf8.startIndex, checked = 0
        while start < utf8.endIndex, checked <= 200 {
            let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            if start < end {
                let line = text[start..<end]
                if parseQuote(line) != nil || parseCoverage(line) != nil { return true }
                checked += 1
            }
            start = end < utf8.endIndex ? utf8.index(after: end) : end
        }
        return false
    }

    func read(_ text: String) -> ParsedSource {
        var result = ParsedSource(format: .resultsPage)
        var seenQuotes = Set<RateQuote>()
        var blocks: [(line: Int, lines: [String])] = []
        var current: [String] = []
        var currentStart = 0
        func closeBlock() {
            if !current.isEmpty { blocks.append((currentStart, current)) }
            current = []
        }
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty {
                closeBlock()
            } else if let quote = Self.parseQuote(Substring(line)) {
                closeBlock()
                if seenQuotes.insert(quote).inserted { result.rates.append(quote) }
            } else if let coverage = Self.parseCoverage(Substring(line)) {
                closeBlock()
                if let previous = result.coverage, previous != coverage {
                    result.warnings.append(IngestWarning(file: file, line: index + 1, message: "a second 'Viewing results' line; kept the first"))
                } else {
                    result.coverage = coverage
                }
            } else {
                if current.isEmpty { currentStart = index + 1 }
                current.append(line)
            }
        }
        closeBlock()
        assembleArticles(blocks, into: &result)
        return result
    }

    private func assembleArticles(_ blocks: [(line: Int, lines: [String])], into result: inout ParsedSource) {
        var title: (line: Int, text: String)?
        var body: [String] = []
        var seen = Set<ArticleID>()
        func finish() {
            guard let heading = title else { return }
            if body.isEmpty {
                result.warnings.append(IngestWarning(file: file, line: heading.line, message: "title '\(heading.text)' has no body; skipped"))
            } else {
                let text = body.joined(separator: "\n\n")
                let id = ArticleIdentity.id(title: heading.text, body: text)
                if seen.insert(id).inserted {
                    result.articles.append(Article(
                        id: id, title: heading.text, body: text, isExcerpt: ArticleRecord.isExcerpt(text)))
                }
            }
            title = nil
            body = []
        }
        for block in blocks {
            if Self.isTitle(block.lines) {
                finish()
                title = (block.line, block.lines[0])
            } else if title != nil {
                body.append(block.lines.joined(separator: " "))
            } else {
                result.warnings.append(IngestWarning(file: file, line: block.line, message: "text before the first title; skipped"))
            }
        }
        finish()
    }

    /// A title is one short line that does not end like a sentence.
    static func isTitle(_ lines: [String]) -> Bool {
        guard lines.count == 1, let line = lines.first, line.count <= 200 else { return false }
        if line.hasSuffix(".") || line.hasSuffix("…") || line.hasSuffix(",") || line.hasSuffix(";") { return false }
        return line.split(separator: " ").count <= 25
    }

    /// `• KGS/USD = 0.01146 0%`: a bullet is optional, the change may be signed.
    static func parseQuote(_ line: Substring) -> RateQuote? {
        guard line.utf8.contains(UInt8(ascii: "=")) else { return nil }
        var rest = line.drop { $0.isWhitespace || $0 == "•" || $0 == "·" || $0 == "*" }
        guard let equals = rest.firstIndex(of: "=") else { return nil }
        let pair = rest[..<equals].trimmingWhitespace()
        let sides = pair.split(separator: "/")
        guard sides.count == 2, sides.allSatisfy({ $0.count == 3 && $0.allSatisfy { $0.isUppercase && $0.isASCII } }) else { return nil }
        rest = rest[rest.index(after: equals)...]
        let parts = rest.split(whereSeparator: \.isWhitespace)
        guard parts.count == 2, Double(parts[0]) != nil, parts[1].hasSuffix("%"),
              Double(parts[1].dropLast().replacingOccurrences(of: "−", with: "-")) != nil else { return nil }
        return RateQuote(pair: pair, rate: String(parts[0]), change: String(parts[1]))
    }

    /// `Viewing results 1 - 6 of 31`, with any dash.
    static func parseCoverage(_ line: Substring) -> Coverage? {
        guard let first = line.utf8.first, [UInt8(ascii: "v"), UInt8(ascii: "s")].contains(first | 0x20) else { return nil }
        let opening = line.prefix(15).lowercased()
        guard opening == "viewing results" || opening == "showing results" else { return nil }
        let lower = line.lowercased()
        let numbers = lower.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard numbers.count == 3, lower.contains(" of "), numbers[0] <= numbers[1], numbers[1] <= numbers[2] else { return nil }
        return Coverage(from: numbers[0], to: numbers[1], of: numbers[2])
    }
}
