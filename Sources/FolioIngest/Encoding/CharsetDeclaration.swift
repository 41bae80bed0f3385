/// The character set a file declares in its first 4 KiB: the XML declaration of a feed, or an HTML
/// `<meta charset>` or `<meta http-equiv="Content-Type">`.
struct CharsetDeclaration: Equatable {
    var label: String
    var place: String

    /// iconv's name for the declared set. ISO-8859-1 and ASCII are read as windows-1252, as browsers read them:
    /// pages that declare them use its quotation marks and dashes.
    var encoding: String {
        switch label {
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "iso_8859-1", "cp819", "ibm819": return "WINDOWS-1252"
        case "x-cp1251", "win-1251": return "WINDOWS-1251"
        case "x-cp1250": return "WINDOWS-1250"
        case "utf8": return "UTF-8"
        default: return label.uppercased()
        }
    }

    var isUTF8: Bool { encoding == "UTF-8" || encoding == "UNICODE-1-1-UTF-8" }

    static func find(in bytes: [UInt8]) -> CharsetDeclaration? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        if head.hasPrefix("<?xml") || head.drop(while: \.isWhitespace).hasPrefix("<?xml"), let end = head.range(of: "?>") {
            let declaration = head[..<end.lowerBound]
            if let value = attribute("encoding", in: declaration) { return CharsetDeclaration(label: value, place: "its XML declaration") }
        }
        var rest = head[...]
        while let meta = rest.range(of: "<meta") {
            let tail = rest[meta.upperBound...]
            let tag = tail.prefix { $0 != ">" }
            if let value = attribute("charset", in: tag) { return CharsetDeclaration(label: value, place: "its <meta charset>") }
            if attribute("http-equiv", in: tag) == "content-type", let content = attribute("content", in: tag),
               let charset = content.range(of: "charset=") {
                let value = content[charset.upperBound...].prefix { !";, \"'".contains($0) }
                if !value.isEmpty { return CharsetDeclaration(label: String(value), place: "its <meta http-equiv=\"Content-Type\">") }
            }
            rest = tail
        }
        return nil
    }

    /// The value of `name=` in a tag's text, quoted or not.
    private static func attribute(_ name: String, in text: Substring) -> String? {
        var search = text[...]
        while let found = search.range(of: name) {
            let before = search[..<found.lowerBound].last
            let isQuoted = text[..<found.lowerBound].filter { $0 == "\"" }.count % 2 == 1
            var after = search[found.upperBound...].drop { $0 == " " }
            search = search[found.upperBound...]
            guard !isQuoted, before == nil || before == " " || before == "\t" || before == "\n" || before == "?", after.first == "=" else { continue }
            after = after.dropFirst().drop { $0 == " " }
            if let quote = after.first, quote == "\"" || quote == "'" {
                let value = after.dropFirst().prefix { $0 != quote }
                return value.trimmingWhitespace().isEmpty ? nil : String(value).trimmingWhitespace()
            }
            let value = after.prefix { !" >/;\t\n".contains($0) }
            return value.isEmpty ? nil : String(value)
        }
        return nil
    }
}
