/// A token of text for the temporal tagger, found by scanning UTF-8 bytes.
struct TemporalToken {
    enum Kind: Equatable {
        case word, number, punctuation
    }

    var kind: Kind
    /// Byte range in the UTF-8 text.
    var start: Int
    var end: Int
    /// Lower-cased text of a word the tagger knows, or the punctuation byte; empty otherwise.
    var text: String
    /// Whether white space separates this token from the previous one.
    var isSpaced: Bool
    var isCapitalized: Bool
    /// Whether the word can start an expression.
    var isTrigger: Bool
    /// A word of more than four letters that ends in -ed, as past-tense verbs do.
    var isPastForm: Bool
    /// A lower-case word of more than three letters that ends in a plural -s: `troops`, `pixels`.
    var isPlural = false
    /// A word in Cyrillic, and whether it is a form of `год` (year) or its abbreviation `г`.
    var isCyrillic = false
    var isRussianYear = false
    /// The value of a number of up to nine digits.
    var number: Int?
    /// What a known word names, from the lexicon.
    var word: TemporalLexicon.Word?

    var digits: Int { kind == .number ? end - start : 0 }
    var length: Int { end - start }
}

enum TemporalTokenizer {
    /// Splits UTF-8 bytes into words (letters, including any non-ASCII letter), numbers and single punctuation bytes;
    /// an en or em dash is punctuation, as a hyphen.
    /// Words are looked up in the lexicon by their bytes; only known words get their text.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [TemporalToken] {
        var tokens: [TemporalToken] = []
        tokens.reserveCapacity(bytes.count / 5)
        var index = 0
        var spaced = true
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                spaced = true
                index += 1
                continue
            }
            let start = index
            if byte >= 0x30 && byte <= 0x39 {
                var value = 0
                while index < count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                    if index - start < 9 { value = value * 10 + Int(bytes[index] - 0x30) }
                    index += 1
                }
                let isShort = index - start <= 9
                tokens.append(TemporalToken(
                    kind: .number, start: start, end: index, text: "", isSpaced: spaced, isCapitalized: false,
                    isTrigger: true, isPastForm: false, number: isShort ? value : nil, word: nil))
            } else if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 {
                index += 3
                tokens.append(TemporalToken(
                    kind: .punctuation, start: start, end: index, text: "-", isSpaced: spaced,
                    isCapitalized: false, isTrigger: false, isPastForm: false, number: nil, word: nil))
            } else if isLetter(byte) {
                while index < count, isLetter(bytes[index]) { index += 1 }
                let length = index - start
                var known: (word: TemporalLexicon.Word, text: String)?
                if length <= 16, bytes[start] < 0x80 {
                    var low: UInt64 = 0, high: UInt64 = 0
                    for offset in 0..<length {
                        var letter = UInt64(bytes[start + offset])
                        if letter >= 0x41 && letter <= 0x5A { letter += 0x20 }
                        if offset < 8 { low |= letter << (8 * offset) } else { high |= letter << (8 * (offset - 8)) }
                    }
                    known = TemporalLexicon.word(low: low, high: high)
                }
                let isPastForm = length > 4 && bytes[index - 1] | 0x20 == 0x64 && bytes[index - 2] | 0x20 == 0x65
                var token = TemporalToken(
                    kind: .word, start: start, end: index, text: known?.text ?? "", isSpaced: spaced,
                    isCapitalized: byte >= 0x41 && byte <= 0x5A, isTrigger: known?.word.isTrigger ?? false, isPastForm: isPastForm, number: nil,
                    word: known?.word)
                if byte >= 0x61, byte <= 0x7A, length > 3, bytes[index - 1] == 0x73, bytes[index - 2] != 0x73, bytes[index - 2] != 0x75, bytes[index - 2] != 0x69 {
                    token.isPlural = true
                } else if byte == 0xD0 || byte == 0xD1 {
                    token.isCyrillic = true
                    // год…, Год…, г
                    token.isRussianYear = length >= 2 && (bytes[start + 1] == 0xB3 || bytes[start + 1] == 0x93)
                        && (length == 2 || length >= 6 && bytes[start + 2] == 0xD0 && bytes[start + 3] == 0xBE && bytes[start + 4] == 0xD0 && bytes[start + 5] == 0xB4)
                }
                tokens.append(token)
            } else {
                index += 1
                tokens.append(TemporalToken(
                    kind: .punctuation, start: start, end: index, text: punctuation[Int(byte)], isSpaced: spaced,
                    isCapitalized: false, isTrigger: byte == 0x27, isPastForm: false, number: nil, word: nil))
            }
            spaced = false
        }
        return tokens
    }

    /// Each byte as a one-character string (ASCII punctuation; other bytes never reach a punctuation token).
    static let punctuation: [String] = (0..<256).map { $0 < 0x80 ? String(UnicodeScalar(UInt8($0))) : "" }

    /// ASCII letters, and every byte of a multi-byte UTF-8 sequence (so non-Latin words stay whole).
    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte >= 0x80
    }
}
