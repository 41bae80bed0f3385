import FolioCommands

/// Completes what is typed before the cursor from the registry's command models: command names, a command's
/// options, the values an option or argument takes (`--type person|org|place`, export formats), article ids
/// where an argument is an article (`ID`), and the words of entity names where it may be an entity (`ENTITY`).
public struct Completer {
    public var registry: CommandRegistry
    /// The ids to offer, as shown (short form).
    public var articleIDs: () -> [String]
    /// The words of entity names to offer.
    public var entityWords: () -> [String]

    public init(registry: CommandRegistry, articleIDs: @escaping () -> [String], entityWords: @escaping () -> [String] = { [] }) {
        self.registry = registry
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
        let candidates = self.candidates(current: current, previous: previous)
        guard !candidates.isEmpty else { return Completion(insertion: "", candidates: []) }
        let common = candidates.dropFirst().reduce(candidates[0]) { shared, candidate in
            String(zip(shared, candidate).prefix { $0 == $1 }.map(\.0))
        }
        var insertion = String(common.dropFirst(current.count))
        if candidates.count == 1 { insertion += " " }
        return Completion(insertion: insertion, candidates: candidates.count == 1 ? [] : candidates.sorted())
    }

    private func candidates(current: String, previous: [String]) -> [String] {
        let names = registry.names.filter { $0.allSatisfy(\.isLetter) }
        guard let first = previous.first else { return names.filter { $0.hasPrefix(current.lowercased()) } }
        guard let model = registry.command(named: first)?.model else { return [] }
        if let option = previous.last.flatMap(model.option), !option.isFlag {
            return option.values.filter { $0.hasPrefix(current) }
        }
        if current.hasPrefix("-") { return model.options.map(\.name).filter { $0.hasPrefix(current) } }
        if model.name == "help" { return names.filter { $0.hasPrefix(current.lowercased()) } }
        let position = positionalIndex(of: previous.dropFirst(), in: model)
        let positional = position < model.positionals.count ? model.positionals[position] : model.positionals.last
        guard let positional else { return [] }
        if !positional.values.isEmpty, position < model.positionals.count {
            return positional.values.filter { $0.hasPrefix(current.lowercased()) }
        }
        var found: [String] = []
        let kinds = positional.valueName.split(whereSeparator: { !$0.isLetter })
        if position == 0, kinds.first == "ID" || kinds.contains("ID") && !current.isEmpty {
            found += articleIDs().filter { $0.hasPrefix(current.lowercased()) }
        }
        if kinds.contains("ENTITY"), !current.isEmpty {
            found += entityWords().filter { $0.lowercased().hasPrefix(current.lowercased()) }
        }
        return found
    }

    /// How many positional words come before the cursor, options and their values left out.
    private func positionalIndex(of words: ArraySlice<String>, in model: CommandModel) -> Int {
        var count = 0
        var skipsValue = false
        for word in words {
            if skipsValue {
                skipsValue = false
            } else if let option = model.option(word) {
                skipsValue = !option.isFlag
            } else {
                count += 1
            }
        }
        return count
    }
}
