import FolioCore

extension CommandRunner {
    /// The command as a session saves it: positional references resolved, so that `show @2` becomes
    /// `show 3fa9c1` and the file replays the same anywhere. Call it before running the command, since
    /// `find` changes what `@N` means. References that do not resolve are kept as typed.
    public func canonicalLine(for command: Command) -> String {
        switch command {
        case .find(let request):
            var parts = ["find", request.text]
            if request.limit != 10 { parts += ["--limit", String(request.limit)] }
            if let since = request.since { parts += ["--since", since.iso] }
            if let until = request.until { parts += ["--until", until.iso] }
            if let column = request.column { parts += ["--in", column.rawValue] }
            if request.includesNotes { parts.append("--notes") }
            return parts.joined(separator: " ")
        case .show(let reference):
            return "show " + canonical(reference)
        case .note(.add(let reference, let text, let quote)):
            var line = "note \(canonical(reference)) \(text)"
            if let quote { line += " --quote " + Self.quoted(quote) }
            return line
        case .note(.edit(let id, let text)):
            return "note --edit \(id) \(text)"
        case .note(.delete(let id)):
            return "note --delete \(id)"
        case .notes(let filter):
            guard let filter else { return "notes" }
            if let reference = try? ArticleReference(parsing: filter), case .result = reference {
                return "notes " + canonical(reference)
            }
            return "notes " + filter
        case .timeline(let request):
            var parts = ["timeline"]
            if let text = request.text { parts.append(text) }
            if let from = request.from { parts += ["--from", from.iso] }
            if let to = request.to { parts += ["--to", to.iso] }
            if let period = request.period { parts += ["--by", period.rawValue] }
            if request.matchesArticles { parts.append("--article") }
            return parts.joined(separator: " ")
        case .date(let reference, let date):
            return "date \(canonical(reference)) \(date.iso)"
        case .entities(let request):
            var parts = ["entities"]
            if let text = request.text { parts.append(text) }
            if let kind = request.kind { parts += ["--type", kind.rawValue] }
            if request.limit != 20 { parts += ["--limit", String(request.limit)] }
            return parts.joined(separator: " ")
        case .kwic(let request):
            var parts = ["kwic", request.term.contains(" ") ? Self.quoted(request.term) : request.term]
            if request.width != 40 { parts += ["--width", String(request.width)] }
            if request.limit != 25 { parts += ["--limit", String(request.limit)] }
            return parts.joined(separator: " ")
        case .compare(let request):
            return "compare \(canonical(request.left)) \(canonical(request.right))"
        case .alias(let name, let target):
            guard let name, let target else { return "alias" }
            return "alias \(name) = \(target)"
        case .stats: return "stats"
        case .rates: return "rates"
        case .help(let topic): return topic.map { "help \($0)" } ?? "help"
        case .quit: return "quit"
        case .save(let name, let force, let previous, let directory):
            var line = "save \(name)"
            if force { line += " --force" }
            if previous { line += " --previous" }
            if let directory { line += " --sessions " + Self.quoted(directory) }
            return line
        case .replay(let session): return "replay " + Self.quoted(session)
        case .comment(let text): return "comment " + text
        case .export(let request):
            var line = "export \(request.format.rawValue)"
            if let path = request.path { line += " " + Self.quoted(path) }
            if let session = request.session { line += " --session " + Self.quoted(session) }
            if request.force { line += " --force" }
            return line
        }
    }

    private func canonical(_ side: CompareSide) -> String {
        switch side {
        case .text(let text, let isQuoted): return isQuoted ? Self.quoted(text) : text
        case .query(let text, _): return "(\(text))"
        case .result(let number): return canonical(ArticleReference.result(number))
        }
    }

    private func canonical(_ reference: ArticleReference) -> String {
        guard let id = try? workspace.resolve(reference) else {
            if case .id(let prefix) = reference { return prefix }
            if case .result(let number) = reference { return "@\(number)" }
            return ""
        }
        return workspace.shortID(id)
    }

    /// Quotes text for the tokenizer: straight quotes, or curly ones when the text holds a straight quote.
    static func quoted(_ text: String) -> String {
        text.contains("\"") ? "“\(text)”" : "\"\(text)\""
    }
}
