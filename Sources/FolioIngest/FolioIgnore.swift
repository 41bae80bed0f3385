import Foundation

/// The rules of a `.folioignore` file, in gitignore's syntax: a pattern a line; `#` starts a comment; `!`
/// re-includes; a trailing `/` names folders only; a `/` at the start or inside anchors the pattern to the
/// folder of the file, otherwise it matches a name at any depth; `*` and `?` stay within a name and `**`
/// crosses folders. Later rules win. See `man gitignore`.
public struct FolioIgnore: Sendable {
    struct Rule: Sendable {
        let expression: NSRegularExpression
        let isNegated: Bool
        let isFolderOnly: Bool
        let isAnchored: Bool
    }

    /// The folder the file is in, relative to the scanned folder: `""` at its top.
    let base: String
    let rules: [Rule]

    public init(text: String, base: String) {
        self.base = base
        rules = text.split(whereSeparator: \.isNewline).compactMap { Self.rule(from: String($0)) }
    }

    /// True when the rules ignore the path (relative to the scanned folder), false when a `!` rule keeps it,
    /// nil when no rule speaks of it.
    public func verdict(on path: String, isFolder: Bool) -> Bool? {
        guard base.isEmpty || path.hasPrefix(base + "/") else { return nil }
        let relative = base.isEmpty ? path : String(path.dropFirst(base.count + 1))
        let name = (relative as NSString).lastPathComponent
        var verdict: Bool?
        for rule in rules where !rule.isFolderOnly || isFolder {
            let subject = rule.isAnchored ? relative : name
            let range = NSRange(subject.startIndex..., in: subject)
            if rule.expression.firstMatch(in: subject, range: range) != nil { verdict = !rule.isNegated }
        }
        return verdict
    }

    private static func rule(from line: String) -> Rule? {
        var pattern = line
        while pattern.hasSuffix(" "), !pattern.hasSuffix("\\ ") { pattern.removeLast() }
        guard !pattern.isEmpty, !pattern.hasPrefix("#") else { return nil }
        let isNegated = pattern.hasPrefix("!")
        if isNegated { pattern.removeFirst() }
        let isFolderOnly = pattern.hasSuffix("/")
        if isFolderOnly { pattern.removeLast() }
        let isAnchored = pattern.contains("/")
        if pattern.hasPrefix("/") { pattern.removeFirst() }
        guard !pattern.isEmpty, let expression = try? NSRegularExpression(pattern: "^" + regex(pattern) + "$") else { return nil }
        return Rule(expression: expression, isNegated: isNegated, isFolderOnly: isFolderOnly, isAnchored: isAnchored)
    }

    /// The glob as a regular expression: `**/` any folders, `*` within a name, `?` one character, `[…]` a class.
    private static func regex(_ glob: String) -> String {
        var result = ""
        var characters = Array(glob)[...]
        while let character = characters.popFirst() {
            switch character {
            case "*":
                if characters.first == "*" {
                    characters.removeFirst()
                    if characters.first == "/" {
                        characters.removeFirst()
                        result += "(?:.*/)?"
                    } else {
                        result += ".*"
                    }
                } else {
                    result += "[^/]*"
                }
            case "?": result += "[^/]"
            case "[":
                var set = "["
                while let next = characters.popFirst(), next != "]" { set += next == "!" && set == "[" ? "^" : String(next) }
                result += set + "]"
            case "\\":
                if let next = characters.popFirst() { result += NSRegularExpression.escapedPattern(for: String(next)) }
            default: result += NSRegularExpression.escapedPattern(for: String(character))
            }
        }
        return result
    }
}
