import FolioCore

/// A proleptic Gregorian day, with the arithmetic the tagger and the timeline's chart need and no Foundation
/// calendar.
public struct CalendarDay: Hashable, Comparable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// An ISO date or a period's start as the timeline writes it: `2024-11-27`, `2024-11`, `2024`, `-0493-01-01`.
    public init?(iso: String) {
        let isBefore = iso.hasPrefix("-")
        let fields = iso.dropFirst(isBefore ? 1 : 0).split(separator: "-").map { Int($0) }
        guard let year = fields.first ?? nil, fields.allSatisfy({ $0 != nil }) else { return nil }
        self.init(year: isBefore ? -year : year, month: fields.count > 1 ? fields[1]! : 1, day: fields.count > 2 ? fields[2]! : 1)
    }

    public init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPrime = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
        month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days since 1970-01-01.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// 1 for Monday through 7 for Sunday.
    var weekday: Int {
        let days = daysSinceEpoch
        return ((days % 7 + 7) % 7 + 3) % 7 + 1
    }

    public func adding(days: Int) -> CalendarDay {
        CalendarDay(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// The ISO 8601 week: its year and number.
    var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let first = CalendarDay(year: thursday.year, month: 1, day: 1)
        return (thursday.year, (thursday.daysSinceEpoch - first.daysSinceEpoch) / 7 + 1)
    }

    /// `2024-11-27`; a year before Christ in ISO 8601's expanded form, as Duckling writes it: `-0493-01-01`.
    public var iso: String { Self.yearText(year) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2) }

    /// A year as ISO 8601 writes it: `0493`, `2024`, `-0493` before Christ.
    public static func yearText(_ year: Int) -> String {
        year < 0 ? "-" + pad(-year, 4) : pad(year, 4)
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func lastDay(month: Int, year: Int) -> Int {
        PublicationDate.daysIn(month: month, year: year)
    }
}
