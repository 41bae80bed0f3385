import FolioCommands

/// Completes what is typed before the cursor: command names, a command's options, `--in`, `--type` and `--by`
/// values, export formats,
/// article ids, and the words of entity names after `kwic`, `compare` and `alias`.
public struct Completer {
    /// The ids to offer, as shown (short form).
    public var articleIDs: () -> [String]
    /// The words of entity names to offer.
    public var entityWords: () -> [String]

    public init(articleIDs: @escaping () -> [String], entityWords: @escaping () -> [String] = { [] }) {
        self.articleIDs = articleIDs
        self.entityWords = entityWords
    }

    public struct Completion: Equatable {
        /// Text to insert at the cursor.
        public var insertion: String
        /// Every candidate, to list when the insertion alone does not settle it.
        public var candidates: [String]
    }

    public func complete(_ textBeforeCursor: String) -> Completion {
        let endsWithSpace = textBeforeCursor.last?.isWhitespace ?? true
        let words = CommandTokenizer.tokenize(textBeforeCursor)
        let current = endsWithSpace ? "" : (words.last ?? "")
        let previous = endsWithSpace ? words : Array(words.dropLast())
        let candidates: [String]
        if previous.isEmpty {
            candidates = CommandCatalog.names.filter { $0.hasPrefix(current.lowercased()) }
        } else {
            let command = previous[0].lowercased()
            let info = CommandCatalog.info(command)
            if previous.last == "--in" {
                candidates = ["title", "body"].filter { $0.hasPrefix(current) }
            } else if previous.last == "--type" {
                candidates = ["person", "org", "place"].filter { $0.hasPrefix(current) }
            } else if previous.last == "--by" {
                candidates = ["year", "month", "day"].filter { $0.hasPrefix(current) }
            } else if command == "export", previous.count == 1 {
                candidates = ExportRequest.Format.allCases.map(\.rawValue).filter { $0.hasPrefix(current.lowercased()) }
            } else if command == "help" {
                candidates = CommandCatalog.names.filter { $0.hasPrefix(current.lowercased()) }
            } else if current.hasPrefix("-") {
                candidates = (info?.optionNames ?? []).filter { $0.hasPrefix(current) }
            } else if ["show", "note", "notes"].contains(command), previous.count == 1 {
                candidates = articleIDs().filter { $0.hasPrefix(current.lowercased()) }
            } else if ["kwic", "compare", "alias"].contains(command), !current.isEmpty {
                candidates = entityWords().filter { $0.lowercased().hasPrefix(current.lowercased()) }
            } else {
                candidates = []
            }
        }
        guard !candidates.isEmpty else { return Completion(insertion: "", candidates: []) }
        let common = candidates.dropFirst().reduce(candidates[0]) { shared, candidate in
            String(zip(shared, candidate).prefix { $0 == $1 }.map(\.0))
        }
        var insertion = String(common.dropFirst(current.count))
        if candidates.count == 1 { insertion += " " }
        return Completion(insertion: insertion, candidates: candidates.count == 1 ? [] : candidates.sorted())
    }
}
