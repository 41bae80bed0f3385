import ArgumentParser
import FolioCore

/// How a command names an article: by id prefix, or by its number in the last list (`@2`).
public enum ArticleReference: Hashable, Sendable {
    case id(String)
    case result(Int)

    /// Parses `3fa9c1` or `@2`.
    public init(parsing word: String) throws {
        if word.hasPrefix("@") {
            guard let number = Int(word.dropFirst()), number > 0 else {
                throw CommandError.usage("'\(word)' is not a result number: use @1, @2, …")
            }
            self = .result(number)
        } else {
            guard ArticleID.isPlausiblePrefix(word) else {
                throw CommandError.usage("'\(word)' is not an article id: ids are hex, such as 3fa9c1, or use @N for the Nth result")
            }
            self = .id(word.lowercased())
        }
    }

    /// The reference as it is typed.
    public var typed: String {
        switch self {
        case .id(let prefix): return prefix
        case .result(let number): return "@\(number)"
        }
    }
}
