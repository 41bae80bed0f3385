/// A command that cannot run as typed.
public enum CommandError: Error, Hashable, Sendable, CustomStringConvertible {
    case usage(String)
    case unknownCommand(String, suggestion: String?)
    case noResults
    case resultOutOfRange(Int, count: Int)
    case workspace(String)

    public var description: String {
        switch self {
        case .usage(let message):
            return message
        case .unknownCommand(let name, let suggestion):
            if let suggestion { return "unknown command '\(name)'; did you mean '\(suggestion)'? (type help for the list)" }
            return "unknown command '\(name)' (type help for the list)"
        case .noResults:
            return "there is no result list yet: run find first"
        case .resultOutOfRange(let number, let count):
            return "@\(number) is out of range: the last list has \(count) result\(count == 1 ? "" : "s")"
        case .workspace(let message):
            return message
        }
    }
}
