/// The site's name in the headlines of one site's pages, found because it repeats: a part after the last
/// separator (` - Example Daily`), or before the first (`Example Daily | `), that three pages or more share, and
/// a third of the site's pages at least, so that a word some headlines begin with stays.
public enum RepeatedTitleAffix {
    /// Pages that must share a part for it to count as the site's.
    public static let minimumPages = 3
    /// A longer part is a headline's own words, not a site's name.
    static let longestAffixWords = 8

    /// For each title of one site, the title without the longest leading and trailing parts that enough of the
    /// titles share; nil where nothing repeats.
    public static func stripped(_ titles: [String]) -> [String?] {
        guard titles.count >= minimumPages else { return titles.map { _ in nil } }
        let allParts = titles.map(affixes(of:))
        var suffixPages: [String: Int] = [:], prefixPages: [String: Int] = [:]
        for parts in allParts {
            for suffix in Set(parts.suffixes) { suffixPages[suffix, default: 0] += 1 }
            for prefix in Set(parts.prefixes) { prefixPages[prefix, default: 0] += 1 }
        }
        let needed = max(minimumPages, (titles.count + 2) / 3)
        return zip(titles, allParts).map { title, parts in
            let suffix = parts.suffixes.filter { suffixPages[$0, default: 0] >= needed }.max { $0.count < $1.count }
            let prefix = parts.prefixes.filter { prefixPages[$0, default: 0] >= needed }.max { $0.count < $1.count }
            var kept = Substring(title)
            if let suffix { kept = kept.dropLast(suffix.count) }
            if let prefix, kept.count > prefix.count { kept = kept.dropFirst(prefix.count) }
            let headline = kept.trimmingWhitespace()
            guard headline != title, headline.count >= 4, headline.contains(where: \.isLetter) else { return nil }
            return headline
        }
    }

    /// The separator-led endings of a title (` - BBC News`, ` - Politics - BBC News`) and the separator-ended
    /// beginnings, each short enough to be a name and leaving some headline.
    static func affixes(of title: String) -> (suffixes: [String], prefixes: [String]) {
        var suffixes: [String] = [], prefixes: [String] = []
        for separator in PageTitle.separators where separator.hasPrefix(" ") {
            var searched = title.startIndex..<title.endIndex
            while let range = title.range(of: separator, range: searched) {
                let before = title[..<range.lowerBound], after = title[range.upperBound...]
                if isName(after), before.count >= 4 { suffixes.append(String(title[range.lowerBound...])) }
                if isName(before), after.count >= 4 { prefixes.append(String(title[..<range.upperBound])) }
                searched = range.upperBound..<title.endIndex
            }
        }
        return (suffixes, prefixes)
    }

    private static func isName(_ part: Substring) -> Bool {
        let words = part.split(whereSeparator: \.isWhitespace)
        return !words.isEmpty && words.count <= longestAffixWords && part.contains(where: \.isLetter)
    }
}

extension RepeatedTitleAffix {
    /// What groups pages as one site's: the host of the page's address without `www.`, else the folder it is in.
    public static func site(address: String?, path: String) -> String {
        if let host = PageTitle.hostNames(of: address).first { return host }
        return String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
    }
}
