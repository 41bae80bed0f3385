import FolioCore

/// Prints commands in the form sessions keep. Options equal to their default are left out, so that a default
/// is written once, on its property.
public struct CanonicalPrinter {
    /// The id an `@N` or id prefix names now, in its short form; nil keeps the reference as typed.
    let resolve: (ArticleReference) -> String?

    public init(resolve: @escaping (ArticleReference) -> String?) {
        self.resolve = resolve
    }

    /// A printer that keeps every reference as typed.
    public static var verbatim: CanonicalPrinter { CanonicalPrinter { _ in nil } }

    /// The reference as a session saves it: the id it names now, or as typed.
    public func reference(_ reference: ArticleReference) -> String {
        resolve(reference) ?? reference.typed
    }

    /// Quotes text for the tokenizer: straight quotes, or curly ones when the text holds a straight quote.
    public static func quoted(_ text: String) -> String {
        text.contains("\"") ? "“\(text)”" : "\"\(text)\""
    }

    /// Starts a line with the command's name.
    public func line<Command: FolioCommand>(_ command: Command.Type, _ words: String?...) -> CanonicalLine {
        CanonicalLine(model: CommandModel.of(command), words: words.compactMap { $0 }.filter { !$0.isEmpty })
    }
}

/// A canonical line being built: words, then options in the order they are added.
public struct CanonicalLine: CustomStringConvertible, Sendable {
    let model: CommandModel
    var words: [String]

    /// Adds `--name value` unless the value is the option's default.
    public func option(_ name: String, _ value: CustomStringConvertible?) -> CanonicalLine {
        guard let value else { return self }
        let text = value.description
        if let option = model.option(name), option.defaultValue == text { return self }
        var line = self
        line.words += [name, text.contains(" ") || text.isEmpty ? CanonicalPrinter.quoted(text) : text]
        return line
    }

    /// Adds `--name "value"`, always quoted, as a passage or a path reads best.
    public func quoted(_ name: String, _ value: String?) -> CanonicalLine {
        guard let value else { return self }
        var line = self
        line.words += [name, CanonicalPrinter.quoted(value)]
        return line
    }

    /// Adds `--name` when the flag is set.
    public func flag(_ name: String, _ isSet: Bool) -> CanonicalLine {
        guard isSet else { return self }
        var line = self
        line.words.append(name)
        return line
    }

    public var description: String { ([model.name] + words).joined(separator: " ") }
}
