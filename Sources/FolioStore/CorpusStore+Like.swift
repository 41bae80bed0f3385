extension CorpusStore {
    /// `text` for a LIKE pattern with `ESCAPE '\'`, so that its `%` and `_` match only themselves.
    /// See <https://sqlite.org/lang_expr.html#the_like_glob_regexp_match_and_extract_operators>.
    static func escapingLike(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
