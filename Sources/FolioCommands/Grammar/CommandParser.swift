import ArgumentParser
import FolioCore
import FolioStore

/// Turns one shell line into a ``Command``.
public enum CommandParser {
    /// Parses `line`; returns nil for a blank line.
    /// - Throws: ``CommandError`` for usage problems, ``SearchQueryError`` for a query that cannot be searched.
    public static func parse(_ line: String) throws -> Command? {
        let trimmed = line.trimmingWhitespace()
        if trimmed.hasPrefix("#") {
            let text = trimmed.drop { $0 == "#" }.trimmingWhitespace()
            return text.isEmpty ? nil : .comment(text)
        }
        let words = CommandTokenizer.tokenize(line)
        guard let first = words.first else { return nil }
        let name = first.lowercased()
        let arguments = Array(words.dropFirst())
        switch name {
        case "help", "?":
            guard arguments.count <= 1 else { throw CommandError.usage("help takes at most one command name") }
            return .help(topic: arguments.first?.lowercased())
        case "comment":
            let text = line.trimmingWhitespace().dropFirst(first.count).trimmingWhitespace()
            guard !text.isEmpty else { throw CommandError.usage("comment needs its text: comment The CSTO frames the border as its own") }
            return .comment(text)
        case "quit", "exit":
            guard arguments.isEmpty else { throw CommandError.usage("\(name) takes no arguments") }
            return .quit
        default:
            break
        }
        guard CommandCatalog.info(name) != nil else {
            throw CommandError.unknownCommand(first, suggestion: EditDistance.nearest(to: name, in: CommandCatalog.names))
        }
        if arguments.contains("--help") || arguments.contains("-h") { return .help(topic: name) }
        let parsed: ParsableCommand
        do {
            parsed = try CommandGrammar.parseAsRoot([name] + arguments)
        } catch {
            throw CommandError.usage(lowercasedFirst(CommandGrammar.message(for: error)))
        }
        switch parsed {
        case let find as FindArguments: return .find(try makeFindRequest(find))
        case let show as ShowArguments: return .show(try ArticleReference(parsing: CommandTokenizer.unquote(show.article)))
        case let note as NoteArguments: return .note(try makeNoteAction(note))
        case let notes as NotesArguments:
            try rejectStrayOptions(notes.words, command: "notes")
            return .notes(filter: notes.words.isEmpty ? nil : notes.words.joined(separator: " "))
        case let save as SaveArguments:
            let name = CommandTokenizer.unquote(save.name)
            guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else {
                throw CommandError.usage("save takes a plain name such as tajik-border; the file is Sessions/NAME.md")
            }
            return .save(name: name, force: save.force, previous: save.previous, directory: save.sessions.map(CommandTokenizer.unquote))
        case let replay as ReplayArguments: return .replay(CommandTokenizer.unquote(replay.session))
        case let timeline as TimelineArguments: return .timeline(try makeTimelineRequest(timeline))
        case let date as DateArguments:
            return .date(try ArticleReference(parsing: CommandTokenizer.unquote(date.article)), try self.date(date.date, option: "date"))
        case let entities as EntitiesArguments: return .entities(try makeEntitiesRequest(entities))
        case let kwic as KwicArguments: return .kwic(try makeKwicRequest(kwic))
        case let compare as CompareArguments: return .compare(try makeCompareRequest(compare.words))
        case let alias as AliasArguments: return try makeAlias(alias.words)
        case let export as ExportArguments: return .export(try makeExportRequest(export))
        case is StatsArguments: return .stats
        case is RatesArguments: return .rates
        default: throw CommandError.usage("'\(name)' cannot be run here")
        }
    }

    static func makeExportRequest(_ arguments: ExportArguments) throws -> ExportRequest {
        let name = CommandTokenizer.unquote(arguments.format).lowercased()
        guard let format = ExportRequest.Format(rawValue: name == "markdown" ? "md" : name) else {
            throw CommandError.usage("export writes csv, json, md or html, not '\(arguments.format)'")
        }
        let path = arguments.path.map(CommandTokenizer.unquote).flatMap { $0.isEmpty || $0 == "-" ? nil : $0 }
        if format == .html, path == nil {
            throw CommandError.usage("export html needs a file to write: export html report.html")
        }
        if arguments.session != nil, format != .html {
            throw CommandError.usage("--session goes with export html: export html report.html --session tajik-afghan-border")
        }
        return ExportRequest(format: format, path: path, session: arguments.session.map(CommandTokenizer.unquote), force: arguments.force)
    }

    static func makeFindRequest(_ arguments: FindArguments) throws -> FindRequest {
        try rejectStrayOptions(arguments.query, command: "find")
        let text = arguments.query.joined(separator: " ")
        let query = try SearchQuery(parsing: text)
        guard arguments.limit > 0 else { throw CommandError.usage("--limit must be a positive number") }
        var column: SearchColumn?
        if let name = arguments.column {
            guard let value = SearchColumn(rawValue: CommandTokenizer.unquote(name).lowercased()) else {
                throw CommandError.usage("--in takes title or body, not '\(name)'")
            }
            column = value
        }
        return FindRequest(
            text: text, query: query, limit: arguments.limit,
            since: try arguments.since.map { try date($0, option: "--since") },
            until: try arguments.until.map { try date($0, option: "--until") }, column: column,
            includesNotes: arguments.notes)
    }

    static func makeTimelineRequest(_ arguments: TimelineArguments) throws -> TimelineRequest {
        try rejectStrayOptions(arguments.words, command: "timeline")
        let text = arguments.words.isEmpty ? nil : arguments.words.joined(separator: " ")
        var period: TimelineRequest.Period?
        if let by = arguments.by {
            guard let value = TimelineRequest.Period(rawValue: CommandTokenizer.unquote(by).lowercased()) else {
                throw CommandError.usage("--by takes year, month or day, not '\(by)'")
            }
            period = value
        }
        if arguments.article, text == nil { throw CommandError.usage("--article needs a query: timeline CSTO --article") }
        return TimelineRequest(
            text: text, query: try text.map { try SearchQuery(parsing: $0) }, matchesArticles: arguments.article,
            from: try arguments.from.map { try date($0, option: "--from") }, to: try arguments.to.map { try date($0, option: "--to") },
            period: period)
    }

    static func makeEntitiesRequest(_ arguments: EntitiesArguments) throws -> EntitiesRequest {
        try rejectStrayOptions(arguments.words, command: "entities")
        guard arguments.limit > 0 else { throw CommandError.usage("--limit must be a positive number") }
        var kind: EntityMention.Kind?
        if let type = arguments.type {
            guard let value = EntityMention.Kind(rawValue: CommandTokenizer.unquote(type).lowercased()), value != .acronym else {
                throw CommandError.usage("--type takes person, org or place, not '\(type)'")
            }
            kind = value
        }
        let text = arguments.words.isEmpty ? nil : arguments.words.joined(separator: " ")
        return EntitiesRequest(text: text, query: try text.map { try SearchQuery(parsing: $0) }, kind: kind, limit: arguments.limit)
    }

    static func makeKwicRequest(_ arguments: KwicArguments) throws -> KwicRequest {
        try rejectStrayOptions(arguments.words, command: "kwic")
        let term = CommandTokenizer.unquote(arguments.words.joined(separator: " ")).trimmingWhitespace()
        guard !term.isEmpty else { throw CommandError.usage("kwic needs a word, a \"phrase\" or an entity: kwic CSTO") }
        guard (5...200).contains(arguments.width) else { throw CommandError.usage("--width takes 5 to 200 characters of context") }
        guard arguments.limit > 0 else { throw CommandError.usage("--limit must be a positive number") }
        return KwicRequest(term: term, width: arguments.width, limit: arguments.limit)
    }

    /// `compare Kazakhstan Uzbekistan`, `compare "Tajik-Afghan border" (CSTO OR NATO)`, `compare 13be2d 6edab6`.
    static func makeCompareRequest(_ words: [String]) throws -> CompareRequest {
        try rejectStrayOptions(words, command: "compare")
        var sides: [CompareSide] = []
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
                guard depth == 0 else { throw CommandError.usage("compare: a ( is not closed in \(group.joined(separator: " "))") }
                let text = String(group.joined(separator: " ").dropFirst().dropLast()).trimmingWhitespace()
                sides.append(.query(text, try SearchQuery(parsing: text)))
            } else if word.hasPrefix("@"), case .result(let number) = try ArticleReference(parsing: word) {
                sides.append(.result(number))
            } else {
                let text = CommandTokenizer.unquote(word)
                sides.append(.text(text, isQuoted: text != word))
            }
            index += 1
        }
        guard sides.count == 2 else {
            throw CommandError.usage("compare takes two sides, such as compare Kazakhstan Uzbekistan; quote a phrase and put a query in (parentheses)")
        }
        return CompareRequest(left: sides[0], right: sides[1])
    }

    /// `alias Kazakh government = Government of Kazakhstan`, or `alias` to list.
    static func makeAlias(_ words: [String]) throws -> Command {
        guard !words.isEmpty else { return .alias(name: nil, target: nil) }
        let text = words.joined(separator: " ")
        let parts = text.split(separator: "=", maxSplits: 1).map { CommandTokenizer.unquote(String($0).trimmingWhitespace()) }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw CommandError.usage("alias takes NAME = OTHER, such as alias Tasmagambetov = Imangali Tasmagambetov")
        }
        guard parts[0].lowercased() != parts[1].lowercased() else { throw CommandError.usage("alias: a name cannot stand for itself") }
        return .alias(name: parts[0], target: parts[1])
    }

    static func makeNoteAction(_ arguments: NoteArguments) throws -> NoteAction {
        try rejectStrayOptions(arguments.words, command: "note")
        if let id = arguments.delete {
            guard arguments.words.isEmpty, arguments.edit == nil, arguments.quote == nil else {
                throw CommandError.usage("note --delete takes only the note's number: note --delete 3")
            }
            return .delete(id)
        }
        if let id = arguments.edit {
            guard arguments.quote == nil else {
                throw CommandError.usage("note --edit changes the text only; delete the note to change its quote")
            }
            let text = noteText(arguments.words)
            guard !text.isEmpty else { throw CommandError.usage("note --edit needs the new text: note --edit 3 new text") }
            return .edit(id, text: text)
        }
        guard let target = arguments.words.first else {
            throw CommandError.usage("note needs an article and a text: note @1 the programme runs until 2029 #border")
        }
        let text = noteText(Array(arguments.words.dropFirst()))
        guard !text.isEmpty else { throw CommandError.usage("note needs a text after the article: note \(target) TEXT") }
        let quote = arguments.quote.map(CommandTokenizer.unquote)
        if let quote, quote.isBlank { throw CommandError.usage("--quote needs the exact words to anchor the note to") }
        return .add(try ArticleReference(parsing: target), text: text, quote: quote)
    }

    /// A note's words as typed; one pair of quotes around the whole text is dropped.
    static func noteText(_ words: [String]) -> String {
        CommandTokenizer.unquote(words.joined(separator: " ")).trimmingWhitespace()
    }

    /// Free-text arguments swallow unknown `--options`; catch them here, with a suggestion.
    static func rejectStrayOptions(_ words: [String], command: String) throws {
        let options = CommandCatalog.info(command)?.optionNames ?? []
        guard let stray = words.first(where: { $0.hasPrefix("--") && $0.count > 2 }) else { return }
        let name = String(stray.prefix { $0 != "=" })
        if let suggestion = EditDistance.nearest(to: name, in: options) {
            throw CommandError.usage("unknown option '\(name)'; did you mean '\(suggestion)'?")
        }
        if options.isEmpty { throw CommandError.usage("unknown option '\(name)'; \(command) takes no options") }
        throw CommandError.usage("unknown option '\(name)'; \(command) takes \(options.joined(separator: ", "))")
    }

    static func date(_ text: String, option: String) throws -> PublicationDate {
        guard let date = PublicationDate(parsing: CommandTokenizer.unquote(text)) else {
            throw CommandError.usage("\(option): '\(text)' is not a date; write it as 2024-11-27, 2024-11 or \"27 November 2024\"")
        }
        return date
    }

    static func lowercasedFirst(_ message: String) -> String {
        var text = message
        if text.hasPrefix("Error: ") { text.removeFirst("Error: ".count) }
        text = text.split(separator: "\n").first.map(String.init) ?? text
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
