/// Tells which single-byte character set text that is not UTF-8 was written in, among windows-1251 and KOI8-R
/// for Cyrillic and windows-1252 for Latin, by reading a sample in each and judging the words it gives: letters
/// of one script, cased as words are (`привет`, `Привет`, `ПРИВЕТ`, never `пРИВЕТ`), accents among plain
/// letters (`café`, not `ïðèâåò`), and no stray symbols.
enum CharsetDetector {
    static let candidates: [(encoding: String, reads: String)] = [
        ("WINDOWS-1251", "Cyrillic"), ("KOI8-R", "Cyrillic"), ("WINDOWS-1252", "Latin"),
    ]

    struct Verdict {
        var encoding: String
        /// Why it was chosen, to follow "read as windows-1251, ".
        var reason: String
    }

    /// The most plausible candidate, or nil when none gives words.
    static func detect(_ bytes: [UInt8]) -> Verdict? {
        // The sample starts a little before the first byte outside ASCII, which may be far into a page.
        let first = bytes.firstIndex { $0 >= 0x80 } ?? 0
        let sample = bytes[max(0, first - 256)..<min(bytes.count, max(0, first - 256) + 65_536)]
        var best: (encoding: String, reads: String, score: Int)?
        var latinScore: Int?
        for candidate in candidates {
            guard let decoded = Iconv.decode(sample, from: candidate.encoding) else { continue }
            let score = plausibility(of: decoded.text) - 4 * decoded.unreadable
            if candidate.encoding == "WINDOWS-1252" { latinScore = score }
            if score > (best?.score ?? 0) { best = (candidate.encoding, candidate.reads, score) }
        }
        // A few words are too little to go on; Latin is the usual text of files that declare nothing.
        if let best, best.score >= 3 { return Verdict(encoding: best.encoding, reason: "whose reading gives \(best.reads) words") }
        guard let latinScore, latinScore >= 0 else { return nil }
        return Verdict(
            encoding: "WINDOWS-1252",
            reason: latinScore > 0 ? "whose reading gives Latin words" : "since its few bytes outside ASCII read as marks in any of them")
    }

    /// Words that read as words count for, words and symbols that do not count against.
    static func plausibility(of text: String) -> Int {
        var score = 0
        var word: [Unicode.Scalar] = []
        func judge() {
            defer { word.removeAll(keepingCapacity: true) }
            guard word.contains(where: { !$0.isASCII }) else { return }
            var latin = 0, cyrillic = 0, other = 0, nonASCII = 0
            var lowerThenUpper = false, previousLower = false
            var lower = 0
            for scalar in word {
                if !scalar.isASCII { nonASCII += 1 }
                switch scalar.value {
                case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
                case 0x400...0x4FF: cyrillic += 1
                default: other += 1
                }
                let properties = scalar.properties
                if properties.isUppercase, previousLower { lowerThenUpper = true }
                previousLower = properties.isLowercase
                if properties.isLowercase { lower += 1 }
            }
            if (latin > 0 && cyrillic > 0) || other > 0 || lowerThenUpper {
                score -= 2
            } else if cyrillic == 0, word.count >= 4, nonASCII * 2 > word.count {
                score -= 2
            } else if lower > 0 {
                score += 1
            }
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                word.append(scalar)
                continue
            }
            judge()
            if scalar.value >= 0x80, !Self.usualMarks.contains(scalar.value) { score -= 1 }
        }
        judge()
        return score
    }

    /// Marks that text in any of the candidates writes beside its words: dashes, quotation marks, the ellipsis,
    /// the euro and numero signs, the no-break space, the degree and section signs.
    static let usualMarks: Set<UInt32> = [
        0xA0, 0xA7, 0xA9, 0xAB, 0xAE, 0xB0, 0xB7, 0xBB, 0x2013, 0x2014, 0x2018, 0x2019, 0x201A, 0x201C, 0x201D,
        0x201E, 0x2022, 0x2026, 0x20AC, 0x2116, 0xFFFD,
    ]
}
