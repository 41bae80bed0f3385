/// A calendar date as precise as its source: a year, a month, or a day.
///
/// Folio never fills in a part the source did not give, so "March 2008" stays a month.
public struct PublicationDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, (1...PublicationDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO 8601 text at the date's own precision: `2024-11-27`, `2024-11` or `2024`.
    public var iso: String {
        var text = pad(year, 4)
        if let month { text += "-" + pad(month, 2) }
        if let day { text += "-" + pad(day, 2) }
        return text
    }

    public var description: String { iso }

    /// The first day the date covers, as `YYYY-MM-DD`.
    public var firstDay: String {
        "\(pad(year, 4))-\(pad(month ?? 1, 2))-\(pad(day ?? 1, 2))"
    }

    /// The last day the date covers, as `YYYY-MM-DD`.
    public var lastDay: String {
        let lastMonth = month ?? 12
        return "\(pad(year, 4))-\(pad(lastMonth, 2))-\(pad(day ?? PublicationDate.daysIn(month: lastMonth, year: year), 2))"
    }

    public static func < (lhs: PublicationDate, rhs: PublicationDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
