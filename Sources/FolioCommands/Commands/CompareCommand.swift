import ArgumentParser
import FolioAnalysis
import FolioCore

/// `compare A B`: two entities, words, phrases or queries side by side, or two articles.
public struct CompareCommand: FolioCommand {
    public static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Two entities, words, \"phrases\", (queries) or articles side by side, with keywords (G², log ratio).",
        usage: "compare A B",
        discussion: """
            compare Kazakhstan Uzbekistan
            compare CSTO NATO
            compare (border OR borders) (pipeline OR oil)
            compare 13be2d 6edab6
            """)

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp(
        "two sides: entities, words, \"phrases\", (queries) or article ids", valueName: "ENTITY|WORD|\"phrase\"|(QUERY)|ID"))
    public var words: [String] = []

    public init() {}

    /// The most articles of a side whose sentences are counted for keywords: the first ones in corpus order.
    /// It keeps `compare` fast on a large corpus; the counts of articles and mentions always cover every one.
    static let contextArticleLimit = 1000

    /// One side as typed: an entity, a word or "phrase", a (query), or an article.
    public enum Side: Hashable, Sendable {
        /// A word or phrase; it names an entity, an article id or a term, decided when it runs.
        case text(String, isQuoted: Bool)
        case query(String)
        case result(Int)

        public var label: String {
            switch self {
            case .text(let text, let isQuoted): return isQuoted ? "\"\(text)\"" : text
            case .query(let text): return "(\(text))"
            case .result(let number): return "@\(number)"
            }
        }
    }

    public mutating func validate() throws {
        _ = try sides()
    }

    /// `compare Kazakhstan Uzbekistan`, `compare "Tajik-Afghan border" (CSTO OR NATO)`, `compare 13be2d 6edab6`.
    public func sides() throws -> (Side, Side) {
        var sides: [Side] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            if word.hasPrefix("(") {
                var group = [word]
                var depth = word.filter { $0 == "(" }.count - word.filter { $0 == ")" }.count
                while depth > 0, index + 1 < words.count {
                    index += 1
                    group.append(words[index])
                    depth += words[index].filter { $0 == "(" }.count - words[index].filter { $0 == ")" }.count
                }
                guard depth == 0 else { throw ValidationError("compare: a ( is not closed in \(group.joined(separator: " "))") }
                sides.append(.query(String(group.joined(separator: " ").dropFirst().dropLast()).trimmingWhitespace()))
            } else if word.hasPrefix("@") {
                guard case .result(let number) = try? ArticleReference(parsing: word) else {
                    throw ValidationError("'\(word)' is not a result number: use @1, @2, …")
                }
                sides.append(.result(number))
            } else {
                let text = CommandTokenizer.unquote(word)
                sides.append(.text(text, isQuoted: text != word))
            }
            index += 1
        }
        guard sides.count == 2 else {
            throw ValidationError("compare takes two sides, such as compare Kazakhstan Uzbekistan; quote a phrase and put a query in (parentheses)")
        }
        return (sides[0], sides[1])
    }

    public func run(in context: CommandContext) throws -> Output {
        let (left, right) = try sides()
        return try SideComparer(workspace: context.workspace).compare(left, right)
    }

    public func canonical(in printer: CanonicalPrinter) -> String {
        guard let (left, right) = try? sides() else { return (["compare"] + words).joined(separator: " ") }
        func canonical(_ side: Side) -> String {
            switch side {
            case .text(let text, let isQuoted): return isQuoted ? CanonicalPrinter.quoted(text) : text
            case .query(let text): return "(\(text))"
            case .result(let number): return printer.reference(.result(number))
            }
        }
        return "compare \(canonical(left)) \(canonical(right))"
    }
}
