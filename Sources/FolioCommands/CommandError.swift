import FolioCore

/// A command that cannot run as typed.
public enum CommandError: FolioError, Hashable {
    case usage(String)
    case unknownCommand(String, suggestion: String?)
    case noResults
    case resultOutOfRange(Int, count: Int)
    case workspace(String)
    /// A session command run where there is no session.
    case needsSession(String)

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
        case .needsSession(let name):
            return "\(name) needs a session, which keeps the journal"
        }
    }

    public var code: ErrorCode {
        switch self {
        case .usage, .needsSession: return .usage
        case .unknownCommand: return .unknownCommand
        case .noResults, .resultOutOfRange: return .noResults
        case .workspace: return .io
        }
    }

    /// An ArgumentParser message as Folio writes errors: a lowercase fragment, first line only.
    static func fragment(_ message: String) -> String {
        var text = message
        if text.hasPrefix("Error: ") { text.removeFirst("Error: ".count) }
        text = text.split(separator: "\n").first.map(String.init) ?? text
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
