/// Why a folder scan passed a file over, as the load summary counts them: "skipped 12 files: 9 images, 2 PDFs,
/// 1 archive".
public enum SkipReason: String, Hashable, Sendable, CaseIterable, Comparable {
    case image, pdf, archive, font, media, office, code, database, binary, ignored, folio

    /// The reason for a file of this extension, lower-cased; nil for one Folio may read.
    public static func forExtension(_ name: String) -> SkipReason? {
        byExtension[name]
    }

    /// The reason for a file whose first bytes are these: a magic number, or a NUL byte.
    static func forContent(_ head: [UInt8]) -> SkipReason? {
        func starts(_ magic: [UInt8]) -> Bool { head.starts(with: magic) }
        if starts([0x89, 0x50, 0x4E, 0x47]) || starts([0xFF, 0xD8, 0xFF]) || starts(Array("GIF8".utf8)) || starts(Array("RIFF".utf8)) && head.count > 11 && Array(head[8..<12]) == Array("WEBP".utf8) { return .image }
        if starts(Array("%PDF".utf8)) { return .pdf }
        if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x1F, 0x8B]) || starts(Array("BZh".utf8)) || starts([0xFD, 0x37, 0x7A, 0x58, 0x5A]) || starts([0x37, 0x7A, 0xBC, 0xAF]) || starts(Array("Rar!".utf8)) { return .archive }
        if starts(Array("SQLite format 3".utf8)) { return .database }
        if starts(Array("wOFF".utf8)) || starts(Array("wOF2".utf8)) { return .font }
        if head.contains(0) { return .binary }
        return nil
    }

    /// `9 images`, `2 PDFs`, `1 archive`.
    public func counted(_ count: Int) -> String {
        let (one, many) = Self.names[self]!
        return "\(count) \(count == 1 ? one : many)"
    }

    public static func < (lhs: SkipReason, rhs: SkipReason) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    private static let names: [SkipReason: (String, String)] = [
        .image: ("image", "images"), .pdf: ("PDF", "PDFs"), .archive: ("archive", "archives"), .font: ("font", "fonts"),
        .media: ("audio or video file", "audio or video files"), .office: ("office document", "office documents"),
        .code: ("script or style sheet", "scripts and style sheets"), .database: ("database", "databases"),
        .binary: ("other binary file", "other binary files"), .ignored: ("file .folioignore names", "files .folioignore names"),
        .folio: ("file Folio wrote", "files Folio wrote"),
    ]

    private static let byExtension: [String: SkipReason] = {
        var table: [String: SkipReason] = [:]
        for (reason, extensions) in extensionsByReason { for name in extensions { table[name] = reason } }
        return table
    }()
}
