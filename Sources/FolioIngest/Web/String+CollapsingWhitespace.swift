extension String {
    /// Runs of white space, non-breaking spaces included, become one space; the ends are trimmed. Read by its
    /// UTF-8 bytes: ASCII white space, and the few white space characters above it.
    func collapsingWhitespace() -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var pendingSpace = false
        let utf8 = Array(self.utf8)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            var width = 0
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                width = 1
            } else if byte == 0xC2, index + 1 < utf8.count, utf8[index + 1] == 0xA0 || utf8[index + 1] == 0x85 {
                width = 2
            } else if byte == 0xE1, index + 2 < utf8.count, utf8[index + 1] == 0x9A, utf8[index + 2] == 0x80 {
                width = 3
            } else if byte == 0xE2, index + 2 < utf8.count,
                      (utf8[index + 1] == 0x80 && (utf8[index + 2] <= 0x8A || utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 || utf8[index + 2] == 0xAF))
                        || (utf8[index + 1] == 0x81 && utf8[index + 2] == 0x9F) {
                width = 3
            } else if byte == 0xE3, index + 2 < utf8.count, utf8[index + 1] == 0x80, utf8[index + 2] == 0x80 {
                width = 3
            }
            if width > 0 {
                pendingSpace = !bytes.isEmpty
                index += width
                continue
            }
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(byte)
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
