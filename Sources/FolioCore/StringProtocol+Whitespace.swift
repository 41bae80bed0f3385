extension Unicode.Scalar {
    /// White space by Unicode's definition, with a fast path for ASCII.
    @inlinable
    public var isWhitespaceScalar: Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return properties.isWhitespace
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space (newlines included).
    ///
    /// Works on Unicode scalars: Foundation's `trimmingCharacters(in:)` round-trips through UTF-16 and is
    /// many times slower on Linux, which matters at ingest.
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhitespaceScalar }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isWhitespaceScalar })!
        return String(self[first..<scalars.index(after: last)])
    }

    /// True when every scalar is white space, or there is none.
    public var isBlank: Bool {
        unicodeScalars.allSatisfy(\.isWhitespaceScalar)
    }
}
