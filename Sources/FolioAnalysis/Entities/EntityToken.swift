/// A word or a punctuation mark for the entity tagger, found by scanning UTF-8 bytes.
struct EntityToken {
    enum Kind {
        case word, number, punctuation
    }

    var kind: Kind
    /// Byte range in the UTF-8 text.
    var start: Int
    var end: Int
    /// The word as written, for capitalized words and short lower-case words; the mark, for punctuation
    /// (a curly apostrophe is given as `'`); empty otherwise.
    var text: String
    var isCapitalized: Bool
    /// Two or more letters, all capitals: `CSTO`.
    var isAllCapitals: Bool
    /// Whether white space separates this token from the previous one.
    var isSpaced: Bool
    /// The first word of a sentence or a line.
    var isSentenceStart: Bool
}

enum EntityTokenizer {
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [EntityToken] {
        var tokens: [EntityToken] = []
        tokens.reserveCapacity(bytes.count / 6)
        var index = 0
        var spaced = true
        var sentenceStart = true
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                spaced = true
                index += 1
                continue
            }
            if byte == 0x0A {
                spaced = true
                sentenceStart = true
                index += 1
                continue
            }
            let start = index
            if isApostrophe(bytes, at: index) {
                index += byte == 0x27 ? 1 : 3
                tokens.append(EntityToken(kind: .punctuation, start: start, end: index, text: "'", isCapitalized: false,
                                          isAllCapitals: false, isSpaced: spaced, isSentenceStart: false))
            } else if isLetter(bytes, at: index) || byte >= 0x30 && byte <= 0x39 {
                var capitals = 0, letters = 0, hasDigit = false
                while index < count, !isApostrophe(bytes, at: index), isLetter(bytes, at: index) || bytes[index] >= 0x30 && bytes[index] <= 0x39 {
                    let current = bytes[index]
                    if current >= 0x41 && current <= 0x5A { capitals += 1 }
                    if current >= 0x30 && current <= 0x39 { hasDigit = true } else if current < 0x80 || current >= 0xC0 { letters += 1 }
                    index += 1
                }
                let isCapitalized = byte >= 0x41 && byte <= 0x5A || byte >= 0xC0 && isUpperCase(bytes, at: start)
                let length = index - start
                let keepsText = isCapitalized || length <= 3 && isKeptLowerCase(bytes, from: start, length: length)
                let text = keepsText ? String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self) : ""
                tokens.append(EntityToken(
                    kind: hasDigit && letters == 0 ? .number : .word, start: start, end: index, text: text, isCapitalized: isCapitalized,
                    isAllCapitals: capitals >= 2 && capitals == letters, isSpaced: spaced, isSentenceStart: sentenceStart))
                sentenceStart = false
            } else {
                index += byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                let text = byte < 0x80 ? String(UnicodeScalar(byte)) : String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<min(index, count)]), as: UTF8.self)
                tokens.append(EntityToken(kind: .punctuation, start: start, end: min(index, count), text: text, isCapitalized: false,
                                          isAllCapitals: false, isSpaced: spaced, isSentenceStart: false))
                if byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x3A || byte == 0x3B {
                    sentenceStart = !(byte == 0x2E && tokens.count >= 2 && isAbbreviation(tokens[tokens.count - 2]))
                }
            }
            spaced = false
        }
        return tokens
    }

    /// The lower-case words the tagger reads: `of`, `for`, `de`, `the`, `and`, and the `s` of a possessive.
    static func isKeptLowerCase(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, length: Int) -> Bool {
        switch length {
        case 1: return bytes[start] == 0x73
        case 2: return bytes[start] == 0x6F && bytes[start + 1] == 0x66 || bytes[start] == 0x64 && bytes[start + 1] == 0x65
        default:
            return bytes[start] == 0x66 && bytes[start + 1] == 0x6F && bytes[start + 2] == 0x72
                || bytes[start] == 0x74 && bytes[start + 1] == 0x68 && bytes[start + 2] == 0x65
                || bytes[start] == 0x61 && bytes[start + 1] == 0x6E && bytes[start + 2] == 0x64
        }
    }

    /// `Mr.`, `Dr.`, `U.S.`: a period that does not end a sentence.
    static func isAbbreviation(_ token: EntityToken) -> Bool {
        token.kind == .word && token.isCapitalized && (token.end - token.start <= 2 || ["Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Gov", "Col", "Lt", "Prof", "Rep", "St"].contains(token.text))
    }

    @inline(__always)
    static func isApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] == 0x27 || bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99
    }

    /// ASCII letters and the bytes of non-ASCII letters; general punctuation (U+2000–U+206F, as curly quotes
    /// and dashes) is not a letter.
    @inline(__always)
    static func isLetter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return byte >= 0x61 && byte <= 0x7A || byte >= 0x41 && byte <= 0x5A }
        if byte == 0xE2 && index + 1 < bytes.count && bytes[index + 1] >= 0x80 && bytes[index + 1] <= 0x81 { return false }
        if byte == 0xC2 { return false }
        return true
    }

    /// Whether the letter starting at `index` is upper case, for letters beyond ASCII (Ö, Ş, Ç).
    static func isUpperCase(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var iterator = UnsafeBufferPointer(rebasing: bytes[index..<min(index + 4, bytes.count)]).makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return scalar.properties.isUppercase
    }
}
