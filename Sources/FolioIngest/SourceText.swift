import Foundation

/// A file's bytes decoded to text: by their byte-order mark, by the character set they declare, as UTF-8 when
/// they are valid UTF-8, or else in the character set a statistical test finds; leniently, with what had to
/// be repaired and why an encoding was chosen.
struct SourceText {
    var text: String
    /// The encoding used when it was not UTF-8, or when a declaration was overruled, and why.
    var encodingNote: String?
    /// The first invalid byte: its offset and line, when the bytes were not valid UTF-8.
    var firstInvalidByte: (offset: Int, line: Int)?
    var invalidSequenceCount = 0

    /// Whether the bytes look binary: a NUL in the first 8 KiB.
    static func isBinary(_ bytes: [UInt8]) -> Bool {
        bytes.prefix(8192).contains(0)
    }

    /// The text of bytes that start with a UTF-16 byte-order mark, with unpaired surrogates replaced; nil
    /// without the mark.
    static func decodingUTF16(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 2 else { return nil }
        let littleEndian: Bool
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE): littleEndian = true
        case (0xFE, 0xFF): littleEndian = false
        default: return nil
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let (low, high) = littleEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    init(decoding bytes: [UInt8]) {
        var start = 0
        let hasMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        if hasMark { start = 3 }
        let body = bytes[start...]
        defer { text = Self.unifyingLineEnds(text) }
        let declared = hasMark ? nil : CharsetDeclaration.find(in: bytes)
        if let valid = String(validating: body, as: UTF8.self) {
            text = valid
            if let declared, !declared.isUTF8, valid.utf8.contains(where: { $0 >= 0x80 }) {
                encodingNote = "declares \(declared.label) in \(declared.place), but its bytes are valid UTF-8; read as UTF-8"
            }
            return
        }
        if let declared, !declared.isUTF8, let decoded = Iconv.decode(body, from: declared.encoding) {
            text = decoded.text
            let unreadable = decoded.unreadable == 0 ? "" : "; \(decoded.unreadable) bytes it does not define became U+FFFD"
            encodingNote = "read as \(declared.encoding.lowercased()), as \(declared.place) declares\(unreadable)"
            return
        }
        if let verdict = CharsetDetector.detect(Array(body)), let decoded = Iconv.decode(body, from: verdict.encoding) {
            text = decoded.text
            let why = declared.map { "declares \($0.label) in \($0.place), but is not valid UTF-8" } ?? "not valid UTF-8 and declares no character set"
            encodingNote = "\(why); read as \(verdict.encoding.lowercased()), \(verdict.reason)"
            return
        }
        text = String(decoding: body, as: UTF8.self)
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = body.makeIterator()
        var offset = start
        var line = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                if scalar.count == 1, scalar.first == 0x0A { line += 1 }
                offset += scalar.count
                continue
            case .error(let length):
                if firstInvalidByte == nil { firstInvalidByte = (offset, line) }
                invalidSequenceCount += 1
                offset += length
                continue
            case .emptyInput:
                break
            }
            break
        }
    }

    /// Windows' CR LF and old Macs' lone CR as LF, the one line end the readers split on: in Swift a CR LF is
    /// one Character, which is not "\n".
    static func unifyingLineEnds(_ text: String) -> String {
        let hasCR = text.utf8.withContiguousStorageIfAvailable { $0.isEmpty ? false : memchr($0.baseAddress!, 0x0D, $0.count) != nil }
            ?? text.utf8.contains(0x0D)
        guard hasCR else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var afterCR = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n"), afterCR {
                afterCR = false
                continue
            }
            afterCR = byte == UInt8(ascii: "\r")
            bytes.append(afterCR ? UInt8(ascii: "\n") : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
