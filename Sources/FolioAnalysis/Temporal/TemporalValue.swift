import FolioCore

/// A normalized date before it is written out: what period it names, at what granularity.
enum TemporalValue: Equatable {
    case day(year: Int?, month: Int, day: Int)
    case week(year: Int, week: Int, start: CalendarDay)
    case month(year: Int?, month: Int)
    case season(year: Int?, season: String)
    case quarter(year: Int?, quarter: Int)
    case year(Int)
    case decade(Int)
    case century(Int)
    /// A value with no span: PRESENT_REF, PAST_REF, FUTURE_REF, or a relative date with nothing to anchor it (`XXXX`).
    case reference(String, TimeExpression.Granularity)

    /// The year the value falls in, when it is known and a single one.
    var year: Int? {
        switch self {
        case .day(let y, _, _), .month(let y, _), .season(let y, _), .quarter(let y, _): return y
        case .week(let y, _, _), .year(let y): return y
        default: return nil
        }
    }

    /// The same period some years away, for the values that carry a year.
    func shifted(years: Int) -> TemporalValue? {
        switch self {
        case .day(let y?, let m, let d): return .day(year: y + years, month: m, day: min(d, CalendarDay.lastDay(month: m, year: y + years)))
        case .month(let y?, let m): return .month(year: y + years, month: m)
        case .season(let y?, let s): return .season(year: y + years, season: s)
        case .quarter(let y?, let q): return .quarter(year: y + years, quarter: q)
        case .year(let y): return .year(y + years)
        default: return nil
        }
    }

    var granularity: TimeExpression.Granularity {
        switch self {
        case .day: return .day
        case .reference(_, let granularity): return granularity
        case .week: return .week
        case .month: return .month
        case .season: return .season
        case .quarter: return .quarter
        case .year: return .year
        case .decade: return .decade
        case .century: return .century
        }
    }

    var timex: String {
        func year(_ value: Int?) -> String { value.map { CalendarDay.pad($0, 4) } ?? "XXXX" }
        switch self {
        case .day(let y, let m, let d): return "\(year(y))-\(CalendarDay.pad(m, 2))-\(CalendarDay.pad(d, 2))"
        case .week(let y, let w, _): return "\(CalendarDay.pad(y, 4))-W\(CalendarDay.pad(w, 2))"
        case .month(let y, let m): return "\(year(y))-\(CalendarDay.pad(m, 2))"
        case .season(let y, let s): return "\(year(y))-\(s)"
        case .quarter(let y, let q): return "\(year(y))-Q\(q)"
        case .year(let y): return y < 0 ? "BC" + CalendarDay.pad(-y, 4) : CalendarDay.pad(y, 4)
        case .decade(let d): return CalendarDay.pad(d, 3)
        case .century(let c): return c < 0 ? "BC" + CalendarDay.pad(-c - 1, 2) : CalendarDay.pad(c, 2)
        case .reference(let name, _): return name
        }
    }

    /// The inclusive span of days, or nil when the year is unknown.
    var span: (start: String, end: String)? {
        switch self {
        case .day(let y?, let m, let d):
            let day = CalendarDay(year: y, month: m, day: d).iso
            return (day, day)
        case .week(_, _, let start):
            return (start.iso, start.adding(days: 6).iso)
        case .month(let y?, let m):
            return (CalendarDay(year: y, month: m, day: 1).iso, CalendarDay(year: y, month: m, day: CalendarDay.lastDay(month: m, year: y)).iso)
        case .season(let y?, let s):
            let months = ["SP": (3, 5, 0), "SU": (6, 8, 0), "FA": (9, 11, 0), "WI": (12, 2, 1)][s] ?? (1, 12, 0)
            let endYear = y + months.2
            return (CalendarDay(year: y, month: months.0, day: 1).iso,
                    CalendarDay(year: endYear, month: months.1, day: CalendarDay.lastDay(month: months.1, year: endYear)).iso)
        case .quarter(let y?, let q):
            let last = q * 3
            return (CalendarDay(year: y, month: last - 2, day: 1).iso, CalendarDay(year: y, month: last, day: CalendarDay.lastDay(month: last, year: y)).iso)
        case .year(let y):
            return (CalendarDay(year: y, month: 1, day: 1).iso, CalendarDay(year: y, month: 12, day: 31).iso)
        case .decade(let d) where d >= 0:
            return (CalendarDay(year: d * 10, month: 1, day: 1).iso, CalendarDay(year: d * 10 + 9, month: 12, day: 31).iso)
        case .century(let c):
            return (CalendarDay(year: c * 100, month: 1, day: 1).iso, CalendarDay(year: c * 100 + 99, month: 12, day: 31).iso)
        default:
            return nil
        }
    }
}
