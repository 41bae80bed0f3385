#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Converts bytes in another character set to UTF-8 with the C library's iconv, which knows the ISO-8859,
/// windows-125x, KOI8 and UTF-16 families and their aliases.
enum Iconv {
    /// Whether iconv knows the character set a label names.
    static func knows(_ label: String) -> Bool {
        let descriptor = iconv_open("UTF-8", label)
        guard descriptor != iconv_t(bitPattern: -1) else { return false }
        iconv_close(descriptor)
        return true
    }

    /// The bytes read in `label`, each byte it cannot read becoming U+FFFD and counted; nil when iconv does not
    /// know the label.
    static func decode(_ bytes: ArraySlice<UInt8>, from label: String) -> (text: String, unreadable: Int)? {
        let descriptor = iconv_open("UTF-8", label)
        guard descriptor != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(descriptor) }
        var output = [UInt8](repeating: 0, count: bytes.count * 3 + 16)
        var written = 0, unreadable = 0
        var input = Array(bytes)
        input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                var inPointer = UnsafeMutableRawPointer(source.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = source.count
                while inLeft > 0 {
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(target.baseAddress! + written).assumingMemoryBound(to: CChar.self)
                    var outLeft = target.count - written
                    let before = outLeft
                    let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    written += before - outLeft
                    if result != -1 { break }
                    guard errno == EILSEQ || errno == EINVAL, inLeft > 0, target.count - written >= 3 else { break }
                    // A byte the character set does not define: U+FFFD in its place.
                    target[written] = 0xEF
                    target[written + 1] = 0xBF
                    target[written + 2] = 0xBD
                    written += 3
                    unreadable += 1
                    inPointer = inPointer.map { $0 + 1 }
                    inLeft -= 1
                }
            }
        }
        return (String(decoding: output[..<written], as: UTF8.self), unreadable)
    }
}
