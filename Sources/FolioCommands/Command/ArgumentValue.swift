import ArgumentParser
import FolioCore

/// Reads the typed values of arguments that ArgumentParser keeps as text, so that each problem is told in
/// Folio's words: `--in takes title or body, not 'abstract'`.
public enum ArgumentValue {
    /// A date option: `2024-11-27`, `2024-11`, `"27 November 2024"`.
    public static func date(_ text: String?, option: String) throws -> PublicationDate? {
        guard let text else { return nil }
        guard let date = PublicationDate(parsing: CommandTokenizer.unquote(text)) else {
            throw ValidationError("\(option): '\(text)' is not a date; write it as 2024-11-27, 2024-11 or \"27 November 2024\"")
        }
        return date
    }

    /// One of a fixed list of values, such as `--by year|month|day`.
    public static func choice<Value: RawRepresentable & CaseIterable & Equatable>(
        _ text: String?, option: String, excluding excluded: [Value] = []
    ) throws -> Value? where Value.RawValue == String {
        guard let text else { return nil }
        guard let value = Value(rawValue: CommandTokenizer.unquote(text).lowercased()), !excluded.contains(value) else {
            throw ValidationError("\(option) takes \(names(of: Value.self, excluding: excluded)), not '\(text)'")
        }
        return value
    }

    /// `title or body`, `year, month or day`.
    public static func names<Value: RawRepresentable & CaseIterable & Equatable>(of type: Value.Type, excluding excluded: [Value] = []) -> String
    where Value.RawValue == String {
        let names = Value.allCases.filter { !excluded.contains($0) }.map(\.rawValue)
        guard names.count > 1 else { return names.joined() }
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }

    /// The values completion offers for such an option.
    public static func completions<Value: RawRepresentable & CaseIterable & Equatable>(_ type: Value.Type, excluding excluded: [Value] = []) -> CompletionKind
    where Value.RawValue == String {
        .list(Value.allCases.filter { !excluded.contains($0) }.map(\.rawValue))
    }

    /// A positive count, such as `--limit`.
    public static func positive(_ value: Int, option: String) throws {
        guard value > 0 else { throw ValidationError("\(option) must be a positive number") }
    }

    /// Free text as typed, with one pair of quotes around the whole dropped.
    public static func text(_ words: [String]) -> String {
        CommandTokenizer.unquote(words.joined(separator: " ")).trimmingWhitespace()
    }
}
