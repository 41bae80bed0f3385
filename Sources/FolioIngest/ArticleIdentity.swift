import Crypto
import Foundation
import FolioCore

/// Derives an article's id from its text, so that the same article gets the same id everywhere.
public enum ArticleIdentity {
    /// SHA-256 over the title and body, with Unicode composed (NFC) and runs of white space folded to one space.
    public static func id(title: String, body: String) -> ArticleID {
        let canonical = normalized(title) + "\n" + normalized(body)
        let digest = SHA256.hash(data: Data(canonical.utf8))
        return ArticleID(hex: hex(digest))
    }

    /// SHA-256 of raw bytes in hex: how Folio tells whether a file's content changed.
    public static func contentHash(_ bytes: some DataProtocol) -> String {
        hex(SHA256.hash(data: bytes))
    }

    static func normalized(_ text: String) -> String {
        let composed = text.precomposedStringWithCanonicalMapping
        var result = ""
        result.reserveCapacity(composed.utf8.count)
        var pendingSpace = false
        for scalar in composed.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
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
