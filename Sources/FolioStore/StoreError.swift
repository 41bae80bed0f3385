import FolioCore

/// What can go wrong in the workspace database, in words a person can act on.
public enum StoreError: FolioError, Hashable {
    case cannotOpen(path: String, reason: String)
    case newerSchema(path: String, found: String, supported: String)
    case noSuchArticle(prefix: String)
    case noSuchNote(Int)
    case ambiguousArticle(prefix: String, candidates: [String])
    case interrupted
    /// Another Folio holds the write lock past the wait.
    case busy(operation: String)
    case failed(operation: String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open the workspace database \(path): \(reason)"
        case .newerSchema(let path, let found, let supported):
            return "\(path) was written by a newer Folio (schema \(found)); this Folio supports schema \(supported)"
        case .noSuchArticle(let prefix):
            return "no article id starts with '\(prefix)'"
        case .noSuchNote(let id):
            return "there is no note \(id): notes lists them with their numbers"
        case .ambiguousArticle(let prefix, let candidates):
            return "'\(prefix)' matches \(candidates.count) articles: \(candidates.joined(separator: ", ")); type more of the id"
        case .interrupted:
            return "interrupted"
        case .busy(let operation):
            return "\(operation) failed: \(CorpusStore.busyReason)"
        case .failed(let operation, let reason):
            return "\(operation) failed: \(reason)"
        }
    }

    public var code: ErrorCode {
        switch self {
        case .cannotOpen, .failed: return .io
        case .newerSchema: return .version
        case .noSuchArticle, .noSuchNote: return .notFound
        case .ambiguousArticle: return .ambiguousID
        case .interrupted: return .interrupted
        case .busy: return .busy
        }
    }
}
