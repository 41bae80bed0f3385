import FolioCore

/// The narrative's reference time: the latest date the text placed on the calendar, which a later partial date of
/// the same section takes its year from ("In March 1919 … on April 16").
struct NarrativeReference {
    var value: TemporalValue
    /// Where the date stands, in code points, for `timeline --explain`.
    var offset: Int
    /// Whether its sentence placed it in the future: such a date anchors only sentences of the future.
    var isFuture: Bool
    var section: Int

    /// The day counting starts from: the first of the month or the year when no day was named.
    var day: CalendarDay? {
        switch value {
        case .day(let year?, let month, let day): return CalendarDay(year: year, month: month, day: day)
        case .month(let year?, let month): return CalendarDay(year: year, month: month, day: 1)
        case .year(let year) where year > 0: return CalendarDay(year: year, month: 1, day: 1)
        case .season(let year?, _), .quarter(let year?, _): return CalendarDay(year: year, month: 1, day: 1)
        default: return nil
        }
    }

    /// Whether a sentence in this section may take its year from the reference: both speak of the past, or both of
    /// the future, and the next year the text writes is not far ahead of the reference, which would make it an
    /// aside (`Founded in 1992, …; in late March … October 2022`). Past a heading the next year written, if any,
    /// must be the reference's or the one after, as when a history goes on under a new heading.
    func anchors(isFuture sentenceIsFuture: Bool, section sentenceSection: Int, nextYear: Int?) -> Bool {
        guard isFuture == sentenceIsFuture, let year = value.year else { return false }
        if section != sentenceSection { return nextYear.map { $0 == year || $0 == year + 1 } ?? true }
        return nextYear.map { $0 <= year + 5 } ?? true
    }
}

/// Where the sections of a text start: at each heading, a short line between blank lines with no closing
/// punctuation, which belongs to the section it opens. Counted by UTF-8 byte.
struct SectionBreaks {
    private var starts: [Int] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var lineStart = 0
        var previousBlank = true
        var index = 0
        let count = bytes.count
        while index <= count {
            guard index == count || bytes[index] == 0x0A else {
                index += 1
                continue
            }
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<index])
            let isBlank = line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            let nextBlank = index + 1 >= count || bytes[index + 1] == 0x0A
            if !isBlank, previousBlank, nextBlank, Self.isHeading(line) { starts.append(lineStart) }
            previousBlank = isBlank
            lineStart = index + 1
            index += 1
        }
    }

    /// A heading has at most twelve words and ends in no sentence punctuation.
    private static func isHeading(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = line.last(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return false }
        if [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "\""), 0x9D].contains(last) {
            return false
        }
        return line.lazy.filter { $0 == 0x20 }.count < 12
    }

    /// The section a byte falls in: how many headings start at or before it.
    func section(at byte: Int, from hint: inout Int) -> Int {
        while hint < starts.count, starts[hint] <= byte { hint += 1 }
        return hint
    }
}
