/// Files Folio wrote, told by their first bytes, so that a corpus folder that holds them does not read them as
/// articles: saved sessions (`- format: folio-session`) and HTML reports (`<meta name="generator" content="Folio`).
enum FolioFiles {
    static func wrote(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self)
        return head.hasPrefix("# ") && head.contains("\n- format: folio-session ") || head.contains("<meta name=\"generator\" content=\"Folio ")
    }
}
