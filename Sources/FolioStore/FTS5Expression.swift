import FolioCore

/// Compiles a ``SearchQuery`` into an FTS5 MATCH expression: the one place user text becomes FTS5 syntax.
///
/// Every word and phrase becomes an FTS5 string, so FTS5 tokenizes it exactly as it tokenized the text:
/// `Tajik-Afghan` is the phrase `tajik afghan` and `Turkey’s` is `turkey s`. Nothing the user types can
/// be read as FTS5 syntax. See <https://sqlite.org/fts5.html#full_text_query_syntax>.
public enum FTS5Expression {
    public static func compile(_ query: SearchQuery, column: SearchColumn? = nil) -> String {
        let expression = compile(query)
        guard let column else { return expression }
        return "{\(column.rawValue)} : (\(expression))"
    }

    static func compile(_ query: SearchQuery) -> String {
        switch query {
        case .term(let word, let isPrefix):
            return quoted(word) + (isPrefix ? " *" : "")
        case .phrase(let text):
            return quoted(text)
        case .all(let parts):
            return "(" + parts.map(compile).joined(separator: " AND ") + ")"
        case .any(let parts):
            return "(" + parts.map(compile).joined(separator: " OR ") + ")"
        case .excluding(let included, let excluded):
            let exclusion = excluded.count == 1 ? compile(excluded[0]) : compile(.any(excluded))
            return "(" + compile(included) + " NOT " + exclusion + ")"
        }
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
