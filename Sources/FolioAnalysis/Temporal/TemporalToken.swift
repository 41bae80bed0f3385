/// A token of text for the temporal tagger, found by scanning UTF-8 bytes.
struct TemporalToken {
    enum Kind: Equatable {
        case word, number, punctuation
    }

    var kind: Kind
    /// Byte range in the UTF-8 text.
    var start: Int
    var end: Int
    /// Lower-cased text of words up to 15 bytes that start with an ASCII letter, digits of numbers, or the punctuation byte; empty otherwise.
    var text: String
    /// Whether white space separates this token from the previous one.
    var isSpaced: Bool
    var isCapitalized: Bool

    var number: Int? { kind == .number ? Int(text) : nil }
    var digits: Int { kind == .number ? end - start : 0 }
}

enum TemporalTokenizer {
    /// Splits UTF-8 bytes into words (letters, including any non-ASCII letter), numbers and single punctuation bytes.
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
                while index < count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
                let text = index - start <= 9 ? String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self) : ""
                tokens.append(TemporalToken(kind: .number, start: start, end: index, text: text, isSpaced: spaced, isCapitalized: false))
            } else if isLetter(byte) {
                while index < count, isLetter(bytes[index]) { index += 1 }
                var text = ""
                let length = index - start
                if length <= 15, bytes[start] < 0x80 {
                    text = String(unsafeUninitializedCapacity: length) { buffer in
                        for offset in 0..<length {
                            let byte = bytes[start + offset]
                            buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                        }
                        return length
                    }
                }
                tokens.append(TemporalToken(
                    kind: .word, start: start, end: index, text: text, isSpaced: spaced,
                    isCapitalized: byte >= 0x41 && byte <= 0x5A))
            } else {
                index += 1
                tokens.append(TemporalToken(
                    kind: .punctuation, start: start, end: index, text: String(UnicodeScalar(byte)), isSpaced: spaced, isCapitalized: false))
            }
            spaced = false
        }
        return tokens
    }

    /// ASCII letters, and every byte of a multi-byte UTF-8 sequence (so non-Latin words stay whole).
    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte >= 0x80
    }
}
