import Foundation
import FolioCore

/// Reads JSON Lines, a JSON array of records, or one JSON record.
struct JSONRecordsReader {
    let file: String
    var mapping: FieldMapping?

    /// Parses JSON Lines in chunks on every core, deriving `Extra` for each article on the same threads, and
    /// hands each chunk's new articles to `emit` in file order on the calling thread while later chunks are still
    /// being parsed. Returns the warnings, in line order.
    func readLines<Extra: Sendable>(
        _ text: String, deriving derive: @escaping @Sendable (Article) -> Extra, emitting emit: ([Article], [Extra]) throws -> Void
    ) rethrows -> ParsedSource {
        let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
            .filter { !$0.element.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }
            .map { (number: $0.offset + 1, bytes: $0.element) }
        let chunkSize = 1024
        let chunkCount = (lines.count + chunkSize - 1) / chunkSize
        let chunks = OrderedHandoff<(ParsedSource, [Extra])>(count: chunkCount, window: 8)
        let reader = self
        DispatchQueue.global().async {
            DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
                var part = ParsedSource(format: .jsonLines)
                var seen = Set<ArticleID>()
                for (number, bytes) in lines[(chunk * chunkSize)..<min(lines.count, (chunk + 1) * chunkSize)] {
                    do {
                        let value = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
                        reader.add(value, line: number, label: nil, into: &part, seen: &seen)
                    } catch {
                        part.warnings.append(IngestWarning(
                            file: reader.file, line: number, message: "malformed JSON (\(Self.reason(error))); line skipped"))
                    }
                }
                chunks.put((part, part.articles.map(derive)), at: chunk)
            }
        }
        var result = ParsedSource(format: .jsonLines)
        var seen = Set<ArticleID>()
        for index in 0..<chunkCount {
            let (part, extras) = chunks.take(index)
            result.warnings += part.warnings
            result.merge(counts: part)
            var fresh: [Article] = []
            var freshExtras: [Extra] = []
            for (article, extra) in zip(part.articles, extras) where seen.insert(article.id).inserted {
                fresh.append(article)
                freshExtras.append(extra)
            }
            if !fresh.isEmpty { try emit(fresh, freshExtras) }
        }
        return result
    }

    func readDocument(_ text: String) -> ParsedSource {
        var result = ParsedSource(format: .json)
        var seen = Set<ArticleID>()
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            result.warnings.append(IngestWarning(
                file: file, line: Self.line(of: error), message: "malformed JSON (\(Self.reason(error))); nothing loaded from this file"))
            return result
        }
        if let array = value as? [Any] {
            for (index, element) in array.enumerated() {
                add(element, line: nil, label: "element \(index + 1)", into: &result, seen: &seen)
            }
        } else if let object = value as? [String: Any], let items = Self.recordList(in: object) {
            for (index, element) in items.enumerated() {
                add(element, line: nil, label: "element \(index + 1)", into: &result, seen: &seen)
            }
        } else {
            add(value, line: nil, label: nil, into: &result, seen: &seen)
        }
        return result
    }

    private func add(_ value: Any, line: Int?, label: String?, into result: inout ParsedSource, seen: inout Set<ArticleID>) {
        let prefix = label.map { "\($0): " } ?? ""
        guard let object = value as? [String: Any] else {
            result.warnings.append(IngestWarning(file: file, line: line, message: "\(prefix)not a JSON object; skipped"))
            return
        }
        let fields = object.keys.sorted().map { key in (name: key, value: Self.text(of: object[key]!)) }
        let made = ArticleRecord(fields: fields, mapping: mapping).makeArticle(file: file, line: line)
        result.warnings += made.warnings.map { warning in
            var warning = warning
            warning.message = prefix + warning.message
            return warning
        }
        guard let article = made.article else { return }
        result.count(article, columns: fields.map(\.name))
        let split = ArticleSplitter.parts(of: article, file: file, line: line)
        if let warning = split.warning { result.warnings.append(warning) }
        for part in split.articles where seen.insert(part.id).inserted {
            result.articles.append(part)
        }
    }

    /// `{"articles": [...]}` and similar wrappers.
    private static func recordList(in object: [String: Any]) -> [Any]? {
        let fields = ArticleRecord.titleKeys + ArticleRecord.bodyKeys + ArticleRecord.bodyFallbackKeys
        guard !fields.contains(where: { object[$0] != nil }) else { return nil }
        for key in ["articles", "items", "records", "data"] {
            if let list = object[key] as? [Any] { return list }
        }
        return nil
    }

    private static func text(of value: Any) -> String {
        switch value {
        case let string as String: return string
        case is NSNull: return ""
        case let strings as [String]: return JSONText.array(strings)
        default:
            guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys]) else { return "" }
            return String(decoding: data, as: UTF8.self)
        }
    }

    static func reason(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        return text.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
    }

    /// The line a JSONSerialization error names ("around line 3, column 5"), when it names one.
    static func line(of error: Error) -> Int? {
        let text = reason(error)
        guard let range = text.range(of: "line ") else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }
}
