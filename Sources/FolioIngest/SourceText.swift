/// A file's bytes decoded as UTF-8, leniently, with what had to be repaired.
struct SourceText {
    var text: String
    /// The first invalid byte: its offset and line, when the bytes were not valid UTF-8.
    var firstInvalidByte: (offset: Int, line: Int)?
    var invalidSequenceCount = 0

    /// Whether the bytes look binary: a NUL in the first 8 KiB.
    static func isBinary(_ bytes: [UInt8]) -> Bool {
        bytes.prefix(8192).contains(0)
    }

    init(decoding bytes: [UInt8]) {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let body = bytes[start...]
        if let valid = String(validating: body, as: UTF8.self) {
            text = valid
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
}
