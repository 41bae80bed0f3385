import Foundation

extension PublicationDate {
    /// Lower-cased month names and abbreviations in English and Russian, in every form ICU's locale data
    /// (CLDR) gives, to month numbers: `august`, `aug`, `августа`, `авг`.
    static let datelineMonths: [String: Int] = {
        var months: [String: Int] = ["sept": 9]
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
        return months
    }()

    /// The first day written out in a byline or dateline: `By Lee Sustar | April 1, 2005`,
    /// `01:38:07 PM IST Nov 20, 2019`, `15 августа 2016`, `2019-10-22`, `22.10.2019`. Nil without one.
    public static func firstDay(in text: String) -> PublicationDate? {
        let tokens = DateTokens(String(text.prefix(2_000))).tokens
        for index in tokens.indices {
            if let date = day(in: tokens, at: index) { return date }
        }
        return nil
    }

    private static func day(in tokens: [DateTokens.Token], at index: Int) -> PublicationDate? {
        func token(_ offset: Int) -> DateTokens.Token? { index + offset < tokens.count ? tokens[index + offset] : nil }
        func month(_ token: DateTokens.Token?) -> Int? {
            if case .word(let word)? = token { return datelineMonths[word] }
            return nil
        }
        func number(_ token: DateTokens.Token?, digits: ClosedRange<Int>) -> Int? {
            if case .number(let value, let count)? = token, digits.contains(count) { return value }
            return nil
        }
        func isMark(_ token: DateTokens.Token?, _ marks: String) -> Bool {
            if case .separator(let mark)? = token { return marks.contains(mark) }
            return false
        }
        func made(_ year: Int, _ month: Int, _ day: Int) -> PublicationDate? {
            (1900...2200).contains(year) ? PublicationDate(year: year, month: month, day: day) : nil
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

    /// A day in a web address: `/2019/10/22/`, `/2019-10-22/`, `/20191022/`.
    public static func day(inAddress url: String) -> PublicationDate? {
        let parts = url.split(whereSeparator: { "/?#&=_".contains($0) }).map(String.init)
        func made(_ year: Int, _ month: Int, _ day: Int) -> PublicationDate? {
            (1990...2200).contains(year) ? PublicationDate(year: year, month: month, day: day) : nil
        }
        for (index, part) in parts.enumerated() {
            if part.count == 4, let y = Int(part), index + 2 < parts.count, parts[index + 1].count <= 2, let m = Int(parts[index + 1]) {
                let digits = parts[index + 2].prefix { $0.isNumber }
                if digits.count <= 2, let d = Int(digits), let date = made(y, m, d) { return date }
            }
            let pieces = part.split(separator: "-")
            if pieces.count >= 3, pieces[0].count == 4, pieces[1].count == 2, pieces[2].count == 2,
               let y = Int(pieces[0]), let m = Int(pieces[1]), let d = Int(pieces[2]), let date = made(y, m, d) {
                return date
            }
            if part.count == 8, let value = Int(part), let date = made(value / 10_000, value / 100 % 100, value % 100) { return date }
        }
        return nil
    }
}
