import FolioCore
import Foundation

/// A date written out in a byline or dateline: `By Lee Sustar | April 1, 2005`, `01:38:07 PM IST Nov 20, 2019`,
/// `15 августа 2016`, `2019-10-22`. Month names come from ICU's locale data (CLDR), in English and Russian.
enum DatelineDate {
    /// Lower-cased month names and their abbreviations, in every form the locales give, to month numbers.
    static let months: [String: Int] = {
        var months: [String: Int] = [:]
        for identifier in ["en_US", "ru_RU"] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: identifier)
            let lists = [formatter.monthSymbols, formatter.shortMonthSymbols, formatter.standaloneMonthSymbols,
                         formatter.shortStandaloneMonthSymbols].compactMap { $0 }
            for list in lists where list.count == 12 {
                for (offset, name) in list.enumerated() {
                    let folded = name.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
                    if !folded.isEmpty, months[folded] == nil { months[folded] = offset + 1 }
                }
            }
        }
        months["sept"] = 9
        return months
    }()

    /// The first date in `text` given to the day, or nil.
    static func first(in text: String) -> PublicationDateMatch? {
        let words = tokens(of: text)
        for index in words.indices {
            if let match = match(words, at: index) { return match }
        }
        return nil
    }

    struct PublicationDateMatch {
        var year: Int, month: Int, day: Int
        var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }
    }

    private enum Token { case number(Int, digits: Int), word(String), mark(Character) }

    private static func tokens(of text: String) -> [Token] {
        var tokens: [Token] = []
        var current = "", isDigits = false
        func flush() {
            guard !current.isEmpty else { return }
            tokens.append(isDigits ? .number(Int(current) ?? 0, digits: current.count) : .word(current.lowercased()))
            current = ""
        }
        for character in text.prefix(2_000) {
            if character.isASCII, character.isNumber {
                if !isDigits { flush() }
                isDigits = true
                current.append(character)
            } else if character.isLetter {
                if isDigits { flush() }
                isDigits = false
                current.append(character)
            } else {
                flush()
                if !character.isWhitespace { tokens.append(.mark(character)) }
            }
        }
        flush()
        return tokens
    }

    private static func match(_ tokens: [Token], at index: Int) -> PublicationDateMatch? {
        func token(_ offset: Int) -> Token? { index + offset < tokens.count ? tokens[index + offset] : nil }
        func month(_ token: Token?) -> Int? {
            if case .word(let word)? = token { return months[word] }
            return nil
        }
        func number(_ token: Token?, digits: ClosedRange<Int>) -> Int? {
            if case .number(let value, let count)? = token, digits.contains(count) { return value }
            return nil
        }
        func isMark(_ token: Token?, _ marks: String) -> Bool {
            if case .mark(let mark)? = token { return marks.contains(mark) }
            return false
        }
        func made(_ year: Int, _ month: Int, _ day: Int) -> PublicationDateMatch? {
            guard (1900...2200).contains(year), PublicationDate(year: year, month: month, day: day) != nil else { return nil }
            return PublicationDateMatch(year: year, month: month, day: day)
        }
        // April 1, 2005 · Nov. 20, 2019
        if let m = month(token(0)) {
            var next = 1
            if isMark(token(next), ".") { next += 1 }
            if let d = number(token(next), digits: 1...2) {
                next += 1
                if isMark(token(next), ",") { next += 1 }
                if let y = number(token(next), digits: 4...4) { return made(y, m, d) }
            }
        }
        // 15 августа 2016 · 1 April 2005 · 20 Nov. 2019
        if let d = number(token(0), digits: 1...2), let m = month(token(1)) {
            var next = 2
            if isMark(token(next), ".,") { next += 1 }
            if let y = number(token(next), digits: 4...4) { return made(y, m, d) }
        }
        // 2019-10-22 · 2019/10/22
        if let y = number(token(0), digits: 4...4), isMark(token(1), "-/"), let m = number(token(2), digits: 1...2),
           isMark(token(3), "-/"), let d = number(token(4), digits: 1...2) {
            return made(y, m, d)
        }
        // 22.10.2019
        if let d = number(token(0), digits: 1...2), isMark(token(1), "."), let m = number(token(2), digits: 1...2),
           isMark(token(3), "."), let y = number(token(4), digits: 4...4) {
            return made(y, m, d)
        }
        return nil
    }

    /// A date in an address: `/2019/10/22/`, `/2019-10-22/`, `/20191022/`.
    static func inURL(_ url: String) -> PublicationDateMatch? {
        let parts = url.split(whereSeparator: { "/?#&=_".contains($0) }).map(String.init)
        for (index, part) in parts.enumerated() {
            if part.count == 4, let y = Int(part), index + 2 < parts.count, let m = Int(parts[index + 1]), parts[index + 1].count <= 2,
               let d = Int(parts[index + 2].prefix { $0.isNumber }), parts[index + 2].prefix(while: { $0.isNumber }).count <= 2,
               (1990...2200).contains(y), PublicationDate(year: y, month: m, day: d) != nil {
                return PublicationDateMatch(year: y, month: m, day: d)
            }
            let pieces = part.split(separator: "-")
            if pieces.count >= 3, pieces[0].count == 4, let y = Int(pieces[0]), let m = Int(pieces[1]), let d = Int(pieces[2]),
               pieces[1].count == 2, pieces[2].count == 2, (1990...2200).contains(y), PublicationDate(year: y, month: m, day: d) != nil {
                return PublicationDateMatch(year: y, month: m, day: d)
            }
            if part.count == 8, let value = Int(part), (1990...2200).contains(value / 10_000),
               PublicationDate(year: value / 10_000, month: value / 100 % 100, day: value % 100) != nil {
                return PublicationDateMatch(year: value / 10_000, month: value / 100 % 100, day: value % 100)
            }
        }
        return nil
    }
}
