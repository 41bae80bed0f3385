import Crypto
import Foundation
import FolioCore

/// Derives an article's id from its text, so that the same article gets the same id everywhere.
public enum ArticleIdentity {
    /// SHA-256 over the title and body, with Unicode composed (NFC) and runs of white space folded to one space.
    public static func id(title: String, body: String) -> ArticleID {
        var canonical: [UInt8] = []
        canonical.reserveCapacity(title.utf8.count + body.utf8.count + 1)
        appendNormalized(title, to: &canonical)
        canonical.append(0x0A)
        appendNormalized(body, to: &canonical)
        return ArticleID(hex: hex(SHA256.hash(data: canonical)))
    }

    /// SHA-256 of raw bytes in hex: how Folio tells whether a file's content changed.
    public static func contentHash(_ bytes: some DataProtocol) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// Appends `text` as UTF-8 with white space runs folded and trimmed; only non-ASCII text pays for NFC.
    static func appendNormalized(_ text: String, to output: inout [UInt8]) {
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        let source = isASCII ? text : text.precomposedStringWithCanonicalMapping
        var pendingSpace = false
        var wroteAny = false
        if isASCII {
            for byte in source.utf8 {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = wroteAny
                } else {
                    if pendingSpace { output.append(0x20) }
                    pendingSpace = false
                    wroteAny = true
                    output.append(byte)
                }
            }
            return
        }
        for scalar in source.unicodeScalars {
            if scalar.isWhitespaceScalar {
                pendingSpace = wroteAny
            } else {
                if pendingSpace { output.append(0x20) }
                pendingSpace = false
                wroteAny = true
                output.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func hex(_ digest: SHA256.Digest) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        for byte in digest {
            bytes.append(hexDigits[Int(byte >> 4)])
            bytes.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
